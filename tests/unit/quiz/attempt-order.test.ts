// Per-attempt option order on top of the shared, prerenderable public question.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/content/catalog";
import { orderForAttempt, seededShuffle } from "@/lib/quiz/attempt-order";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/present";

const bank = [...getCatalog().questionsById.values()].map((q) =>
  toPublicQuestion(q, "de"),
);
const ofType = <T extends PublicQuestion["type"]>(type: T) =>
  bank.filter(
    (q): q is Extract<PublicQuestion, { type: T }> => q.type === type,
  );

describe("seededShuffle", () => {
  it("is a deterministic permutation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 30 }),
        fc.string(),
        (items, seed) => {
          const once = seededShuffle(items, seed);
          expect(seededShuffle(items, seed)).toEqual(once);
          expect([...once].sort((a, b) => a - b)).toEqual(
            [...items].sort((a, b) => a - b),
          );
        },
      ),
    );
  });

  it("gives different seeds different orders", () => {
    const items = Array.from({ length: 8 }, (_, i) => i);
    const orders = new Set(
      Array.from({ length: 50 }, (_, i) =>
        seededShuffle(items, `attempt-${i}`).join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(40);
  });
});

describe("orderForAttempt", () => {
  it("reorders choice options and the right matching column, keeping every opaque id", () => {
    for (const question of [...ofType("single"), ...ofType("multiple")]) {
      const orders = new Set<string>();
      for (const attempt of ["a1", "a2", "a3", "a4", "a5", "a6"]) {
        const shown = orderForAttempt(question, attempt);
        if (shown.type !== "single" && shown.type !== "multiple")
          throw new Error("type changed");
        expect(shown.options.map((o) => o.id).sort()).toEqual(
          question.options.map((o) => o.id).sort(),
        );
        expect(orderForAttempt(question, attempt)).toEqual(shown);
        orders.add(shown.options.map((o) => o.id).join());
      }
      if (question.options.length > 2) expect(orders.size).toBeGreaterThan(1);
    }
    for (const question of ofType("matching")) {
      const shown = orderForAttempt(question, "a1");
      if (shown.type !== "matching") throw new Error("type changed");
      expect(shown.left).toEqual(question.left);
      expect(shown.right.map((o) => o.id).sort()).toEqual(
        question.right.map((o) => o.id).sort(),
      );
    }
  });

  it("keeps ordering questions in their canonical order, which is never the correct one", () => {
    for (const question of ofType("ordering"))
      expect(orderForAttempt(question, "a1")).toBe(question);
  });

  it("does not change the shared question", () => {
    const question = ofType("single")[0]!;
    const before = JSON.stringify(question);
    orderForAttempt(question, "x");
    expect(JSON.stringify(question)).toBe(before);
  });
});
