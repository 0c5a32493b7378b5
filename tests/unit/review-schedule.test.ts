import { describe, expect, it } from "vitest";
import { isDue, newReviewState, rateReview } from "@/lib/review/schedule";

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-11-25T08:00:00Z");

describe("review scheduling (FSRS via ts-fsrs)", () => {
  it("makes a new item due at once", () => {
    const state = newReviewState(start);
    expect(isDue(state, start)).toBe(true);
    expect(state.reps).toBe(0);
  });

  it("schedules an item remembered well further out than one remembered with difficulty", () => {
    const fresh = newReviewState(start);
    const easy = rateReview(fresh, "easy", start);
    const hard = rateReview(fresh, "hard", start);
    expect(easy.due.getTime()).toBeGreaterThan(hard.due.getTime());
    expect(isDue(easy, start)).toBe(false);
  });

  it("grows the interval with each successful review and brings a forgotten item back soon", () => {
    let state = rateReview(newReviewState(start), "good", start);
    let now = start;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      now = new Date(state.due.getTime());
      state = rateReview(state, "good", now);
      intervals.push(state.due.getTime() - now.getTime());
    }
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(7 * DAY);

    const forgotten = rateReview(state, "again", state.due);
    expect(forgotten.lapses).toBe(1);
    expect(forgotten.due.getTime() - state.due.getTime()).toBeLessThan(DAY);
  });

  it("is deterministic: the same history gives the same schedule", () => {
    const a = rateReview(
      rateReview(newReviewState(start), "good", start),
      "good",
      new Date(start.getTime() + 3 * DAY),
    );
    const b = rateReview(
      rateReview(newReviewState(start), "good", start),
      "good",
      new Date(start.getTime() + 3 * DAY),
    );
    expect(a).toEqual(b);
  });
});
