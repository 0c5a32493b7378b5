// The single description of a content pack (article, translation, facts, questions, quizzes).
// Content lives as JSON under content/ and is parsed with these schemas when it is loaded.
import { z } from "zod";

export const LANGUAGES = ["de", "en"] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

const text = z.string().trim().min(1);
export const localizedSchema = z.object({ de: text, en: text }).strict();
export type Localized = z.infer<typeof localizedSchema>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase slug");
// Sentence, fact and question ids are keys across the whole installation (the database holds
// every article's sentences and questions in one table each), so a teacher's article prefixes them
// with its own id ("stadtfest-s01"); the installation's packs in content/ may keep them bare. One
// pack uses one form throughout (lib/content/validate.ts checks it).
const ID_PREFIX = "(?:[a-z0-9][a-z0-9-]*-)?";
/** The prefix an article's ids carry, read from its first sentence: "" or "<article id>-". */
export function idPrefixOf(article: {
  id: string;
  sentences: readonly { id: string }[];
}): string {
  const prefix = `${article.id}-`;
  return article.sentences[0]?.id.startsWith(prefix) ? prefix : "";
}
// Two digits, three in an article of more than 99 sentences (the studio pads all of them alike).
export const sentenceIdSchema = z
  .string()
  .regex(new RegExp(`^${ID_PREFIX}s\\d{2,3}$`));
export const factIdSchema = z
  .string()
  .regex(new RegExp(`^${ID_PREFIX}f\\d{2}$`));
export const questionIdSchema = z
  .string()
  .regex(new RegExp(`^${ID_PREFIX}q\\d{3}$`));

export const sectionSchema = z
  .object({
    id: slug,
    /** null for the untitled opening section; label is what the app shows for it. */
    heading: localizedSchema.nullable(),
    label: localizedSchema,
  })
  .strict();

export const sentenceSchema = z
  .object({
    id: sentenceIdSchema,
    sectionId: slug,
    /** 1-based paragraph number within the whole article. */
    paragraph: z.number().int().positive(),
    /** German sentence exactly as in the source text. */
    de: text,
    /** English translation written for this project. */
    en: text,
    /** Whether the sentence states something a question can be asked about. */
    factBearing: z.boolean(),
  })
  .strict();

/** The Common European Framework's reading levels, as teachers label texts. */
export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export const cefrLevelSchema = z.enum(CEFR_LEVELS);
export type CefrLevel = z.infer<typeof cefrLevelSchema>;

/**
 * Where an article comes from, as the teacher who brought it gave it: shown with the article, so
 * that its source and rights travel with it. The hand-made packs of content/ may leave it out.
 */
export const articleSourceSchema = z
  .object({
    source: text.max(300),
    author: text.max(200),
    /** The article's publication date, YYYY-MM-DD. */
    date: z.iso.date(),
    rights: text.max(1000),
  })
  .strict();
export type ArticleSource = z.infer<typeof articleSourceSchema>;

export const articleSchema = z
  .object({
    id: slug,
    /** The source has no headline of its own; this one is editorial (see docs/decisions). */
    title: localizedSchema,
    /** The reading level its author gives it, when they give one. */
    level: cefrLevelSchema.optional(),
    sourceFile: text,
    source: articleSourceSchema.optional(),
    sections: z.array(sectionSchema).min(1),
    sentences: z.array(sentenceSchema).min(1),
  })
  .strict();

/** How the article qualifies a claim. "none" means the article states it as plain fact. */
export const hedgeKindSchema = z.enum([
  "none",
  "attributed",
  "reported",
  "estimate",
  "possibility",
  "claim",
]);

export const factSchema = z
  .object({
    id: factIdSchema,
    sentenceIds: z.array(sentenceIdSchema).min(1),
    statement: localizedSchema,
    hedge: z
      .object({
        kind: hedgeKindSchema,
        /** Who says it, when the article names a source ("Seth Jones", "KCNA", "Militäranalysten"). */
        source: localizedSchema.optional(),
        /** Words that carry the hedge; a question about the fact must use at least one of them. */
        markers: z.object({ de: z.array(text), en: z.array(text) }).strict(),
      })
      .strict(),
  })
  .strict();

const optionSchema = z.object({ id: slug, text: localizedSchema }).strict();

const questionBase = {
  id: questionIdSchema,
  sentenceIds: z.array(sentenceIdSchema).min(1),
  factIds: z.array(factIdSchema),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  prompt: localizedSchema,
  explanation: localizedSchema,
};

export const singleChoiceSchema = z
  .object({
    ...questionBase,
    type: z.literal("single"),
    options: z.array(optionSchema).min(3).max(6),
    correct: slug,
  })
  .strict();

export const multipleSelectSchema = z
  .object({
    ...questionBase,
    type: z.literal("multiple"),
    options: z.array(optionSchema).min(4).max(8),
    correct: z.array(slug).min(2),
  })
  .strict();

/** The prompt is the statement to judge. */
export const trueFalseSchema = z
  .object({
    ...questionBase,
    type: z.literal("truefalse"),
    correct: z.boolean(),
  })
  .strict();

/**
 * Which way a figure's qualifier points: "bis zu 50 %" is atMost, "über 10.000" moreThan, "knapp"
 * almost (just under), "gut" justOver, "rund" about; none for a figure stated plainly. Learners
 * qualify their numeric answers with the same vocabulary (lib/grading/numbers.ts).
 */
export const NUMBER_QUALIFIERS = [
  "none",
  "about",
  "almost",
  "fewerThan",
  "atMost",
  "atLeast",
  "moreThan",
  "justOver",
] as const;
export const numberQualifierSchema = z.enum(NUMBER_QUALIFIERS);
export type NumberQualifier = z.infer<typeof numberQualifierSchema>;

export const numericSchema = z
  .object({
    ...questionBase,
    type: z.literal("numeric"),
    correct: z.number().finite(),
    /** Absolute tolerance; 0 for counts and figures the article states exactly. */
    tolerance: z.number().min(0),
    /** Shown after the input, e.g. "%" or "Jahre"/"years". */
    unit: localizedSchema.optional(),
    /**
     * How the article qualifies the figure ("bis zu 50 %" → atMost); absent means none. A
     * learner's qualified answer is right only when it follows from this (decision 020).
     */
    qualifier: numberQualifierSchema.optional(),
  })
  .strict();

export const shortTextSchema = z
  .object({
    ...questionBase,
    type: z.literal("short"),
    /** Accepted answers per quiz language; the first is the canonical one shown as the solution. */
    accepted: z
      .object({ de: z.array(text).min(1), en: z.array(text).min(1) })
      .strict(),
    /** false for names, numbers and other answers where a typo could be a different answer. */
    typoTolerance: z.boolean(),
  })
  .strict();

/** A gap's marker in a cloze text: {{1}}, {{2}}, … (global: use with replace or matchAll). */
export const CLOZE_GAP = /\{\{(\d+)\}\}/g;

/**
 * A gap text built from the German source sentence. `text` marks gaps as {{1}}, {{2}}, …;
 * filling every gap with its first accepted answer must give back the source sentence.
 */
export const clozeSchema = z
  .object({
    ...questionBase,
    type: z.literal("cloze"),
    text: text,
    gaps: z.array(z.object({ accepted: z.array(text).min(1) }).strict()).min(1),
    /** When present, learners pick from these words (answers plus distractors) instead of typing. */
    wordBank: z.array(text).optional(),
  })
  .strict();

export const matchingSchema = z
  .object({
    ...questionBase,
    type: z.literal("matching"),
    left: z.array(optionSchema).min(2),
    /** May hold more items than `left` (distractors). */
    right: z.array(optionSchema).min(2),
    /** leftId → rightId */
    correct: z.record(slug, slug),
  })
  .strict();

export const orderingSchema = z
  .object({
    ...questionBase,
    type: z.literal("ordering"),
    items: z.array(optionSchema).min(3),
    /** Item ids in the correct order. */
    correct: z.array(slug).min(3),
  })
  .strict();

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleSelectSchema,
  trueFalseSchema,
  numericSchema,
  shortTextSchema,
  clozeSchema,
  matchingSchema,
  orderingSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];
export const QUESTION_TYPES = [
  "single",
  "multiple",
  "truefalse",
  "numeric",
  "short",
  "cloze",
  "matching",
  "ordering",
] as const satisfies readonly QuestionType[];

export const feedbackModeSchema = z.enum(["immediate", "end"]);
export type FeedbackMode = z.infer<typeof feedbackModeSchema>;

export const quizSchema = z
  .object({
    id: slug,
    kind: z.enum(["article", "section", "mix"]),
    sectionId: slug.optional(),
    feedbackMode: feedbackModeSchema,
    title: localizedSchema,
    description: localizedSchema,
    questionIds: z.array(questionIdSchema).min(1),
  })
  .strict();

export const contentPackSchema = z
  .object({
    article: articleSchema,
    facts: z.array(factSchema),
    questions: z.array(questionSchema).min(1),
    quizzes: z.array(quizSchema).min(1),
  })
  .strict();

export type Article = z.infer<typeof articleSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type ContentPack = z.infer<typeof contentPackSchema>;
