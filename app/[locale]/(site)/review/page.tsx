import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import {
  ReviewNextSteps,
  ReviewRunner,
} from "@/components/review/review-runner";
import { getNow } from "@/lib/clock";
import { getDueReviews, syncReviewItems } from "@/lib/data/reviews";
import { getCurrentLearner } from "@/lib/session";
import { titleFrom } from "@/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = titleFrom("Review");

export default async function ReviewPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Review");
  const learner = await getCurrentLearner();
  const now = await getNow();
  // New saved words and newly answered questions join the queue when the learner opens it.
  if (learner) await syncReviewItems(learner.id, now);
  const due = learner ? await getDueReviews(learner.id, now, locale) : [];

  return (
    <article className="narrow">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <ClientMessages namespaces={["Review"]}>
        {due.length > 0 ? (
          <ReviewRunner fronts={due} />
        ) : (
          <div className="panel">
            <p>
              <strong>{t("nothingDue")}</strong> {t("nothingDueWhy")}
            </p>
            <ReviewNextSteps />
          </div>
        )}
      </ClientMessages>
    </article>
  );
}
