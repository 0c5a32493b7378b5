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
// resolveAnswer maps a submitted PublicAnswer back to authored ids; describeCorrectAnswer and
// describeGivenAnswer render solutions and answers as text in both languages.
import { createHash } from "node:crypto";
import type {
  Language,
  Localized,
  Question,
  QuestionType,
} from "@/lib/content/schema";
import type { ResolvedAnswer } from "@/lib/grading/grade";
import type { PublicAnswer } from "./answer-schema";
import { mulberry32, shuffleWith } from "./attempt-order";
import { keyedHash } from "./option-key";

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
type AnswerOf<T extends QuestionType> = Extract<ResolvedAnswer, { type: T }>;

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

interface IdMaps {
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

function idMaps(question: Question): IdMaps {
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

const GAP_MARKER = /\{\{(\d+)\}\}/g;

/** Splits a cloze text at its {{n}} markers (1-based) into text and 0-based gap segments. */
export function clozeSegments(question: QuestionOf<"cloze">): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  const seen = new Set<number>();
  let last = 0;
  for (const match of question.text.matchAll(GAP_MARKER)) {
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

// ---------------------------------------------------------------------------------------------
// resolveAnswer

function mapUnique(
  ids: readonly string[],
  map: Map<string, string>,
): string[] | null {
  if (new Set(ids).size !== ids.length) return null;
  const result: string[] = [];
  for (const id of ids) {
    const authored = map.get(id);
    if (authored === undefined) return null;
    result.push(authored);
  }
  return result;
}

/**
 * Maps a submitted answer (opaque ids) back to authored ids. Returns null when the answer's type
 * differs from the question's, when any id is unknown, when ids that must be unique repeat
 * (multiple, ordering), when an ordering is not a permutation of all items, or when a cloze
 * answer has the wrong number of gaps. Unanswered matching rows are allowed (they score 0).
 */
export function resolveAnswer(
  question: Question,
  answer: PublicAnswer,
): ResolvedAnswer | null {
  if (answer.type !== question.type) return null;
  const maps = idMaps(question);
  switch (answer.type) {
    case "single": {
      const optionId = maps.primary.get(answer.optionId);
      return optionId === undefined ? null : { type: "single", optionId };
    }
    case "multiple": {
      const optionIds = mapUnique(answer.optionIds, maps.primary);
      return optionIds ? { type: "multiple", optionIds } : null;
    }
    case "truefalse":
      return { type: "truefalse", value: answer.value };
    case "numeric":
      return { type: "numeric", text: answer.text };
    case "short":
      return { type: "short", text: answer.text };
    case "cloze":
      return question.type === "cloze" &&
        answer.gaps.length === question.gaps.length
        ? { type: "cloze", gaps: [...answer.gaps] }
        : null;
    case "matching": {
      const pairs: Record<string, string> = {};
      for (const [leftPublic, rightPublic] of Object.entries(answer.pairs)) {
        const left = maps.primary.get(leftPublic);
        const right = maps.right.get(rightPublic);
        if (left === undefined || right === undefined) return null;
        pairs[left] = right;
      }
      return { type: "matching", pairs };
    }
    case "ordering": {
      const order = mapUnique(answer.order, maps.primary);
      return order && order.length === maps.primary.size
        ? { type: "ordering", order }
        : null;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Describing answers as text

const TRUE_FALSE: Readonly<Record<"true" | "false", Localized>> = deepFreeze({
  true: { de: "Richtig", en: "True" },
  false: { de: "Falsch", en: "False" },
});
const NOTHING_SELECTED: Localized = deepFreeze({
  de: "(keine Auswahl)",
  en: "(nothing selected)",
});
const NO_ANSWER: Localized = deepFreeze({
  de: "(keine Antwort)",
  en: "(no answer)",
});
const UNKNOWN = "?";
const EMPTY_GAP = "___";
/** Built once: building a NumberFormat costs more than formatting with it (it runs on every graded answer). */
const numberFormat = (locale: string) =>
  new Intl.NumberFormat(locale, {
    maximumFractionDigits: 10,
    useGrouping: "min2",
  });
const NUMBER_FORMAT: Readonly<Record<Language, Intl.NumberFormat>> = {
  de: numberFormat("de-DE"),
  en: numberFormat("en-GB"),
};

function localized(render: (lang: Language) => string): Localized {
  return { de: render("de"), en: render("en") };
}

/** 10000 → "10.000" / "10,000"; four-digit numbers (years) stay ungrouped; unit appended. */
export function formatNumber(
  value: number,
  lang: Language,
  unit?: Localized,
): string {
  const number = NUMBER_FORMAT[lang].format(value);
  if (!unit) return number;
  const unitText = unit[lang];
  return unitText === "%" && lang === "en"
    ? `${number}%`
    : `${number} ${unitText}`;
}

function textOf(
  options: readonly { id: string; text: Localized }[],
  id: string | undefined,
  lang: Language,
): string {
  return options.find((o) => o.id === id)?.text[lang] ?? UNKNOWN;
}

function fillCloze(
  question: QuestionOf<"cloze">,
  fill: (index: number) => string,
): string {
  return question.text.replace(GAP_MARKER, (marker, n: string) => {
    const index = Number(n) - 1;
    return index >= 0 && index < question.gaps.length ? fill(index) : marker;
  });
}

/** Joins list items with "; ", dropping one final full stop per item so sentences do not end in ".;". */
function joinList(items: readonly string[]): string {
  return items.length === 1
    ? items[0]!
    : items.map((item) => item.replace(/(?<!\.)\.$/, "")).join("; ");
}

function describeSelection(
  options: readonly { id: string; text: Localized }[],
  selected: readonly string[],
): Localized {
  const chosen = options.filter((o) => selected.includes(o.id));
  return chosen.length === 0
    ? NOTHING_SELECTED
    : localized((lang) => joinList(chosen.map((o) => o.text[lang])));
}

function describeMatching(
  question: QuestionOf<"matching">,
  pairs: Readonly<Record<string, string>>,
): Localized {
  return localized((lang) =>
    joinList(
      question.left.map((left) => {
        const rightId = Object.hasOwn(pairs, left.id)
          ? pairs[left.id]
          : undefined;
        const right =
          rightId === undefined ? "—" : textOf(question.right, rightId, lang);
        return `${left.text[lang]} → ${right}`;
      }),
    ),
  );
}

function describeOrdering(
  question: QuestionOf<"ordering">,
  order: readonly string[],
): Localized {
  if (order.length === 0) return NO_ANSWER;
  return localized((lang) =>
    order
      .map((id, i) => `${i + 1}. ${textOf(question.items, id, lang)}`)
      .join(" "),
  );
}

function rawText(text: string): Localized {
  const trimmed = text.trim();
  return trimmed === "" ? NO_ANSWER : { de: trimmed, en: trimmed };
}

/** The solution as human-readable text in both languages. */
export function describeCorrectAnswer(question: Question): Localized {
  switch (question.type) {
    case "single":
      return localized((lang) =>
        textOf(question.options, question.correct, lang),
      );
    case "multiple":
      return describeSelection(question.options, question.correct);
    case "truefalse":
      return TRUE_FALSE[question.correct ? "true" : "false"];
    case "numeric":
      return localized((lang) =>
        formatNumber(question.correct, lang, question.unit),
      );
    case "short":
      return { de: question.accepted.de[0]!, en: question.accepted.en[0]! };
    case "cloze": {
      const sentence = fillCloze(
        question,
        (i) => question.gaps[i]?.accepted[0] ?? EMPTY_GAP,
      );
      return { de: sentence, en: sentence };
    }
    case "matching":
      return describeMatching(question, question.correct);
    case "ordering":
      return describeOrdering(question, question.correct);
  }
}

/** What the learner answered, as human-readable text in both languages (review page, snapshots). */
export function describeGivenAnswer(
  question: Question,
  answer: ResolvedAnswer,
): Localized {
  if (answer.type !== question.type) {
    throw new Error(
      `Answer of type "${answer.type}" given for ${question.type} question ${question.id}`,
    );
  }
  switch (question.type) {
    case "single": {
      const { optionId } = answer as AnswerOf<"single">;
      return localized((lang) => textOf(question.options, optionId, lang));
    }
    case "multiple":
      return describeSelection(
        question.options,
        (answer as AnswerOf<"multiple">).optionIds,
      );
    case "truefalse":
      return TRUE_FALSE[
        (answer as AnswerOf<"truefalse">).value ? "true" : "false"
      ];
    case "numeric":
      return rawText((answer as AnswerOf<"numeric">).text);
    case "short":
      return rawText((answer as AnswerOf<"short">).text);
    case "cloze": {
      const { gaps } = answer as AnswerOf<"cloze">;
      if (gaps.every((g) => g.trim() === "")) return NO_ANSWER;
      const sentence = fillCloze(question, (i) => gaps[i]?.trim() || EMPTY_GAP);
      return { de: sentence, en: sentence };
    }
    case "matching": {
      const { pairs } = answer as AnswerOf<"matching">;
      return Object.keys(pairs).length === 0
        ? NO_ANSWER
        : describeMatching(question, pairs);
    }
    case "ordering":
      return describeOrdering(question, (answer as AnswerOf<"ordering">).order);
  }
}
