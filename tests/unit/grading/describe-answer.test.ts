// Solutions and given answers as text in both languages (the display snapshots of a response).
import { describe, expect, it } from "vitest";
import {
  describeCorrectAnswer,
  describeGivenAnswer,
  formatNumber,
} from "@/lib/grading/describe-answer";
import { gradeAnswer } from "@/lib/grading/grade";
import {
  clozeQ,
  matchingQ,
  multipleQ,
  numericQ,
  numericToleranceQ,
  orderingQ,
  shortNameQ,
  shortPresidentQ,
  singleQ,
  trueFalseQ,
} from "./fixtures";

const LANGS = ["de", "en"] as const;

describe("describeCorrectAnswer", () => {
  it("single: the option text", () => {
    expect(describeCorrectAnswer(singleQ)).toEqual({
      de: "Kursk",
      en: "Kursk",
    });
  });

  it("multiple: the correct options in authored order", () => {
    expect(describeCorrectAnswer(multipleQ)).toEqual({
      de: "Soldaten; Artilleriegranaten; Raketen",
      en: "Soldiers; Artillery shells; Missiles",
    });
  });

  it('multiple/matching lists do not end items in ".;"', () => {
    const sentences = {
      ...multipleQ,
      id: "q906",
      options: multipleQ.options.map((o) => ({
        ...o,
        text: { de: `${o.text.de}.`, en: `${o.text.en}.` },
      })),
    };
    expect(describeCorrectAnswer(sentences).en).toBe(
      "Soldiers; Artillery shells; Missiles",
    );
    expect(
      describeGivenAnswer(sentences, { type: "multiple", optionIds: ["oel"] })
        .en,
    ).toBe("Oil.");
    expect(
      describeGivenAnswer(sentences, {
        type: "multiple",
        optionIds: ["oel", "soldaten"],
      }).en,
    ).toBe("Soldiers; Oil");
  });

  it("true/false: Richtig/Falsch and True/False", () => {
    expect(describeCorrectAnswer(trueFalseQ)).toEqual({
      de: "Richtig",
      en: "True",
    });
    expect(describeCorrectAnswer({ ...trueFalseQ, correct: false })).toEqual({
      de: "Falsch",
      en: "False",
    });
  });

  it("numeric: formatted per locale, with unit", () => {
    expect(describeCorrectAnswer(numericQ)).toEqual({
      de: "10.000 Soldaten",
      en: "10,000 soldiers",
    });
    expect(describeCorrectAnswer(numericToleranceQ)).toEqual({
      de: "1,5 %",
      en: "1.5%",
    });
    expect(
      describeCorrectAnswer({ ...numericQ, correct: 2024, unit: undefined }),
    ).toEqual({ de: "2024", en: "2024" });
  });

  it("formatNumber groups from five digits on and keeps decimals", () => {
    expect(formatNumber(1234567.25, "de")).toBe("1.234.567,25");
    expect(formatNumber(1234567.25, "en")).toBe("1,234,567.25");
    expect(formatNumber(1500, "de")).toBe("1500");
    expect(formatNumber(0.125, "en")).toBe("0.125");
  });

  it("short: the first accepted answer per language", () => {
    expect(describeCorrectAnswer(shortPresidentQ)).toEqual({
      de: "Selenskyj",
      en: "Zelensky",
    });
  });

  it("cloze: the filled sentence, the same in both languages", () => {
    const sentence = "Nordkorea hat 10.000 Soldaten nach Russland geschickt.";
    expect(describeCorrectAnswer(clozeQ)).toEqual({
      de: sentence,
      en: sentence,
    });
  });

  it('matching: "left → right" pairs', () => {
    expect(describeCorrectAnswer(matchingQ)).toEqual({
      de: "Kim Jong-un → nordkoreanischer Führer; Wladimir Putin → russischer Präsident; Wolodymyr Selenskyj → ukrainischer Präsident",
      en: "Kim Jong-un → North Korean leader; Vladimir Putin → Russian president; Volodymyr Zelensky → Ukrainian president",
    });
  });

  it("ordering: a numbered list", () => {
    expect(describeCorrectAnswer(orderingQ).de).toBe(
      "1. Vertrag unterzeichnet 2. Truppen verlegt 3. Einsatz in Kursk 4. Bericht veröffentlicht",
    );
    expect(describeCorrectAnswer(orderingQ).en).toBe(
      "1. Treaty signed 2. Troops moved 3. Deployment in Kursk 4. Report published",
    );
  });

  it("numeric and short solutions grade as correct when typed back in", () => {
    for (const q of [
      numericQ,
      numericToleranceQ,
      shortNameQ,
      shortPresidentQ,
    ]) {
      for (const lang of LANGS) {
        const text = describeCorrectAnswer(q)[lang];
        expect(
          gradeAnswer(q, { type: q.type, text }, lang).correct,
          `${q.id} ${lang} ${text}`,
        ).toBe(true);
      }
    }
  });
});

describe("describeGivenAnswer", () => {
  it("describes each answer type", () => {
    expect(
      describeGivenAnswer(singleQ, { type: "single", optionId: "donezk" }),
    ).toEqual({ de: "Donezk", en: "Donetsk" });
    expect(
      describeGivenAnswer(multipleQ, {
        type: "multiple",
        optionIds: ["oel", "soldaten"],
      }),
    ).toEqual({
      de: "Soldaten; Öl",
      en: "Soldiers; Oil",
    });
    expect(
      describeGivenAnswer(trueFalseQ, { type: "truefalse", value: false }),
    ).toEqual({ de: "Falsch", en: "False" });
    expect(
      describeGivenAnswer(numericQ, { type: "numeric", text: " über 10.000 " }),
    ).toEqual({ de: "über 10.000", en: "über 10.000" });
    expect(
      describeGivenAnswer(shortNameQ, { type: "short", text: "Kursl" }),
    ).toEqual({ de: "Kursl", en: "Kursl" });
    expect(
      describeGivenAnswer(clozeQ, { type: "cloze", gaps: ["China", ""] }).de,
    ).toBe("Nordkorea hat China Soldaten nach ___ geschickt.");
    expect(
      describeGivenAnswer(matchingQ, {
        type: "matching",
        pairs: { kim: "cn-praesident" },
      }).de,
    ).toBe(
      "Kim Jong-un → chinesischer Präsident; Wladimir Putin → —; Wolodymyr Selenskyj → —",
    );
    expect(
      describeGivenAnswer(orderingQ, {
        type: "ordering",
        order: ["b", "a", "c", "d"],
      }).en,
    ).toBe(
      "1. Troops moved 2. Treaty signed 3. Deployment in Kursk 4. Report published",
    );
  });

  it("says so when nothing was given", () => {
    const none = { de: "(keine Antwort)", en: "(no answer)" };
    expect(
      describeGivenAnswer(shortNameQ, { type: "short", text: "  " }),
    ).toEqual(none);
    expect(
      describeGivenAnswer(numericQ, { type: "numeric", text: "" }),
    ).toEqual(none);
    expect(
      describeGivenAnswer(clozeQ, { type: "cloze", gaps: ["", " "] }),
    ).toEqual(none);
    expect(
      describeGivenAnswer(matchingQ, { type: "matching", pairs: {} }),
    ).toEqual(none);
    expect(
      describeGivenAnswer(orderingQ, { type: "ordering", order: [] }),
    ).toEqual(none);
    expect(
      describeGivenAnswer(multipleQ, { type: "multiple", optionIds: [] }),
    ).toEqual({
      de: "(keine Auswahl)",
      en: "(nothing selected)",
    });
  });

  it("matches describeCorrectAnswer for the correct answer", () => {
    expect(
      describeGivenAnswer(matchingQ, {
        type: "matching",
        pairs: matchingQ.correct,
      }),
    ).toEqual(describeCorrectAnswer(matchingQ));
    expect(
      describeGivenAnswer(orderingQ, {
        type: "ordering",
        order: orderingQ.correct,
      }),
    ).toEqual(describeCorrectAnswer(orderingQ));
    expect(
      describeGivenAnswer(multipleQ, {
        type: "multiple",
        optionIds: multipleQ.correct,
      }),
    ).toEqual(describeCorrectAnswer(multipleQ));
  });

  it("throws on a type mismatch", () => {
    expect(() =>
      describeGivenAnswer(singleQ, { type: "short", text: "x" }),
    ).toThrow();
  });
});
