// A learner's own words as a file: only their saved words, in every format, with the sentence where
// they met each word; names are reported as skipped, not exported.
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  exportWords,
  type WORDS_EXPORT_FORMATS,
} from "@/lib/exchange/words-export";
import {
  exportsTranslator,
  glossary,
  pack,
  savedWord,
} from "../../support/exports";

const words = [
  savedWord("s01", "Unterstützung"),
  savedWord("s04", "wirft"), // aufwerfen, split: "wirft … auf"
  savedWord("s01", "Kim"), // a name: not vocabulary
];
const input = (format: (typeof WORDS_EXPORT_FORMATS)[number]) => ({
  articles: [{ pack, glossary, words }],
  format,
  language: "de" as const,
  t: exportsTranslator("de"),
  now: new Date("2026-12-01T10:00:00Z"),
});

describe("exportWords", () => {
  it("packs exactly the learner's words into an Anki collection, two cards each, no facts", () => {
    const { data, skipped } = exportWords(input("anki"));
    const files = unzipSync(data as Uint8Array);
    const db = new Database(Buffer.from(files["collection.anki2"]!));
    const notes = db.prepare("select flds from notes").all() as {
      flds: string;
    }[];
    expect(notes).toHaveLength(2);
    const fields = notes.map((n) => n.flds).join("\n");
    expect(fields).toContain("die Unterstützung");
    expect(fields).toContain("aufwerfen");
    expect(fields).not.toContain("Kim\u001f");
    const cards = db.prepare("select count(*) as n from cards").get() as {
      n: number;
    };
    expect(cards.n).toBe(4);
    expect(strFromU8(files["media"]!)).toBe("{}");
    expect(skipped.map((s) => s.id)).toEqual([words[2]!.entryId]);
  });

  it("adds the facts the learner reviews to the Anki collection as cloze notes, and only to it", () => {
    const factIds = [pack.facts[0]!.id, pack.facts[1]!.id];
    const withFacts = (format: (typeof WORDS_EXPORT_FORMATS)[number]) => ({
      ...input(format),
      articles: [{ pack, glossary, words, factIds }],
    });
    const files = unzipSync(exportWords(withFacts("anki")).data as Uint8Array);
    const db = new Database(Buffer.from(files["collection.anki2"]!));
    const notes = db.prepare("select flds from notes").all() as {
      flds: string;
    }[];
    const clozes = notes.filter((n) => n.flds.includes("{{c1::"));
    expect(notes).toHaveLength(2 + clozes.length);
    expect(clozes.length).toBeGreaterThan(0);
    expect(clozes.length).toBeLessThanOrEqual(factIds.length);
    expect(exportWords(withFacts("anki-text")).data).toBe(
      exportWords(input("anki-text")).data,
    );
  });

  it("writes Anki's text import and Quizlet's term list with one line per word", () => {
    const anki = exportWords(input("anki-text")).data as string;
    const notesLines = anki.split("\n").filter((l) => l && !l.startsWith("#"));
    expect(notesLines).toHaveLength(2);
    expect(anki).toMatch(/^#separator:tab$/m);
    const quizlet = exportWords(input("quizlet")).data as string;
    const terms = quizlet.split("\n").filter(Boolean);
    expect(terms).toHaveLength(2);
    expect(terms.join("\n")).toContain("Unterstützung");
  });
});

describe("a learner's words from several articles", () => {
  it("cite each word's own article, in one deck of the learner's", () => {
    const second = {
      ...pack,
      article: {
        ...pack.article,
        id: "zweiter-artikel",
        title: { de: "Ein zweiter Artikel", en: "A second article" },
      },
    };
    const text = exportWords({
      articles: [
        { pack, glossary, words: [words[0]!] },
        { pack: second, glossary, words: [words[1]!] },
      ],
      format: "anki-text",
      language: "de",
      t: exportsTranslator("de"),
      now: new Date("2026-12-01T10:00:00Z"),
    }).data as string;
    const [first, other] = text
      .split("\n")
      .filter((l) => l && !l.startsWith("#"));
    expect(first).toContain(pack.article.title.de);
    expect(first).not.toContain("Ein zweiter Artikel");
    expect(other).toContain("Ein zweiter Artikel");
    // One deck for the learner's words, named for all articles, not for either of them.
    expect(first!.split("\t")[0]).toBe(other!.split("\t")[0]);
    expect(first!.split("\t")[0]).toBe(
      "Quellenquiz::Aus allen Artikeln::Wörter",
    );
  });
});
