// The messages a client component needs, handed to it where it is used: each page ships only its
// own namespaces (the quiz page, prerendered, is about a fifth smaller than with all of them).
import { NextIntlClientProvider, type Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: (keyof Messages)[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={Object.fromEntries(namespaces.map((n) => [n, messages[n]]))}
    >
      {children}
    </NextIntlClientProvider>
  );
}
