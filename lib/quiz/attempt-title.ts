// The title an attempt is shown under: its content-pack quiz, or the teacher's question set.
import { getCatalog } from "@/lib/content/catalog";
import type { Language } from "@/lib/content/content-schema";

export function attemptTitle(
  attempt: { quizId: string | null; assignment: { title: string } | null },
  locale: Language,
): string {
  if (attempt.assignment) return attempt.assignment.title;
  const quiz = attempt.quizId
    ? getCatalog().quizzesById.get(attempt.quizId)
    : undefined;
  return quiz?.title[locale] ?? attempt.quizId ?? "";
}
