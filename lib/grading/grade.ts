// The grading engine: one authored question + the learner's answer (in authored ids) → score.
// Framework-free and deterministic; see docs/decisions/004-grading-rules.md.
//
// score is in 0..1, rounded to 4 decimals; correct means score === 1.
//
// * single, truefalse — 1 or 0.
// * numeric — the text is parsed with parseNumberAnswer(text, quiz language, question unit);
//   |value − correct| ≤ tolerance → 1, otherwise (or unparseable) 0.
// * short — the answer is normalised (normalizeAnswerText) and compared with every accepted
//   answer of the quiz language AND of the other language (a learner in an English quiz who types
//   the German spelling of a place passes). For an accepted answer in language L, one leading
//   article of L is ignored on both sides ("die Ukraine" = "Ukraine"). If the question has
//   typoTolerance, an answer within allowedTypos(expected) Damerau–Levenshtein edits passes.
// * cloze — each gap is normalised and compared exactly with that gap's accepted answers
//   (no typo tolerance, no article stripping); score = correct gaps / gaps.
// * multiple — score = max(0, correctly selected / correct options − wrongly selected /
//   distractors). Duplicated ids count once. Selecting every option always earns nothing.
// * matching — correctly matched left items / number of left items.
// * ordering — concordant pairs / (n·(n−1)/2) (Kendall-style): one adjacent swap among 4 items
//   scores 5/6, the reversed order 0. An answer that is not a permutation of the items scores 0.
import type { Language, Question, QuestionType } from "@/lib/content/schema";
import { normalizeAnswerText, stripLeadingArticle } from "./normalize";
import { parseNumberAnswer } from "./numbers";
import { withinTypoBudget } from "./typo";

/** The learner's answer expressed in AUTHORED ids (see resolveAnswer in lib/quiz/present.ts). */
export type ResolvedAnswer =
  | { type: "single"; optionId: string }
  | { type: "multiple"; optionIds: string[] }
  | { type: "truefalse"; value: boolean }
  | { type: "numeric"; text: string }
  | { type: "short"; text: string }
  | { type: "cloze"; gaps: string[] }
  | { type: "matching"; pairs: Record<string, string> }
  | { type: "ordering"; order: string[] };

export interface GradeResult {
  /** 0..1, rounded to 4 decimals. */
  score: number;
  /** score === 1 */
  correct: boolean;
}

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
type AnswerOf<T extends QuestionType> = Extract<ResolvedAnswer, { type: T }>;

const OTHER_LANGUAGE: Readonly<Record<Language, Language>> = {
  de: "en",
  en: "de",
};

/** Relative tolerance for floating-point noise in numeric comparisons. */
const NUMERIC_EPSILON = 1e-9;

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function result(rawScore: number): GradeResult {
  const clamped = Math.min(1, Math.max(0, rawScore));
  const score = round4(clamped);
  return { score, correct: score === 1 };
}

export function gradeAnswer(
  question: Question,
  answer: ResolvedAnswer,
  lang: Language,
): GradeResult {
  if (answer.type !== question.type) {
    throw new Error(
      `Answer of type "${answer.type}" given for ${question.type} question ${question.id}`,
    );
  }
  // The check above guarantees the pairing; TypeScript cannot correlate the two unions.
  switch (question.type) {
    case "single":
      return result(
        answer.type === "single" && answer.optionId === question.correct
          ? 1
          : 0,
      );
    case "truefalse":
      return result(
        answer.type === "truefalse" && answer.value === question.correct
          ? 1
          : 0,
      );
    case "numeric":
      return result(
        scoreNumeric(question, answer as AnswerOf<"numeric">, lang),
      );
    case "short":
      return result(
        isShortAnswerCorrect(question, (answer as AnswerOf<"short">).text, lang)
          ? 1
          : 0,
      );
    case "cloze":
      return result(scoreCloze(question, answer as AnswerOf<"cloze">));
    case "multiple":
      return result(scoreMultiple(question, answer as AnswerOf<"multiple">));
    case "matching":
      return result(scoreMatching(question, answer as AnswerOf<"matching">));
    case "ordering":
      return result(scoreOrdering(question, answer as AnswerOf<"ordering">));
  }
}

function scoreNumeric(
  question: QuestionOf<"numeric">,
  answer: AnswerOf<"numeric">,
  lang: Language,
): number {
  const units = question.unit ? [question.unit.de, question.unit.en] : [];
  const value = parseNumberAnswer(answer.text, lang, { units });
  if (value === null) return 0;
  const slack =
    question.tolerance +
    NUMERIC_EPSILON * Math.max(1, Math.abs(question.correct));
  return Math.abs(value - question.correct) <= slack ? 1 : 0;
}

/** Short-text comparison (exported for tests and for previews of accepted answers). */
export function isShortAnswerCorrect(
  question: QuestionOf<"short">,
  text: string,
  lang: Language,
): boolean {
  const given = normalizeAnswerText(text);
  if (given === "") return false;
  for (const acceptedLang of [lang, OTHER_LANGUAGE[lang]]) {
    const givenVariants = new Set([
      given,
      stripLeadingArticle(given, acceptedLang),
    ]);
    for (const accepted of question.accepted[acceptedLang]) {
      const expected = normalizeAnswerText(accepted);
      if (expected === "") continue;
      const expectedVariants = new Set([
        expected,
        stripLeadingArticle(expected, acceptedLang),
      ]);
      for (const g of givenVariants) {
        for (const e of expectedVariants) {
          if (g === e) return true;
          if (question.typoTolerance && withinTypoBudget(g, e)) return true;
        }
      }
    }
  }
  return false;
}

/** Whether each gap of a cloze answer is right, as scored (the feedback marks every gap). */
export function clozeGapVerdicts(
  question: QuestionOf<"cloze">,
  answer: AnswerOf<"cloze">,
): boolean[] {
  return question.gaps.map((gap, index) => {
    const given = normalizeAnswerText(answer.gaps[index] ?? "");
    return (
      given !== "" &&
      gap.accepted.some((accepted) => normalizeAnswerText(accepted) === given)
    );
  });
}

function scoreCloze(
  question: QuestionOf<"cloze">,
  answer: AnswerOf<"cloze">,
): number {
  const right = clozeGapVerdicts(question, answer).filter(Boolean).length;
  return right / question.gaps.length;
}

function scoreMultiple(
  question: QuestionOf<"multiple">,
  answer: AnswerOf<"multiple">,
): number {
  const correctIds = new Set(question.correct);
  let right = 0;
  let wrong = 0;
  for (const id of new Set(answer.optionIds)) {
    if (correctIds.has(id)) right++;
    else wrong++;
  }
  const distractors = question.options.length - correctIds.size;
  return Math.max(
    0,
    right / correctIds.size - (distractors > 0 ? wrong / distractors : 0),
  );
}

function scoreMatching(
  question: QuestionOf<"matching">,
  answer: AnswerOf<"matching">,
): number {
  let correct = 0;
  for (const left of question.left) {
    const expected = question.correct[left.id];
    if (
      expected !== undefined &&
      Object.hasOwn(answer.pairs, left.id) &&
      answer.pairs[left.id] === expected
    ) {
      correct++;
    }
  }
  return correct / question.left.length;
}

function scoreOrdering(
  question: QuestionOf<"ordering">,
  answer: AnswerOf<"ordering">,
): number {
  const position = new Map(
    question.correct.map((id, index) => [id, index] as const),
  );
  const order = answer.order;
  const n = question.correct.length;
  if (
    order.length !== n ||
    new Set(order).size !== n ||
    !order.every((id) => position.has(id))
  )
    return 0;
  let concordant = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (position.get(order[i]!)! < position.get(order[j]!)!) concordant++;
    }
  }
  return concordant / ((n * (n - 1)) / 2);
}
