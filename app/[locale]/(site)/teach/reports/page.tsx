// The teacher's inbox of problem reports: per question its prompt in both languages, how many
// answers a regrade would grade again, and each open report with the answer, the key and the
// source sentences it was graded against. Dismiss, mark fixed and regrade are plain form buttons.
import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { z } from "zod";
import {
  regradeQuestionAction,
  resolveReportAction,
} from "@/app/actions/problem-reports";
import { titled } from "@/i18n/metadata";
import { listOpenReports } from "@/lib/data/problem-reports";
import { countRegradable } from "@/lib/data/regrade";
import { requireTeacher } from "@/lib/teacher-guard";

export const generateMetadata = titled("reports");

/** What the last button did, as its action's redirect says (app/actions/problem-reports.ts). */
const doneSchema = z.object({
  resolved: z.enum(["dismissed", "fixed"]).optional().catch(undefined),
  regraded: z.coerce.number().int().min(0).optional().catch(undefined),
  changed: z.coerce.number().int().min(0).optional().catch(undefined),
});

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const done = doneSchema.parse(await searchParams);
  const t = await getTranslations("Reports");
  const tReasons = await getTranslations("ReportProblem.reasons");
  const format = await getFormatter();
  const questions = await listOpenReports(actor);
  const regradable = await countRegradable(
    actor,
    questions.map((q) => q.questionId),
  );

  const status =
    done.regraded !== undefined
      ? t("regraded", { count: done.regraded, changed: done.changed ?? 0 })
      : done.resolved
        ? t("resolved", { resolution: done.resolved })
        : null;

  return (
    <article className="narrow reports">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <p className="success" role="status">
        {status ?? ""}
      </p>
      {questions.length === 0 && <p className="next-step">{t("none")}</p>}
      {questions.map((question) => {
        const headingId = `question-${question.questionId}`;
        const outdated = regradable.get(question.questionId) ?? 0;
        return (
          <section
            key={question.questionId}
            className="panel reported-question"
            aria-labelledby={headingId}
          >
            <h2 id={headingId}>
              {t("questionHeading", { id: question.questionId })}
            </h2>
            <p className="meta">
              {t("reportCount", { count: question.reports.length })} ·{" "}
              {t("versionNow", { version: question.version })}
            </p>
            <dl className="facts">
              <dt>{t("promptDe")}</dt>
              <dd lang="de">{question.prompt.de}</dd>
              <dt>{t("promptEn")}</dt>
              <dd lang="en">{question.prompt.en}</dd>
            </dl>
            {outdated > 0 && (
              <form action={regradeQuestionAction} className="regrade">
                <input
                  type="hidden"
                  name="questionId"
                  value={question.questionId}
                />
                <p className="hint" id={`${headingId}-regrade`}>
                  {t("regradeHint", { count: outdated })}
                </p>
                <button
                  type="submit"
                  className="button primary"
                  aria-describedby={`${headingId}-regrade`}
                >
                  {t("regrade", { count: outdated })}
                </button>
              </form>
            )}
            <ol className="report-list">
              {question.reports.map((report, index) => {
                const reportId = `report-${report.id}`;
                return (
                  <li key={report.id} className="report-card">
                    <h3 id={reportId}>
                      {t("reportNumber", { number: index + 1 })}:{" "}
                      {tReasons(report.reason)}
                    </h3>
                    <p className="meta">
                      {t("reportedOn", {
                        date: format.dateTime(report.createdAt, {
                          dateStyle: "medium",
                          timeStyle: "short",
                        }),
                      })}{" "}
                      · {t("seenVersion", { version: report.questionVersion })}
                    </p>
                    <dl className="facts">
                      <dt>{t("comment")}</dt>
                      <dd className="report-comment">
                        {report.comment || (
                          <span className="meta">{t("noComment")}</span>
                        )}
                      </dd>
                      {report.graded ? (
                        <>
                          <dt>{t("givenAnswer")}</dt>
                          <dd>{report.graded.given[locale]}</dd>
                          <dt>{t("keyAsGraded")}</dt>
                          <dd>{report.graded.correctAnswer[locale]}</dd>
                          <dt>{t("credit")}</dt>
                          <dd>
                            {format.number(report.graded.score, {
                              maximumFractionDigits: 2,
                            })}
                          </dd>
                          <dt>{t("sources")}</dt>
                          <dd>
                            <ul className="source-pairs">
                              {report.graded.sources.map((s) => (
                                <li key={s.id}>
                                  <span lang="de">{s.de}</span>
                                  <span lang="en" className="translation">
                                    {s.en}
                                  </span>
                                </li>
                              ))}
                            </ul>
                          </dd>
                        </>
                      ) : (
                        <>
                          <dt>{t("givenAnswer")}</dt>
                          <dd>{t("responseGone")}</dd>
                        </>
                      )}
                    </dl>
                    <div className="actions">
                      {(["dismissed", "fixed"] as const).map((resolution) => (
                        <form key={resolution} action={resolveReportAction}>
                          <input
                            type="hidden"
                            name="reportId"
                            value={report.id}
                          />
                          <input
                            type="hidden"
                            name="resolution"
                            value={resolution}
                          />
                          <button
                            type="submit"
                            className="button"
                            aria-describedby={reportId}
                          >
                            {resolution === "dismissed"
                              ? t("dismiss")
                              : t("markFixed")}
                          </button>
                        </form>
                      ))}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </article>
  );
}
