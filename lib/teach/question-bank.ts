// The question bank a teacher builds sets from: the content pack's questions, filtered by article
// section, question type, fact and difficulty. Framework-free.
import type { ContentPack, Question } from "@/lib/content/schema";
import type { BankFilter } from "./set-schema";

/** The sections a question draws on (through its source sentences), in article order. */
export function sectionsOfQuestion(
  pack: ContentPack,
  question: Question,
): string[] {
  const sectionOf = new Map(
    pack.article.sentences.map((s) => [s.id, s.sectionId]),
  );
  const ids = new Set(
    question.sentenceIds
      .map((id) => sectionOf.get(id))
      .filter((id): id is string => id !== undefined),
  );
  return pack.article.sections.map((s) => s.id).filter((id) => ids.has(id));
}

export function filterQuestions(
  pack: ContentPack,
  filter: BankFilter,
): Question[] {
  return pack.questions.filter(
    (q) =>
      (!filter.type || q.type === filter.type) &&
      (!filter.difficulty || q.difficulty === filter.difficulty) &&
      (!filter.fact || q.factIds.includes(filter.fact)) &&
      (!filter.section || sectionsOfQuestion(pack, q).includes(filter.section)),
  );
}

/** Moves one id up or down by one place; unchanged when it is already at that end or absent. */
export function moveItem(
  ids: readonly string[],
  id: string,
  direction: "up" | "down",
): string[] {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const result = [...ids];
  [result[from], result[to]] = [result[to]!, result[from]!];
  return result;
}

/** A new order must be a permutation of the current one (a drag cannot add or drop questions). */
export function isPermutation(
  current: readonly string[],
  proposed: readonly string[],
): boolean {
  if (current.length !== proposed.length) return false;
  const a = [...current].sort();
  const b = [...proposed].sort();
  return a.every((id, i) => id === b[i]);
}
