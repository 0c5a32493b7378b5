// The Quizlet text read back the way Quizlet's import box splits it with its default settings:
// cards at line breaks, term and definition at the tab.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/content-schema";
import { wordNotes } from "@/lib/exchange/anki-notes";
import {
  numberedSentences,
  sentencesLabel,
} from "@/lib/exchange/exports-common";
import { quizletFromQuestions, quizletFromWords } from "@/lib/exchange/quizlet";
import {
  exportsTranslator,
  glossary,
  pack,
  savedWord,
} from "../../support/exports";

const t = exportsTranslator("de");

/** What Quizlet makes of the pasted text: one [term, definition] per line. */
function readBack(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.split("\t"));
}

describe("Quizlet cards from questions", () => {
  const exported = quizletFromQuestions(pack.questions, pack, "de", t);
  const sentences = numberedSentences(pack.article);

  it("give one term and one definition per line", () => {
    const rows = readBack(exported.text);
    expect(rows).toEqual(exported.cards.map((c) => [c.term, c.definition]));
    for (const row of rows) {
      expect(row).toHaveLength(2);
      expect(row[0]!.trim()).not.toBe("");
      expect(row[1]!.trim()).not.toBe("");
    }
  });

  it("turn every question type Quizlet has into cards and report ordering questions as skipped", () => {
    const ordering = pack.questions.filter((q) => q.type === "ordering");
    expect(exported.skipped).toEqual(
      ordering.map((q) => ({
        id: q.id,
        reason: { code: "type-not-supported", format: "Quizlet" },
      })),
    );
    const expectedCards = pack.questions.reduce(
      (n, q) =>
        n +
        (q.type === "ordering" ? 0 : q.type === "matching" ? q.left.length : 1),
      0,
    );
    expect(exported.cards).toHaveLength(expectedCards);
  });

  it("end every definition with the German source sentence and its translation", () => {
    let card = 0;
    for (const question of pack.questions) {
      if (question.type === "ordering") continue;
      const count = question.type === "matching" ? question.left.length : 1;
      for (let i = 0; i < count; i++, card++) {
        const { definition } = exported.cards[card]!;
        const cited = question.sentenceIds.map((id) => sentences.get(id)!);
        expect(definition).toContain(` – ${sentencesLabel(t, cited)}: „`);
        for (const sentence of cited) {
          expect(definition).toContain(`„${sentence.de}“`);
          expect(definition).toContain(sentence.en);
        }
      }
    }
  });

  it("pair a prompt with its answer in the chosen language", () => {
    const english = quizletFromQuestions(
      pack.questions.filter((q) => q.id === "q001" || q.id === "q003"),
      pack,
      "en",
      exportsTranslator("en"),
    );
    const q001 = pack.questions.find((q) => q.id === "q001")!;
    expect(english.cards[0]!.term).toBe(q001.prompt.en);
    expect(english.cards[0]!.definition).toMatch(
      /^That he will continue military support for Russia in the Ukraine war – Sentence 1: „/,
    );
    expect(english.cards[1]!.definition).toMatch(/^False – /);
  });

  it("give a cloze question's gap text as the term and the missing words as the definition", () => {
    const cloze = pack.questions.find(
      (q): q is Extract<Question, { type: "cloze" }> =>
        q.type === "cloze" && q.gaps.length > 1,
    )!;
    const [card] = quizletFromQuestions([cloze], pack, "de", t).cards;
    expect(card!.term).toContain("___");
    expect(card!.term).not.toContain("{{");
    expect(card!.definition).toMatch(
      new RegExp(`^1\\. ${cloze.gaps[0]!.accepted[0]}; 2\\. `),
    );
  });

  it("keep tabs and line breaks in the content from splitting a card", () => {
    const question = {
      ...pack.questions.find((q) => q.type === "short")!,
      prompt: { de: "Erste Zeile\nzweite\tZeile", en: "x" },
    } as Question;
    const rows = readBack(quizletFromQuestions([question], pack, "de", t).text);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe("Erste Zeile zweite Zeile");
  });
});

describe("Quizlet cards from saved words", () => {
  const words = wordNotes(
    [savedWord("s01", "Unterstützung"), savedWord("s04", "wirft")],
    pack,
    glossary,
    t,
  ).notes;
  const exported = quizletFromWords(words, t);

  it("pair the German word and its grammar with its meaning and the sentence without the word", () => {
    const rows = readBack(exported.text);
    expect(rows[0]![0]).toBe(
      "die Unterstützung, Plural (selten): die Unterstützungen",
    );
    expect(rows[0]![1]).toMatch(/^support, assistance, backing – Satz 1: „/);
    expect(rows[0]![1]).toContain("die militärische […] für Russland");
    expect(rows[0]![1]).not.toContain("Unterstützung");
    expect(rows[0]![1]).toContain(pack.article.sentences[0]!.en);
    expect(rows[1]![1]).toContain("„Dies […] Fragen […] über");
  });
});
