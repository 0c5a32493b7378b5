// exportSet, the one entry point of the set page's downloads and questions:export: a selection's
// words, and each format limited to the selection's questions and facts.
import { describe, expect, it } from "vitest";
import {
  exportSet,
  setWords,
  skippedByFormat,
} from "@/lib/exchange/set-export";
import { isLearnable } from "@/lib/reader/glossary";
import { exportsTranslator, glossary, pack } from "../../support/exports";

const questionIds = ["q001", "q004", "q012"];
const set = { title: "Übung", idnumber: "set-1", questionIds };
const input = (format: Parameters<typeof exportSet>[0]["format"]) => ({
  pack,
  glossary,
  set,
  format,
  language: "en" as const,
  t: exportsTranslator("en"),
  now: new Date("2026-12-01T10:00:00Z"),
});

describe("setWords", () => {
  it("are the learnable nouns of the cited sentences, once each, where they first occur", () => {
    const cited = new Set(
      pack.questions
        .filter((q) => questionIds.includes(q.id))
        .flatMap((q) => q.sentenceIds),
    );
    const words = setWords(pack, glossary, questionIds);
    expect(words.length).toBeGreaterThan(0);
    expect(new Set(words.map((w) => w.entryId)).size).toBe(words.length);
    const order = pack.article.sentences.map((s) => s.id);
    for (const word of words) {
      expect(cited.has(word.sentenceId)).toBe(true);
      const entry = glossary.entries.get(word.entryId)!;
      expect(entry.pos).toBe("noun");
      expect(isLearnable(entry)).toBe(true);
      const first = order.find((id) =>
        (glossary.data.tokens[id] ?? []).some(
          (t) => t.entryId === word.entryId && cited.has(id),
        ),
      );
      expect(word.sentenceId).toBe(first);
      expect(
        glossary.data.tokens[word.sentenceId]![word.tokenIndex]!.entryId,
      ).toBe(word.entryId);
    }
  });
});

describe("exportSet", () => {
  it("writes only the set's questions, in its order", async () => {
    const gift = (await exportSet(input("gift"))).data as string;
    expect(gift.match(/^::q\d{3}/gm)).toEqual(["::q001", "::q004", "::q012"]);
    const quizlet = (await exportSet(input("quizlet"))).data as string;
    const prompts = questionIds.map(
      (id) => pack.questions.find((q) => q.id === id)!.prompt.en,
    );
    const lines = quizlet.split("\n").filter(Boolean);
    expect(lines.map((l) => l.split("\t")[0])).toEqual(prompts);
  });

  it("puts only the facts of the set's questions into the Anki text", async () => {
    const facts = new Set(
      pack.questions
        .filter((q) => questionIds.includes(q.id))
        .flatMap((q) => q.factIds),
    );
    const text = (await exportSet(input("anki-text"))).data as string;
    const notes = text.split("\n").filter((l) => l && !l.startsWith("#"));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.length).toBeLessThanOrEqual(facts.size);
    const statements = pack.facts
      .filter((f) => !facts.has(f.id))
      .map((f) => f.statement.en);
    for (const statement of statements) expect(text).not.toContain(statement);
  });

  it("makes binary formats as bytes", async () => {
    for (const format of ["anki", "kahoot", "pdf"] as const) {
      const { data } = await exportSet(input(format));
      expect(data).toBeInstanceOf(Uint8Array);
    }
  });
});

describe("skippedByFormat", () => {
  it("lists, before any download, the questions Kahoot and Quizlet cannot take", () => {
    const left = Object.fromEntries(
      skippedByFormat(pack.questions, pack, "de", exportsTranslator("de")).map(
        ({ format, skipped }) => [format, skipped.map((s) => s.id)],
      ),
    );
    const ofTypes = (...types: string[]) =>
      pack.questions.filter((q) => types.includes(q.type)).map((q) => q.id);
    // Kahoot quizzes are choices only; Quizlet has no card for putting things in order.
    for (const id of ofTypes(
      "matching",
      "ordering",
      "numeric",
      "short",
      "cloze",
    ))
      expect(left.kahoot).toContain(id);
    expect(left.quizlet).toEqual(ofTypes("ordering"));
    expect(ofTypes("ordering").length).toBeGreaterThan(0);
  });
});
