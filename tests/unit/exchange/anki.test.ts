// The Anki exports as a learner's Anki would read them: the .apkg is unzipped and its collection
// opened with SQLite, and every table, JSON object and field that Anki's schema-11 reader needs
// is checked (the required keys are those without a default in Anki's schema11.rs structs); the
// text files are read line by line as Anki's text importer splits them.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ankiPackage, fieldChecksum } from "@/lib/exchange/anki-apkg";
import { stripHtml } from "@/lib/exchange/anki-fields";
import {
  ankiGuid,
  factNotes,
  MAX_GAP_SHARE,
  wordNotes,
  type SavedWordRef,
} from "@/lib/exchange/anki-notes";
import { ankiFactsText, ankiWordsText } from "@/lib/exchange/anki-text";
import {
  exportsTranslator,
  glossary,
  pack,
  savedWord,
} from "../../support/exports";

const t = exportsTranslator("de");
const saved: SavedWordRef[] = [
  savedWord("s01", "Unterstützung"),
  savedWord("s01", "angekündigt"),
  savedWord("s04", "wirft"), // aufwerfen, split: "wirft … auf"
  savedWord("s03", "Kampfhandlungen"),
  savedWord("s01", "Kim"), // a name: not vocabulary
  { entryId: "no-such-entry", sentenceId: "s01", tokenIndex: 2 },
  savedWord("s01", "Unterstützung"), // saved twice: one note
];
const words = wordNotes(saved, pack, glossary, t);
const facts = factNotes(pack, glossary);

const opened = new Map<Uint8Array, ReturnType<typeof unpack>>();
function unpack(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const db = new Database(Buffer.from(files["collection.anki2"]!));
  return { files, db };
}
/** The package's files and its opened collection, unpacked once per package. */
function openPackage(bytes: Uint8Array) {
  if (!opened.has(bytes)) opened.set(bytes, unpack(bytes));
  return opened.get(bytes)!;
}

type Json = Record<string, unknown>;

function collection(db: Database.Database) {
  const col = db.prepare("select * from col").get() as Record<string, unknown>;
  return {
    col,
    models: JSON.parse(col.models as string) as Record<string, Json>,
    decks: JSON.parse(col.decks as string) as Record<string, Json>,
    dconf: JSON.parse(col.dconf as string) as Record<string, Json>,
    conf: JSON.parse(col.conf as string) as Json,
  };
}

const apkg = ankiPackage({
  pack,
  words: words.notes,
  facts: facts.notes,
  locale: "de",
  t,
  now: new Date("2026-12-06T10:00:00Z"),
});

describe("word notes", () => {
  it("give the German word with its article and plural, the meaning, and the sentence it was saved in", () => {
    const note = words.notes.find((n) => n.entryId === "unterstuetzung-noun")!;
    expect(note.german).toBe("die Unterstützung");
    expect(note.grammar).toBe("Plural (selten): die Unterstützungen");
    expect(note.meaning.split(", ")).toContain("support");
    expect(note.sentence).toMatchObject({ id: "s01", number: 1 });
    expect(note.parts.map((p) => p.text).join("")).toBe(
      pack.article.sentences[0]!.de,
    );
    expect(note.parts.filter((p) => p.isWord).map((p) => p.text)).toEqual([
      "Unterstützung",
    ]);
  });

  it("give a verb's perfect tense and mark both parts of a split verb", () => {
    expect(
      words.notes.find((n) => n.entryId === "ankuendigen-verb")?.grammar,
    ).toBe("Perfekt: hat angekündigt");
    const split = words.notes.find((n) => n.entryId === "aufwerfen-verb")!;
    expect(split.german).toBe("aufwerfen");
    expect(split.parts.filter((p) => p.isWord).map((p) => p.text)).toEqual([
      "wirft",
      "auf",
    ]);
  });

  it("leave out names and unknown words, say why, and keep one note per word", () => {
    expect(words.skipped).toEqual([
      { id: "kim-jong-un-proper-noun", reason: { code: "not-learnable" } },
      { id: "no-such-entry", reason: { code: "unknown-word" } },
    ]);
    expect(words.notes.map((n) => n.entryId)).toEqual([
      "unterstuetzung-noun",
      "ankuendigen-verb",
      "aufwerfen-verb",
      "kampfhandlung-noun",
    ]);
  });
});

describe("fact cloze notes", () => {
  it("cut out what the fact's questions ask for, in the fact's own German words", () => {
    const f08 = facts.notes.find((n) => n.factId === "f08")!;
    const statement = pack.facts.find((f) => f.id === "f08")!.statement.de;
    expect(f08.parts.map((p) => p.text).join("")).toBe(statement);
    // The numeric questions ask for the share of losses.
    expect(f08.parts.filter((p) => p.gap).map((p) => p.text)).toContain("50%");
  });

  it("have one to three gaps, none covering most of the statement", () => {
    for (const note of facts.notes) {
      const statement = note.parts.map((p) => p.text).join("");
      const gaps = note.parts.filter((p) => p.gap !== undefined);
      expect(gaps.length, note.factId).toBeGreaterThanOrEqual(1);
      expect(gaps.length, note.factId).toBeLessThanOrEqual(3);
      expect(gaps.map((g) => g.gap)).toEqual(gaps.map((_, i) => i + 1));
      for (const gap of gaps)
        expect(gap.text.length).toBeLessThanOrEqual(
          statement.length * MAX_GAP_SHARE,
        );
    }
  });

  it("cover every fact of the article or say why one is missing", () => {
    expect(facts.notes.length + facts.skipped.length).toBe(pack.facts.length);
    for (const note of facts.notes) {
      const fact = pack.facts.find((f) => f.id === note.factId)!;
      expect(note.sentences.map((s) => s.id)).toEqual(fact.sentenceIds);
    }
  });
});

describe("the .apkg", () => {
  it("is a zip with the collection in Anki's legacy name and an empty media map", () => {
    const { files } = openPackage(apkg);
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    expect(JSON.parse(strFromU8(files.media!))).toEqual({});
  });

  it("holds an intact SQLite collection in Anki's schema 11", () => {
    const { db } = openPackage(apkg);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const tables = (
      db
        .prepare("select name from sqlite_master where type = 'table'")
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables.sort()).toEqual(
      ["cards", "col", "graves", "notes", "revlog"].sort(),
    );
    const columns = (table: string) =>
      (db.prepare(`pragma table_info(${table})`).all() as { name: string }[])
        .map((c) => c.name)
        .join(",");
    expect(columns("col")).toBe(
      "id,crt,mod,scm,ver,dty,usn,ls,conf,models,decks,dconf,tags",
    );
    expect(columns("notes")).toBe(
      "id,guid,mid,mod,usn,tags,flds,sfld,csum,flags,data",
    );
    expect(columns("cards")).toBe(
      "id,nid,did,ord,mod,usn,type,queue,due,ivl,factor,reps,lapses,left,odue,odid,flags,data",
    );
    const { col } = collection(db);
    expect(col.ver).toBe(11);
    expect(db.prepare("select count(*) as n from col").get()).toEqual({
      n: 1,
    });
  });

  it("describes its note types with every key Anki requires, the cloze type as a cloze", () => {
    const { db } = openPackage(apkg);
    const { models } = collection(db);
    const types = Object.values(models);
    expect(types).toHaveLength(2);
    for (const [id, model] of Object.entries(models)) {
      expect(model.id).toBe(Number(id));
      for (const key of [
        "id",
        "name",
        "type",
        "mod",
        "usn",
        "sortf",
        "did",
        "tmpls",
        "flds",
        "css",
      ])
        expect(model, key).toHaveProperty(key);
      const fields = model.flds as Json[];
      fields.forEach((field, ord) => {
        for (const key of ["name", "ord", "sticky", "rtl", "font", "size"])
          expect(field, key).toHaveProperty(key);
        expect(field.ord).toBe(ord);
        expect(field.name).not.toMatch(/[:{}"]|^[#/^]/);
      });
      const names = new Set(fields.map((f) => f.name));
      for (const template of model.tmpls as Json[]) {
        for (const key of ["name", "ord", "qfmt", "afmt"])
          expect(template, key).toHaveProperty(key);
        // Every {{field}} a template shows is a field of its note type.
        const used = [
          ...`${template.qfmt}${template.afmt}`.matchAll(
            /\{\{[#/^]?(?:cloze:)?([^}]+)\}\}/g,
          ),
        ].map((m) => m[1]!);
        for (const name of used)
          if (name !== "FrontSide") expect(names, name).toContain(name);
      }
    }
    const cloze = types.find((m) => m.type === 1)!;
    const standard = types.find((m) => m.type === 0)!;
    expect(cloze.name).toBe("Quellenquiz: Fakt (Lückentext)");
    const clozeTemplates = cloze.tmpls as Json[];
    expect(clozeTemplates).toHaveLength(1);
    expect(clozeTemplates[0]!.qfmt).toContain("{{cloze:Text}}");
    expect(clozeTemplates[0]!.afmt).toContain("{{cloze:Text}}");
    expect((standard.tmpls as Json[]).map((tmpl) => tmpl.name)).toEqual([
      "Deutsch → Englisch",
      "Englisch → Deutsch",
    ]);
  });

  it("has the decks, parent decks and deck options that its note types and cards refer to", () => {
    const { db } = openPackage(apkg);
    const { decks, dconf, models, conf } = collection(db);
    const names = Object.values(decks).map((d) => d.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Default",
        "Quellenquiz",
        "Quellenquiz::Nordkoreas Soldaten im Ukraine-Krieg",
        "Quellenquiz::Nordkoreas Soldaten im Ukraine-Krieg::Wörter",
        "Quellenquiz::Nordkoreas Soldaten im Ukraine-Krieg::Fakten",
      ]),
    );
    for (const [id, deck] of Object.entries(decks)) {
      expect(deck.id).toBe(Number(id));
      for (const key of [
        "id",
        "name",
        "usn",
        "lrnToday",
        "revToday",
        "newToday",
        "timeToday",
        "collapsed",
        "dyn",
        "conf",
      ])
        expect(deck, key).toHaveProperty(key);
      expect(dconf).toHaveProperty(String(deck.conf));
    }
    for (const options of Object.values(dconf)) {
      for (const key of [
        "id",
        "mod",
        "name",
        "usn",
        "maxTaken",
        "autoplay",
        "timer",
        "new",
        "rev",
        "lapse",
      ])
        expect(options, key).toHaveProperty(key);
      for (const key of ["delays", "initialFactor", "ints", "order", "perDay"])
        expect(options.new, key).toHaveProperty(key);
      for (const key of ["ease4", "ivlFct", "maxIvl", "perDay"])
        expect(options.rev, key).toHaveProperty(key);
      for (const key of [
        "delays",
        "leechAction",
        "leechFails",
        "minInt",
        "mult",
      ])
        expect(options.lapse, key).toHaveProperty(key);
    }
    for (const model of Object.values(models))
      expect(decks).toHaveProperty(String(model.did));
    const cardDecks = db.prepare("select distinct did from cards").all() as {
      did: number;
    }[];
    for (const { did } of cardDecks) expect(decks).toHaveProperty(String(did));
    expect(models).toHaveProperty(String(conf.curModel));
  });

  it("holds a note per word and fact with a stable GUID, and Anki's sort field and checksum", () => {
    const { db } = openPackage(apkg);
    const { models } = collection(db);
    const notes = db.prepare("select * from notes order by id").all() as {
      id: number;
      guid: string;
      mid: number;
      flds: string;
      sfld: string;
      csum: number;
      tags: string;
    }[];
    expect(notes).toHaveLength(words.notes.length + facts.notes.length);
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
    expect(notes.map((n) => n.guid)).toEqual([
      ...words.notes.map((n) => ankiGuid(`apkg:${n.key}`)),
      ...facts.notes.map((n) => ankiGuid(`apkg:${n.key}`)),
    ]);
    for (const note of notes) {
      const fields = note.flds.split("\x1f");
      expect(fields).toHaveLength(
        (models[String(note.mid)]!.flds as Json[]).length,
      );
      const first = stripHtml(fields[0]!);
      expect(note.sfld).toBe(first);
      const sha1 = createHash("sha1").update(first).digest("hex");
      expect(note.csum).toBe(parseInt(sha1.slice(0, 8), 16));
      expect(note.csum).toBe(fieldChecksum(fields[0]!));
      expect(note.tags).toBe(" quellenquiz nordkorea-russland ");
    }
  });

  it("computes the checksum of a field as Anki does: over its text, without markup", () => {
    const sha1 = createHash("sha1").update("Krieg & Frieden").digest("hex");
    expect(fieldChecksum("<b>Krieg</b> &amp; Frieden")).toBe(
      parseInt(sha1.slice(0, 8), 16),
    );
  });

  it("makes two cards per word and one card per gap of a fact, all new", () => {
    const { db } = openPackage(apkg);
    const { models } = collection(db);
    const cards = db
      .prepare(
        "select cards.*, notes.flds, notes.mid from cards join notes on notes.id = cards.nid",
      )
      .all() as {
      ord: number;
      type: number;
      queue: number;
      flds: string;
      mid: number;
    }[];
    const gaps = facts.notes.reduce((sum, n) => sum + n.gapCount, 0);
    expect(cards).toHaveLength(2 * words.notes.length + gaps);
    expect(
      (db.prepare("select count(*) as n from cards").get() as { n: number }).n,
    ).toBe(cards.length);
    for (const card of cards) {
      expect([card.type, card.queue]).toEqual([0, 0]);
      if (models[String(card.mid)]!.type === 1)
        expect(card.flds.split("\x1f")[0]).toContain(`{{c${card.ord + 1}::`);
      else expect([0, 1]).toContain(card.ord);
    }
  });

  it("carries the German source sentence and its translation on every note", () => {
    const { db } = openPackage(apkg);
    const notes = db.prepare("select flds from notes order by id").all() as {
      flds: string;
    }[];
    const sentences = [
      ...words.notes.map((n) => [n.sentence]),
      ...facts.notes.map((n) => n.sentences),
    ];
    notes.forEach((note, i) => {
      const text = stripHtml(note.flds.replaceAll("\x1f", " "));
      for (const sentence of sentences[i]!) {
        expect(text).toContain(sentence.de);
        expect(text).toContain(sentence.en);
      }
    });
  });

  it("keeps GUIDs, note type and deck ids when exported again later", () => {
    const again = ankiPackage({
      pack,
      words: words.notes,
      facts: facts.notes,
      locale: "de",
      t,
      now: new Date("2027-01-15T08:00:00Z"),
    });
    const first = openPackage(apkg).db;
    const second = openPackage(again).db;
    const ids = (db: Database.Database) => ({
      guids: db.prepare("select guid from notes order by id").all(),
      models: Object.keys(collection(db).models),
      decks: Object.keys(collection(db).decks),
    });
    expect(ids(second)).toEqual(ids(first));
  });
});

describe("the Anki text files", () => {
  const input = { pack, locale: "de" as const, t };

  // Anki's text importer skips every line that starts with "#" as a comment.
  it("start with the file headers Anki reads and give every note its columns", () => {
    const text = ankiWordsText(words.notes, input);
    const lines = text.trimEnd().split("\n");
    const headers = lines.filter((l) => l.startsWith("#"));
    expect(headers).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Einfach (und die umgekehrte Richtung)",
      "#tags:quellenquiz nordkorea-russland",
      "#deck column:1",
      "#guid column:4",
      "#columns:Stapel\tDeutsch\tBedeutung\tGUID",
    ]);
    const rows = lines.slice(headers.length).map((l) => l.split("\t"));
    expect(rows).toHaveLength(words.notes.length);
    rows.forEach((row, i) => {
      const note = words.notes[i]!;
      expect(row).toHaveLength(4);
      expect(row[0]).toBe(
        "Quellenquiz::Nordkoreas Soldaten im Ukraine-Krieg::Wörter",
      );
      expect(stripHtml(row[1]!)).toContain(note.german);
      expect(stripHtml(row[1]!)).toContain(note.sentence.de);
      // The back (the front of the reversed card) shows the sentence without the word.
      expect(stripHtml(row[2]!)).not.toContain(
        note.parts.find((p) => p.isWord)!.text,
      );
      expect(stripHtml(row[2]!)).toContain(note.sentence.en);
      expect(row[3]).toBe(ankiGuid(`txt:${note.key}`));
    });
  });

  it("write facts as cloze notes with their source sentences", () => {
    const text = ankiFactsText(facts.notes, input);
    const lines = text.trimEnd().split("\n");
    expect(lines).toContain("#notetype:Lückentext");
    const rows = lines
      .filter((l) => !l.startsWith("#"))
      .map((l) => l.split("\t"));
    expect(rows).toHaveLength(facts.notes.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(4);
      expect(row[1]).toMatch(/\{\{c1::[^}]+\}\}/);
      for (const sentence of facts.notes[i]!.sentences) {
        expect(stripHtml(row[2]!)).toContain(sentence.de);
        expect(stripHtml(row[2]!)).toContain(sentence.en);
      }
    });
  });

  it("name the stock note types in English for an English export", () => {
    const english = { pack, locale: "en" as const, t: exportsTranslator("en") };
    expect(ankiWordsText(words.notes, english)).toContain(
      "#notetype:Basic (and reversed card)\n",
    );
    expect(ankiFactsText(facts.notes, english)).toContain("#notetype:Cloze\n");
  });
});
