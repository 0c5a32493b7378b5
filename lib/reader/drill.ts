// Drills on a learner's saved words: German → English, English → German (typed), der/die/das for
// nouns, and the word typed back into its gap in the article's sentence. Framework-free; the
// browser gets a PublicDrill (no answer), the server grades with gradeDrill.
//
// Grading rules:
// * de-en: the answer matches one of the entry's English glosses after normalisation, ignoring
//   a leading "to " (verbs) and text in brackets; within the typo budget of lib/grading/typo.
// * en-de: the answer matches the lemma, with or without its article; within the typo budget.
// * article: exactly der, die or das (case-insensitive).
// * cloze: the word form that stands in the sentence, after normalisation; no typo tolerance,
//   because the form (ending) is the point of the exercise. The drill names the word by its
//   dictionary form, so the learner knows which saved word is wanted and has to find the form.
import {
  normalizeAnswerText,
  stripLeadingArticle,
} from "@/lib/grading/normalize";
import { withinTypoBudget } from "@/lib/grading/typo";

export const DRILL_KINDS = ["de-en", "en-de", "article", "cloze"] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

/** What a drill needs to know about a word: its entry and where the learner met it. */
export type DrillWord = {
  entryId: string;
  lemma: string;
  pos: string;
  article?: "der" | "die" | "das";
  glosses: string[];
  /** The form in the sentence and the sentence split around it. */
  surface: string;
  before: string;
  after: string;
  sentenceEn: string;
};

export type PublicDrill =
  | { kind: "de-en"; entryId: string; word: string }
  | { kind: "en-de"; entryId: string; meaning: string }
  | { kind: "article"; entryId: string; noun: string }
  | {
      kind: "cloze";
      entryId: string;
      /** Which saved word goes into the gap: its dictionary form, with the article of a noun. */
      word: string;
      before: string;
      after: string;
      translation: string;
    };

export type DrillVerdict = { correct: boolean; expected: string };

export function drillKindsFor(
  word: Pick<DrillWord, "pos" | "article">,
): DrillKind[] {
  return word.pos === "noun" && word.article
    ? [...DRILL_KINDS]
    : DRILL_KINDS.filter((k) => k !== "article");
}

const withArticle = (word: DrillWord) =>
  word.article ? `${word.article} ${word.lemma}` : word.lemma;

export function toPublicDrill(word: DrillWord, kind: DrillKind): PublicDrill {
  switch (kind) {
    case "de-en":
      return { kind, entryId: word.entryId, word: withArticle(word) };
    case "en-de":
      return {
        kind,
        entryId: word.entryId,
        meaning: word.glosses.slice(0, 3).join("; "),
      };
    case "article":
      return { kind, entryId: word.entryId, noun: word.lemma };
    case "cloze":
      return {
        kind,
        entryId: word.entryId,
        word: withArticle(word),
        before: word.before,
        after: word.after,
        translation: word.sentenceEn,
      };
  }
}

/** "to raise (a question, a problem)" → "raise" */
function glossCore(gloss: string): string {
  return normalizeAnswerText(gloss.replace(/\([^)]*\)/g, " ")).replace(
    /^to /,
    "",
  );
}

export function gradeDrill(
  word: DrillWord,
  kind: DrillKind,
  answer: string,
): DrillVerdict {
  const given = normalizeAnswerText(answer);
  switch (kind) {
    case "de-en": {
      const core = given.replace(/^to /, "");
      const correct =
        core.length > 0 &&
        word.glosses.some((g) => withinTypoBudget(core, glossCore(g)));
      return { correct, expected: word.glosses.slice(0, 3).join("; ") };
    }
    case "en-de": {
      const lemma = normalizeAnswerText(word.lemma);
      const correct =
        given.length > 0 &&
        [given, stripLeadingArticle(given, "de")].some((g) =>
          withinTypoBudget(g, lemma),
        );
      return { correct, expected: withArticle(word) };
    }
    case "article":
      return {
        correct: word.article !== undefined && given === word.article,
        expected: withArticle(word),
      };
    case "cloze":
      return {
        correct: given === normalizeAnswerText(word.surface),
        expected: word.surface,
      };
  }
}
