// The question bank of one language as the quiz page holds it: the body of
// GET /api/question-bank/[language] (lib/quiz/question-bank.ts), parsed and indexed by question id,
// for questionsForAttempt (lib/quiz/attempt-state.ts) to pick an attempt's questions from.
import type { Language } from "@/lib/content/schema";
import type { PublicQuestion } from "@/lib/quiz/present";
import { questionBankBody } from "@/lib/quiz/question-bank";

export function questionBank(language: Language): Map<string, PublicQuestion> {
  const questions = JSON.parse(
    questionBankBody(language).json,
  ) as PublicQuestion[];
  return new Map(questions.map((question) => [question.id, question]));
}
