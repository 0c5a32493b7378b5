// resolveAnswer: a submitted answer in public ids back to authored ids, or null when malformed.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { gradeAnswer } from "@/lib/grading/grade";
import type { PublicAnswer } from "@/lib/quiz/answer-schema";
import { publicId, toPublicQuestion } from "@/lib/quiz/present";
import { resolveAnswer } from "@/lib/quiz/resolve-answer";
import {
  clozeQ,
  matchingQ,
  multipleQ,
  numericQ,
  orderingQ,
  shortNameQ,
  singleQ,
  trueFalseQ,
} from "../grading/fixtures";

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
    const pq = toPublicQuestion(orderingQ, "de");
    if (pq.type !== "ordering")
      throw new Error("expected an ordering question");
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
