// The grading engine: one authored question + the learner's answer (in authored ids) → score.
// Framework-free and deterministic; see docs/decisions/004-grading-rules.md.
//
// score is in 0..1, rounded to 4 decimals; correct means score === 1.
//
// * single, truefalse — 1 or 0.
// * numeric — the text is parsed with parseQualifiedNumber(text, quiz language, question unit);
//   1 when |value − correct| ≤ tolerance AND the learner's qualifier follows from the article's
//   (qualifierFollows: a bare number always does; "mehr als 50 %" does not when the article says
//   "bis zu 50 %"), otherwise (or unparseable) 0.
// * short — the answer is normalised (normalizeAnswerText) and compared with every accepted
//   answer of the quiz language AND of the other language (a learner in an English quiz who types
//   the German spelling of a place passes). For an accepted answer in language L, one leading
//   "in"/"zu" and then one leading article of L are ignored on both sides ("in der Ukraine" =
//   "Ukraine"). It matches when it is equal, equal without spaces ("K. C. N. A." = "KCNA",
//   "Nachrichten-Agentur" = "Nachrichtenagentur"), or the same words in other inflected forms of
//   L (sameWordForm: "modernen Militärtechnologien"). A question without typo tolerance (names)
//   also accepts a listed first name followed by a listed surname in any of their listed
//   spellings ("Volodymyr Selenskyj"). If the question has typoTolerance, an answer within
//   allowedTypos(expected) Damerau–Levenshtein edits passes.
// * cloze — each gap is normalised and compared with that gap's accepted answers: equal, equal
//   without spaces, or the same German words in other inflected forms ("befürchtet" for
//   "befürchten"; the author lists words of the same meaning, "uneins" for "uneinig"). A gap whose
//   answer is a figure takes it in any spelling without a qualifier ("zehntausend", "50 Prozent"
//   for "50%"). No typo tolerance, no article stripping; score = correct gaps / gaps.
// * multiple — score = max(0, correctly selected / correct options − wrongly selected /
//   distractors). Duplicated ids count once. Selecting every option always earns nothing.
// * matching — correctly matched left items / number of left items.
// * ordering — concordant pairs / (n·(n−1)/2) (Kendall-style): one adjacent swap among 4 items
//   scores 5/6, the reversed order 0. An answer that is not a permutation of the items scores 0.
import type { Language, Question, QuestionType } from "@/lib/content/schema";
import {
  normalizeAnswerText,
  stripLeadingArticle,
  stripLeadingPreposition,
} from "./normalize";
import { parseQualifiedNumber, qualifierFollows } from "./numbers";
import { withinTypoBudget } from "./typo";
import { sameLetters, sameWordForm } from "./word-forms";

/** The learner's answer expressed in AUTHORED ids (see resolveAnswer in lib/quiz/resolve-answer.ts). */
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
  const parsed = parseQualifiedNumber(answer.text, lang, { units });
  if (parsed === null) return 0;
  if (!qualifierFollows(question.qualifier ?? "none", parsed.qualifier))
    return 0;
  const slack =
    question.tolerance +
    NUMERIC_EPSILON * Math.max(1, Math.abs(question.correct));
  return Math.abs(parsed.value - question.correct) <= slack ? 1 : 0;
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
    const givenVariants = withoutLeadingWords(given, acceptedLang);
    for (const accepted of question.accepted[acceptedLang]) {
      const expected = normalizeAnswerText(accepted);
      if (expected === "") continue;
      for (const g of givenVariants) {
        for (const e of withoutLeadingWords(expected, acceptedLang)) {
          if (sameAnswer(g, e, acceptedLang)) return true;
          if (question.typoTolerance && withinTypoBudget(g, e)) return true;
        }
      }
    }
  }
  return !question.typoTolerance && nameCombinations(question).has(given);
}

/** The answer as typed, without a leading "in"/"zu", without a leading article, and without both. */
function withoutLeadingWords(normalized: string, lang: Language): Set<string> {
  const withoutPreposition = stripLeadingPreposition(normalized, lang);
  return new Set([
    normalized,
    stripLeadingArticle(normalized, lang),
    withoutPreposition,
    stripLeadingArticle(withoutPreposition, lang),
  ]);
}

function sameAnswer(given: string, expected: string, lang: Language): boolean {
  return (
    given === expected ||
    sameLetters(given, expected) ||
    sameWordForm(given, expected, lang)
  );
}

const nameCombinationCache = new WeakMap<QuestionOf<"short">, Set<string>>();

/**
 * Every listed first name with every listed surname (normalised), from the accepted answers of
 * both languages: "Wolodymyr Selenskyj" and "Zelenskyy" also allow "Wolodymyr Zelenskyy". The
 * first name is what precedes the last word of a multi-word answer; a surname is that last word
 * or a one-word answer that is not part of any first name.
 */
function nameCombinations(question: QuestionOf<"short">): Set<string> {
  const cached = nameCombinationCache.get(question);
  if (cached) return cached;
  const names = [...question.accepted.de, ...question.accepted.en]
    .map((answer) => normalizeAnswerText(answer).split(" "))
    .filter((words) => words[0] !== "");
  const firstNames = new Set(
    names.filter((w) => w.length > 1).map((w) => w.slice(0, -1).join(" ")),
  );
  const firstNameWords = new Set([...firstNames].flatMap((f) => f.split(" ")));
  const surnames = new Set(
    names.map((w) => w.at(-1)!).filter((word) => !firstNameWords.has(word)),
  );
  const combinations = new Set<string>();
  for (const first of firstNames)
    for (const surname of surnames) combinations.add(`${first} ${surname}`);
  nameCombinationCache.set(question, combinations);
  return combinations;
}

/** Whether each gap of a cloze answer is right, as scored (the feedback marks every gap). */
export function clozeGapVerdicts(
  question: QuestionOf<"cloze">,
  answer: AnswerOf<"cloze">,
): boolean[] {
  return question.gaps.map((gap, index) =>
    isGapCorrect(answer.gaps[index] ?? "", gap.accepted),
  );
}

function scoreCloze(
  question: QuestionOf<"cloze">,
  answer: AnswerOf<"cloze">,
): number {
  const right = clozeGapVerdicts(question, answer).filter(Boolean).length;
  return right / question.gaps.length;
}

/** One cloze gap; the gap text is German whatever the quiz language. */
function isGapCorrect(text: string, accepted: readonly string[]): boolean {
  const given = normalizeAnswerText(text);
  if (given === "") return false;
  const figure = parseQualifiedNumber(text, "de");
  return accepted.some((answer) => {
    if (sameAnswer(given, normalizeAnswerText(answer), "de")) return true;
    const expected = parseQualifiedNumber(answer, "de");
    return (
      figure?.qualifier === "none" &&
      expected?.qualifier === "none" &&
      figure.value === expected.value
    );
  });
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
