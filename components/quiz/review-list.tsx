// The per-question review of a finished attempt: prompt, the answer given, and the feedback from
// the snapshots it was graded against. Used by the learner's results and the teacher's view.
import { getTranslations } from "next-intl/server";
import type { ReviewItem } from "@/lib/data/attempts";
import type { Language } from "@/lib/content/schema";
import { FeedbackPanel } from "./feedback-panel";

export async function ReviewList({
  items,
  language,
  answerLabel,
}: {
  items: ReviewItem[];
  language: Language;
  answerLabel: string;
}) {
  const tQuiz = await getTranslations("Quiz");
  return (
    <ol className="review-list">
      {items.map((item) => (
        <li key={item.position} className="review-item">
          <p className="question-number">
            {tQuiz("questionHeading", { number: item.position + 1 })}
          </p>
          <p className="prompt" lang={language}>
            {item.prompt}
          </p>
          <p>
            <span className="evidence-label">{answerLabel}:</span>{" "}
            <span lang={language}>{item.given}</span>
          </p>
          <FeedbackPanel
            feedback={item.feedback}
            level={3}
            id={`review-${item.position}`}
          />
        </li>
      ))}
    </ol>
  );
}
