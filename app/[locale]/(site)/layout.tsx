import type { ReactNode } from "react";
import { AccountBar } from "@/components/account-bar";
import { MainRegion } from "@/components/main-region";
import { SiteHeader } from "@/components/site-header";

// Pages that depend on who is asking: the header's account links read the session, so everything
// below is rendered per request. The quiz page and the static shells ((shell): the landing page)
// live outside this group and are prerendered (decisions 011 and 034).
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader account={<AccountBar />} />
      <MainRegion>{children}</MainRegion>
    </>
  );
}
