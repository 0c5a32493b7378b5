import { useTranslations } from "next-intl";
import { MainRegion } from "@/components/main-region";
import { SiteHeader } from "@/components/site-header";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <>
      <SiteHeader />
      <MainRegion>
        <article className="narrow">
          <h1>{t("heading")}</h1>
          <p>{t("body")}</p>
          <Link className="button" href="/">
            {t("home")}
          </Link>
        </article>
      </MainRegion>
    </>
  );
}
