import { attemptPath, resultsPath } from "@/lib/quiz/attempt-state";
import { attemptTitle } from "@/lib/quiz/attempt-title";
import { getLibrary } from "@/lib/data/library";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { retryMissedQuestionsAction } from "@/app/actions/quiz";
import { ClientMessages } from "@/components/client-messages";
import { ReviewList } from "@/components/quiz/review-list";
import { Link } from "@/i18n/navigation";
import { getAttemptReview } from "@/lib/data/attempts";
import { reportedPositions } from "@/lib/data/problem-reports";
import { regradeNotes } from "@/lib/data/regrade";
import { attemptIdSchema } from "@/lib/quiz/input-schema";
import { pointsToShow } from "@/lib/quiz/points";
import { getCurrentLearner } from "@/lib/session";
import { titleFrom } from "@/i18n/metadata";

export const generateMetadata = titleFrom("Results");

/** `?show=missed`: only the questions not fully correct. A plain link, so it works without JavaScript. */
const showSchema = z.enum(["all", "missed"]).catch("all");
/** `?report=3`: the problem report of the answer at that position unfolded (the link without JavaScript). */
const reportSchema = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .nullable()
  .catch(null);

export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; attemptId: string }>;
  searchParams: Promise<{
    show?: string | string[];
    report?: string | string[];
  }>;
}) {
  const { locale, attemptId } = await params;
  const query = await searchParams;
  const onlyMissed = showSchema.parse(query.show) === "missed";
  const reportOpen = reportSchema.parse(query.report ?? null);
  setRequestLocale(locale);
  const id = attemptIdSchema.safeParse(attemptId);
  const learner = await getCurrentLearner();
  const review =
    id.success && learner ? await getAttemptReview(learner.id, id.data) : null;
  if (!review || !learner) notFound();
  const { attempt, items } = review;
  const t = await getTranslations("Results");
  const format = await getFormatter();
  const title = attemptTitle(attempt, locale, (await getLibrary()).quizzesById);

  if (attempt.status === "finished" && attempt.reviewHiddenUntil) {
    return (
      <article className="narrow">
        <h1>{t("heading", { title })}</h1>
        <p className="success">{t("submitted")}</p>
        <p>
          {t("resultsHiddenUntil", {
            date: format.dateTime(attempt.reviewHiddenUntil, {
              dateStyle: "medium",
              timeStyle: "short",
            }),
          })}
        </p>
        {attempt.assignment && (
          <Link
            className="button"
            href={`/assignments/${attempt.assignment.id}`}
          >
            {t("backToAssignment")}
          </Link>
        )}
      </article>
    );
  }

  if (attempt.status !== "finished") {
    return (
      <article className="narrow">
        <h1>{t("heading", { title })}</h1>
        <p>{t("notFinished")}</p>
        <Link className="button primary" href={attemptPath(attempt)}>
          {t("continue")}
        </Link>
      </article>
    );
  }

  const missedItems = items.filter((item) => !item.feedback.correct);
  const missed = missedItems.length;
  const points = format.number(
    pointsToShow(attempt.points, attempt.itemCount),
    { maximumFractionDigits: 1 },
  );
  const percent = format.number(
    attempt.itemCount ? attempt.points / attempt.itemCount : 0,
    { style: "percent", maximumFractionDigits: 0 },
  );
  const shown = onlyMissed ? missedItems : items;
  const here = resultsPath(attempt.id);
  const [reported, regrades] = await Promise.all([
    reportedPositions(learner.id, attempt.id),
    regradeNotes(learner.id, attempt.id),
  ]);

  return (
    <article className="narrow">
      <h1>{t("heading", { title })}</h1>
      {attempt.isRetry && <p className="badge">{t("retryBadge")}</p>}
      <section
        className="score-card"
        aria-label={t("score", { points, total: attempt.itemCount })}
      >
        <p className="score">
          {t("score", { points, total: attempt.itemCount })}
        </p>
        <p className="score-percent">{t("percent", { percent })}</p>
        <meter
          min={0}
          max={attempt.itemCount}
          value={attempt.points}
          aria-label={t("percent", { percent })}
        />
      </section>
      <div className="actions">
        {missed > 0 ? (
          <form action={retryMissedQuestionsAction}>
            <input type="hidden" name="attemptId" value={attempt.id} />
            <button type="submit" className="button primary">
              {t("retryMissed", { count: missed })}
            </button>
          </form>
        ) : (
          <p className="success">{t("allCorrect")}</p>
        )}
        <Link
          className="button"
          href={
            attempt.assignment
              ? `/assignments/${attempt.assignment.id}`
              : `/quizzes/${attempt.quizId}`
          }
        >
          {attempt.assignment ? t("backToAssignment") : t("retryAll")}
        </Link>
      </div>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading">{t("reviewHeading")}</h2>
        {missed > 0 && (
          <nav aria-label={t("filterLabel")} className="review-filter">
            <ul>
              <li>
                <Link
                  href={here}
                  aria-current={onlyMissed ? undefined : "page"}
                >
                  {t("filterAll", { count: items.length })}
                </Link>
              </li>
              <li>
                <Link
                  href={`${here}?show=missed`}
                  aria-current={onlyMissed ? "page" : undefined}
                >
                  {t("filterMissed", { count: missed })}
                </Link>
              </li>
            </ul>
          </nav>
        )}
        {shown.length > 0 ? (
          <ClientMessages namespaces={["ReportProblem"]}>
            <ReviewList
              items={shown}
              language={attempt.language}
              answerLabel={t("yourAnswer")}
              reporting={{
                attemptId: attempt.id,
                reported,
                open: reportOpen,
                openHref: (position) =>
                  `?${onlyMissed ? "show=missed&" : ""}report=${position}#review-${position}`,
              }}
              regrades={regrades}
            />
          </ClientMessages>
        ) : (
          <p>{t("noneMissed")}</p>
        )}
      </section>
    </article>
  );
}
