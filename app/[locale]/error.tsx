"use client";

import { useTranslations } from "next-intl";
import { MainRegion } from "@/components/main-region";
import { SiteHeader } from "@/components/site-header";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("Error");
  return (
    <>
      <SiteHeader />
      <MainRegion>
        <article className="narrow" role="alert">
          <h1>{t("heading")}</h1>
          <p>{t("body")}</p>
          <button type="button" className="button primary" onClick={reset}>
            {t("retry")}
          </button>
        </article>
      </MainRegion>
    </>
  );
}
