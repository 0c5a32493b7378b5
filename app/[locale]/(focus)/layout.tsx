import type { ReactNode } from "react";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/site-header";

// The prerendered quiz page: the header without the account links, which would read the session
// (decision 011); the account is one click away.
export default async function FocusLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: Locale }>;
}) {
  setRequestLocale((await params).locale);
  return (
    <>
      <SiteHeader />
      {children}
    </>
  );
}
