import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import type { Question } from "@/lib/content/schema";
import { authoredIds } from "@/tests/support/answers";
import {
  publicId,
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
  orderingQ,
  orderingQuestions,
  shortNameQ,
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
