import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { z } from "zod";
import { TableRegion } from "@/components/table-region";
import { HistogramChart } from "@/components/teach/histogram-chart";
import { SentenceHeatmap } from "@/components/teach/sentence-heatmap";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { getAssignmentReport } from "@/lib/data/gradebook";
import {
  heatLevel,
  mean,
  MIN_STUDENTS_FOR_STATISTICS,
  readStatistic,
  type HeatLevel,
} from "@/lib/teach/item-analysis";
import { requireTeacher } from "@/lib/teach/guard";

export const generateMetadata = titled("report");

type Props = { params: Promise<{ locale: Locale; assignmentId: string }> };

export default async function AssignmentReportPage({ params }: Props) {
  const { locale, assignmentId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const id = z.uuid().safeParse(assignmentId);
  const report = id.success
    ? await getAssignmentReport(actor, id.data, locale)
    : null;
  if (!report) notFound();
  const t = await getTranslations("Teach");
  const tTypes = await getTranslations("Teach.types");
  const format = await getFormatter();
  const pct = (value: number | null, digits = 0) =>
    value === null
      ? "–"
      : format.number(value / 100, {
          style: "percent",
          maximumFractionDigits: digits,
        });
  const num = (value: number | null) =>
    value === null ? "–" : format.number(value, { maximumFractionDigits: 0 });
  const { assignment } = report;
  const scores = report.histogram.flatMap(
    (b) => Array(b.count).fill((b.from + b.to) / 2) as number[],
  );
  const levels: HeatLevel[] = [0, 1, 2, 3, 4];
  const bandLabel = (level: HeatLevel) =>
    t("heatBand", { from: level * 20, to: level * 20 + 20 });
  const tentativeRows = report.questions.some(
    (q) => readStatistic(q) === "tentative",
  );
  const missedSentences = report.sentences
    .filter((s) => s.missRate !== null)
    .sort((a, b) => b.missRate! - a.missRate!);

  return (
    <article>
      <p className="breadcrumbs">
        <Link href="/teach">{t("dashboardHeading")}</Link> ›{" "}
        <Link href={`/teach/classes/${assignment.classId}`}>
          {assignment.className}
        </Link>
      </p>
      <h1>{assignment.title}</h1>
      <p className="lead">
        {assignment.dueAt
          ? t("dueOn", {
              date: format.dateTime(assignment.dueAt, {
                dateStyle: "medium",
                timeStyle: "short",
              }),
            })
          : t("noDue")}{" "}
        · {t("gradedAttempts", { count: report.gradedAttempts })}
      </p>
      <p className="actions">
        <a
          className="button"
          href={`/api/assignments/${assignment.id}/responses?locale=${locale}`}
          download
        >
          {t("downloadResponses")}
        </a>
        {!assignment.classArchived && (
          <Link
            className="button"
            href={`/teach/assignments/${assignment.id}/present`}
          >
            {t("presentAssignment")}
          </Link>
        )}
      </p>

      {report.gradedAttempts === 0 ? (
        <p className="panel next-step">
          {t("noResultsYet")}{" "}
          {!assignment.classArchived && (
            <Link href={`/teach/assignments/${assignment.id}/present`}>
              {t("noResultsNextStep")}
            </Link>
          )}
        </p>
      ) : (
        <>
          <section className="panel" aria-labelledby="distribution-heading">
            <h2 id="distribution-heading">{t("distributionHeading")}</h2>
            <HistogramChart
              bins={report.histogram}
              title={t("distributionTitle")}
              axisLabel={t("distributionAxis")}
              summary={t("distributionSummary", {
                count: report.gradedAttempts,
                mean: pct(mean(scores)),
                bands: report.histogram
                  .filter((b) => b.count > 0)
                  .map((b) =>
                    t("band", { from: b.from, to: b.to, count: b.count }),
                  )
                  .join("; "),
              })}
            />
          </section>

          <section className="panel" aria-labelledby="stats-heading">
            <h2 id="stats-heading">{t("statsHeading")}</h2>
            {tentativeRows && (
              <p className="note" id="stats-tentative">
                {t("statsTentative", {
                  count: report.gradedAttempts,
                  min: MIN_STUDENTS_FOR_STATISTICS,
                })}
              </p>
            )}
            <details className="explain">
              <summary>{t("statsExplainSummary")}</summary>
              <dl>
                <dt>
                  {t("facility")} ({t("facilityShort")})
                </dt>
                <dd>{t("facilityExplain")}</dd>
                <dt>
                  {t("standardDeviation")} ({t("standardDeviationShort")})
                </dt>
                <dd>{t("standardDeviationExplain")}</dd>
                <dt>
                  {t("discrimination")} ({t("discriminationShort")})
                </dt>
                <dd>{t("discriminationExplain")}</dd>
              </dl>
            </details>
            <TableRegion
              captionId="stats-caption"
              caption={t("statsCaption")}
              className="stats-table"
            >
              <thead>
                <tr>
                  <th scope="col">{t("question")}</th>
                  <th scope="col" className="number">
                    {t("attemptsColumn")}
                  </th>
                  <th scope="col" className="number">
                    <abbr title={t("facility")}>{t("facilityShort")}</abbr>
                  </th>
                  <th scope="col" className="number">
                    <abbr title={t("standardDeviation")}>
                      {t("standardDeviationShort")}
                    </abbr>
                  </th>
                  <th scope="col" className="number">
                    <abbr title={t("discrimination")}>
                      {t("discriminationShort")}
                    </abbr>
                  </th>
                  <th scope="col">{t("commonWrong")}</th>
                </tr>
              </thead>
              <tbody>
                {report.questions.map((q, i) => {
                  const reading = readStatistic(q);
                  return (
                    <tr
                      key={q.questionId}
                      className={
                        reading === "tentative" ? "tentative" : undefined
                      }
                    >
                      <th scope="row">
                        <span className="hint block">
                          {i + 1}. {tTypes(q.type as "single")}
                        </span>
                        {q.prompt}
                      </th>
                      <td className="number">
                        {q.attempts}
                        {reading === "tentative" && (
                          <span className="badge tentative-badge">
                            {t("tentative")}
                          </span>
                        )}
                      </td>
                      <td className="number">{pct(q.facility)}</td>
                      <td className="number">{pct(q.standardDeviation)}</td>
                      <td className="number">
                        {num(q.discrimination)}
                        {reading === "check-question" && (
                          <span className="badge late">
                            {t("checkQuestion")}
                          </span>
                        )}
                      </td>
                      <td className="wrong-answers">
                        {q.commonWrongAnswers.length === 0 ? (
                          "–"
                        ) : (
                          <ul className="plain-list">
                            {q.commonWrongAnswers.map((w) => (
                              <li key={w.answer}>
                                {t("wrongAnswerCount", {
                                  answer: w.answer,
                                  count: w.count,
                                })}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </TableRegion>
          </section>

          <section className="panel" aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">{t("heatmapHeading")}</h2>
            <p>{t("heatmapIntro")}</p>
            <SentenceHeatmap
              uiLang={locale}
              noData={t("heatNoData")}
              legend={levels.map((level) => ({
                level,
                label: bandLabel(level),
              }))}
              sentences={report.sentences.map((s) => ({
                sentenceId: s.sentenceId,
                de: s.de,
                paragraph: s.paragraph,
                level: heatLevel(s.missRate),
                label:
                  s.missRate === null
                    ? t("heatNoQuestions")
                    : t("heatTip", {
                        rate: pct(100 * s.missRate),
                        responses: s.responses,
                      }),
              }))}
            />
            <TableRegion
              captionId="heat-caption"
              caption={t("heatTableCaption")}
              className="stats-table"
            >
              <thead>
                <tr>
                  <th scope="col">{t("sentence")}</th>
                  <th scope="col">{t("missRate")}</th>
                  <th scope="col">{t("responsesColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {missedSentences.map((s) => (
                  <tr key={s.sentenceId}>
                    <th scope="row">
                      <span lang="de">{s.de}</span>
                      <span className="hint block" lang="en">
                        {s.en}
                      </span>
                    </th>
                    <td>{pct(100 * s.missRate!)}</td>
                    <td>{s.responses}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </section>
        </>
      )}
    </article>
  );
}
