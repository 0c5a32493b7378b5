import { describe, expect, it } from "vitest";
import {
  normalizeAnswerText,
  stripLeadingArticle,
} from "@/lib/grading/normalize";

const n = normalizeAnswerText;

describe("normalizeAnswerText", () => {
  it("lower-cases independently of locale", () => {
    expect(n("KURSK")).toBe("kursk");
    expect(n("Nordkorea")).toBe("nordkorea");
    expect(n("ISTANBUL")).toBe("istanbul"); // no Turkish dotless-i surprises
  });

  it("folds umlauts to their two-letter spelling, so both spellings meet", () => {
    expect(n("Führer")).toBe("fuehrer");
    expect(n("Fuehrer")).toBe(n("Führer"));
    expect(n("Öl")).toBe(n("Oel"));
    expect(n("Ärmelkanal")).toBe(n("Aermelkanal"));
    expect(n("ÜBER")).toBe("ueber");
  });

  it("folds ß (and capital ẞ) to ss", () => {
    expect(n("Straße")).toBe("strasse");
    expect(n("Strasse")).toBe(n("Straße"));
    expect(n("STRAẞE")).toBe("strasse");
  });

  it("treats decomposed and composed umlauts alike (NFKC)", () => {
    expect(n("Fu\u0308hrer")).toBe("fuehrer");
  });

  it("applies compatibility folding (full-width letters, ligatures)", () => {
    expect(n("ＫＵＲＳＫ")).toBe("kursk");
    expect(n("ﬁnanzen")).toBe("finanzen");
  });

  it("drops other diacritics", () => {
    expect(n("Café")).toBe("cafe");
    expect(n("Šojgu")).toBe("sojgu");
  });

  it("turns hyphens, dashes and punctuation into spaces", () => {
    expect(n("Kim Jong-un")).toBe("kim jong un");
    expect(n("Kim Jong–un")).toBe("kim jong un");
    expect(n("Kim—Jong—un")).toBe("kim jong un");
    expect(n("Kursk!")).toBe("kursk");
    expect(n("Putin, Kim.")).toBe("putin kim");
  });

  it("removes typographic and straight quotes", () => {
    expect(n("„Kursk“")).toBe("kursk");
    expect(n("“Kursk”")).toBe("kursk");
    expect(n("«Kursk»")).toBe("kursk");
    expect(n('"Kursk"')).toBe("kursk");
    expect(n("O’Brien")).toBe(n("O'Brien"));
  });

  it("collapses and trims whitespace of every kind", () => {
    expect(n("  Wolodymyr \t  Selenskyj \n")).toBe("wolodymyr selenskyj");
    expect(n("Wolodymyr\u00a0Selenskyj")).toBe("wolodymyr selenskyj");
    expect(n("Wolodymyr\u2009Selenskyj")).toBe("wolodymyr selenskyj");
  });

  it("keeps digits", () => {
    expect(n("10.000")).toBe("10 000");
  });

  it("returns an empty string for punctuation only", () => {
    expect(n(" – … ")).toBe("");
    expect(n("")).toBe("");
  });

  it("is idempotent", () => {
    for (const s of ["Führer", "Kim Jong-un", "„Straße“", " A  b ", "Café"]) {
      expect(n(n(s))).toBe(n(s));
    }
  });
});

describe("stripLeadingArticle", () => {
  it("removes one German article", () => {
    for (const article of [
      "der",
      "die",
      "das",
      "den",
      "dem",
      "des",
      "ein",
      "eine",
      "einen",
    ]) {
      expect(stripLeadingArticle(`${article} krieg`, "de")).toBe("krieg");
    }
  });

  it("removes one English article", () => {
    expect(stripLeadingArticle("the kremlin", "en")).toBe("kremlin");
    expect(stripLeadingArticle("a treaty", "en")).toBe("treaty");
    expect(stripLeadingArticle("an alliance", "en")).toBe("alliance");
  });

  it("only removes one article, and only at the start", () => {
    expect(stripLeadingArticle("die die", "de")).toBe("die");
    expect(stripLeadingArticle("krieg der welten", "de")).toBe(
      "krieg der welten",
    );
  });

  it("only removes articles of the given language", () => {
    expect(stripLeadingArticle("the kremlin", "de")).toBe("the kremlin");
    expect(stripLeadingArticle("die ukraine", "en")).toBe("die ukraine");
  });

  it("keeps a lone article and words that merely start like one", () => {
    expect(stripLeadingArticle("die", "de")).toBe("die");
    expect(stripLeadingArticle("dieser krieg", "de")).toBe("dieser krieg");
    expect(stripLeadingArticle("theory", "en")).toBe("theory");
    expect(stripLeadingArticle("", "en")).toBe("");
  });
});
