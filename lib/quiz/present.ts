// The "public question": what a browser may see of a question BEFORE it is answered.
//
// * Never included: the key (correct/accepted/tolerance), explanations, sentence/fact ids,
//   difficulty, authored option ids. The public form has exactly the fields of PublicQuestion.
// * Option/item ids are opaque: the first 10 hex characters of an HMAC of `${questionId}:${authoredId}`
//   under the install's secret key (lib/quiz/option-key.ts, docs/decisions/022). Authored ids are
//   slugs of the option text and easy to guess, so an unkeyed hash would confirm a right guess.
//   Two authored ids of one question that map to the same opaque id (e.g. a matching left and right
//   item both called "russland", which would reveal the pair) are a content error and make
//   toPublicQuestion throw.
// * Displayed order is the order of those keyed ids: without the key it says nothing about the
//   authored order (in which authors tend to put the correct option first), yet it is the same for
//   every learner and both languages and stable for the install, so the public question is
//   cacheable. Single/multiple options and ordering items are ordered so; for matching only the
//   right column (the left one carries no key). An ordering question is never shown in its correct
//   order (if the keyed order is the correct one, it is rotated by one).
// * Results are memoised per question object (WeakMap) and language and deeply frozen.
//
// The way back from public to authored ids is the answer path's (lib/quiz/resolve-answer.ts, on the
// id maps built here); solutions and answers as text are lib/grading/describe-answer.ts.
import { createHash } from "node:crypto";
import type {
  Language,
  Localized,
  Question,
  QuestionType,
} from "@/lib/content/content-schema";
import { mulberry32, shuffleWith } from "./attempt-order";
import { keyedHash } from "./option-key";
import { CLOZE_GAP } from "@/lib/content/content-schema";

export interface PublicOption {
  id: string;
  text: string;
}

export type ClozeSegment =
  { kind: "text"; text: string } | { kind: "gap"; index: number };

interface PublicBase {
  id: string;
  /** In the quiz language. For cloze questions it is the instruction. */
  prompt: string;
}

export type PublicQuestion =
  | (PublicBase & { type: "single"; options: PublicOption[] })
  | (PublicBase & { type: "multiple"; options: PublicOption[] })
  | (PublicBase & { type: "truefalse" })
  | (PublicBase & { type: "numeric"; unit?: string })
  | (PublicBase & { type: "short" })
  | (PublicBase & {
      type: "cloze";
      /** The (German) gap text; gap indexes are 0-based positions in the answer's `gaps`. */
      segments: ClozeSegment[];
      /** Sorted alphabetically (German collation) so its order reveals nothing. */
      wordBank?: string[];
    })
  | (PublicBase & {
      type: "matching";
      left: PublicOption[];
      right: PublicOption[];
    })
  | (PublicBase & { type: "ordering"; items: PublicOption[] });

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

const publicIds = new Map<string, string>();

/** Opaque public id of an authored option/item id within a question, keyed by the install's secret. */
export function publicId(questionId: string, authoredId: string): string {
  const text = `${questionId}:${authoredId}`;
  let id = publicIds.get(text);
  if (id === undefined) {
    id = keyedHash(text).slice(0, 10);
    // Memoised: every graded answer maps its options back to these ids for the marks.
    publicIds.set(text, id);
  }
  return id;
}

/** Options in the order of their public ids: keyed, so it carries nothing of the authored order. */
function inKeyedOrder<T extends { id: string }>(
  questionId: string,
  items: readonly T[],
): T[] {
  return items
    .map((item) => ({ item, key: publicId(questionId, item.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

// ---------------------------------------------------------------------------------------------
// Deterministic shuffle

/**
 * A seeded shuffle (mulberry32 seeded from sha256 of the seed text), for orders that may be public:
 * a set's question order per attempt, seeded by the attempt id.
 */
export function shuffled<T>(items: readonly T[], seedText: string): T[] {
  return shuffleWith(
    items,
    mulberry32(
      createHash("sha256")
        .update(`shuffle:${seedText}`)
        .digest()
        .readUInt32BE(0),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Id maps (public ↔ authored), memoised per question object

export interface IdMaps {
  /** options (single/multiple), items (ordering) or left (matching): public → authored */
  primary: Map<string, string>;
  /** right column (matching): public → authored */
  right: Map<string, string>;
}

const idMapCache = new WeakMap<Question, IdMaps>();

function authoredIdLists(question: Question): {
  primary: string[];
  right: string[];
} {
  switch (question.type) {
    case "single":
    case "multiple":
      return { primary: question.options.map((o) => o.id), right: [] };
    case "ordering":
      return { primary: question.items.map((o) => o.id), right: [] };
    case "matching":
      return {
        primary: question.left.map((o) => o.id),
        right: question.right.map((o) => o.id),
      };
    default:
      return { primary: [], right: [] };
  }
}

/**
 * The public → authored id maps of a question; throws when two authored ids share a public id (a
 * content error that would give a pair or an option away).
 */
export function idMaps(question: Question): IdMaps {
  const cached = idMapCache.get(question);
  if (cached) return cached;
  const lists = authoredIdLists(question);
  const seen = new Map<string, string>();
  const build = (ids: string[], column: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const authored of ids) {
      const pid = publicId(question.id, authored);
      const label = `${column}:${authored}`;
      const clash = seen.get(pid);
      if (clash !== undefined) {
        throw new Error(
          `Question ${question.id}: ids ${clash} and ${label} share the public id ${pid}; authored ids must be unique within a question`,
        );
      }
      seen.set(pid, label);
      map.set(pid, authored);
    }
    return map;
  };
  const maps: IdMaps = {
    primary: build(lists.primary, "item"),
    right: build(lists.right, "right"),
  };
  idMapCache.set(question, maps);
  return maps;
}

// ---------------------------------------------------------------------------------------------
// toPublicQuestion

const publicCache = new WeakMap<
  Question,
  Partial<Record<Language, PublicQuestion>>
>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const germanCollator = new Intl.Collator("de");

/** Splits a cloze text at its {{n}} markers (1-based) into text and 0-based gap segments. */
export function clozeSegments(question: QuestionOf<"cloze">): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  const seen = new Set<number>();
  let last = 0;
  for (const match of question.text.matchAll(CLOZE_GAP)) {
    const start = match.index;
    const index = Number(match[1]) - 1;
    if (!(index >= 0 && index < question.gaps.length) || seen.has(index)) {
      throw new Error(
        `Question ${question.id}: invalid or repeated gap marker ${match[0]}`,
      );
    }
    seen.add(index);
    if (start > last)
      segments.push({ kind: "text", text: question.text.slice(last, start) });
    segments.push({ kind: "gap", index });
    last = start + match[0].length;
  }
  if (last < question.text.length)
    segments.push({ kind: "text", text: question.text.slice(last) });
  if (seen.size !== question.gaps.length) {
    throw new Error(
      `Question ${question.id}: text has ${seen.size} gap markers for ${question.gaps.length} gaps`,
    );
  }
  return segments;
}

function buildPublicQuestion(
  question: Question,
  lang: Language,
): PublicQuestion {
  idMaps(question); // throws if two authored ids share a public id
  const base = { id: question.id, prompt: question.prompt[lang] };
  const option = (o: { id: string; text: Localized }): PublicOption => ({
    id: publicId(question.id, o.id),
    text: o.text[lang],
  });
  switch (question.type) {
    case "single":
    case "multiple":
      return {
        ...base,
        type: question.type,
        options: inKeyedOrder(question.id, question.options).map(option),
      };
    case "truefalse":
      return { ...base, type: "truefalse" };
    case "numeric":
      return question.unit
        ? { ...base, type: "numeric", unit: question.unit[lang] }
        : { ...base, type: "numeric" };
    case "short":
      return { ...base, type: "short" };
    case "cloze": {
      const segments = clozeSegments(question);
      return question.wordBank
        ? {
            ...base,
            type: "cloze",
            segments,
            wordBank: [...question.wordBank].sort(germanCollator.compare),
          }
        : { ...base, type: "cloze", segments };
    }
    case "matching":
      return {
        ...base,
        type: "matching",
        left: question.left.map(option),
        right: inKeyedOrder(question.id, question.right).map(option),
      };
    case "ordering": {
      let items = inKeyedOrder(question.id, question.items);
      const inCorrectOrder =
        items.length === question.correct.length &&
        items.every((item, i) => item.id === question.correct[i]);
      if (inCorrectOrder) items = [...items.slice(1), ...items.slice(0, 1)];
      return { ...base, type: "ordering", items: items.map(option) };
    }
  }
}

/**
 * The question as it may be sent to a browser before it is answered (memoised, frozen), the same
 * for every learner. A set that shuffles options per attempt applies `orderForAttempt`
 * (lib/quiz/attempt-order.ts) on top; the opaque ids stay the same, so grading does not change.
 */
export function toPublicQuestion(
  question: Question,
  lang: Language,
): PublicQuestion {
  let perLanguage = publicCache.get(question);
  if (!perLanguage) {
    perLanguage = {};
    publicCache.set(question, perLanguage);
  }
  const cached = perLanguage[lang];
  if (cached) return cached;
  const built = deepFreeze(buildPublicQuestion(question, lang));
  perLanguage[lang] = built;
  return built;
}
