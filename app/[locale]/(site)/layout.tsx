import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/app/actions/auth";
import { MainRegion } from "@/components/main-region";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/session";

// Pages that depend on who is asking: the account bar reads the session, so everything below is
// rendered per request. The quiz page lives outside this group and is prerendered (decision 011).
export default async function SiteLayout({
  children,
}: {
  children: ReactNode;
}) {
  const t = await getTranslations("Layout");
  const viewer = await getViewer();
  return (
    <>
      <div className="account-strip">
        <div className="container account-row">
          {viewer ? (
            <form
              action={signOut}
              className="account-bar"
              aria-label={t("accountNavigation")}
            >
              <span>{t("signedInAs", { name: viewer.name })}</span>
              {viewer.role === "teacher" && (
                <Link href="/teach">{t("navTeach")}</Link>
              )}
              <button type="submit" className="link-button">
                {t("signOut")}
              </button>
            </form>
          ) : (
            <nav className="account-bar" aria-label={t("accountNavigation")}>
              <Link href="/join">{t("navJoin")}</Link>
              <Link href="/sign-in">{t("navSignIn")}</Link>
              <Link href="/teach">{t("navTeach")}</Link>
            </nav>
          )}
        </div>
      </div>
      <MainRegion>{children}</MainRegion>
    </>
  );
}
