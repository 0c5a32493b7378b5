"use client";
// What a page shows in place of content that failed to render. The route groups' error
// boundaries (app/[locale]/(site|shell|focus)/error.tsx) show it below their layout's header;
// app/[locale]/error.tsx when a group layout itself failed (decision 048).

import { useTranslations } from "next-intl";
import { MainRegion } from "@/components/main-region";

type ErrorBoundaryProps = {
  error: Error & { digest?: string };
  reset: () => void;
};

/** For a boundary inside a layout's main region. */
export function ErrorNotice({ reset }: ErrorBoundaryProps) {
  const t = useTranslations("Error");
  return (
    <article className="narrow" role="alert">
      <h1>{t("heading")}</h1>
      <p>{t("body")}</p>
      <button type="button" className="button primary" onClick={reset}>
        {t("retry")}
      </button>
    </article>
  );
}

/** For a boundary whose layout leaves the main region to the page. */
export function ErrorNoticeInMain(props: ErrorBoundaryProps) {
  return (
    <MainRegion>
      <ErrorNotice {...props} />
    </MainRegion>
  );
}
