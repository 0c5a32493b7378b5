// The title an attempt is shown under: its ready-made quiz, or the teacher's question set.
import type { Language, Quiz } from "@/lib/content/content-schema";

export function attemptTitle(
  attempt: { quizId: string | null; assignment: { title: string } | null },
  locale: Language,
  quizzesById: ReadonlyMap<string, Quiz>,
): string {
  if (attempt.assignment) return attempt.assignment.title;
  const quiz = attempt.quizId ? quizzesById.get(attempt.quizId) : undefined;
  return quiz?.title[locale] ?? attempt.quizId ?? "";
}
