// The per-question review of a finished attempt, compact: per question its verdict and points, the
// prompt, the answer given and the correct one (each part marked), and the explanation and evidence
// folded away. From the snapshots each response was graded against. Used by the learner's results
// and the teacher's view of an attempt; on the learner's own results each answer can be reported
// and says when it was regraded.
import { useFormatter, useTranslations } from "next-intl";
import type { Language } from "@/lib/content/content-schema";
import type { RegradeNote } from "@/lib/quiz/regrade";
import type { ReviewItem } from "@/lib/quiz/feedback";
import { pointsToShow } from "@/lib/quiz/points";
import { Evidence } from "./evidence";
import { useVerdict } from "./feedback-panel";
import { CorrectAnswer, GivenAnswer } from "./marks";
import { ReportProblem } from "./report-problem";

/** The learner's own attempt: its answers can be reported (those with an open report say so). */
type Reporting = { attemptId: string; reported: ReadonlySet<number> };

export function ReviewList({
  items,
  language,
  answerLabel,
  reporting,
  regrades,
}: {
  items: ReviewItem[];
  language: Language;
  answerLabel: string;
  reporting?: Reporting;
  /** Per position, when a teacher regraded the answer and what it was worth before. */
  regrades?: ReadonlyMap<number, RegradeNote>;
}) {
  return (
    <ol className="review-list">
      {items.map((item) => (
        <ReviewEntry
          key={item.position}
          item={item}
          language={language}
          answerLabel={answerLabel}
          reporting={reporting}
          regrade={regrades?.get(item.position)}
        />
      ))}
    </ol>
  );
}

function ReviewEntry({
  item,
  language,
  answerLabel,
  reporting,
  regrade,
}: {
  item: ReviewItem;
  language: Language;
  answerLabel: string;
  reporting?: Reporting;
  regrade?: RegradeNote;
}) {
  const t = useTranslations("Quiz");
  const tResults = useTranslations("Results");
  const format = useFormatter();
  const verdict = useVerdict(item.feedback);
  const { feedback } = item;
  return (
    <li
      className={`review-item review-${verdict.tone}`}
      id={`review-${item.position}`}
    >
      <div className="review-head">
        <h3 className="review-number">
          {t("questionHeading", { number: item.position + 1 })}
        </h3>
        <p className={`verdict-tag verdict-${verdict.tone}`}>
          <span aria-hidden="true" className="verdict-icon">
            {verdict.icon}
          </span>{" "}
          {verdict.text}
        </p>
        <p className="item-points">
          {tResults("score", {
            points: format.number(pointsToShow(item.score, 1), {
              maximumFractionDigits: 1,
            }),
            total: 1,
          })}
        </p>
      </div>
      {regrade && (
        <p className="regrade-note">
          {tResults("regradedNote", {
            date: format.dateTime(regrade.regradedAt, { dateStyle: "medium" }),
            was: pointsToShow(regrade.was, 1),
            now: pointsToShow(regrade.now, 1),
          })}
        </p>
      )}
      <p className="prompt" lang={language}>
        {item.prompt}
      </p>
      <dl className="review-answers">
        <dt>{answerLabel}</dt>
        <dd>
          <GivenAnswer
            given={item.given}
            marking={feedback.marking}
            lang={language}
          />
        </dd>
        {!feedback.correct && (
          <>
            <dt>{t("correctAnswer")}</dt>
            <dd className="correct-answer">
              <CorrectAnswer feedback={feedback} lang={language} />
            </dd>
          </>
        )}
      </dl>
      <details className="review-evidence">
        <summary>{tResults("evidence")}</summary>
        <p lang={language}>{feedback.explanation}</p>
        <Evidence feedback={feedback} />
      </details>
      {reporting && (
        <ReportProblem
          attemptId={reporting.attemptId}
          position={item.position}
          reported={reporting.reported.has(item.position)}
        />
      )}
    </li>
  );
}
