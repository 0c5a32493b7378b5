// Regrading a stored answer against the current version of its question, as Moodle's regrade does
// after a teacher fixed a question: the answer the learner gave is graded again by the same
// functions that graded it when it was given (gradeAnswer, describeCorrectAnswer, solutionOf), so
// a regrade can never disagree with answering the new version. Framework-free; the data layer
// (lib/data/regrade.ts) reads and writes the responses.
import type {
  Language,
  Localized,
  Question,
} from "@/lib/content/content-schema";
import { describeCorrectAnswer } from "@/lib/grading/describe-answer";
import { gradeAnswer, type ResolvedAnswer } from "@/lib/grading/grade";
import { solutionOf, type Solution } from "./marking";

export type Regrade = {
  score: number;
  correct: boolean;
  correctAnswer: Localized;
  solution: Solution | null;
};

/**
 * The grade of an answer against a question's current version; null when the answer no longer
 * fits it (the question changed type), so the old grade stands.
 */
export function regradeAnswer(
  question: Question,
  given: ResolvedAnswer,
  language: Language,
): Regrade | null {
  if (given.type !== question.type) return null;
  const { score, correct } = gradeAnswer(question, given, language);
  return {
    score,
    correct,
    correctAnswer: describeCorrectAnswer(question),
    solution: solutionOf(question, given),
  };
}

/** What a learner is told about a regraded answer: when, and its credit before and after. */
export type RegradeNote = { regradedAt: Date; was: number; now: number };

/** Whether a regrade changed what the learner is credited with. */
export const gradeChanged = (
  before: { score: number; correct: boolean },
  after: { score: number; correct: boolean },
): boolean => before.score !== after.score || before.correct !== after.correct;

/**
 * An attempt's points from its responses' credit, rounded as each credit is (4 decimals), so that
 * summing after a regrade gives the same figure as adding answer by answer did.
 */
export function attemptPoints(scores: readonly number[]): number {
  const sum = scores.reduce((total, score) => total + score, 0);
  return Math.round(sum * 10_000) / 10_000;
}
