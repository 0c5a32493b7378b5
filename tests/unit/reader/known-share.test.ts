import { describe, expect, it } from "vitest";
import { knownShare } from "@/lib/reader/known-share";

describe("knownShare", () => {
  it("counts the article's distinct lemmas the learner knows, whatever article they were marked in", () => {
    const known = new Set(["haus-noun", "gehen-verb", "anderswo-adverb"]);
    expect(
      knownShare(["haus-noun", "gehen-verb", "haus-noun", "baum-noun"], known),
    ).toEqual({ known: 2, total: 3, percent: 66 });
  });

  it("says 100 only when every lemma is known", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `wort${i}-noun`);
    expect(knownShare(ids, new Set(ids.slice(1))).percent).toBe(99);
    expect(knownShare(ids, new Set(ids)).percent).toBe(100);
  });

  it("says 0 only when none is known: one word of many is at least 1", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `wort${i}-noun`);
    expect(knownShare(ids, new Set(ids.slice(0, 1)))).toEqual({
      known: 1,
      total: 200,
      percent: 1,
    });
  });

  it("is nothing of nothing for an article without learnable words or a learner without words", () => {
    expect(knownShare([], new Set(["haus-noun"]))).toEqual({
      known: 0,
      total: 0,
      percent: 0,
    });
    expect(knownShare(["haus-noun"], new Set())).toEqual({
      known: 0,
      total: 1,
      percent: 0,
    });
  });
});
