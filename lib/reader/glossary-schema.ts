// The description of an article's German→English glossary (content/<article>/glossary.json):
// lexical entries (one per lemma and part of speech), every word token of every sentence mapped to
// an entry with the gloss that fits that sentence, and the multi-word expressions and split
// separable verbs that span several tokens. Cross-checks against the article live in glossary.ts.
import { z } from "zod";
import { localizedSchema } from "@/lib/content/content-schema";

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase slug");

export const PARTS_OF_SPEECH = [
  "noun",
  "verb",
  "adjective",
  "adverb",
  "pronoun",
  "article",
  "preposition",
  "conjunction",
  "particle",
  "numeral",
  "proper-noun",
  "abbreviation",
  "expression",
] as const;
export const partOfSpeechSchema = z.enum(PARTS_OF_SPEECH);
export type PartOfSpeech = z.infer<typeof partOfSpeechSchema>;

export const genderSchema = z.enum(["m", "f", "n"]);
export type Gender = z.infer<typeof genderSchema>;
export type DefiniteArticle = "der" | "die" | "das";
export const ARTICLE_OF_GENDER = {
  m: "der",
  f: "die",
  n: "das",
} as const satisfies Record<Gender, DefiniteArticle>;

/**
 * Which text of the article a token list belongs to: a sentence ("s01"), the editorial title
 * ("title") or the heading of a section ("heading-background").
 */
export const textIdSchema = z
  .string()
  .regex(
    /^(?:(?:[a-z0-9][a-z0-9-]*-)?s\d{2,3}|title|heading-[a-z0-9][a-z0-9-]*)$/,
    "text id",
  );

export const verbInfoSchema = z
  .object({
    /** Equals the entry's lemma. */
    infinitive: text,
    /** The prefix that separates in main clauses: "auf" for aufwerfen ("wirft … auf"). */
    separablePrefix: text.optional(),
    /** Auxiliary of the perfect tenses: hat angekündigt, ist eingegangen. */
    auxiliary: z.enum(["haben", "sein"]).optional(),
    /** Past participle (Partizip II): "aufgeworfen". */
    participle: text.optional(),
    /** 3rd person singular past (Präteritum), with a separated prefix: "warf auf". */
    preterite: text.optional(),
  })
  .strict();

export const glossaryEntrySchema = z
  .object({
    /** slug(lemma) + "-" + pos, e.g. "unterstuetzung-noun"; see entryIdFor. */
    id: slug,
    /** Dictionary form in German: nouns in the nominative singular, verbs in the infinitive. */
    lemma: text,
    pos: partOfSpeechSchema,
    /** Grammatical gender; required for nouns, and for proper nouns that take an article. */
    gender: genderSchema.optional(),
    /**
     * Nominative plural for nouns. null when the noun has no plural in use: then `onlyIn` says
     * whether it is singular-only (die Souveränität) or plural-only (die USA).
     */
    plural: text.nullable().optional(),
    /** The plural exists but is rarely used (die Zusammenarbeit, Plural selten: Zusammenarbeiten). */
    pluralRare: z.literal(true).optional(),
    onlyIn: z.enum(["singular", "plural"]).optional(),
    /** Proper nouns: whether German uses the name with its article (die Ukraine) or without (Russland). */
    takesArticle: z.boolean().optional(),
    verb: verbInfoSchema.optional(),
    /** English glosses of the lemma in general, most common first. */
    glosses: z.array(text).min(1),
    note: localizedSchema.optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const problem = (message: string, path: PropertyKey[] = []) =>
      ctx.addIssue({ code: "custom", message, path });
    const expectedId = entryIdFor(entry.lemma, entry.pos);
    if (entry.id !== expectedId)
      problem(`id must be "${expectedId}" (slug of lemma + pos)`, ["id"]);

    const nounLike = entry.pos === "noun" || entry.pos === "proper-noun";
    if (!nounLike) {
      for (const key of [
        "gender",
        "plural",
        "pluralRare",
        "onlyIn",
        "takesArticle",
      ] as const) {
        if (entry[key] !== undefined)
          problem(`only nouns and proper nouns have "${key}"`, [key]);
      }
    }
    if (entry.pos === "noun") {
      if (entry.plural === undefined)
        problem('a noun needs "plural" (a form, or null with "onlyIn")', [
          "plural",
        ]);
      if (entry.gender === undefined && entry.onlyIn !== "plural")
        problem("a noun needs a gender", ["gender"]);
      if (entry.takesArticle !== undefined)
        problem('"takesArticle" is for proper nouns only', ["takesArticle"]);
    }
    if (nounLike) {
      if (entry.plural === null && entry.onlyIn === undefined) {
        problem('"plural": null needs "onlyIn" ("singular" or "plural")', [
          "onlyIn",
        ]);
      }
      if (typeof entry.plural === "string" && entry.onlyIn !== undefined) {
        problem('"onlyIn" contradicts a plural form', ["onlyIn"]);
      }
      if (entry.pluralRare && typeof entry.plural !== "string")
        problem('"pluralRare" needs a plural form', ["pluralRare"]);
    }
    if (
      entry.pos === "proper-noun" &&
      entry.takesArticle &&
      entry.gender === undefined &&
      entry.onlyIn !== "plural"
    ) {
      problem(
        'a proper noun that takes an article needs a gender (or onlyIn "plural")',
        ["gender"],
      );
    }

    if (entry.pos === "verb") {
      if (entry.verb === undefined)
        problem('a verb needs "verb" information', ["verb"]);
      else {
        if (entry.verb.infinitive !== entry.lemma)
          problem("verb.infinitive must equal the lemma", [
            "verb",
            "infinitive",
          ]);
        const prefix = entry.verb.separablePrefix;
        if (prefix !== undefined && !entry.lemma.startsWith(prefix)) {
          problem(
            `separable prefix "${prefix}" does not start "${entry.lemma}"`,
            ["verb", "separablePrefix"],
          );
        }
      }
    } else if (entry.verb !== undefined) {
      problem('only verbs have "verb" information', ["verb"]);
    }
  });
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossaryTokenSchema = z
  .object({
    /** The word exactly as it appears in the sentence. */
    text: text,
    entryId: slug,
    /** The English gloss that fits this sentence. */
    gloss: text,
    /** Short grammatical description in English: "dative plural", "past participle". */
    form: text.optional(),
  })
  .strict();
export type GlossaryToken = z.infer<typeof glossaryTokenSchema>;

/**
 * A multi-word expression (entry with pos "expression", e.g. "Berichten zufolge") or a
 * separable verb split across the sentence (entry with pos "verb", e.g. "wirft … auf").
 */
export const glossaryExpressionSchema = z
  .object({
    id: slug,
    sentenceId: textIdSchema,
    /** Indexes into the sentence's token list, ascending; may skip tokens ("wirft … auf"). */
    tokenIndexes: z.array(z.number().int().min(0)).min(2),
    entryId: slug,
    /** The English gloss of the whole expression in this sentence. */
    gloss: text,
  })
  .strict();
export type GlossaryExpression = z.infer<typeof glossaryExpressionSchema>;

export const glossarySchema = z
  .object({
    articleId: slug,
    entries: z.array(glossaryEntrySchema).min(1),
    /** Every word token of every sentence (and optionally title and headings), in order. */
    tokens: z.record(textIdSchema, z.array(glossaryTokenSchema).min(1)),
    expressions: z.array(glossaryExpressionSchema),
  })
  .strict();
export type GlossaryData = z.infer<typeof glossarySchema>;

const TRANSLITERATION: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
};

/** "Unterstützung", "noun" → "unterstuetzung-noun"; "um … zu", "expression" → "um-zu-expression". */
export function entryIdFor(lemma: string, pos: PartOfSpeech): string {
  const base = lemma
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${base}-${pos}`;
}
