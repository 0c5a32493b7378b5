// Writes an Anki deck package (.apkg) of word notes and fact cloze notes.
//
// The package is the legacy format every Anki since 2.1 and AnkiDroid import: a zip holding
// `collection.anki2`, an SQLite database in Anki's schema 11, and `media`, a JSON map of media
// files (empty: the cards have none). Without a `meta` entry Anki reads it as that legacy
// version (rslib/src/import_export/package/meta.rs) and upgrades the collection itself.
//
// Schema 11 (rslib/src/storage/schema11.sql): tables col, notes, cards, revlog, graves; note
// types, decks and deck options are JSON objects in the single `col` row. The keys written here
// are those Anki's schema-11 structs require when it reads them (rslib/src/notetype/schema11.rs,
// decks/schema11.rs, deckconfig/schema11.rs); tests/unit/exchange/anki.test.ts checks them.
// A note's fields are joined by U+001F; `sfld` is its sort field as plain text and `csum` the
// first 32 bits of the SHA-1 of its first field as plain text (rslib/src/notes `field_checksum`),
// which Anki uses to find duplicates.
//
// Two note types, named and labelled in the export's language:
// * words (standard type, two cards per note: German → English with the sentence and the word
//   in bold; English → German with the sentence with the word cut out and its translation);
// * facts (cloze type: one card per gap; the back shows the English statement and the source
//   sentences in German and English).
// Note type and deck ids are derived from their names, GUIDs from the notes' keys, so that a
// second export of the same words updates the notes a learner already has.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { Article, Language } from "@/lib/content/content-schema";
import {
  clozeHtml,
  englishSentencesHtml,
  germanSentencesHtml,
  sentenceWithGapHtml,
  sentenceWithWordHtml,
  sourceLine,
  stripHtml,
} from "./anki-fields";
import { ankiGuid, type FactNote, type WordNote } from "./anki-notes";
import { escapeHtml, type ExportsTranslator } from "./exports-common";

export type AnkiPackageInput = {
  /** Names the decks and tags the notes: only the article's id and title are read. */
  pack: { article: Pick<Article, "id" | "title"> };
  words: readonly WordNote[];
  facts: readonly FactNote[];
  locale: Language;
  t: ExportsTranslator;
  /** The time the notes are stamped with; note and card ids count up from it. */
  now: Date;
};

const SCHEMA_11 = `
create table col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null,
  factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

export const ANKI_SCHEMA_VERSION = 11;
const FIELD_SEPARATOR = "\u001f";
/** Written by us, not yet synced: Anki's "update sequence number" for local changes. */
const LOCAL_USN = -1;
const DEFAULT_DECK_ID = 1;
const DEFAULT_DECK_OPTIONS_ID = 1;
const TAGS = ["quellenquiz"];

const CARD_CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5;
  text-align: left; color: #111; background: #fff; max-width: 40em; margin: 0 auto; }
.nightMode.card, .night_mode .card { color: #eee; background: #222; }
.german { font-size: 1.3em; font-weight: bold; }
.grammar, .source { font-size: 0.8em; opacity: 0.8; }
.sentence { margin-top: 0.75em; }
.translation { font-style: italic; margin-top: 0.5em; }
.cloze { font-weight: bold; text-decoration: underline; }`;

/** A positive id that stays the same for the same name (Anki ids are 64-bit; these fit in 53). */
function stableId(name: string): number {
  const hash = createHash("sha256").update(name).digest();
  return 1_000_000_000_000 + (hash.readUInt32BE(0) % 1_000_000_000) * 1000;
}

/** Anki's duplicate checksum of a field: the SHA-1 of its text, first 8 hex digits as a number. */
export function fieldChecksum(fieldHtml: string): number {
  const digest = createHash("sha1").update(stripHtml(fieldHtml)).digest();
  return digest.readUInt32BE(0);
}

type FieldSpec = { name: string };
type TemplateSpec = { name: string; qfmt: string; afmt: string };

function noteTypeJson(options: {
  id: number;
  name: string;
  kind: "standard" | "cloze";
  deckId: number;
  fields: FieldSpec[];
  templates: TemplateSpec[];
  /** Per template: the fields of which at least one must be filled for the card to exist. */
  requirements: number[][];
  mod: number;
}) {
  return {
    id: options.id,
    name: options.name,
    type: options.kind === "cloze" ? 1 : 0,
    mod: options.mod,
    usn: LOCAL_USN,
    sortf: 0,
    did: options.deckId,
    tmpls: options.templates.map((template, ord) => ({
      name: template.name,
      ord,
      qfmt: template.qfmt,
      afmt: template.afmt,
      bqfmt: "",
      bafmt: "",
      did: null,
      bfont: "",
      bsize: 0,
    })),
    flds: options.fields.map((field, ord) => ({
      name: field.name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    css: CARD_CSS,
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    req: options.requirements.map((fields, ord) => [ord, "any", fields]),
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, mod: number) {
  return {
    id,
    mod,
    name,
    usn: LOCAL_USN,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: "",
    dyn: 0,
    conf: DEFAULT_DECK_OPTIONS_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Anki's own defaults for the deck options every deck refers to. */
function deckOptionsJson(mod: number) {
  return {
    id: DEFAULT_DECK_OPTIONS_ID,
    mod,
    name: "Default",
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: false,
      delays: [1, 10],
      initialFactor: 2500,
      ints: [1, 4, 0],
      order: 1,
      perDay: 20,
    },
    rev: {
      bury: false,
      ease4: 1.3,
      ivlFct: 1,
      maxIvl: 36500,
      perDay: 200,
      hardFactor: 1.2,
    },
    lapse: {
      delays: [10],
      leechAction: 1,
      leechFails: 8,
      minInt: 1,
      mult: 0,
    },
  };
}

/** The deck and all its parents ("A::B::C" needs "A" and "A::B"), by id. */
function decksWithParents(names: readonly string[], mod: number) {
  const decks: Record<string, ReturnType<typeof deckJson>> = {
    [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, "Default", mod),
  };
  for (const name of names) {
    const parts = name.split("::");
    parts.forEach((_, i) => {
      const path = parts.slice(0, i + 1).join("::");
      const id = stableId(`deck:${path}`);
      decks[id] = deckJson(id, path, mod);
    });
  }
  return decks;
}

/** Field names in the export's language, in field order. */
function wordFieldNames(t: ExportsTranslator) {
  return {
    german: t("ankiFieldGerman"),
    grammar: t("ankiFieldGrammar"),
    meaning: t("ankiFieldMeaning"),
    sentence: t("ankiFieldSentence"),
    sentenceWithGap: t("ankiFieldSentenceWithGap"),
    translation: t("ankiFieldTranslation"),
    source: t("ankiFieldSource"),
  };
}

function factFieldNames(t: ExportsTranslator) {
  return {
    text: t("ankiFieldText"),
    statementEnglish: t("ankiFieldStatementEnglish"),
    sentence: t("ankiFieldSentence"),
    translation: t("ankiFieldTranslation"),
    source: t("ankiFieldSource"),
  };
}

function wordTemplates(t: ExportsTranslator): TemplateSpec[] {
  const f = wordFieldNames(t);
  const german = `<div class="german" lang="de">{{${f.german}}}</div>\n{{#${f.grammar}}}<div class="grammar" lang="de">{{${f.grammar}}}</div>{{/${f.grammar}}}`;
  const meaning = `<div class="meaning" lang="en">{{${f.meaning}}}</div>`;
  const sentence = `<div class="sentence" lang="de">{{${f.sentence}}}</div>`;
  const translation = `<div class="translation" lang="en">{{${f.translation}}}</div>`;
  const source = `<div class="source">{{${f.source}}}</div>`;
  return [
    {
      name: t("ankiCardGermanEnglish"),
      qfmt: `${german}\n${sentence}`,
      afmt: `{{FrontSide}}\n<hr id="answer">\n${meaning}\n${translation}\n${source}`,
    },
    {
      name: t("ankiCardEnglishGerman"),
      qfmt: `${meaning}\n<div class="sentence" lang="de">{{${f.sentenceWithGap}}}</div>\n${translation}`,
      afmt: `{{FrontSide}}\n<hr id="answer">\n${german}\n${sentence}\n${source}`,
    },
  ];
}

function factTemplates(t: ExportsTranslator): TemplateSpec[] {
  const f = factFieldNames(t);
  const statement = `<div class="statement" lang="de">{{cloze:${f.text}}}</div>`;
  return [
    {
      name: t("ankiCardCloze"),
      qfmt: statement,
      afmt: `${statement}\n<hr id="answer">\n<div class="translation" lang="en">{{${f.statementEnglish}}}</div>\n<div class="sentence" lang="de">{{${f.sentence}}}</div>\n<div class="translation" lang="en">{{${f.translation}}}</div>\n<div class="source">{{${f.source}}}</div>`,
    },
  ];
}

type NoteRow = {
  guidKey: string;
  modelId: number;
  deckId: number;
  fields: string[];
  cardOrds: number[];
};

/** The .apkg file as bytes. */
export function ankiPackage(input: AnkiPackageInput): Uint8Array {
  const { pack, locale, t } = input;
  const nowMs = input.now.getTime();
  const nowSec = Math.floor(nowMs / 1000);
  const title = pack.article.title[locale];
  const wordsDeck = t("ankiDeckWords", { title });
  const factsDeck = t("ankiDeckFacts", { title });
  const wordsDeckId = stableId(`deck:${wordsDeck}`);
  const factsDeckId = stableId(`deck:${factsDeck}`);
  const wordTypeName = t("ankiWordNoteType");
  const factTypeName = t("ankiFactNoteType");
  const wordTypeId = stableId(`notetype:${locale}:${wordTypeName}`);
  const factTypeId = stableId(`notetype:${locale}:${factTypeName}`);

  const wordFields = wordFieldNames(t);
  const factFields = factFieldNames(t);
  const models = {
    [wordTypeId]: noteTypeJson({
      id: wordTypeId,
      name: wordTypeName,
      kind: "standard",
      deckId: wordsDeckId,
      fields: Object.values(wordFields).map((name) => ({ name })),
      templates: wordTemplates(t),
      // German → English needs the German word; English → German its meaning.
      requirements: [[0], [2]],
      mod: nowSec,
    }),
    [factTypeId]: noteTypeJson({
      id: factTypeId,
      name: factTypeName,
      kind: "cloze",
      deckId: factsDeckId,
      fields: Object.values(factFields).map((name) => ({ name })),
      templates: factTemplates(t),
      requirements: [[0]],
      mod: nowSec,
    }),
  };

  const rows: NoteRow[] = [
    ...input.words.map((note) => ({
      guidKey: `apkg:${note.key}`,
      modelId: wordTypeId,
      deckId: wordsDeckId,
      fields: [
        escapeHtml(note.german),
        escapeHtml(note.grammar),
        escapeHtml(note.meaning),
        sentenceWithWordHtml(note),
        sentenceWithGapHtml(note),
        escapeHtml(note.sentence.en),
        escapeHtml(sourceLine(note.article, [note.sentence], locale, t)),
      ],
      cardOrds: [0, 1],
    })),
    ...input.facts.map((note) => ({
      guidKey: `apkg:${note.key}`,
      modelId: factTypeId,
      deckId: factsDeckId,
      fields: [
        clozeHtml(note),
        escapeHtml(note.statementEn),
        germanSentencesHtml(note.sentences, t),
        englishSentencesHtml(note.sentences),
        escapeHtml(sourceLine(note.article, note.sentences, locale, t)),
      ],
      // A cloze note's cards are numbered by their gap: c1 is card 0.
      cardOrds: Array.from({ length: note.gapCount }, (_, i) => i),
    })),
  ];

  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA_11);
    db.prepare(
      "insert into col values (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')",
    ).run(
      Math.floor(nowSec / 86_400) * 86_400,
      nowMs,
      nowMs,
      ANKI_SCHEMA_VERSION,
      JSON.stringify({
        activeDecks: [DEFAULT_DECK_ID],
        curDeck: DEFAULT_DECK_ID,
        newSpread: 0,
        collapseTime: 1200,
        timeLim: 0,
        estTimes: true,
        dueCounts: true,
        curModel: String(wordTypeId),
        nextPos: rows.length + 1,
        sortType: "noteFld",
        sortBackwards: false,
        addToCur: true,
      }),
      JSON.stringify(models),
      JSON.stringify(decksWithParents([wordsDeck, factsDeck], nowSec)),
      JSON.stringify({ [DEFAULT_DECK_OPTIONS_ID]: deckOptionsJson(nowSec) }),
    );
    const insertNote = db.prepare(
      "insert into notes values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '')",
    );
    // A new card: type 0 and queue 0 ("new"), due = its note's position in the new queue.
    const insertCard = db.prepare(
      "insert into cards values (?, ?, ?, ?, ?, ?, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    const tags = ` ${[...TAGS, pack.article.id].join(" ")} `;
    let cardId = nowMs;
    db.transaction(() => {
      rows.forEach((row, position) => {
        const noteId = nowMs + position;
        insertNote.run(
          noteId,
          ankiGuid(row.guidKey),
          row.modelId,
          nowSec,
          LOCAL_USN,
          tags,
          row.fields.join(FIELD_SEPARATOR),
          stripHtml(row.fields[0]!),
          fieldChecksum(row.fields[0]!),
        );
        for (const ord of row.cardOrds) {
          insertCard.run(
            cardId++,
            noteId,
            row.deckId,
            ord,
            nowSec,
            LOCAL_USN,
            position + 1,
          );
        }
      });
    })();
    const collection = db.serialize();
    return zipSync({
      "collection.anki2": new Uint8Array(collection),
      media: strToU8("{}"),
    });
  } finally {
    db.close();
  }
}
