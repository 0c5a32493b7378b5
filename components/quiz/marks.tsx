// How an answered question is marked, part by part (lib/quiz/marking.ts): a mark says in words and
// with an icon what the learner did with an option, pair, position or gap and whether that was
// right; colour only repeats it. Used in the quiz runner (on the question itself) and on the results
// page (the learner's answer and the correct one as lists).
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Feedback } from "@/lib/quiz/feedback";
import type { Marking } from "@/lib/quiz/marking";

/** right: chosen and correct; wrong: chosen but not correct; missed: correct but not chosen. */
export type MarkTone = "right" | "wrong" | "missed" | "neutral";

const ICON: Record<MarkTone, string> = {
  right: "✓",
  wrong: "✗",
  missed: "✓",
  neutral: "–",
};

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
        {ICON[tone]}
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

/** A short ✓/✗ with "correct"/"incorrect" for an item of a list. */
export function RightOrWrong({ ok }: { ok: boolean }) {
  const t = useTranslations("Quiz.mark");
  return (
    <Mark tone={ok ? "right" : "wrong"}>{ok ? t("right") : t("wrong")}</Mark>
  );
}

/**
 * The correct answer: a list where it has several parts (the options of a multiple-select
 * question, the order, the pairs), otherwise its text.
 */
export function CorrectAnswer({
  feedback,
  lang,
}: {
  feedback: Pick<Feedback, "correctAnswer" | "marking">;
  lang: string;
}) {
  const { marking } = feedback;
  if (marking?.type === "choice") {
    const correct = marking.options.filter((o) => o.correct);
    if (correct.length > 1)
      return (
        <ul className="answer-list" lang={lang}>
          {correct.map((o) => (
            <li key={o.id}>{o.text}</li>
          ))}
        </ul>
      );
  }
  if (marking?.type === "ordering")
    return (
      <ol className="answer-list" lang={lang}>
        {marking.positions.map((p, i) => (
          <li key={i}>{p.correct}</li>
        ))}
      </ol>
    );
  if (marking?.type === "matching")
    return (
      <ul className="answer-list" lang={lang}>
        {marking.rows.map((row) => (
          <li key={row.id}>
            {row.left} → {row.correct}
          </li>
        ))}
      </ul>
    );
  return <span lang={lang}>{feedback.correctAnswer}</span>;
}

/** What the learner answered, each part with its mark; the stored text where there are no parts. */
export function GivenAnswer({
  given,
  marking,
  lang,
}: {
  given: string;
  marking: Marking | null;
  lang: string;
}) {
  const t = useTranslations("Quiz");
  switch (marking?.type) {
    case "choice": {
      const chosen = marking.options.filter((o) => o.chosen);
      if (chosen.length === 0) break;
      if (chosen.length === 1)
        return (
          <span>
            <span lang={lang}>{chosen[0]!.text}</span>{" "}
            <RightOrWrong ok={chosen[0]!.correct} />
          </span>
        );
      return (
        <ul className="answer-list marked">
          {chosen.map((o) => (
            <li key={o.id}>
              <span lang={lang}>{o.text}</span> <RightOrWrong ok={o.correct} />
            </li>
          ))}
        </ul>
      );
    }
    case "truefalse":
      return (
        <span>
          {marking.given ? t("trueLabel") : t("falseLabel")}{" "}
          <RightOrWrong ok={marking.given === marking.correct} />
        </span>
      );
    case "matching":
      return (
        <ul className="answer-list marked">
          {marking.rows.map((row) => (
            <li key={row.id}>
              <span lang={lang}>
                {row.left} → {row.given ?? "—"}
              </span>{" "}
              <RightOrWrong ok={row.ok} />
            </li>
          ))}
        </ul>
      );
    case "ordering":
      return (
        <ol className="answer-list marked">
          {marking.positions.map((p, i) => (
            <li key={i}>
              <span lang={lang}>{p.given}</span> <RightOrWrong ok={p.ok} />
            </li>
          ))}
        </ol>
      );
    case "cloze":
      return (
        <ol className="answer-list marked">
          {marking.gaps.map((gap, i) => (
            <li key={i}>
              <span className="evidence-label">
                {t("clozeGap", { number: i + 1 })}:
              </span>{" "}
              <span lang="de">{gap.given}</span>{" "}
              {gap.ok ? (
                <RightOrWrong ok />
              ) : (
                <Mark tone="wrong">
                  {t("mark.gapIncorrect", { answer: gap.correct })}
                </Mark>
              )}
            </li>
          ))}
        </ol>
      );
  }
  return <span lang={lang}>{given}</span>;
}
