// The format-neutral shape of a question file (Moodle XML or GIFT) in one language, and the
// errors and notes an import or export reports. Writers turn an ExchangeFile into a file,
// readers turn a file into one; lib/exchange/question-mapping*.ts map it to and from the content
// pack's questions. Every text here is plain text (HTML is converted at the file's edge), and
// every fraction is Moodle's share of the mark, -1..1.
import { z } from "zod";
import {
  clozeSchema,
  matchingSchema,
  multipleSelectSchema,
  numericSchema,
  orderingSchema,
  sentenceIdSchema,
  shortTextSchema,
  singleChoiceSchema,
  trueFalseSchema,
  type Question,
} from "@/lib/content/schema";

export const EXCHANGE_FORMATS = ["moodle", "gift"] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/** An answer or choice with its share of the mark and the feedback shown when it is picked. */
export type ExchangeAnswer = {
  text: string;
  fraction: number;
  feedback: string;
};

/** A numerical answer; value null is Moodle's "*" (any other number). */
export type NumericAnswer = {
  value: number | null;
  tolerance: number;
  fraction: number;
  feedback: string;
};

export type ClozeGap =
  | { kind: "typed"; caseSensitive: boolean; answers: ExchangeAnswer[] }
  | { kind: "choice"; answers: ExchangeAnswer[] }
  | { kind: "numerical"; answers: NumericAnswer[] }
  | { kind: "multiresponse"; answers: ExchangeAnswer[] };

/** Where the gaps of a cloze come from: Moodle's cloze, its two word-bank types, or GIFT's missing word. */
export type ClozeSource =
  "multianswer" | "gapselect" | "ddwtos" | "missingword";

export type OrderingSettings = {
  /** Moodle's grading type name, e.g. RELATIVE_ALL_PREVIOUS_AND_NEXT. */
  grading: string;
  /** Whether every item is shown (Moodle can show a random or contiguous subset). */
  showsAll: boolean;
};

export type ExchangeBody =
  | { type: "multichoice"; single: boolean; answers: ExchangeAnswer[] }
  | { type: "truefalse"; correct: boolean; answerFeedback: number }
  | {
      type: "numerical";
      answers: NumericAnswer[];
      units: { name: string; multiplier: number }[];
    }
  | { type: "shortanswer"; caseSensitive: boolean; answers: ExchangeAnswer[] }
  | {
      type: "cloze";
      /** The gap text with gaps marked {{1}}, {{2}}, … in order. */
      text: string;
      gaps: ClozeGap[];
      source: ClozeSource;
    }
  | {
      type: "matching";
      /** left "" is a distractor on the right-hand side. */
      pairs: { left: string; right: string }[];
    }
  | { type: "ordering"; items: string[]; settings: OrderingSettings };

export type ExchangeType = ExchangeBody["type"];

/** A line (1-based) and/or an element path such as "quiz/question[3]/answer[2]". */
export type ExchangeLocation = { line?: number; element?: string };

export type ExchangeQuestion = {
  name: string;
  /** Moodle's ID number; ours is "<question id>@<version>". */
  idnumber: string;
  tags: string[];
  /** The category path as the file writes it ("$course$/top/Article"), "" before any category. */
  category: string;
  /** The question text; for a cloze, the instructions before the gap text. */
  text: string;
  generalFeedback: string;
  body: ExchangeBody;
  /** Hints (Moodle's multiple-tries hints): the drafts have none. */
  hints: number;
  /** Images, audio, video and other embedded media the plain text cannot keep. */
  media: number;
  where: ExchangeLocation;
};

/** A question of a type Quellenquiz has no counterpart for (essay, calculated, description, …). */
export type UnsupportedQuestion = {
  name: string;
  moodleType: string;
  category: string;
  where: ExchangeLocation;
};

export type ExchangeCategory = { path: string; info: string; idnumber: string };

export type ExchangeFile = {
  categories: ExchangeCategory[];
  questions: ExchangeQuestion[];
  unsupported: UnsupportedQuestion[];
};

// --- errors: a file that cannot be read is refused as a whole --------------------------------

export const EXCHANGE_ERROR_CODES = [
  "emptyFile",
  "tooLarge",
  "unknownFormat",
  "xmlMalformed",
  "xmlRoot",
  "questionWithoutType",
  "elementMissing",
  "fractionInvalid",
  "numberInvalid",
  "clozeNoGaps",
  "clozeTooFewChoices",
  "clozeNoCorrectAnswer",
  "clozeNumberInvalid",
  "gapChoiceMissing",
  "giftBraces",
  "giftAnswers",
] as const;
export type ExchangeErrorCode = (typeof EXCHANGE_ERROR_CODES)[number];

/**
 * A reason a file is refused. `code` selects the translated message (messages/*.json,
 * Exchange.errors), `line` and `element` say where, `detail` quotes what was found.
 */
export type ExchangeError = ExchangeLocation & {
  code: ExchangeErrorCode;
  detail: string;
};

/** The largest file the importers read, in characters, and the most questions in one file. */
export const EXCHANGE_LIMITS = {
  maxCharacters: 5_000_000,
  maxQuestions: 2_000,
};

// --- notes: what an import could not keep, converted, or wants the teacher to check ---------

export const IMPORT_NOTE_CODES = [
  "unsupportedType",
  "notRepresentable",
  "noCorrectAnswer",
  "severalCorrectInSingle",
  "optionCount",
  "tooFewItems",
  "singleFromMultiple",
  "partialCreditDropped",
  "fractionsDiffer",
  "answerFeedbackDropped",
  "hintsDropped",
  "mediaDropped",
  "caseSensitive",
  "wildcardDropped",
  "otherUnitsDropped",
  "otherAnswersDropped",
  "gapToleranceDropped",
  "gapChoicesMerged",
  "gapChoicesTyped",
  "gapMultiresponse",
  "orderingGrading",
  "orderingSubset",
  "defaultPrompt",
  "defaultExplanation",
  "notLinked",
  "contentCheck",
] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];
export type NoteValues = Record<string, string | number>;
export type ImportNote = { code: ImportNoteCode; values: NoteValues };

// --- drafts ----------------------------------------------------------------------------------

const draftSentenceIds = { sentenceIds: z.array(sentenceIdSchema) };

/**
 * A question draft: the content pack's question shape, except that it may not be linked to a
 * sentence yet (the teacher picks one in the studio).
 */
export const draftQuestionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema.extend(draftSentenceIds),
  multipleSelectSchema.extend(draftSentenceIds),
  trueFalseSchema.extend(draftSentenceIds),
  numericSchema.extend(draftSentenceIds),
  shortTextSchema.extend(draftSentenceIds),
  clozeSchema.extend(draftSentenceIds),
  matchingSchema.extend(draftSentenceIds),
  orderingSchema.extend(draftSentenceIds),
]);
export type DraftQuestion = Question;

// --- Moodle category paths -------------------------------------------------------------------

/** "$course$/top/A//B/C" → ["A/B", "C"]: the context and "top" are dropped, "//" is a slash in a name. */
export function categorySegments(path: string): string[] {
  const segments = path
    .split(/(?<!\/)\/(?!\/)/)
    .map((segment) => segment.replaceAll("//", "/").trim())
    .filter((segment) => segment !== "");
  if (/^\$[a-z]+\$$/.test(segments[0] ?? "")) segments.shift();
  if (segments[0] === "top") segments.shift();
  return segments;
}

/** The path of a category in the course's question bank, names with "/" escaped as Moodle does. */
export function categoryPath(names: readonly string[]): string {
  return ["$course$", "top", ...names.map((n) => n.replaceAll("/", "//"))].join(
    "/",
  );
}

// --- cloze texts -----------------------------------------------------------------------------

/**
 * Splits the plain text of a cloze question into its instructions and its gap text: the
 * paragraphs before the first paragraph with a gap are the instructions, the rest is the gap
 * text (with its line breaks).
 */
export function splitClozeText(text: string): { prompt: string; text: string } {
  const paragraphs = text.split(/\n{2,}/);
  const firstGap = paragraphs.findIndex((p) => /\{\{\d+\}\}/.test(p));
  if (firstGap <= 0) return { prompt: "", text: text.trim() };
  return {
    prompt: paragraphs.slice(0, firstGap).join("\n\n").trim(),
    text: paragraphs.slice(firstGap).join("\n\n").trim(),
  };
}
