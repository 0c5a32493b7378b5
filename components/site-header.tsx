import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { HeaderMenu } from "@/components/header-menu";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { Link } from "@/i18n/navigation";

/**
 * The site's header: the brand, the main navigation, who is using the app (`account`, from the
 * layouts that read the session) and the language switcher. On phones it is one row, and the
 * navigation and account links are behind a menu button (HeaderMenu). It reads no request, so the
 * prerendered quiz page, the not-found and the error page show it too.
 */
export function SiteHeader({ account }: { account?: ReactNode }) {
  const t = useTranslations("Layout");
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          {t("brand")}
        </Link>
        <HeaderMenu label={t("menu")}>
          <nav aria-label={t("mainNavigation")} className="main-nav">
            <Link href="/">{t("navQuizzes")}</Link>
            <Link href="/read">{t("navRead")}</Link>
            <Link href="/words">{t("navWords")}</Link>
            <Link href="/review">{t("navReview")}</Link>
            <Link href="/progress">{t("navProgress")}</Link>
          </nav>
          {account}
        </HeaderMenu>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
