// The question bank of one language as the quiz page holds it: the body of
// GET /api/question-bank/[language] (lib/quiz/question-bank.ts), parsed and indexed by question id,
// for questionsForAttempt (lib/quiz/attempt-state.ts) to pick an attempt's questions from.
import type { Language } from "@/lib/content/content-schema";
import type { PublicQuestion } from "@/lib/quiz/present";

export async function questionBank(
  language: Language,
): Promise<Map<string, PublicQuestion>> {
  // Imported when called: the bank reads the library, whose database a test file sets up first.
  const { questionBankBody } = await import("@/lib/data/question-bank");
  const questions = JSON.parse(
    (await questionBankBody(language)).json,
  ) as PublicQuestion[];
  return new Map(questions.map((question) => [question.id, question]));
}
