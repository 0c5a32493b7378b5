// Property-based checks (fast-check) of invariants the example-based tests only sample.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeAnswer } from "@/lib/grading/grade";
import { normalizeAnswerText } from "@/lib/grading/normalize";
import { parseNumberAnswer } from "@/lib/grading/numbers";
import { formatNumber } from "@/lib/grading/describe-answer";
import { damerauLevenshtein } from "@/lib/grading/typo";
import { multipleQ, orderingQuestions } from "./fixtures";

/** Building fast-check's binary-string arbitrary is slow the first time in a Vitest worker. */
const FIRST_BINARY_STRINGS_TIMEOUT = 60_000;

describe("invariants", () => {
  it(
    "normalisation is idempotent and never leaves punctuation or outer spaces",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary" }), (s) => {
          const n = normalizeAnswerText(s);
          expect(normalizeAnswerText(n)).toBe(n);
          expect(n).toBe(n.trim());
          expect(n).not.toMatch(/ {2}/);
        }),
      );
    },
    FIRST_BINARY_STRINGS_TIMEOUT,
  );

  it("edit distance is symmetric, zero only for equal strings, and bounded by the longer length", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        (a, b) => {
          const d = damerauLevenshtein(a, b);
          expect(damerauLevenshtein(b, a)).toBe(d);
          expect(d === 0).toBe(a === b);
          expect(d).toBeLessThanOrEqual(
            Math.max(Array.from(a).length, Array.from(b).length),
          );
        },
      ),
    );
  });

  it("ordering: an order and its reverse score 1 together; the correct order scores 1", () => {
    const questions = orderingQuestions(4); // 3, 4, 5 and 6 items
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.integer(), (q, seed) => {
        const order = fc.sample(
          fc.shuffledSubarray(q.correct, { minLength: q.correct.length }),
          { numRuns: 1, seed },
        )[0]!;
        const forward = gradeAnswer(q, { type: "ordering", order }, "de").score;
        const backward = gradeAnswer(
          q,
          { type: "ordering", order: [...order].reverse() },
          "de",
        ).score;
        expect(forward + backward).toBeCloseTo(1, 3);
        expect(
          gradeAnswer(q, { type: "ordering", order: q.correct }, "de").score,
        ).toBe(1);
      }),
    );
  });

  it("multiple: any selection scores within 0..1 and only the exact key scores 1", () => {
    const ids = multipleQ.options.map((o) => o.id);
    fc.assert(
      fc.property(fc.subarray(ids), (selection) => {
        const { score, correct } = gradeAnswer(
          multipleQ,
          { type: "multiple", optionIds: selection },
          "de",
        );
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        const exact =
          selection.length === multipleQ.correct.length &&
          multipleQ.correct.every((id) => selection.includes(id));
        expect(correct).toBe(exact);
      }),
    );
  });

  it("numbers formatted for display parse back to the same value in the same language", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -999, max: 999 }),
          fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        ),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom("de" as const, "en" as const),
        (integer, fraction, decimals, lang) => {
          // Exactly three decimals after a 1–3 digit integer would read as a thousands group; see the
          // explicit example in numbers.test.ts. Up to two decimals always round-trip.
          const magnitude =
            Math.abs(integer) + (fraction % 10 ** decimals) / 10 ** decimals;
          const value = Number(
            (integer < 0 ? -magnitude : magnitude).toFixed(decimals),
          );
          expect(parseNumberAnswer(formatNumber(value, lang), lang)).toBe(
            value,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
