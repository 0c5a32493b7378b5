// The verdict on one answer with its evidence: the source sentence(s) highlighted in their German
// paragraph, with the English translation. Rendered by the quiz runner (browser) and the results page (server).
import { useFormatter, useTranslations } from "next-intl";
import type { Ref } from "react";
import { Link } from "@/i18n/navigation";
import type { Feedback } from "@/lib/data/attempts";

type Props = {
  feedback: Feedback;
  /** Heading level of the verdict, so the panel fits the outline of the page that shows it. */
  level: 2 | 3;
  headingRef?: Ref<HTMLHeadingElement>;
  id?: string;
};

export function FeedbackPanel({ feedback, level, headingRef, id }: Props) {
  const t = useTranslations("Quiz");
  const format = useFormatter();
  const Heading = level === 2 ? "h2" : "h3";
  const Sub = level === 2 ? "h3" : "h4";
  const verdict = feedback.correct
    ? t("verdictCorrect")
    : feedback.score > 0
      ? t("verdictPartial", {
          percent: format.number(feedback.score, {
            style: "percent",
            maximumFractionDigits: 0,
          }),
        })
      : t("verdictIncorrect");
  const snapshotText = new Map(feedback.sources.map((s) => [s.id, s.de]));
  const tone = feedback.correct
    ? "correct"
    : feedback.score > 0
      ? "partial"
      : "incorrect";

  return (
    // A plain div, not a labelled section: a review page shows many of these, and landmarks must be unique.
    <div className={`feedback feedback-${tone}`} id={id}>
      <Heading ref={headingRef} tabIndex={-1} className="verdict">
        <span aria-hidden="true" className="verdict-icon">
          {tone === "correct" ? "✓" : tone === "partial" ? "◐" : "✗"}
        </span>{" "}
        {verdict}
      </Heading>
      <dl className="feedback-facts">
        <dt>{t("correctAnswer")}</dt>
        <dd className="correct-answer">{feedback.correctAnswer}</dd>
        <dt>{t("explanationLabel")}</dt>
        <dd>{feedback.explanation}</dd>
      </dl>
      <Sub>{t("evidenceHeading")}</Sub>
      {feedback.context.map((paragraph) => (
        <p key={paragraph.paragraph} lang="de" className="evidence-context">
          {paragraph.sentences.map((sentence, i) => (
            <span key={sentence.id}>
              {i > 0 && " "}
              {sentence.isSource ? (
                // The snapshot is what the answer was graded against, even if the article was edited since.
                <mark data-sentence-id={sentence.id}>
                  {snapshotText.get(sentence.id) ?? sentence.de}
                </mark>
              ) : (
                sentence.de
              )}
            </span>
          ))}
        </p>
      ))}
      <ul
        className="evidence-translations"
        aria-label={t("evidenceTranslation")}
      >
        {feedback.sources.map((source) => (
          <li key={source.id}>
            <span className="evidence-label">{t("evidenceTranslation")}:</span>{" "}
            <span lang="en">{source.en}</span>
          </li>
        ))}
      </ul>
      {feedback.sources[0] && (
        <p className="read-in-article">
          <Link href={`/read#${feedback.sources[0].id}`}>
            {t("readInArticle")}
          </Link>
        </p>
      )}
    </div>
  );
}
