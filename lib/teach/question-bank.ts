// The question bank a teacher builds sets from: the content pack's questions, filtered by article
// section, question type, fact and difficulty. Framework-free.
import type {
  ContentPack,
  Language,
  Question,
  QuestionType,
} from "@/lib/content/schema";
import type { BankFilter } from "./set-schema";

/**
 * A question as the set editor lists it in the browser: what the filters need and a readable
 * label. No options, no answer key: the editor's client code never holds one.
 */
export type BankEntry = {
  id: string;
  label: string;
  type: QuestionType;
  difficulty: number;
  factIds: string[];
  sectionIds: string[];
};

/** Longest label of a question or fact in lists and menus, in characters. */
export const LABEL_MAX = 110;

/**
 * A text cut to at most `max` characters at a word boundary, with "…" when it was cut: long
 * prompts and fact statements stay one or two lines in a list or a menu.
 */
export function shortLabel(text: string, max = LABEL_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/, "")}…`;
}

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

/** Whether a question (or its bank entry) passes the filters; an unset filter passes all. */
export function matchesBankFilter(
  entry: Pick<BankEntry, "type" | "difficulty" | "factIds" | "sectionIds">,
  filter: BankFilter,
): boolean {
  return (
    (!filter.type || entry.type === filter.type) &&
    (!filter.difficulty || entry.difficulty === filter.difficulty) &&
    (!filter.fact || entry.factIds.includes(filter.fact)) &&
    (!filter.section || entry.sectionIds.includes(filter.section))
  );
}

/** Every question of the pack as a keyless bank entry, labelled in the teacher's language. */
export function bankEntries(pack: ContentPack, locale: Language): BankEntry[] {
  return pack.questions.map((q) => ({
    id: q.id,
    label: shortLabel(q.prompt[locale]),
    type: q.type,
    difficulty: q.difficulty,
    factIds: q.factIds,
    sectionIds: sectionsOfQuestion(pack, q),
  }));
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
