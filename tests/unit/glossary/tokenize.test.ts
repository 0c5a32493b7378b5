import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenizeSentence, wordTokens } from "@/lib/reader/tokenize";

const words = (text: string) => wordTokens(text).map((t) => t.text);
const shape = (text: string) =>
  tokenizeSentence(text).map((t) => [t.text, t.kind]);

describe("tokenizeSentence", () => {
  it("splits a sentence into words, spaces and punctuation with their offsets", () => {
    expect(tokenizeSentence("Er kam, sah.")).toEqual([
      { text: "Er", start: 0, end: 2, kind: "word" },
      { text: " ", start: 2, end: 3, kind: "space" },
      { text: "kam", start: 3, end: 6, kind: "word" },
      { text: ",", start: 6, end: 7, kind: "punct" },
      { text: " ", start: 7, end: 8, kind: "space" },
      { text: "sah", start: 8, end: 11, kind: "word" },
      { text: ".", start: 11, end: 12, kind: "punct" },
    ]);
  });

  it("keeps hyphenated compounds and hyphenated names as one word", () => {
    expect(words("im Ukraine-Krieg und Atomwaffen-Tests")).toEqual([
      "im",
      "Ukraine-Krieg",
      "und",
      "Atomwaffen-Tests",
    ]);
    expect(words("Kim Jong-un, Kim Jong-uns Besuch, Yoon Suk-yeol")).toEqual([
      "Kim",
      "Jong-un",
      "Kim",
      "Jong-uns",
      "Besuch",
      "Yoon",
      "Suk-yeol",
    ]);
  });

  it("keeps numbers with thousands separators, decimal commas and percent signs together", () => {
    expect(words("über 10.000 Soldaten, bis zu 50% und 3,5 Mio.")).toEqual([
      "über",
      "10.000",
      "Soldaten",
      "bis",
      "zu",
      "50%",
      "und",
      "3,5",
      "Mio",
    ]);
    expect(words("1.000.000 Menschen")).toEqual(["1.000.000", "Menschen"]);
  });

  it("accepts the German typographic space before a percent sign", () => {
    expect(words("bis zu 50 % betragen")).toEqual([
      "bis",
      "zu",
      "50 %",
      "betragen",
    ]);
    expect(words("bis zu 50\u202F% betragen")).toEqual([
      "bis",
      "zu",
      "50\u202F%",
      "betragen",
    ]);
  });

  it("separates punctuation that follows a number or ends the sentence", () => {
    expect(shape("Es waren 10.000.")).toEqual([
      ["Es", "word"],
      [" ", "space"],
      ["waren", "word"],
      [" ", "space"],
      ["10.000", "word"],
      [".", "punct"],
    ]);
    expect(shape("(50%)")).toEqual([
      ["(", "punct"],
      ["50%", "word"],
      [")", "punct"],
    ]);
  });

  it("keeps the hyphen of a shortened compound with its word (Ergänzungsstrich)", () => {
    expect(words("zwischen Nord- und Südkorea")).toEqual([
      "zwischen",
      "Nord-",
      "und",
      "Südkorea",
    ]);
    expect(words("Nord-, Süd- und Ostkorea")).toEqual([
      "Nord-",
      "Süd-",
      "und",
      "Ostkorea",
    ]);
    expect(words("Ein- und -verkäufe")).toEqual(["Ein-", "und", "-verkäufe"]);
  });

  it("treats a dash between spaces as punctuation", () => {
    expect(shape("Krieg - Frieden – Ende")).toEqual([
      ["Krieg", "word"],
      [" ", "space"],
      ["-", "punct"],
      [" ", "space"],
      ["Frieden", "word"],
      [" ", "space"],
      ["–", "punct"],
      [" ", "space"],
      ["Ende", "word"],
    ]);
  });

  it("separates German quotation marks from the words they enclose", () => {
    expect(shape("„Krieg“ sagte er")).toEqual([
      ["„", "punct"],
      ["Krieg", "word"],
      ["“", "punct"],
      [" ", "space"],
      ["sagte", "word"],
      [" ", "space"],
      ["er", "word"],
    ]);
  });

  it("keeps apostrophes inside words and a genitive apostrophe after s, x, z or ß", () => {
    expect(words("Wie geht’s?")).toEqual(["Wie", "geht’s"]);
    expect(words("Seth Jones’ Einschätzung")).toEqual([
      "Seth",
      "Jones’",
      "Einschätzung",
    ]);
    expect(shape("'Jones' sagt")).toEqual([
      ["'", "punct"],
      ["Jones", "word"],
      ["'", "punct"],
      [" ", "space"],
      ["sagt", "word"],
    ]);
  });

  it("treats a run of whitespace as one space token", () => {
    expect(shape("a \t\n b")).toEqual([
      ["a", "word"],
      [" \t\n ", "space"],
      ["b", "word"],
    ]);
  });

  it("handles the empty string and text without words", () => {
    expect(tokenizeSentence("")).toEqual([]);
    expect(shape("…!?")).toEqual([
      ["…", "punct"],
      ["!", "punct"],
      ["?", "punct"],
    ]);
  });

  it("keeps characters outside the Basic Multilingual Plane whole", () => {
    expect(shape("Ja 👍")).toEqual([
      ["Ja", "word"],
      [" ", "space"],
      ["👍", "punct"],
    ]);
  });

  it("always gives back the input when the tokens are joined, with consistent offsets", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."aäZß09 -.,%’'„“()\t…".split("")),
        }),
        (text) => {
          const tokens = tokenizeSentence(text);
          expect(tokens.map((t) => t.text).join("")).toBe(text);
          let position = 0;
          for (const token of tokens) {
            expect(token.start).toBe(position);
            expect(text.slice(token.start, token.end)).toBe(token.text);
            expect(token.text).not.toBe("");
            position = token.end;
          }
        },
      ),
    );
  });

  it("is deterministic", () => {
    const sentence =
      "Dies wirft Fragen auf über die tatsächlichen Einsatzbedingungen, welche bis zu 50% betragen könnten.";
    expect(tokenizeSentence(sentence)).toEqual(tokenizeSentence(sentence));
  });
});
