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
  words,
  pack,
  glossary,
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
