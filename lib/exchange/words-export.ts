// A learner's own vocabulary as a file: the words they saved in the reader, as Anki cards (.apkg,
// or Anki's text import) or Quizlet terms. The same word notes as a set's Anki export
// (lib/exchange/anki-notes.ts), but the words are the learner's, from every article they read, and
// each keeps the sentence where the learner met it. The .apkg also holds the facts the learner
// reviews (behind the questions they answered) as cloze cards, like a set's.
import type { ContentPack, Language } from "@/lib/content/content-schema";
import type { Glossary } from "@/lib/reader/glossary";
import { ankiPackage } from "./anki-apkg";
import { factNotes, wordNotes, type SavedWordRef } from "./anki-notes";
import { ankiWordsText } from "./anki-text";
import type { ExportsTranslator, SkippedItem } from "./exports-common";
import { quizletFromWords } from "./quizlet";
import { SET_EXPORT_FILES } from "./set-export";

export const WORDS_EXPORT_FORMATS = ["anki", "anki-text", "quizlet"] as const;
export type WordsExportFormat = (typeof WORDS_EXPORT_FORMATS)[number];

export const WORDS_EXPORT_FILES = {
  anki: SET_EXPORT_FILES.anki,
  "anki-text": SET_EXPORT_FILES["anki-text"],
  quizlet: SET_EXPORT_FILES.quizlet,
} satisfies Record<WordsExportFormat, (typeof SET_EXPORT_FILES)["anki"]>;

/** The deck of a learner's words: not one article's, so it is named for all of them. */
const WORDS_DECK_ID = "quellenquiz-words";

export type WordsExportInput = {
  /** The learner's words, grouped by the article of the sentence where they met each. */
  articles: readonly {
    pack: Pick<ContentPack, "article" | "facts" | "questions">;
    glossary: Pick<Glossary, "lookupToken" | "glossaryCardsOf">;
    words: readonly SavedWordRef[];
    /** The article's facts the learner reviews; only the .apkg carries them. */
    factIds?: readonly string[];
  }[];
  format: WordsExportFormat;
  /** The language of the file's headings and deck names. */
  language: Language;
  t: ExportsTranslator;
  now: Date;
};

export function exportWords(input: WordsExportInput): {
  data: string | Uint8Array;
  skipped: SkippedItem[];
} {
  const { language, t } = input;
  const made = input.articles.map(({ pack, glossary, words }) =>
    wordNotes(words, pack, glossary, t),
  );
  const notes = made.flatMap((m) => m.notes);
  const skipped = made.flatMap((m) => m.skipped);
  const title = t("wordsDeckTitle");
  const deck = {
    article: { id: WORDS_DECK_ID, title: { de: title, en: title } },
  };
  switch (input.format) {
    case "anki": {
      const facts = input.articles.map(({ pack, glossary, factIds }) =>
        factIds && factIds.length > 0
          ? factNotes(pack, glossary, factIds)
          : { notes: [], skipped: [] },
      );
      return {
        data: ankiPackage({
          pack: deck,
          words: notes,
          facts: facts.flatMap((f) => f.notes),
          locale: language,
          t,
          now: input.now,
        }),
        skipped: [...skipped, ...facts.flatMap((f) => f.skipped)],
      };
    }
    case "anki-text":
      return {
        data: ankiWordsText(notes, { pack: deck, locale: language, t }),
        skipped,
      };
    case "quizlet":
      return { data: quizletFromWords(notes, t).text, skipped };
  }
}
