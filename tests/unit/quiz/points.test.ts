// The score on the results page: points with one decimal, partial credit kept.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pointsToShow } from "@/lib/quiz/points";

describe("pointsToShow", () => {
  it.each([
    [14.5, 19, 14.5],
    [9.8333, 10, 9.8],
    [0.6667, 1, 0.7],
    [16, 19, 16],
    [19, 19, 19],
    [0, 19, 0],
  ])("%d of %d shows as %d", (points, total, shown) => {
    expect(pointsToShow(points, total)).toBe(shown);
  });

  it("never rounds up to full marks that were not earned", () => {
    expect(pointsToShow(18.96, 19)).toBe(18.9);
    expect(pointsToShow(0.9667, 1)).toBe(0.9);
  });

  it("never rounds a credit down to nothing", () => {
    expect(pointsToShow(0.0417, 1)).toBe(0.1);
  });

  it("stays within a tenth of the exact sum, and within 0..total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (total, share) => {
          const points = Math.round(total * share * 10_000) / 10_000;
          const shown = pointsToShow(points, total);
          expect(Math.abs(shown - points)).toBeLessThanOrEqual(0.1 + 1e-9);
          expect(shown).toBeGreaterThanOrEqual(0);
          expect(shown === total).toBe(points === total);
          expect(shown === 0).toBe(points === 0);
          expect(Math.round(shown * 10)).toBeCloseTo(shown * 10, 9);
        },
      ),
    );
  });
});
