// Anki's plain-text import format (Anki 2.1.55+ reads the `#key:value` file headers; older
// versions skip them as comments): tab-separated, HTML fields, one note per line.
//
// A text file cannot bring its own note type, so it targets Anki's stock types, which have two
// fields each: words go to "Basic (and reversed card)" (front: the German word with its grammar
// and the sentence with the word in bold; back: the meaning, the sentence with the word cut out
// and its translation — so the reversed card asks for the German word in its context without
// showing it), facts to "Cloze" (Text; Back Extra: the English statement and the source
// sentences). The `#notetype` header names the stock type in the export's language; Anki
// preselects it when the learner's collection has a type of that name and otherwise lets them
// pick one. The deck is a column, so Anki creates it when it is missing (a `#deck` header would
// only preselect an existing one). The GUID column lets Anki update notes on a second import; it
// comes last because a GUID may start with "#", and a line starting with "#" is a comment.
import type { Article, Language } from "@/lib/content/content-schema";
import {
  clozeHtml,
  englishSentencesHtml,
  germanSentencesHtml,
  sentenceWithGapHtml,
  sentenceWithWordHtml,
  sourceLine,
} from "./anki-fields";
import { ankiGuid, type FactNote, type WordNote } from "./anki-notes";
import { escapeHtml, type ExportsTranslator } from "./exports-common";

type TextInput = {
  /** Names the decks and tags the notes: only the article's id and title are read. */
  pack: { article: Pick<Article, "id" | "title"> };
  locale: Language;
  t: ExportsTranslator;
};

/** A field may hold no tab or line break: those end the field or the note. */
function field(html: string): string {
  return html.replace(/[\t\r\n]+/g, " ");
}

function textFile(options: {
  notetype: string;
  columns: string[];
  tags: string[];
  rows: string[][];
}): string {
  const header = [
    "#separator:tab",
    "#html:true",
    `#notetype:${options.notetype}`,
    `#tags:${options.tags.join(" ")}`,
    "#deck column:1",
    `#guid column:${options.columns.length}`,
    `#columns:${options.columns.map(field).join("\t")}`,
  ];
  const lines = options.rows.map((row) => row.map(field).join("\t"));
  return [...header, ...lines].join("\n") + "\n";
}

const GUID_COLUMN = "GUID";

export function ankiWordsText(
  words: readonly WordNote[],
  { pack, locale, t }: TextInput,
): string {
  const deck = t("ankiDeckWords", { title: pack.article.title[locale] });
  return textFile({
    notetype: t("ankiStockBasicReversed"),
    columns: [
      t("columnDeck"),
      t("ankiFieldGerman"),
      t("ankiFieldMeaning"),
      GUID_COLUMN,
    ],
    tags: ["quellenquiz", pack.article.id],
    rows: words.map((note) => {
      const grammar = note.grammar
        ? `<br><small>${escapeHtml(note.grammar)}</small>`
        : "";
      const source = escapeHtml(
        sourceLine(note.article, [note.sentence], locale, t),
      );
      return [
        deck,
        `<b>${escapeHtml(note.german)}</b>${grammar}<br><br>${sentenceWithWordHtml(note)}`,
        `${escapeHtml(note.meaning)}<br><br>${sentenceWithGapHtml(note)}<br><i>${escapeHtml(note.sentence.en)}</i><br><small>${source}</small>`,
        ankiGuid(`txt:${note.key}`),
      ];
    }),
  });
}

export function ankiFactsText(
  facts: readonly FactNote[],
  { pack, locale, t }: TextInput,
): string {
  const deck = t("ankiDeckFacts", { title: pack.article.title[locale] });
  return textFile({
    notetype: t("ankiStockCloze"),
    columns: [
      t("columnDeck"),
      t("ankiFieldText"),
      t("ankiFieldStatementEnglish"),
      GUID_COLUMN,
    ],
    tags: ["quellenquiz", pack.article.id],
    rows: facts.map((note) => [
      deck,
      clozeHtml(note),
      [
        `<i>${escapeHtml(note.statementEn)}</i>`,
        germanSentencesHtml(note.sentences, t),
        `<i>${englishSentencesHtml(note.sentences)}</i>`,
        `<small>${escapeHtml(sourceLine(note.article, note.sentences, locale, t))}</small>`,
      ].join("<br><br>"),
      ankiGuid(`txt:${note.key}`),
    ]),
  });
}
