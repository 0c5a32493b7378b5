import type { ReactNode } from "react";
import { AccountBar } from "@/components/account-bar";
import { MainRegion } from "@/components/main-region";
import { SiteHeader } from "@/components/site-header";

// Pages that depend on who is asking: the header's account links read the session, so everything
// below is rendered per request. The quiz page lives outside this group and is prerendered
// (decision 011).
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader account={<AccountBar />} />
      <MainRegion>{children}</MainRegion>
    </>
  );
}
