// How an answered question is marked on the question itself in the quiz runner, part by part
// (lib/quiz/marking.ts): a mark says in words and with an icon what the learner did with an option,
// pair, position or gap and whether that was right; colour only repeats it. The results page and
// the feedback panel write the same marks as HTML (lib/quiz/review-html.ts).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { MARK_ICON, type MarkTone } from "@/lib/quiz/review-html";

export function Mark({
  tone,
  id,
  children,
}: {
  tone: MarkTone;
  id?: string;
  children: ReactNode;
}) {
  return (
    <span className={`mark mark-${tone}`} id={id}>
      <span className="mark-icon" aria-hidden="true">
        {MARK_ICON[tone]}
      </span>{" "}
      {children}
    </span>
  );
}

export const choiceTone = (chosen: boolean, correct: boolean): MarkTone =>
  chosen ? (correct ? "right" : "wrong") : correct ? "missed" : "neutral";

/** The mark of one option of a choice or true/false question. */
export function ChoiceMark({
  chosen,
  correct,
}: {
  chosen: boolean;
  correct: boolean;
}) {
  const t = useTranslations("Quiz.mark");
  const key = chosen
    ? correct
      ? "chosenCorrect"
      : "chosenIncorrect"
    : correct
      ? "missed"
      : "notChosen";
  return <Mark tone={choiceTone(chosen, correct)}>{t(key)}</Mark>;
}
