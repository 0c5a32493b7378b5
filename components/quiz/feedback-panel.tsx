// The verdict on one answer with the correct answer, the explanation and the evidence: the source
// sentence(s) highlighted in their German paragraph, with the English translation. Shown by the
// quiz runner below the question, whose options, pairs, positions or gaps carry their own marks.
import { useFormatter, useTranslations } from "next-intl";
import type { Ref } from "react";
import type { Feedback } from "@/lib/quiz/feedback";
import { Evidence } from "./evidence";
import { CorrectAnswer } from "./marks";

type Tone = "correct" | "partial" | "incorrect";

const VERDICT_ICON: Record<Tone, string> = {
  correct: "✓",
  partial: "◐",
  incorrect: "✗",
};

/** The verdict on an answer: its tone, icon and words (the partial one with its share). */
export function useVerdict(feedback: Pick<Feedback, "correct" | "score">) {
  const t = useTranslations("Quiz");
  const format = useFormatter();
  const tone: Tone = feedback.correct
    ? "correct"
    : feedback.score > 0
      ? "partial"
      : "incorrect";
  const text =
    tone === "correct"
      ? t("verdictCorrect")
      : tone === "partial"
        ? t("verdictPartial", {
            percent: format.number(feedback.score, {
              style: "percent",
              maximumFractionDigits: 0,
            }),
          })
        : t("verdictIncorrect");
  return { tone, icon: VERDICT_ICON[tone], text };
}

type Props = {
  feedback: Feedback;
  /** Language of the question's texts (the quiz language). */
  contentLang: "de" | "en";
  headingRef?: Ref<HTMLHeadingElement>;
  id?: string;
};

export function FeedbackPanel({
  feedback,
  contentLang,
  headingRef,
  id,
}: Props) {
  const t = useTranslations("Quiz");
  const verdict = useVerdict(feedback);
  return (
    <div className={`feedback feedback-${verdict.tone}`} id={id}>
      <h2 ref={headingRef} tabIndex={-1} className="verdict">
        <span aria-hidden="true" className="verdict-icon">
          {verdict.icon}
        </span>{" "}
        {verdict.text}
      </h2>
      <dl className="feedback-facts">
        <dt>{t("correctAnswer")}</dt>
        <dd className="correct-answer">
          <CorrectAnswer feedback={feedback} lang={contentLang} />
        </dd>
        <dt>{t("explanationLabel")}</dt>
        <dd lang={contentLang}>{feedback.explanation}</dd>
      </dl>
      <h3>{t("evidenceHeading")}</h3>
      <Evidence feedback={feedback} />
    </div>
  );
}
