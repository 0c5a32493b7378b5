// Feedback that marks every part of an answer: each option (chosen? correct?), each matching pair,
// each ordering position, each cloze gap.
//
// * A `Solution` is what a response was graded against, in a structure: the options with their
//   texts in both languages and which are correct, the pairs, the order, the verdict on each gap.
//   Built when the answer is graded and kept in the response's snapshot (Response.correctAnswer,
//   beside the display text), so the marks stay true after the content pack is edited. Numbers and
//   short texts are one part each and have none: their verdict and display text say everything.
// * A `Marking` is a solution set against the learner's answer, in one language, with public ids
//   (lib/quiz/present.ts): what the quiz runner marks on the question it shows, and what the
//   results page lists. It is sent only after the answer, like the rest of the feedback.
// Framework-free; parsed with zod where it comes back from the database.
import { z } from "zod";
import {
  localizedSchema,
  type Language,
  type Localized,
  type Question,
} from "@/lib/content/schema";
import { clozeGapVerdicts, type ResolvedAnswer } from "@/lib/grading/grade";

const item = z.object({ id: z.string(), text: localizedSchema });

export const solutionSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.enum(["single", "multiple"]),
    options: z.array(item.extend({ correct: z.boolean() })),
  }),
  z.object({ type: z.literal("truefalse"), correct: z.boolean() }),
  z.object({
    type: z.literal("matching"),
    left: z.array(item),
    right: z.array(item),
    /** left id → right id */
    pairs: z.record(z.string(), z.string()),
  }),
  z.object({
    type: z.literal("ordering"),
    items: z.array(item),
    order: z.array(z.string()),
  }),
  z.object({
    type: z.literal("cloze"),
    /** Per gap: the answer shown as correct, and whether the learner's gap was right. */
    gaps: z.array(z.object({ answer: z.string(), right: z.boolean() })),
  }),
]);
export type Solution = z.infer<typeof solutionSchema>;

export type Marking =
  | {
      type: "choice";
      options: {
        id: string;
        text: string;
        chosen: boolean;
        correct: boolean;
      }[];
    }
  | { type: "truefalse"; given: boolean; correct: boolean }
  | {
      type: "matching";
      /** One row per left item, in the order shown; `given` is null for a row left empty. */
      rows: {
        id: string;
        left: string;
        given: string | null;
        correct: string;
        ok: boolean;
      }[];
    }
  | {
      type: "ordering";
      positions: { given: string; correct: string; ok: boolean }[];
    }
  | {
      type: "cloze";
      gaps: { given: string; correct: string; ok: boolean }[];
    };

const textsOf = (items: readonly { id: string; text: Localized }[]) =>
  items.map(({ id, text }) => ({ id, text: { de: text.de, en: text.en } }));

/** The structured solution of a question, for an answer that was graded against it. */
export function solutionOf(
  question: Question,
  answer: ResolvedAnswer,
): Solution | null {
  switch (question.type) {
    case "single":
    case "multiple": {
      const correct = new Set([question.correct].flat());
      return {
        type: question.type,
        options: textsOf(question.options).map((option) => ({
          ...option,
          correct: correct.has(option.id),
        })),
      };
    }
    case "truefalse":
      return { type: "truefalse", correct: question.correct };
    case "matching":
      return {
        type: "matching",
        left: textsOf(question.left),
        right: textsOf(question.right),
        pairs: { ...question.correct },
      };
    case "ordering":
      return {
        type: "ordering",
        items: textsOf(question.items),
        order: [...question.correct],
      };
    case "cloze": {
      const right =
        answer.type === "cloze"
          ? clozeGapVerdicts(question, answer)
          : question.gaps.map(() => false);
      return {
        type: "cloze",
        gaps: question.gaps.map((gap, i) => ({
          answer: gap.accepted[0]!,
          right: right[i] ?? false,
        })),
      };
    }
    case "numeric":
    case "short":
      return null;
  }
}

const EMPTY_GAP = "___";

/**
 * The solution set against the answer that was graded with it, in one language. `toPublicId` maps
 * an authored option id to the id the browser knows. Null when the answer does not fit the
 * solution (it always does for what submitResponse stores).
 */
export function markAnswer(
  solution: Solution,
  answer: ResolvedAnswer,
  lang: Language,
  toPublicId: (authoredId: string) => string,
): Marking | null {
  switch (solution.type) {
    case "single":
    case "multiple": {
      const chosen = new Set(
        answer.type === "single"
          ? [answer.optionId]
          : answer.type === "multiple"
            ? answer.optionIds
            : [],
      );
      if (answer.type !== solution.type) return null;
      return {
        type: "choice",
        options: solution.options
          .map((option) => ({
            id: toPublicId(option.id),
            text: option.text[lang],
            chosen: chosen.has(option.id),
            correct: option.correct,
          }))
          // The order the question was shown in (keyed), not the authored one.
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      };
    }
    case "truefalse":
      return answer.type === "truefalse"
        ? { type: "truefalse", given: answer.value, correct: solution.correct }
        : null;
    case "matching": {
      if (answer.type !== "matching") return null;
      const rightText = new Map(
        solution.right.map((r) => [r.id, r.text[lang]]),
      );
      return {
        type: "matching",
        rows: solution.left.map((left) => {
          const given = Object.hasOwn(answer.pairs, left.id)
            ? answer.pairs[left.id]
            : undefined;
          const correct = solution.pairs[left.id];
          return {
            id: toPublicId(left.id),
            left: left.text[lang],
            given: given === undefined ? null : (rightText.get(given) ?? null),
            correct: (correct && rightText.get(correct)) ?? "",
            ok: given !== undefined && given === correct,
          };
        }),
      };
    }
    case "ordering": {
      if (answer.type !== "ordering") return null;
      const textOf = new Map(solution.items.map((i) => [i.id, i.text[lang]]));
      return {
        type: "ordering",
        positions: solution.order.map((correctId, i) => {
          const givenId = answer.order[i];
          return {
            given: (givenId && textOf.get(givenId)) ?? "",
            correct: textOf.get(correctId) ?? "",
            ok: givenId === correctId,
          };
        }),
      };
    }
    case "cloze":
      return answer.type === "cloze"
        ? {
            type: "cloze",
            gaps: solution.gaps.map((gap, i) => ({
              given: answer.gaps[i]?.trim() || EMPTY_GAP,
              correct: gap.answer,
              ok: gap.right,
            })),
          }
        : null;
  }
}
