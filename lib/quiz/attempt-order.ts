// Per-attempt option order, computed where it is shown. The public question (lib/quiz/present.ts)
// has one canonical order for everybody, so it can be prerendered; a question set that shuffles
// options gives every attempt its own order of those same opaque ids. Grading never depends on
// order. Browser-safe: no node:crypto, so the quiz page can apply it to its prerendered questions.
import type { PublicQuestion } from "./present";

/** cyrb53-style 32-bit string hash: a seed for mulberry32. */
function hashSeed(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 =
    Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^
    Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** mulberry32: a small, fast PRNG; the same sequence on the server and in the browser. */
export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given random source. */
export function shuffleWith<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

export const seededShuffle = <T>(items: readonly T[], seedText: string): T[] =>
  shuffleWith(items, mulberry32(hashSeed(seedText)));

/**
 * The question as one attempt shows it: choice options and the right column of a matching
 * question in an order seeded by the attempt. Ordering questions keep their canonical order,
 * which present.ts guarantees is never the correct one (a fresh shuffle here could be).
 */
export function orderForAttempt(
  question: PublicQuestion,
  attemptId: string,
): PublicQuestion {
  const seed = `${question.id}:${attemptId}`;
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...question, options: seededShuffle(question.options, seed) };
    case "matching":
      return { ...question, right: seededShuffle(question.right, seed) };
    default:
      return question;
  }
}
