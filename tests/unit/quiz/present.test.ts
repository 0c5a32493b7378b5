import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { Question } from "@/lib/content/schema";
import { gradeAnswer } from "@/lib/grading/grade";
import type { PublicAnswer } from "@/lib/quiz/answer-schema";
import { authoredIds } from "@/tests/support/answers";
import {
  describeCorrectAnswer,
  describeGivenAnswer,
  formatNumber,
  publicId,
  resolveAnswer,
  toPublicQuestion,
  type PublicQuestion,
} from "@/lib/quiz/present";
import {
  ALL_FIXTURES,
  clozeNoBankQ,
  clozeQ,
  matchingQ,
  multipleQ,
  numericQ,
  numericToleranceQ,
  orderingQ,
  orderingQuestions,
  shortNameQ,
  shortPresidentQ,
  singleQ,
  trueFalseQ,
} from "../grading/fixtures";

const LANGS = ["de", "en"] as const;
const FORBIDDEN_KEYS = [
  "correct",
  "accepted",
  "explanation",
  "sentenceIds",
  "factIds",
  "tolerance",
  "difficulty",
  "typoTolerance",
  "gaps",
];

function collectKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => collectKeys(v, keys));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      collectKeys(v, keys);
    }
  }
  return keys;
}

function collectIds(pq: PublicQuestion): string[] {
  switch (pq.type) {
    case "single":
    case "multiple":
      return pq.options.map((o) => o.id);
    case "ordering":
      return pq.items.map((o) => o.id);
    case "matching":
      return [...pq.left, ...pq.right].map((o) => o.id);
    default:
      return [];
  }
}

function narrow<T extends PublicQuestion["type"]>(
  pq: PublicQuestion,
  type: T,
): Extract<PublicQuestion, { type: T }> {
  if (pq.type !== type) throw new Error(`expected ${type}, got ${pq.type}`);
  return pq as Extract<PublicQuestion, { type: T }>;
}

describe("publicId", () => {
  it("is 10 hex characters, the same on every call (in-flight attempts keep their ids)", () => {
    expect(publicId("q001", "kursk")).toMatch(/^[a-f0-9]{10}$/);
    expect(publicId("q001", "kursk")).toBe(publicId("q001", "kursk"));
  });
  it("is keyed: not the plain sha256 of question and authored id, which a guess could confirm", () => {
    const unkeyed = createHash("sha256")
      .update("q001:kursk")
      .digest("hex")
      .slice(0, 10);
    expect(publicId("q001", "kursk")).not.toBe(unkeyed);
  });
  it("differs between questions for the same authored id", () => {
    expect(publicId("q001", "a")).not.toBe(publicId("q002", "a"));
  });
});

describe("toPublicQuestion — nothing of the key reaches the browser", () => {
  describe.each(
    ALL_FIXTURES.flatMap((q) =>
      LANGS.map((lang) => [q.id, q.type, lang, q] as const),
    ),
  )("%s (%s, %s)", (_id, _type, lang, q) => {
    const pq = toPublicQuestion(q, lang);
    const json = JSON.stringify(pq);

    it("contains no key, explanation, sentence ids or other internal fields", () => {
      const keys = collectKeys(JSON.parse(json));
      for (const forbidden of FORBIDDEN_KEYS)
        expect(keys.has(forbidden), forbidden).toBe(false);
      expect(json).not.toContain(q.explanation.de);
      expect(json).not.toContain(q.explanation.en);
    });

    it("contains no authored ids, only opaque ones", () => {
      for (const authored of authoredIds(q))
        expect(json).not.toContain(`"${authored}"`);
      for (const id of collectIds(pq)) expect(id).toMatch(/^[a-f0-9]{10}$/);
      expect(new Set(collectIds(pq)).size).toBe(collectIds(pq).length);
    });

    it("has the question id, type and the prompt in the quiz language", () => {
      expect(pq.id).toBe(q.id);
      expect(pq.type).toBe(q.type);
      expect(pq.prompt).toBe(q.prompt[lang]);
    });

    it("survives a JSON round trip unchanged (no undefined, no class instances)", () => {
      expect(JSON.parse(json)).toEqual(pq);
    });
  });

  it("has exactly the documented fields per type", () => {
    const keysOf = (q: Question) =>
      Object.keys(toPublicQuestion(q, "de")).sort();
    expect(keysOf(singleQ)).toEqual(["id", "options", "prompt", "type"]);
    expect(keysOf(multipleQ)).toEqual(["id", "options", "prompt", "type"]);
    expect(keysOf(trueFalseQ)).toEqual(["id", "prompt", "type"]);
    expect(keysOf(numericQ)).toEqual(["id", "prompt", "type", "unit"]);
    expect(keysOf({ ...numericQ, id: "q900", unit: undefined })).toEqual([
      "id",
      "prompt",
      "type",
    ]);
    expect(keysOf(shortNameQ)).toEqual(["id", "prompt", "type"]);
    expect(keysOf(clozeQ)).toEqual([
      "id",
      "prompt",
      "segments",
      "type",
      "wordBank",
    ]);
    expect(keysOf(clozeNoBankQ)).toEqual(["id", "prompt", "segments", "type"]);
    expect(keysOf(matchingQ)).toEqual([
      "id",
      "left",
      "prompt",
      "right",
      "type",
    ]);
    expect(keysOf(orderingQ)).toEqual(["id", "items", "prompt", "type"]);
  });
});

describe("toPublicQuestion — per type", () => {
  it("single/multiple: all options, texts in the quiz language, opaque ids", () => {
    const pq = narrow(toPublicQuestion(singleQ, "en"), "single");
    expect(pq.options).toHaveLength(4);
    expect(pq.options.map((o) => o.text).sort()).toEqual([
      "Belgorod",
      "Donetsk",
      "Kherson",
      "Kursk",
    ]);
    const donetsk = pq.options.find((o) => o.text === "Donetsk");
    expect(donetsk?.id).toBe(publicId("q001", "donezk"));
  });

  it("numeric: the unit in the quiz language", () => {
    expect(narrow(toPublicQuestion(numericQ, "de"), "numeric").unit).toBe(
      "Soldaten",
    );
    expect(narrow(toPublicQuestion(numericQ, "en"), "numeric").unit).toBe(
      "soldiers",
    );
  });

  it("cloze: text and 0-based gap segments; no answers in the segments", () => {
    const pq = narrow(toPublicQuestion(clozeQ, "en"), "cloze");
    expect(pq.prompt).toBe("Fill in the gaps.");
    expect(pq.segments).toEqual([
      { kind: "text", text: "Nordkorea hat " },
      { kind: "gap", index: 0 },
      { kind: "text", text: " Soldaten nach " },
      { kind: "gap", index: 1 },
      { kind: "text", text: " geschickt." },
    ]);
    const noBank = narrow(toPublicQuestion(clozeNoBankQ, "de"), "cloze");
    expect(noBank.segments).toEqual([
      { kind: "gap", index: 0 },
      { kind: "text", text: " kämpft an der Seite von " },
      { kind: "gap", index: 1 },
    ]);
    expect(JSON.stringify(noBank)).not.toMatch(/Nordkorea|Russland/);
  });

  it("cloze: the word bank is sorted alphabetically with German collation", () => {
    const pq = narrow(toPublicQuestion(clozeQ, "de"), "cloze");
    expect(pq.wordBank).toEqual([
      "10.000",
      "Ärmelkanal",
      "Belarus",
      "China",
      "Russland",
    ]);
    expect(clozeQ.wordBank?.[0]).toBe("Russland"); // the authored array is not mutated
  });

  it("cloze: rejects texts whose markers do not match the gaps", () => {
    const bad = (text: string, id: string) => () =>
      toPublicQuestion({ ...clozeNoBankQ, id, text }, "de");
    expect(bad("{{1}} und {{3}}", "q901")).toThrow(/gap marker/);
    expect(bad("{{1}} und {{1}}", "q902")).toThrow(/gap marker/);
    expect(bad("{{1}} allein", "q903")).toThrow(/1 gap markers for 2 gaps/);
    expect(bad("{{0}} und {{1}}", "q904")).toThrow(/gap marker/);
  });

  it("matching: left column in authored order, right column shuffled but complete", () => {
    const pq = narrow(toPublicQuestion(matchingQ, "de"), "matching");
    expect(pq.left.map((o) => o.text)).toEqual([
      "Kim Jong-un",
      "Wladimir Putin",
      "Wolodymyr Selenskyj",
    ]);
    expect(pq.right.map((o) => o.text).sort()).toEqual([
      "chinesischer Präsident",
      "nordkoreanischer Führer",
      "russischer Präsident",
      "ukrainischer Präsident",
    ]);
  });

  it("matching: an authored id used in both columns is a content error (it would reveal the pair)", () => {
    const leaky: Question = {
      ...matchingQ,
      id: "q905",
      right: [
        { id: "kim", text: { de: "Führer", en: "leader" } },
        ...matchingQ.right,
      ],
      correct: {
        kim: "kim",
        putin: "ru-praesident",
        selenskyj: "ua-praesident",
      },
    };
    expect(() => toPublicQuestion(leaky, "de")).toThrow(/share the public id/);
  });

  it("ordering: all items, never in the correct order", () => {
    const pq = narrow(toPublicQuestion(orderingQ, "en"), "ordering");
    expect(pq.items).toHaveLength(4);
    const correct = orderingQ.correct.map((id) => publicId(orderingQ.id, id));
    expect(pq.items.map((i) => i.id)).not.toEqual(correct);
    expect([...pq.items.map((i) => i.id)].sort()).toEqual([...correct].sort());
  });

  it("ordering: never shown in the correct order, over many questions of 3–6 items", () => {
    let authoredOrderKeptSomewhere = false;
    for (const q of orderingQuestions(400)) {
      const shown = narrow(toPublicQuestion(q, "de"), "ordering").items.map(
        (i) => i.id,
      );
      const correct = q.correct.map((id) => publicId(q.id, id));
      expect(shown, q.id).not.toEqual(correct);
      expect([...shown].sort()).toEqual([...correct].sort());
      if (shown[0] === correct[0]) authoredOrderKeptSomewhere = true;
    }
    expect(authoredOrderKeptSomewhere).toBe(true); // a keyed order, not a fixed rotation
  });
});

describe("toPublicQuestion — determinism and memoisation", () => {
  it("gives the same output for equal questions (every learner sees the same order)", () => {
    for (const q of ALL_FIXTURES) {
      const copy = structuredClone(q);
      for (const lang of LANGS)
        expect(toPublicQuestion(copy, lang)).toEqual(toPublicQuestion(q, lang));
    }
  });

  it("uses the same order in both languages", () => {
    for (const q of ALL_FIXTURES) {
      expect(collectIds(toPublicQuestion(q, "de"))).toEqual(
        collectIds(toPublicQuestion(q, "en")),
      );
    }
  });

  it("is keyed: across many questions the shown order differs from the authored order", () => {
    const questions = orderingQuestions(50).map((q, k) => ({
      ...singleQ,
      id: q.id,
      options: q.items.slice(0, 3 + (k % 3)),
      correct: "item-0",
    }));
    const unchanged = questions.filter((q) => {
      const shown = narrow(toPublicQuestion(q, "de"), "single").options.map(
        (o) => o.id,
      );
      return shown.every((id, i) => id === publicId(q.id, q.options[i]!.id));
    });
    expect(unchanged.length).toBeLessThan(questions.length / 2);
  });

  it("returns the memoised, frozen object on repeated calls", () => {
    const first = toPublicQuestion(multipleQ, "de");
    expect(toPublicQuestion(multipleQ, "de")).toBe(first);
    expect(toPublicQuestion(multipleQ, "en")).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { options: unknown[] }).options.push({ id: "x", text: "y" });
    }).toThrow();
  });
});

describe("resolveAnswer", () => {
  const pid = (q: Question, authored: string) => publicId(q.id, authored);

  it("maps opaque ids back to authored ids for every type", () => {
    expect(
      resolveAnswer(singleQ, {
        type: "single",
        optionId: pid(singleQ, "kursk"),
      }),
    ).toEqual({ type: "single", optionId: "kursk" });
    expect(
      resolveAnswer(multipleQ, {
        type: "multiple",
        optionIds: [pid(multipleQ, "raketen"), pid(multipleQ, "oel")],
      }),
    ).toEqual({ type: "multiple", optionIds: ["raketen", "oel"] });
    expect(
      resolveAnswer(trueFalseQ, { type: "truefalse", value: false }),
    ).toEqual({ type: "truefalse", value: false });
    expect(
      resolveAnswer(numericQ, { type: "numeric", text: "10.000" }),
    ).toEqual({ type: "numeric", text: "10.000" });
    expect(resolveAnswer(shortNameQ, { type: "short", text: "Kursk" })).toEqual(
      { type: "short", text: "Kursk" },
    );
    expect(
      resolveAnswer(clozeQ, { type: "cloze", gaps: ["10.000", "China"] }),
    ).toEqual({ type: "cloze", gaps: ["10.000", "China"] });
    expect(
      resolveAnswer(matchingQ, {
        type: "matching",
        pairs: {
          [pid(matchingQ, "kim")]: pid(matchingQ, "nk-fuehrer"),
          [pid(matchingQ, "putin")]: pid(matchingQ, "cn-praesident"),
        },
      }),
    ).toEqual({
      type: "matching",
      pairs: { kim: "nk-fuehrer", putin: "cn-praesident" },
    });
    expect(
      resolveAnswer(orderingQ, {
        type: "ordering",
        order: ["d", "c", "b", "a"].map((id) => pid(orderingQ, id)),
      }),
    ).toEqual({ type: "ordering", order: ["d", "c", "b", "a"] });
  });

  it("round-trips what toPublicQuestion showed", () => {
    const pq = narrow(toPublicQuestion(orderingQ, "de"), "ordering");
    const resolved = resolveAnswer(orderingQ, {
      type: "ordering",
      order: pq.items.map((i) => i.id),
    });
    expect(resolved?.type).toBe("ordering");
    const byText = new Map(orderingQ.items.map((i) => [i.text.de, i.id]));
    expect(resolved).toEqual({
      type: "ordering",
      order: pq.items.map((i) => byText.get(i.text)),
    });
  });

  it("returns null when the answer type does not match the question", () => {
    expect(
      resolveAnswer(singleQ, { type: "truefalse", value: true }),
    ).toBeNull();
    expect(
      resolveAnswer(shortNameQ, { type: "numeric", text: "1" }),
    ).toBeNull();
  });

  it("returns null for unknown ids, including ids of another question and authored ids", () => {
    expect(
      resolveAnswer(singleQ, { type: "single", optionId: "ffffffffff" }),
    ).toBeNull();
    expect(
      resolveAnswer(singleQ, { type: "single", optionId: "kursk" }),
    ).toBeNull();
    expect(
      resolveAnswer(singleQ, {
        type: "single",
        optionId: publicId("q999", "kursk"),
      }),
    ).toBeNull();
    expect(
      resolveAnswer(multipleQ, {
        type: "multiple",
        optionIds: [pid(multipleQ, "oel"), "ffffffffff"],
      }),
    ).toBeNull();
    expect(
      resolveAnswer(orderingQ, {
        type: "ordering",
        order: ["a", "b", "c", "x"].map((id) => pid(orderingQ, id)),
      }),
    ).toBeNull();
  });

  it("returns null for duplicated ids where they must be unique", () => {
    const soldaten = pid(multipleQ, "soldaten");
    expect(
      resolveAnswer(multipleQ, {
        type: "multiple",
        optionIds: [soldaten, soldaten],
      }),
    ).toBeNull();
    expect(
      resolveAnswer(orderingQ, {
        type: "ordering",
        order: ["a", "a", "b", "c"].map((id) => pid(orderingQ, id)),
      }),
    ).toBeNull();
  });

  it("returns null for an incomplete ordering", () => {
    expect(
      resolveAnswer(orderingQ, {
        type: "ordering",
        order: ["a", "b", "c"].map((id) => pid(orderingQ, id)),
      }),
    ).toBeNull();
  });

  it("returns null for a cloze answer with the wrong number of gaps", () => {
    expect(
      resolveAnswer(clozeQ, { type: "cloze", gaps: ["10.000"] }),
    ).toBeNull();
    expect(
      resolveAnswer(clozeQ, { type: "cloze", gaps: ["a", "b", "c"] }),
    ).toBeNull();
  });

  it("matching: null for unknown ids or ids from the wrong column; unanswered rows are allowed", () => {
    const kim = pid(matchingQ, "kim");
    const fuehrer = pid(matchingQ, "nk-fuehrer");
    expect(
      resolveAnswer(matchingQ, {
        type: "matching",
        pairs: { [kim]: "ffffffffff" },
      }),
    ).toBeNull();
    expect(
      resolveAnswer(matchingQ, {
        type: "matching",
        pairs: { ffffffffff: fuehrer },
      }),
    ).toBeNull();
    expect(
      resolveAnswer(matchingQ, { type: "matching", pairs: { [fuehrer]: kim } }),
    ).toBeNull();
    expect(resolveAnswer(matchingQ, { type: "matching", pairs: {} })).toEqual({
      type: "matching",
      pairs: {},
    });
  });

  it("end to end: the correct answer submitted with public ids grades as correct", () => {
    const cases: [Question, PublicAnswer][] = [
      [singleQ, { type: "single", optionId: pid(singleQ, singleQ.correct) }],
      [
        multipleQ,
        {
          type: "multiple",
          optionIds: multipleQ.correct.map((id) => pid(multipleQ, id)),
        },
      ],
      [
        matchingQ,
        {
          type: "matching",
          pairs: Object.fromEntries(
            Object.entries(matchingQ.correct).map(([l, r]) => [
              pid(matchingQ, l),
              pid(matchingQ, r),
            ]),
          ),
        },
      ],
      [
        orderingQ,
        {
          type: "ordering",
          order: orderingQ.correct.map((id) => pid(orderingQ, id)),
        },
      ],
    ];
    for (const [q, answer] of cases) {
      const resolved = resolveAnswer(q, answer);
      expect(resolved, q.id).not.toBeNull();
      expect(gradeAnswer(q, resolved!, "de").correct, q.id).toBe(true);
    }
  });
});

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
