// Text normalisation for comparing typed answers (short text and cloze gaps).
//
// normalizeAnswerText applies, in this order:
//   1. Unicode NFKC (full-width letters, ligatures, non-breaking spaces → plain forms),
//   2. locale-independent lower-casing (String#toLowerCase, never toLocaleLowerCase),
//   3. German spelling folding: ä→ae, ö→oe, ü→ue, ß→ss (ẞ lower-cases to ß first),
//      so "Führer" = "Fuehrer" and "Straße" = "Strasse". It is applied to the learner's
//      answer AND to the accepted answers, so either spelling on either side matches,
//   4. removal of any other diacritic (é→e, č→c, ñ→n), so learners without the
//      keyboard for a foreign name are not failed for an accent,
//   5. every run of characters that is not a letter or digit — punctuation, hyphens,
//      typographic quotes („“”‘’«»), dashes (‐–—―−), symbols and whitespace — becomes
//      one space, so "Kim Jong-un" = "Kim Jong Un" and "„Kursk“" = "Kursk",
//   6. trimming.
//
// stripLeadingArticle removes one leading article and stripLeadingPreposition one leading "in"
// or "zu" (what a learner adds to name a place or a goal: "in Kursk", "zu moderner Technik");
// both are only used for short-text answers.
import type { Language } from "@/lib/content/schema";

const GERMAN_FOLDING: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
};

/** Folds ä/ö/ü/ß (lower-case input) to ae/oe/ue/ss. */
export function foldGermanSpelling(lowercase: string): string {
  return lowercase.replace(/[äöüß]/g, (c) => GERMAN_FOLDING[c] ?? c);
}

export function normalizeAnswerText(input: string): string {
  const folded = foldGermanSpelling(input.normalize("NFKC").toLowerCase());
  const withoutDiacritics = folded
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
  return withoutDiacritics.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const ARTICLES: Readonly<Record<Language, readonly string[]>> = {
  de: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen"],
  en: ["the", "a", "an"],
};

/**
 * Removes ONE leading article of `lang` from an already normalised answer
 * ("die ukraine" → "ukraine"). An answer that consists of the article alone is kept.
 */
export function stripLeadingArticle(
  normalized: string,
  lang: Language,
): string {
  const space = normalized.indexOf(" ");
  if (space <= 0) return normalized;
  const first = normalized.slice(0, space);
  if (!ARTICLES[lang].includes(first)) return normalized;
  const rest = normalized.slice(space + 1).trim();
  return rest === "" ? normalized : rest;
}

/**
 * "in"/"zu" and their contractions before a place or a thing the prompt asks for. Prepositions
 * that change the meaning ("aus", "nach", "from") are never removed.
 */
const PREPOSITIONS: Readonly<Record<Language, readonly string[]>> = {
  de: ["in", "im", "zu", "zum", "zur"],
  en: ["in", "to"],
};

/**
 * Removes ONE leading "in"/"zu" of `lang` from an already normalised answer ("in kursk" →
 * "kursk", "im kursk" → "kursk"). An answer that consists of the preposition alone is kept.
 */
export function stripLeadingPreposition(
  normalized: string,
  lang: Language,
): string {
  const space = normalized.indexOf(" ");
  if (space <= 0) return normalized;
  if (!PREPOSITIONS[lang].includes(normalized.slice(0, space)))
    return normalized;
  const rest = normalized.slice(space + 1).trim();
  return rest === "" ? normalized : rest;
}
