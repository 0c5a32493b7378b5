// When two normalised answers (normalizeAnswerText) name the same words in another form.
//
// * sameWordForm(a, b, lang) — true when both have the same number of words and each pair is the
//   same word or another inflected form of it: the two share a stem of at least 4 letters and
//   differ only by inflectional endings of `lang` (German -e, -em, -en, -er, -ern, -es, -n, -s,
//   -st, -est, -t, -et, -ns; English -s, -es, -d, -ed, -ing, -y/-ies/-ied). So "befürchtet" =
//   "befürchten", "uneinige" = "uneinig", "Eskalationen" = "Eskalation", "technologies" =
//   "technology". Past-tense and subjunctive endings (-te, -ten) are no inflection of the same
//   form: "können" is not "könnten", whose hedge it would drop. Words with digits must be equal.
// * sameLetters(a, b) — equal once spaces are removed, so a compound written apart or hyphenated
//   ("Nachrichten-Agentur", "news agency") and initials with full stops ("K. C. N. A.") match.
//
// This is a light, rule-based comparison, not a dictionary: umlaut plurals ("Bünde") and
// irregular forms are not recognised, and two different words that happen to differ only by such
// an ending ("Armee"/"Armen") are taken as one. It is only used against an author's accepted
// answers, never to decide on its own what is right.
import type { Language } from "@/lib/content/schema";

const ENDINGS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: new Set([
    "",
    "e",
    "em",
    "en",
    "er",
    "ern",
    "es",
    "n",
    "ns",
    "s",
    "st",
    "est",
    "t",
    "et",
  ]),
  en: new Set(["", "s", "es", "d", "ed", "ing", "y", "ies", "ied"]),
};

const MIN_STEM = 4;

/** Whether two normalised words are one word in two inflected forms (see the file header). */
export function isInflectedForm(a: string, b: string, lang: Language): boolean {
  if (a === b) return true;
  if (/\p{N}/u.test(a) || /\p{N}/u.test(b)) return false;
  const endings = ENDINGS[lang];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common])
    common++;
  for (let stem = common; stem >= MIN_STEM; stem--) {
    if (endings.has(a.slice(stem)) && endings.has(b.slice(stem))) return true;
  }
  return false;
}

/** Whether two normalised answers are the same words, each possibly in another inflected form. */
export function sameWordForm(a: string, b: string, lang: Language): boolean {
  const wordsA = a.split(" ");
  const wordsB = b.split(" ");
  return (
    wordsA.length === wordsB.length &&
    wordsA.every((word, i) => isInflectedForm(word, wordsB[i] ?? "", lang))
  );
}

/** Whether two normalised answers have the same letters once spaces are removed. */
export function sameLetters(a: string, b: string): boolean {
  return a.replaceAll(" ", "") === b.replaceAll(" ", "");
}
