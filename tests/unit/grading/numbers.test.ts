import { describe, expect, it } from "vitest";
import {
  parseNumberAnswer,
  parseQualifiedNumber,
  qualifierFollows,
} from "@/lib/grading/numbers";
import { NUMBER_QUALIFIERS, type NumberQualifier } from "@/lib/content/schema";
import type { Language } from "@/lib/content/schema";

const both: Language[] = ["de", "en"];

describe("parseNumberAnswer — accepted in both languages", () => {
  describe.each(both)("lang=%s", (lang) => {
    it.each([
      // plain and thousands-grouped integers
      ["10000", 10000],
      ["10.000", 10000],
      ["10,000", 10000],
      ["10 000", 10000],
      ["10\u00a0000", 10000], // no-break space
      ["10\u202f000", 10000], // narrow no-break space
      ["10'000", 10000],
      ["10’000", 10000],
      ["1.234.567", 1234567],
      ["1,234,567", 1234567],
      ["1.500", 1500], // a group of three digits is always thousands, even in English
      ["0", 0],
      ["7", 7],
      // qualifiers
      ["über 10.000", 10000],
      ["ueber 10.000", 10000],
      ["Über 10.000", 10000],
      ["mehr als 10000", 10000],
      ["more than 10,000", 10000],
      ["over 10,000", 10000],
      ["rund 50", 50],
      ["etwa 50", 50],
      ["ca. 50", 50],
      ["ca 50", 50],
      ["ca.50", 50],
      ["circa 50", 50],
      ["zirka 50", 50],
      ["knapp 50", 50],
      ["bis zu 50", 50],
      ["ungefähr 50", 50],
      ["about 50", 50],
      ["around 50", 50],
      ["approximately 50", 50],
      ["up to 50", 50],
      ["nearly 50", 50],
      ["~50", 50],
      ["  RUND   50  ", 50],
      // units
      ["50%", 50],
      ["50 %", 50],
      ["50 Prozent", 50],
      ["50 percent", 50],
      ["50 per cent", 50],
      ["10 Jahre", 10],
      ["1 Jahr", 1],
      ["10 years", 10],
      ["10 years old", 10],
      ["rund 50 Prozent", 50],
      ["more than 10 years", 10],
      // number words, German and English
      ["null", 0],
      ["eins", 1],
      ["zwei", 2],
      ["fünf", 5],
      ["fuenf", 5],
      ["zehn", 10],
      ["Zehn", 10],
      ["elf", 11],
      ["zwölf", 12],
      ["zwoelf", 12],
      ["siebzehn", 17],
      ["zwanzig", 20],
      ["dreißig", 30],
      ["dreissig", 30],
      ["neunzig", 90],
      ["hundert", 100],
      ["einhundert", 100],
      ["zero", 0],
      ["one", 1],
      ["ten", 10],
      ["TEN", 10],
      ["twelve", 12],
      ["nineteen", 19],
      ["twenty", 20],
      ["forty", 40],
      ["ninety", 90],
      ["hundred", 100],
      ["one hundred", 100],
      ["a hundred", 100],
      ["zehn Jahre", 10],
      ["ten years", 10],
      ["über zehn", 10],
      ["about ten", 10],
      // multipliers
      ["10 Millionen", 10_000_000],
      ["2 Mio.", 2_000_000],
      ["3 Milliarden", 3_000_000_000],
      ["zehn tausend", 10000],
      ["ten thousand", 10000],
      ["one million", 1_000_000],
      ["eine Million", 1_000_000],
      // negative numbers
      ["-5", -5],
      ["\u22125", -5],
    ])("%j → %d", (input, expected) => {
      expect(parseNumberAnswer(input, lang)).toBe(expected);
    });
  });
});

describe("parseNumberAnswer — decimal separator follows the quiz language", () => {
  it.each([
    ["1,5", 1.5],
    ["0,3", 0.3],
    ["1.234,5", 1234.5],
    ["10 000,25", 10000.25],
    ["1,5 Prozent", 1.5],
    ["1,5 Millionen", 1_500_000],
    ["2,3 Mio.", 2_300_000],
    ["1,25", 1.25],
    ["1,2345", 1.2345], // four decimals: not a thousands group
    ["10,00", 10],
  ])("de: %j → %d", (input, expected) => {
    expect(parseNumberAnswer(input, "de")).toBe(expected);
  });

  it.each([
    ["1.5", 1.5],
    ["0.3", 0.3],
    ["1,234.5", 1234.5],
    ["1.5 percent", 1.5],
    ["1.5 million", 1_500_000],
    ["2 billion", 2_000_000_000],
    ["1.2345", 1.2345],
    ["10.00", 10],
  ])("en: %j → %d", (input, expected) => {
    expect(parseNumberAnswer(input, "en")).toBe(expected);
  });

  it.each([
    ["1.5", "de"],
    ["0.3", "de"],
    ["1,234.5", "de"],
    ["1,5", "en"],
    ["0,3", "en"],
    ["1.234,5", "en"],
    ["10.00", "de"],
    ["10,00", "en"],
    ["2 Billionen", "de"],
    ["2 billion", "de"], // German "Billion" is 10^12: ambiguous, not accepted in German quizzes
  ] as const)("rejects %j in a %s quiz", (input, lang) => {
    expect(parseNumberAnswer(input, lang)).toBeNull();
  });

  it("(documented ambiguity) reads three decimals after 1–3 digits as a thousands group", () => {
    // The group rule wins over the decimal separator, so a figure like 1.234 cannot be typed
    // with exactly three decimals; content should avoid such numeric answers.
    expect(parseNumberAnswer("1,234", "de")).toBe(1234);
    expect(parseNumberAnswer("1.234", "en")).toBe(1234);
    expect(parseNumberAnswer("1234,567", "de")).toBe(1234.567); // four integer digits: no group
  });

  it("does not read a leading 0 group as thousands", () => {
    expect(parseNumberAnswer("0.500", "en")).toBe(0.5);
    expect(parseNumberAnswer("0,500", "de")).toBe(0.5);
    expect(parseNumberAnswer("0.500", "de")).toBeNull();
  });
});

describe("parseNumberAnswer — the question unit", () => {
  const units = ["Soldaten", "soldiers"];
  it("accepts the question unit in either language when passed", () => {
    expect(parseNumberAnswer("über 10.000 Soldaten", "de", { units })).toBe(
      10000,
    );
    expect(parseNumberAnswer("10,000 soldiers", "en", { units })).toBe(10000);
    expect(parseNumberAnswer("10.000 soldaten", "en", { units })).toBe(10000);
  });
  it("rejects an unknown word that is not the question unit", () => {
    expect(parseNumberAnswer("10.000 Soldaten", "de")).toBeNull();
    expect(parseNumberAnswer("10.000 Panzer", "de", { units })).toBeNull();
  });
  it("handles units with umlauts and symbols", () => {
    expect(parseNumberAnswer("3 Flüge", "de", { units: ["Flüge"] })).toBe(3);
    expect(parseNumberAnswer("3 Fluege", "de", { units: ["Flüge"] })).toBe(3);
    expect(parseNumberAnswer("3 km²", "de", { units: ["km²"] })).toBe(3);
  });
});

describe("parseNumberAnswer — rejections", () => {
  describe.each(both)("lang=%s", (lang) => {
    it.each([
      [""],
      ["   "],
      ["abc"],
      ["zehntausend?"],
      ["10?"],
      ["über rund 50"], // one qualifier at most
      ["über 50 oder mehr"],
      ["weit über 10.000"],
      ["10.000++"],
      ["+10.000"],
      ["zehnundtausend"],
      ["zwanzigundeins"],
      ["hunderttausendtausend"],
      ["twenty-twenty"],
      ["one thousand thousand"],
      ["10 oder 20"],
      ["10 or 20"],
      ["10 bis 20"],
      ["10 to 20"],
      ["10-20"],
      ["10 - 20"],
      ["10–20"],
      ["10/20"],
      ["10 20"],
      ["1.2.3"],
      ["10.000.00"],
      ["10.000,000.000"], // mixed grouping
      ["1,2,3"],
      [".5"],
      ["10 Soldaten"],
      ["über"],
      ["%"],
      ["50 % %"],
      ["50%x"],
      ["10jahre"],
      ["10tausend"],
      ["ueber10"],
      ["- 5"],
      ["-zehn"],
      ["zehn zehn"],
      ["1e5"],
      ["Infinity"],
      ["NaN"],
      ["0x10"],
    ])("%j → null", (input) => {
      expect(parseNumberAnswer(input, lang)).toBeNull();
    });
  });
});

describe("parseNumberAnswer — numbers written as words", () => {
  describe.each(both)("lang=%s", (lang) => {
    it.each([
      ["zehntausend", 10000],
      ["Zehntausend", 10000],
      ["zehn tausend", 10000],
      ["einundzwanzig", 21],
      ["fünfundzwanzig", 25],
      ["fuenfundzwanzig", 25],
      ["neunundneunzig", 99],
      ["hundertfünfzig", 150],
      ["einhundertfünfzig", 150],
      ["zweihundert", 200],
      ["tausend", 1000],
      ["eintausend", 1000],
      ["zweitausendfünfhundert", 2500],
      ["fünfzigtausend", 50000],
      ["hunderttausend", 100000],
      ["dreihundertzwölftausendvierhundertelf", 312411],
      ["twenty-one", 21],
      ["twenty one", 21],
      ["ninety-nine", 99],
      ["one hundred and fifty", 150],
      ["a hundred and fifty", 150],
      ["two hundred", 200],
      ["ten thousand", 10000],
      ["a thousand", 1000],
      ["fifty thousand", 50000],
      ["one hundred thousand", 100000],
      ["twenty-five thousand five hundred", 25500],
      ["fifty percent", 50],
      ["fünfzig Prozent", 50],
      ["zehntausend Soldaten", null], // "Soldaten" is no unit unless the question says so
    ])("%j → %s", (input, expected) => {
      expect(parseNumberAnswer(input, lang)).toBe(expected);
    });
  });
});

describe("parseNumberAnswer — sentence punctuation after the answer", () => {
  describe.each(both)("lang=%s", (lang) => {
    it.each([
      ["50%.", 50],
      ["50 %.", 50],
      ["10.", 10],
      ["10.000.", 10000],
      ["10,000.", 10000],
      ["Über 10.000!", 10000],
      ["zehntausend.", 10000],
      ["2 Mio.", 2_000_000],
      ["2 Mio..", 2_000_000],
    ])("%j → %d", (input, expected) => {
      expect(parseNumberAnswer(input, lang)).toBe(expected);
    });
  });

  it("keeps the question unit before the full stop", () => {
    const units = ["Soldaten", "soldiers"];
    expect(parseNumberAnswer("Über 10.000 Soldaten.", "de", { units })).toBe(
      10000,
    );
    expect(
      parseNumberAnswer("More than 10,000 soldiers.", "en", { units }),
    ).toBe(10000);
  });
});

/** Every qualifier word the grader knows, with the direction it gives the figure. */
const QUALIFIER_WORDS: readonly (readonly [string, NumberQualifier])[] = [
  // about
  ["rund 50", "about"],
  ["etwa 50", "about"],
  ["ca. 50", "about"],
  ["ca 50", "about"],
  ["ca.50", "about"],
  ["circa 50", "about"],
  ["zirka 50", "about"],
  ["ungefähr 50", "about"],
  ["ungefaehr 50", "about"],
  ["annähernd 50", "about"],
  ["um die 50", "about"],
  ["an die 50", "about"],
  ["schätzungsweise 50", "about"],
  ["about 50", "about"],
  ["around 50", "about"],
  ["approximately 50", "about"],
  ["approx. 50", "about"],
  ["roughly 50", "about"],
  ["some 50", "about"],
  ["an estimated 50", "about"],
  ["~50", "about"],
  ["≈ 50", "about"],
  // almost: just under
  ["knapp 50", "almost"],
  ["fast 50", "almost"],
  ["beinahe 50", "almost"],
  ["nahezu 50", "almost"],
  ["knapp unter 50", "almost"],
  ["almost 50", "almost"],
  ["nearly 50", "almost"],
  ["just under 50", "almost"],
  ["not quite 50", "almost"],
  ["close to 50", "almost"],
  // fewer than
  ["unter 50", "fewerThan"],
  ["weniger als 50", "fewerThan"],
  ["fewer than 50", "fewerThan"],
  ["less than 50", "fewerThan"],
  ["under 50", "fewerThan"],
  ["below 50", "fewerThan"],
  ["<50", "fewerThan"],
  ["< 50", "fewerThan"],
  // at most
  ["bis zu 50", "atMost"],
  ["höchstens 50", "atMost"],
  ["hoechstens 50", "atMost"],
  ["maximal 50", "atMost"],
  ["max. 50", "atMost"],
  ["nicht mehr als 50", "atMost"],
  ["up to 50", "atMost"],
  ["at most 50", "atMost"],
  ["no more than 50", "atMost"],
  ["not more than 50", "atMost"],
  ["a maximum of 50", "atMost"],
  ["≤ 50", "atMost"],
  ["50 oder weniger", "atMost"],
  ["50 und weniger", "atMost"],
  ["50 or less", "atMost"],
  ["50 or fewer", "atMost"],
  // at least
  ["mindestens 50", "atLeast"],
  ["wenigstens 50", "atLeast"],
  ["zumindest 50", "atLeast"],
  ["at least 50", "atLeast"],
  ["no fewer than 50", "atLeast"],
  ["no less than 50", "atLeast"],
  ["not less than 50", "atLeast"],
  ["a minimum of 50", "atLeast"],
  ["≥ 50", "atLeast"],
  ["50+", "atLeast"],
  ["50 +", "atLeast"],
  ["50 oder mehr", "atLeast"],
  ["50 und mehr", "atLeast"],
  ["50 or more", "atLeast"],
  ["50 and more", "atLeast"],
  // more than
  ["über 50", "moreThan"],
  ["ueber 50", "moreThan"],
  ["mehr als 50", "moreThan"],
  ["more than 50", "moreThan"],
  ["over 50", "moreThan"],
  ["above 50", "moreThan"],
  ["upwards of 50", "moreThan"],
  ["in excess of 50", "moreThan"],
  [">50", "moreThan"],
  ["> 50", "moreThan"],
  // just over
  ["gut 50", "justOver"],
  ["knapp über 50", "justOver"],
  ["etwas über 50", "justOver"],
  ["etwas mehr als 50", "justOver"],
  ["just over 50", "justOver"],
  ["a little over 50", "justOver"],
  ["slightly more than 50", "justOver"],
  ["slightly over 50", "justOver"],
  // none
  ["50", "none"],
  ["fünfzig", "none"],
];

describe("parseQualifiedNumber — every qualifier word, in either quiz language", () => {
  describe.each(both)("lang=%s", (lang) => {
    it.each(QUALIFIER_WORDS)("%j → %s", (input, qualifier) => {
      expect(parseQualifiedNumber(input, lang)).toEqual({
        value: 50,
        qualifier,
      });
      // with a unit and a full stop as well
      const withUnit = /\d$|fünfzig$/.test(input)
        ? `${input} Prozent.`
        : input.replace(/ (oder|und|or|and) /, " Prozent $1 ");
      expect(parseQualifiedNumber(withUnit, lang)?.qualifier, withUnit).toBe(
        qualifier,
      );
    });
  });

  it("covers every qualifier kind", () => {
    expect(new Set(QUALIFIER_WORDS.map(([, kind]) => kind))).toEqual(
      new Set(NUMBER_QUALIFIERS),
    );
  });
});

describe("qualifierFollows — a qualified answer must follow from the article's wording", () => {
  it("accepts a bare number whatever the article's qualifier", () => {
    for (const article of NUMBER_QUALIFIERS)
      expect(qualifierFollows(article, "none"), article).toBe(true);
  });

  it("accepts the article's own qualifier", () => {
    for (const kind of NUMBER_QUALIFIERS)
      expect(qualifierFollows(kind, kind), kind).toBe(true);
  });

  it.each([
    // article "bis zu 50 %": only "at most" follows
    ["atMost", "atMost", true],
    ["atMost", "moreThan", false],
    ["atMost", "atLeast", false],
    ["atMost", "about", false],
    ["atMost", "almost", false],
    ["atMost", "fewerThan", false],
    ["atMost", "justOver", false],
    // article "über 10.000": "more than" and "at least" follow
    ["moreThan", "moreThan", true],
    ["moreThan", "atLeast", true],
    ["moreThan", "atMost", false],
    ["moreThan", "almost", false],
    ["moreThan", "fewerThan", false],
    ["moreThan", "about", false],
    ["moreThan", "justOver", false],
    // article "zehn Jahre" (no qualifier): hedges that include the figure follow
    ["none", "about", true],
    ["none", "atMost", true],
    ["none", "atLeast", true],
    ["none", "moreThan", false],
    ["none", "fewerThan", false],
    ["none", "almost", false],
    ["none", "justOver", false],
    // article "rund 50"
    ["about", "about", true],
    ["about", "atLeast", false],
    ["about", "moreThan", false],
    ["about", "atMost", false],
    // article "knapp 50" (just under)
    ["almost", "almost", true],
    ["almost", "fewerThan", true],
    ["almost", "atMost", true],
    ["almost", "about", true],
    ["almost", "moreThan", false],
    // article "gut 50" (just over)
    ["justOver", "moreThan", true],
    ["justOver", "atLeast", true],
    ["justOver", "about", true],
    ["justOver", "almost", false],
    // article "unter 50", "mindestens 50"
    ["fewerThan", "atMost", true],
    ["fewerThan", "almost", false],
    ["atLeast", "moreThan", false],
    ["atLeast", "atLeast", true],
  ] as const)("article %s, answer %s → %s", (article, answer, expected) => {
    expect(qualifierFollows(article, answer)).toBe(expected);
  });
});
