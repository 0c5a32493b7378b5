// The verdict on one answer with the correct answer, the explanation and the evidence: the source
// sentence(s) highlighted in their German paragraph, with the English translation. Shown by the
// quiz runner below the question, whose options, pairs, positions or gaps carry their own marks.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Ref } from "react";
import type { Feedback } from "@/lib/quiz/feedback";
import {
  VERDICT_ICON,
  correctAnswerHtml,
  evidenceHtml,
  verdictTone,
} from "@/lib/quiz/review-html";
import { evidenceLabels, verdictText } from "./review-labels";

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
  const format = useFormatter();
  const locale = useLocale();
  const tone = verdictTone(feedback);
  return (
    <div className={`feedback feedback-${tone}`} id={id}>
      <h2 ref={headingRef} tabIndex={-1} className="verdict">
        <span aria-hidden="true" className="verdict-icon">
          {VERDICT_ICON[tone]}
        </span>{" "}
        {verdictText(t, format, feedback)}
      </h2>
      <dl className="feedback-facts">
        <dt>{t("correctAnswer")}</dt>
        {/* The same markup as the results page's review, which React does not hydrate (decision 050). */}
        <dd
          className="correct-answer"
          dangerouslySetInnerHTML={{
            __html: correctAnswerHtml(feedback, contentLang),
          }}
        />
        <dt>{t("explanationLabel")}</dt>
        <dd lang={contentLang}>{feedback.explanation}</dd>
      </dl>
      <h3>{t("evidenceHeading")}</h3>
      <div
        className="evidence"
        dangerouslySetInnerHTML={{
          __html: evidenceHtml(feedback, evidenceLabels(t, locale)),
        }}
      />
    </div>
  );
}
