import type { ReactNode } from "react";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { AccountHole } from "@/components/account-hole";
import { MainRegion } from "@/components/main-region";
import { MeProvider } from "@/components/me";
import { SiteHeader } from "@/components/site-header";

// Static shells: pages that are the same for everybody in a locale, prerendered at build time.
// What depends on who is asking (the header's account links, the landing page's open quizzes)
// comes from one small request (GET /api/me, components/me.tsx) once the page is in the browser.
export default async function ShellLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: Locale }>;
}) {
  setRequestLocale((await params).locale);
  return (
    <MeProvider>
      <SiteHeader account={<AccountHole />} />
      <MainRegion>{children}</MainRegion>
    </MeProvider>
  );
}
