// The review queue: a static shell (decision 034). The heading and introduction are the same for
// everybody in a locale and prerendered; the cards due now come from GET /api/me in the page's one
// hole (components/review/review-hole.tsx).
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ReviewHole } from "@/components/review/review-hole";
import { titleFrom } from "@/i18n/metadata";

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = titleFrom("Review");

export default async function ReviewPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Review");

  return (
    <article className="narrow">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <noscript>
        <p>{t("needsScript")}</p>
      </noscript>
      <ClientMessages namespaces={["Review"]}>
        <ReviewHole />
      </ClientMessages>
    </article>
  );
}
