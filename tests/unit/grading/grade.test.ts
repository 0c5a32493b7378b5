import { describe, expect, it } from "vitest";
import {
  gradeAnswer,
  isShortAnswerCorrect,
  type ResolvedAnswer,
} from "@/lib/grading/grade";
import {
  clozeMeaningQ,
  clozeNoBankQ,
  clozeQ,
  matchingQ,
  multipleFewDistractorsQ,
  multipleQ,
  numericPlainQ,
  numericQ,
  numericToleranceQ,
  numericUpToQ,
  orderingQ,
  shortAcronymQ,
  shortNameQ,
  shortPresidentQ,
  shortUmlautQ,
  shortWithArticleQ,
  singleQ,
  trueFalseQ,
} from "./fixtures";

const full = { score: 1, correct: true };
const none = { score: 0, correct: false };
const partial = (score: number) => ({ score, correct: false });

describe("gradeAnswer — general", () => {
  it("throws when the answer type does not match the question type", () => {
    expect(() =>
      gradeAnswer(singleQ, { type: "truefalse", value: true }, "de"),
    ).toThrow(/truefalse.*single/);
  });

  it("rounds scores to four decimals", () => {
    // 1 of 3 gaps … use matching: 1 of 3 left items correct → 0.3333
    const answer: ResolvedAnswer = {
      type: "matching",
      pairs: { kim: "nk-fuehrer" },
    };
    expect(gradeAnswer(matchingQ, answer, "de")).toEqual(partial(0.3333));
  });
});

describe("single choice", () => {
  it("scores 1 for the correct option and 0 otherwise", () => {
    expect(
      gradeAnswer(singleQ, { type: "single", optionId: "kursk" }, "de"),
    ).toEqual(full);
    expect(
      gradeAnswer(singleQ, { type: "single", optionId: "belgorod" }, "en"),
    ).toEqual(none);
    expect(
      gradeAnswer(singleQ, { type: "single", optionId: "unknown" }, "en"),
    ).toEqual(none);
  });
});

describe("true/false", () => {
  it("scores 1 when the value matches", () => {
    expect(
      gradeAnswer(trueFalseQ, { type: "truefalse", value: true }, "de"),
    ).toEqual(full);
    expect(
      gradeAnswer(trueFalseQ, { type: "truefalse", value: false }, "de"),
    ).toEqual(none);
  });
});

describe("numeric", () => {
  const num = (text: string) => ({ type: "numeric", text }) as const;

  it("accepts every supported spelling of the exact value when tolerance is 0", () => {
    for (const text of [
      "10000",
      "10.000",
      "10,000",
      "10 000",
      "über 10.000",
      "mehr als 10000",
      "zehn tausend",
      "10.000 Soldaten",
    ]) {
      expect(gradeAnswer(numericQ, num(text), "de"), text).toEqual(full);
    }
    for (const text of [
      "10,000",
      "more than 10,000",
      "over 10,000",
      "10,000 soldiers",
      "ten thousand",
    ]) {
      expect(gradeAnswer(numericQ, num(text), "en"), text).toEqual(full);
    }
  });

  it("rejects a different value when tolerance is 0", () => {
    expect(gradeAnswer(numericQ, num("10.001"), "de")).toEqual(none);
    expect(gradeAnswer(numericQ, num("9999"), "de")).toEqual(none);
  });

  it("scores 0 for unparseable answers", () => {
    for (const text of ["", "viele", "10 oder 20", "10-20", "10.000 Panzer"]) {
      expect(gradeAnswer(numericQ, num(text), "de"), text).toEqual(none);
    }
  });

  it("accepts values within the tolerance, inclusive", () => {
    // correct 1.5, tolerance 0.5
    expect(gradeAnswer(numericToleranceQ, num("1,5 %"), "de")).toEqual(full);
    expect(gradeAnswer(numericToleranceQ, num("1"), "de")).toEqual(full);
    expect(gradeAnswer(numericToleranceQ, num("2"), "de")).toEqual(full);
    expect(gradeAnswer(numericToleranceQ, num("2.0"), "en")).toEqual(full);
    expect(gradeAnswer(numericToleranceQ, num("2,01"), "de")).toEqual(none);
    expect(gradeAnswer(numericToleranceQ, num("0.99"), "en")).toEqual(none);
  });

  it("uses the quiz language for the decimal separator", () => {
    expect(gradeAnswer(numericToleranceQ, num("1,5"), "de")).toEqual(full);
    expect(gradeAnswer(numericToleranceQ, num("1.5"), "en")).toEqual(full);
    expect(gradeAnswer(numericToleranceQ, num("1,5"), "en")).toEqual(none);
  });

  it("marks a qualifier that contradicts the article's wrong: “bis zu 50 %”", () => {
    for (const text of [
      "mehr als 50 %",
      "über 50%",
      "mindestens 50 Prozent",
      "at least 50%",
      "more than 50 percent",
      "rund 50 %",
      "knapp 50 %",
      "50 % oder mehr",
      "50%+",
    ]) {
      expect(gradeAnswer(numericUpToQ, num(text), "de"), text).toEqual(none);
      expect(gradeAnswer(numericUpToQ, num(text), "en"), text).toEqual(none);
    }
  });

  it("accepts a bare number or the article's own qualifier: “bis zu 50 %”", () => {
    for (const text of [
      "50",
      "50 %",
      "50%",
      "fünfzig Prozent",
      "bis zu 50 %",
      "höchstens 50 Prozent",
      "up to 50%",
      "at most 50 percent",
      "50 % oder weniger",
    ]) {
      expect(gradeAnswer(numericUpToQ, num(text), "de"), text).toEqual(full);
      expect(gradeAnswer(numericUpToQ, num(text), "en"), text).toEqual(full);
    }
  });

  it("marks a qualifier that contradicts the article's wrong: “über 10.000”", () => {
    for (const text of [
      "bis zu 10.000",
      "knapp 10.000",
      "fast 10.000",
      "unter 10.000",
      "höchstens 10.000",
      "rund 10.000",
    ])
      expect(gradeAnswer(numericQ, num(text), "de"), text).toEqual(none);
    for (const text of [
      "almost 10,000",
      "nearly 10,000",
      "up to 10,000",
      "fewer than 10,000",
      "about 10,000",
    ])
      expect(gradeAnswer(numericQ, num(text), "en"), text).toEqual(none);
  });

  it("accepts “more than” and “at least” for “über 10.000”", () => {
    for (const text of [
      "10.000",
      "über 10.000",
      "mehr als 10.000 Soldaten",
      "mindestens 10.000",
      "10.000+",
      "10.000 oder mehr",
      "Über 10.000 Soldaten.",
      "zehntausend",
      "über zehntausend",
    ])
      expect(gradeAnswer(numericQ, num(text), "de"), text).toEqual(full);
    for (const text of ["10,000+", "over 10,000.", "at least ten thousand"])
      expect(gradeAnswer(numericQ, num(text), "en"), text).toEqual(full);
  });

  it("accepts hedges that include a plain figure, not ones that exclude it: “zehn Jahre”", () => {
    for (const text of ["10", "zehn Jahre", "etwa 10 Jahre", "about ten years"])
      expect(gradeAnswer(numericPlainQ, num(text), "de"), text).toEqual(full);
    for (const text of ["mehr als 10 Jahre", "fast zehn", "under ten years"])
      expect(gradeAnswer(numericPlainQ, num(text), "de"), text).toEqual(none);
  });

  it("is not fooled by floating point noise", () => {
    const q = { ...numericToleranceQ, correct: 0.3, tolerance: 0 };
    expect(gradeAnswer(q, num("0,3"), "de")).toEqual(full);
    const q2 = { ...numericToleranceQ, correct: 0.1 + 0.2, tolerance: 0 };
    expect(gradeAnswer(q2, num("0.3"), "en")).toEqual(full);
  });
});

describe("short text", () => {
  const short = (text: string) => ({ type: "short", text }) as const;

  it("accepts the accepted answers ignoring case, punctuation and whitespace", () => {
    expect(gradeAnswer(shortNameQ, short("Kursk"), "de")).toEqual(full);
    expect(gradeAnswer(shortNameQ, short("  kursk. "), "de")).toEqual(full);
    expect(gradeAnswer(shortNameQ, short("„KURSK“"), "en")).toEqual(full);
  });

  it("rejects a one-letter typo in a name (typoTolerance false, and the word is short anyway)", () => {
    expect(gradeAnswer(shortNameQ, short("Kursl"), "de")).toEqual(none);
    expect(gradeAnswer(shortNameQ, short("Kurks"), "de")).toEqual(none);
  });

  it("rejects empty and unrelated answers", () => {
    expect(gradeAnswer(shortNameQ, short(""), "de")).toEqual(none);
    expect(gradeAnswer(shortNameQ, short("  …  "), "de")).toEqual(none);
    expect(gradeAnswer(shortNameQ, short("Moskau"), "de")).toEqual(none);
  });

  it("folds umlauts on both sides", () => {
    expect(gradeAnswer(shortUmlautQ, short("Führer"), "de")).toEqual(full);
    expect(gradeAnswer(shortUmlautQ, short("Fuehrer"), "de")).toEqual(full);
    expect(gradeAnswer(shortUmlautQ, short("FUEHRER"), "de")).toEqual(full);
    const ue = {
      ...shortUmlautQ,
      accepted: { de: ["Fuehrer"], en: ["leader"] },
    };
    expect(gradeAnswer(ue, short("Führer"), "de")).toEqual(full);
  });

  it("accepts the other language's accepted answers", () => {
    expect(gradeAnswer(shortPresidentQ, short("Selenskyj"), "en")).toEqual(
      full,
    );
    expect(gradeAnswer(shortPresidentQ, short("Zelensky"), "de")).toEqual(full);
    expect(gradeAnswer(shortUmlautQ, short("leader"), "de")).toEqual(full);
    expect(gradeAnswer(shortUmlautQ, short("Führer"), "en")).toEqual(full);
  });

  it("ignores one leading article on either side, in the language of the accepted answer", () => {
    // accepted de "die Ukraine", en "Ukraine"
    expect(gradeAnswer(shortWithArticleQ, short("Ukraine"), "de")).toEqual(
      full,
    );
    expect(gradeAnswer(shortWithArticleQ, short("die Ukraine"), "de")).toEqual(
      full,
    );
    expect(gradeAnswer(shortWithArticleQ, short("der Ukraine"), "de")).toEqual(
      full,
    );
    expect(gradeAnswer(shortWithArticleQ, short("the Ukraine"), "en")).toEqual(
      full,
    );
    expect(gradeAnswer(shortWithArticleQ, short("die Russland"), "de")).toEqual(
      none,
    );
    // article stripping is only for the article words, not other leading words
    expect(
      gradeAnswer(shortWithArticleQ, short("diese Ukraine"), "de"),
    ).toEqual(none);
  });

  it("tolerates typos only when the question allows it", () => {
    // "Selenskyj" has 9 letters → 1 typo allowed
    expect(gradeAnswer(shortPresidentQ, short("Selenskij"), "de")).toEqual(
      full,
    );
    expect(gradeAnswer(shortPresidentQ, short("Selesnkyj"), "de")).toEqual(
      full,
    ); // transposition
    expect(gradeAnswer(shortPresidentQ, short("Selensky"), "de")).toEqual(full); // one deletion from "Selenskyj"
    expect(gradeAnswer(shortPresidentQ, short("Slenskij"), "de")).toEqual(none); // two edits
    // "wolodymyr selenskyj" has 19 characters → 2 typos allowed
    expect(
      gradeAnswer(shortPresidentQ, short("Wolodimir Selenskyj"), "de"),
    ).toEqual(full);

    const strict = { ...shortPresidentQ, typoTolerance: false };
    expect(gradeAnswer(strict, short("Selenskij"), "de")).toEqual(none);
    expect(gradeAnswer(strict, short("Selenskyj"), "de")).toEqual(full);
  });

  it("never tolerates typos in answers shorter than 6 characters or containing digits", () => {
    const tolerantShort = { ...shortNameQ, typoTolerance: true };
    expect(gradeAnswer(tolerantShort, short("Kursl"), "de")).toEqual(none);
    const withDigits = {
      ...shortNameQ,
      typoTolerance: true,
      accepted: { de: ["Brigade 11"], en: ["Brigade 11"] },
    };
    expect(gradeAnswer(withDigits, short("Brigade 12"), "de")).toEqual(none);
    expect(gradeAnswer(withDigits, short("Brigade 11"), "de")).toEqual(full);
  });

  it("ignores a leading “in” or “zu” before a place or thing, not other prepositions", () => {
    expect(gradeAnswer(shortNameQ, short("in Kursk"), "de")).toEqual(full);
    expect(gradeAnswer(shortNameQ, short("in Kursk"), "en")).toEqual(full);
    expect(gradeAnswer(shortNameQ, short("im Kursk"), "de")).toEqual(full);
    expect(
      gradeAnswer(shortWithArticleQ, short("in der Ukraine"), "de"),
    ).toEqual(full);
    expect(gradeAnswer(shortWithArticleQ, short("to Ukraine"), "en")).toEqual(
      full,
    );
    expect(gradeAnswer(shortNameQ, short("aus Kursk"), "de")).toEqual(none);
    expect(gradeAnswer(shortNameQ, short("nach Kursk"), "de")).toEqual(none);
    expect(gradeAnswer(shortNameQ, short("from Kursk"), "en")).toEqual(none);
    expect(gradeAnswer(shortNameQ, short("in"), "de")).toEqual(none);
  });

  it("reads initials written with full stops or spaces as the abbreviation", () => {
    for (const text of ["KCNA", "K.C.N.A.", "K. C. N. A.", "k c n a"])
      expect(gradeAnswer(shortAcronymQ, short(text), "de"), text).toEqual(full);
    expect(gradeAnswer(shortAcronymQ, short("K.C.N."), "de")).toEqual(none);
    expect(gradeAnswer(shortAcronymQ, short("KNCA"), "de")).toEqual(none);
  });

  it("ignores where a compound is split or hyphenated", () => {
    expect(
      gradeAnswer(shortAcronymQ, short("Korean Central Newsagency"), "en"),
    ).toEqual(full);
    expect(
      gradeAnswer(
        shortAcronymQ,
        short("Koreanische Zentrale Nachrichten-Agentur"),
        "de",
      ),
    ).toEqual(full);
  });

  it("combines a first name and a surname that are each accepted, in any spelling listed", () => {
    const strict = { ...shortPresidentQ, typoTolerance: false };
    for (const text of [
      "Volodymyr Selenskyj",
      "Wolodymyr Zelenskyy",
      "Volodymyr Zelensky",
      "Wolodymyr Selenskyj",
    ])
      expect(gradeAnswer(strict, short(text), "de"), text).toEqual(full);
    expect(gradeAnswer(strict, short("Selenskyj Wolodymyr"), "de")).toEqual(
      none,
    );
    expect(gradeAnswer(strict, short("Wladimir Selenskyj"), "de")).toEqual(
      none,
    );
  });

  it("accepts another inflected form of an accepted word", () => {
    const q = {
      ...shortNameQ,
      accepted: {
        de: ["moderne Militärtechnologie"],
        en: ["military technology"],
      },
    };
    expect(gradeAnswer(q, short("modernen Militärtechnologien"), "de")).toEqual(
      full,
    );
    expect(gradeAnswer(q, short("military technologies"), "en")).toEqual(full);
    expect(gradeAnswer(q, short("modern"), "de")).toEqual(none);
  });

  it("exposes the comparison as isShortAnswerCorrect", () => {
    expect(isShortAnswerCorrect(shortNameQ, "kursk", "en")).toBe(true);
    expect(isShortAnswerCorrect(shortNameQ, "kiew", "en")).toBe(false);
  });
});

describe("cloze", () => {
  const cloze = (...gaps: string[]) => ({ type: "cloze", gaps }) as const;

  it("scores the share of correct gaps", () => {
    expect(gradeAnswer(clozeQ, cloze("10.000", "Russland"), "de")).toEqual(
      full,
    );
    expect(gradeAnswer(clozeQ, cloze("10.000", "China"), "de")).toEqual(
      partial(0.5),
    );
    expect(gradeAnswer(clozeQ, cloze("China", "10.000"), "de")).toEqual(none);
  });

  it("accepts any of a gap’s accepted answers, ignoring case and punctuation", () => {
    expect(gradeAnswer(clozeQ, cloze("Zehntausend", "russland"), "en")).toEqual(
      full,
    );
    expect(gradeAnswer(clozeQ, cloze("10 000", "RUSSLAND."), "de")).toEqual(
      full,
    );
    expect(gradeAnswer(clozeQ, cloze("10.000", "Rußland"), "de")).toEqual(full); // ß folds to ss
  });

  it("has no typo tolerance", () => {
    expect(gradeAnswer(clozeQ, cloze("10.000", "Rusland"), "de")).toEqual(
      partial(0.5),
    );
  });

  it("accepts words of the same meaning that the gap lists, in any inflected form", () => {
    const right = [
      "uneins",
      "fürchten",
      "Verschärfung",
      "vielleicht",
      "könnte",
    ] as const;
    expect(gradeAnswer(clozeMeaningQ, cloze(...right), "de")).toEqual(full);
    expect(
      gradeAnswer(
        clozeMeaningQ,
        cloze("uneinige", "befürchtet", "Eskalationen", "eventuell", "könnten"),
        "de",
      ),
    ).toEqual(full);
  });

  it("does not take a different word for an inflected form", () => {
    // "können" drops the hedge of "könnte"; "einig" says the opposite of "uneinig".
    for (const [index, wrong] of [
      [0, "einig"],
      [1, "hoffen"],
      [2, "Eskalierung"],
      [3, "sicher"],
      [4, "können"],
      [4, "konnte"],
    ] as const) {
      const gaps = clozeMeaningQ.gaps.map((g) => g.accepted[0]!);
      gaps[index] = wrong;
      expect(gradeAnswer(clozeMeaningQ, cloze(...gaps), "de"), wrong).toEqual(
        partial(0.8),
      );
    }
  });

  it("accepts a figure in any spelling in a gap that asks for it, but not a qualified one", () => {
    for (const figure of ["10000", "zehn tausend", "10,000"])
      expect(
        gradeAnswer(clozeQ, cloze(figure, "Russland"), "de"),
        figure,
      ).toEqual(full);
    for (const figure of ["über 10.000", "1000", "10.000 Russland"])
      expect(
        gradeAnswer(clozeQ, cloze(figure, "Russland"), "de"),
        figure,
      ).toEqual(partial(0.5));
    const percent = {
      ...clozeNoBankQ,
      text: "Die Verluste könnten bis zu {{1}} betragen, sagt {{2}}",
      gaps: [{ accepted: ["50%"] }, { accepted: ["Seth Jones"] }],
    };
    for (const figure of ["50 %", "50 Prozent", "fünfzig Prozent", "50%."])
      expect(
        gradeAnswer(percent, cloze(figure, "Seth Jones"), "de"),
        figure,
      ).toEqual(full);
  });

  it("counts missing and empty gaps as wrong", () => {
    expect(gradeAnswer(clozeQ, cloze("10.000"), "de")).toEqual(partial(0.5));
    expect(gradeAnswer(clozeQ, cloze("", ""), "de")).toEqual(none);
    expect(gradeAnswer(clozeNoBankQ, cloze("Nordkorea", " "), "de")).toEqual(
      partial(0.5),
    );
  });
});

describe("multiple select", () => {
  const pick = (...optionIds: string[]) =>
    ({ type: "multiple", optionIds }) as const;
  // multipleQ: correct soldaten, granaten, raketen; distractors panzer, oel, weizen

  it("scores 1 for exactly the correct options, in any order", () => {
    expect(
      gradeAnswer(multipleQ, pick("raketen", "soldaten", "granaten"), "de"),
    ).toEqual(full);
  });

  it("gives partial credit: right / correct options − wrong / distractors", () => {
    expect(gradeAnswer(multipleQ, pick("soldaten", "granaten"), "de")).toEqual(
      partial(0.6667),
    );
    expect(gradeAnswer(multipleQ, pick("soldaten"), "de")).toEqual(
      partial(0.3333),
    );
    // 2 of 3 correct with 1 of 3 distractors picked = 2/3 − 1/3
    expect(
      gradeAnswer(multipleQ, pick("soldaten", "granaten", "panzer"), "de"),
    ).toEqual(partial(0.3333));
    expect(
      gradeAnswer(
        multipleQ,
        pick("soldaten", "granaten", "raketen", "oel"),
        "de",
      ),
    ).toEqual(partial(0.6667));
  });

  it("never goes below 0", () => {
    expect(
      gradeAnswer(multipleQ, pick("soldaten", "panzer", "oel"), "de"),
    ).toEqual(none);
    expect(gradeAnswer(multipleQ, pick("panzer"), "de")).toEqual(none);
  });

  it("scores 0 for no selection", () => {
    expect(gradeAnswer(multipleQ, pick(), "de")).toEqual(none);
  });

  it("scores 0 for selecting everything, however many distractors there are", () => {
    expect(
      gradeAnswer(multipleQ, pick(...multipleQ.options.map((o) => o.id)), "de"),
    ).toEqual(none);
    expect(
      gradeAnswer(
        multipleFewDistractorsQ,
        pick(...multipleFewDistractorsQ.options.map((o) => o.id)),
        "de",
      ),
    ).toEqual(none);
  });

  it("weighs a wrong pick by the number of distractors", () => {
    // 3 correct, 1 distractor: all correct plus the one distractor = 1 − 1
    const [first, second] = multipleFewDistractorsQ.correct;
    const distractor = multipleFewDistractorsQ.options.find(
      (o) => !multipleFewDistractorsQ.correct.includes(o.id),
    )!.id;
    expect(
      gradeAnswer(
        multipleFewDistractorsQ,
        pick(first!, second!, distractor),
        "de",
      ),
    ).toEqual(none);
  });

  it("counts a duplicated id once", () => {
    expect(
      gradeAnswer(
        multipleQ,
        pick("soldaten", "soldaten", "granaten", "raketen"),
        "de",
      ),
    ).toEqual(full);
  });
});

describe("matching", () => {
  const match = (pairs: Record<string, string>) =>
    ({ type: "matching", pairs }) as const;

  it("scores 1 when every left item is matched correctly", () => {
    expect(gradeAnswer(matchingQ, match(matchingQ.correct), "de")).toEqual(
      full,
    );
  });

  it("scores correctly matched left items / left items", () => {
    const twoOfThree = {
      kim: "nk-fuehrer",
      putin: "ru-praesident",
      selenskyj: "cn-praesident",
    };
    expect(gradeAnswer(matchingQ, match(twoOfThree), "de")).toEqual(
      partial(0.6667),
    );
    const swapped = {
      kim: "nk-fuehrer",
      putin: "ua-praesident",
      selenskyj: "ru-praesident",
    };
    expect(gradeAnswer(matchingQ, match(swapped), "de")).toEqual(
      partial(0.3333),
    );
  });

  it("counts unanswered left items as wrong", () => {
    expect(
      gradeAnswer(
        matchingQ,
        match({ kim: "nk-fuehrer", putin: "ru-praesident" }),
        "de",
      ),
    ).toEqual(partial(0.6667));
    expect(gradeAnswer(matchingQ, match({}), "de")).toEqual(none);
  });

  it("ignores unknown left ids and inherited properties", () => {
    expect(
      gradeAnswer(
        matchingQ,
        match({ ...matchingQ.correct, extra: "nk-fuehrer" }),
        "de",
      ),
    ).toEqual(full);
    const inherited = Object.create({ kim: "nk-fuehrer" }) as Record<
      string,
      string
    >;
    expect(gradeAnswer(matchingQ, match(inherited), "de")).toEqual(none);
  });
});

describe("ordering", () => {
  const order = (...ids: string[]) =>
    ({ type: "ordering", order: ids }) as const;
  // correct: a b c d

  it("scores 1 for the correct order", () => {
    expect(gradeAnswer(orderingQ, order("a", "b", "c", "d"), "de")).toEqual(
      full,
    );
  });

  it("scores the fraction of pairs in correct relative order", () => {
    // one adjacent swap of 4 items: 5 of 6 pairs concordant
    expect(gradeAnswer(orderingQ, order("a", "c", "b", "d"), "de")).toEqual(
      partial(0.8333),
    );
    expect(gradeAnswer(orderingQ, order("b", "a", "c", "d"), "de")).toEqual(
      partial(0.8333),
    );
    // first item moved to the end: 3 of 6
    expect(gradeAnswer(orderingQ, order("b", "c", "d", "a"), "de")).toEqual(
      partial(0.5),
    );
  });

  it("scores 0 for the reversed order", () => {
    expect(gradeAnswer(orderingQ, order("d", "c", "b", "a"), "de")).toEqual(
      none,
    );
  });

  it("scores 0 when the answer is not a permutation of the items", () => {
    expect(gradeAnswer(orderingQ, order("a", "b", "c"), "de")).toEqual(none);
    expect(gradeAnswer(orderingQ, order("a", "b", "c", "c"), "de")).toEqual(
      none,
    );
    expect(gradeAnswer(orderingQ, order("a", "b", "c", "x"), "de")).toEqual(
      none,
    );
    expect(
      gradeAnswer(orderingQ, order("a", "b", "c", "d", "e"), "de"),
    ).toEqual(none);
    expect(gradeAnswer(orderingQ, order(), "de")).toEqual(none);
  });
});
