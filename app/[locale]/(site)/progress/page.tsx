import { attemptPath, resultsPath } from "@/lib/quiz/attempt-state";
import { attemptTitle } from "@/lib/quiz/attempt-title";
import { getLibrary } from "@/lib/data/library";
import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { ScoreChart } from "@/components/score-chart";
import { TableRegion } from "@/components/table-region";
import { Link } from "@/i18n/navigation";
import { getNow } from "@/lib/clock";
import { getLearnerStats } from "@/lib/data/dashboard";
import { listAttempts } from "@/lib/data/attempts";
import { listStudentAssignments } from "@/lib/data/assignments";
import { AssignmentList } from "@/components/assignment-list";
import { getCurrentLearner, getActor } from "@/lib/session";
import { titleFrom } from "@/i18n/metadata";

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = titleFrom("Progress");

export default async function ProgressPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Progress");
  const format = await getFormatter();
  const learner = await getCurrentLearner();
  const attempts = learner ? await listAttempts(learner.id) : [];
  const { quizzesById } = await getLibrary();
  const stats = learner
    ? await getLearnerStats(learner.id, await getNow())
    : null;
  const finished = attempts
    .filter(
      (a) => a.status === "finished" && a.itemCount > 0 && !a.reviewHiddenUntil,
    )
    .slice(0, 10)
    .reverse();
  const actor = await getActor();
  const assignments =
    actor?.role === "student"
      ? await listStudentAssignments(actor, learner?.id ?? null, await getNow())
      : [];
  const points = finished.map((a) => ({
    label: format.dateTime(a.finishedAt ?? a.startedAt, {
      day: "numeric",
      month: "numeric",
    }),
    percent: (a.points / a.itemCount) * 100,
  }));

  return (
    <article>
      <h1>{t("heading")}</h1>
      {learner && !actor && (
        <p>
          {t.rich("guestNote", {
            nickname: learner.nickname,
            join: (chunks) => <Link href="/join">{chunks}</Link>,
            signIn: (chunks) => <Link href="/sign-in">{chunks}</Link>,
          })}
        </p>
      )}
      {actor?.role === "student" && (
        <AssignmentList assignments={assignments} />
      )}
      {stats && (
        <section aria-labelledby="dashboard-heading">
          <h2 id="dashboard-heading">{t("dashboardHeading")}</h2>
          <dl className="stat-tiles">
            {(
              [
                "reviewsDue",
                "wordsKnown",
                "wordsSaved",
                "quizzesFinished",
              ] as const
            ).map((key) => (
              <div key={key} className="stat-tile">
                <dt>{t(key)}</dt>
                <dd>{format.number(stats[key])}</dd>
              </div>
            ))}
          </dl>
          {stats.reviewsDue > 0 && (
            <p>
              <Link className="button primary" href="/review">
                {t("startReview")}
              </Link>
            </p>
          )}
          {points.length > 0 && (
            <ScoreChart
              points={points}
              title={t("chartTitle")}
              summary={t("chartSummary", {
                count: points.length,
                first: Math.round(points[0]!.percent),
                last: Math.round(points.at(-1)!.percent),
              })}
            />
          )}
        </section>
      )}
      {attempts.length > 0 && <h2>{t("attemptsHeading")}</h2>}
      {attempts.length === 0 ? (
        <p>
          {t("empty")} <Link href="/">{t("browseQuizzes")}</Link>
        </p>
      ) : (
        <TableRegion captionId="attempts-caption" caption={t("tableCaption")}>
          <thead>
            <tr>
              <th scope="col">{t("quiz")}</th>
              <th scope="col">{t("started")}</th>
              <th scope="col">{t("language")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("score")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt) => {
              const finished = attempt.status === "finished";
              return (
                <tr key={attempt.id}>
                  <th scope="row">
                    {attemptTitle(attempt, locale, quizzesById)}
                    {attempt.isRetry && <> {t("retry")}</>}
                  </th>
                  <td>
                    {format.dateTime(attempt.startedAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                  </td>
                  <td>{t("languageName", { language: attempt.language })}</td>
                  <td>
                    {finished
                      ? t("finished")
                      : t("inProgress", {
                          answered: attempt.answeredCount,
                          total: attempt.itemCount,
                        })}
                  </td>
                  <td>
                    {finished && attempt.reviewHiddenUntil
                      ? t("resultsLater")
                      : finished
                        ? t("scoreValue", {
                            points: format.number(attempt.points, {
                              maximumFractionDigits: 2,
                            }),
                            total: attempt.itemCount,
                            percent: format.number(
                              attempt.points / attempt.itemCount,
                              { style: "percent", maximumFractionDigits: 0 },
                            ),
                          })
                        : "–"}
                  </td>
                  <td>
                    <Link
                      href={
                        finished
                          ? resultsPath(attempt.id)
                          : attemptPath(attempt)
                      }
                    >
                      {finished ? t("review") : t("continue")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      )}
    </article>
  );
}
