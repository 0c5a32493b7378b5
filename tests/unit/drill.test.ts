import { describe, expect, it } from "vitest";
import {
  drillKindsFor,
  gradeDrill,
  toPublicDrill,
  type DrillWord,
} from "@/lib/reader/drill";

const unterstuetzung: DrillWord = {
  entryId: "unterstuetzung-noun",
  lemma: "Unterstützung",
  pos: "noun",
  article: "die",
  glosses: ["support", "assistance", "backing"],
  surface: "Unterstützung",
  before:
    "Der nordkoreanische Führer Kim Jong-un hat angekündigt, die militärische ",
  after: " für Russland im Ukraine-Krieg fortzusetzen.",
  sentenceEn:
    "North Korean leader Kim Jong-un has announced that he will continue military support for Russia in the Ukraine war.",
};
const aufwerfen: DrillWord = {
  entryId: "aufwerfen-verb",
  lemma: "aufwerfen",
  pos: "verb",
  glosses: ["to raise (a question, a problem)", "to throw up (earth, a bank)"],
  surface: "wirft",
  before: "Dies ",
  after: " Fragen auf über die tatsächlichen Einsatzbedingungen …",
  sentenceEn: "This raises questions …",
};

describe("drills on saved words", () => {
  it("offers der/die/das only for nouns", () => {
    expect(drillKindsFor(unterstuetzung)).toEqual([
      "de-en",
      "en-de",
      "article",
      "cloze",
    ]);
    expect(drillKindsFor(aufwerfen)).toEqual(["de-en", "en-de", "cloze"]);
  });

  it("never puts the answer into what the browser sees", () => {
    expect(JSON.stringify(toPublicDrill(unterstuetzung, "de-en"))).not.toMatch(
      /support/,
    );
    expect(JSON.stringify(toPublicDrill(unterstuetzung, "en-de"))).not.toMatch(
      /Unterstützung/,
    );
    expect(
      JSON.stringify(toPublicDrill(unterstuetzung, "article")),
    ).not.toMatch(/"die"/);
    expect(JSON.stringify(toPublicDrill(aufwerfen, "cloze"))).not.toMatch(
      /wirft/,
    );
  });

  it('German → English accepts any gloss, without "to", brackets or case, with a small typo', () => {
    expect(gradeDrill(unterstuetzung, "de-en", "Assistance").correct).toBe(
      true,
    );
    expect(gradeDrill(aufwerfen, "de-en", "to raise").correct).toBe(true);
    expect(gradeDrill(aufwerfen, "de-en", "raise").correct).toBe(true);
    expect(gradeDrill(unterstuetzung, "de-en", "suport").correct).toBe(true);
    expect(gradeDrill(unterstuetzung, "de-en", "attack")).toEqual({
      correct: false,
      expected: "support; assistance; backing",
    });
    expect(gradeDrill(unterstuetzung, "de-en", "").correct).toBe(false);
  });

  it("English → German accepts the lemma with or without article and with umlaut spelled out", () => {
    expect(
      gradeDrill(unterstuetzung, "en-de", "die Unterstützung").correct,
    ).toBe(true);
    expect(gradeDrill(unterstuetzung, "en-de", "Unterstuetzung").correct).toBe(
      true,
    );
    expect(gradeDrill(aufwerfen, "en-de", "aufwerfen").correct).toBe(true);
    expect(gradeDrill(aufwerfen, "en-de", "werfen")).toEqual({
      correct: false,
      expected: "aufwerfen",
    });
  });

  it("der/die/das must be exactly right", () => {
    expect(gradeDrill(unterstuetzung, "article", "Die").correct).toBe(true);
    expect(gradeDrill(unterstuetzung, "article", "der")).toEqual({
      correct: false,
      expected: "die Unterstützung",
    });
  });

  it("the cloze names the saved word it wants by its dictionary form", () => {
    expect(toPublicDrill(aufwerfen, "cloze")).toMatchObject({
      word: "aufwerfen",
    });
    expect(toPublicDrill(unterstuetzung, "cloze")).toMatchObject({
      word: "die Unterstützung",
    });
  });

  it("the cloze wants the form that stands in the sentence, not the dictionary form", () => {
    expect(gradeDrill(aufwerfen, "cloze", "wirft").correct).toBe(true);
    expect(gradeDrill(aufwerfen, "cloze", "aufwerfen")).toEqual({
      correct: false,
      expected: "wirft",
    });
  });
});
