// The translated words of lib/quiz/review-html.ts, from next-intl's translator and formatter: the
// same functions for the server's review of an attempt (getTranslations) and the quiz runner's
// feedback panel (useTranslations).
import type { Locale, useFormatter, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import type { Feedback } from "@/lib/quiz/feedback";
import type {
  AnswerLabels,
  EvidenceLabels,
  ReviewLabels,
} from "@/lib/quiz/review-html";
import { verdictTone } from "@/lib/quiz/review-html";
import { pointsToShow } from "@/lib/quiz/points";

type QuizTranslator = ReturnType<typeof useTranslations<"Quiz">>;
type ResultsTranslator = ReturnType<typeof useTranslations<"Results">>;
type Formatter = ReturnType<typeof useFormatter>;

/** "Correct", "Incorrect" or "Partly correct (50 %)". */
export function verdictText(
  t: QuizTranslator,
  format: Formatter,
  feedback: Pick<Feedback, "correct" | "score">,
): string {
  switch (verdictTone(feedback)) {
    case "correct":
      return t("verdictCorrect");
    case "incorrect":
      return t("verdictIncorrect");
    case "partial":
      return t("verdictPartial", {
        percent: format.number(feedback.score, {
          style: "percent",
          maximumFractionDigits: 0,
        }),
      });
  }
}

const answerLabels = (t: QuizTranslator): AnswerLabels => ({
  right: t("mark.right"),
  wrong: t("mark.wrong"),
  gapIncorrect: (answer) => t("mark.gapIncorrect", { answer }),
  gap: (number) => t("clozeGap", { number }),
  trueLabel: t("trueLabel"),
  falseLabel: t("falseLabel"),
});

export const evidenceLabels = (
  t: QuizTranslator,
  locale: Locale,
): EvidenceLabels => ({
  translation: t("evidenceTranslation"),
  readInArticle: t("readInArticle"),
  readHref: (articleId, sentenceId) =>
    `${getPathname({ href: `/read/${articleId}`, locale })}#${encodeURIComponent(sentenceId)}`,
});

export function reviewLabels(
  t: QuizTranslator,
  tResults: ResultsTranslator,
  format: Formatter,
  locale: Locale,
  /** "Your answer" on the learner's results, "Student's answer" for the teacher. */
  answer: string,
): ReviewLabels {
  return {
    ...answerLabels(t),
    ...evidenceLabels(t, locale),
    question: (number) => t("questionHeading", { number }),
    verdict: (feedback) => verdictText(t, format, feedback),
    points: (score) =>
      tResults("score", {
        points: format.number(pointsToShow(score, 1), {
          maximumFractionDigits: 1,
        }),
        total: 1,
      }),
    answer,
    correctAnswer: t("correctAnswer"),
    evidence: tResults("evidence"),
  };
}
