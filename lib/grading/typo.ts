// Typo tolerance for short-text answers.
//
// Distance: Damerau–Levenshtein in its "optimal string alignment" form — insertions,
// deletions, substitutions and transpositions of two ADJACENT characters each cost 1, and no
// substring is edited twice. Computed on Unicode code points, on already normalised text.
//
// Budget (allowedTypos): 0 when the expected answer is shorter than 6 characters or contains a
// digit, 1 for 6–11 characters, 2 for 12 or more. It is only consulted for short-text questions
// whose author set `typoTolerance: true`; never for numbers, cloze gaps or names (authors set
// typoTolerance false for names, where one letter can make a different person or place).

/** Optimal-string-alignment distance between two strings (code points). */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const m = s.length;
  const n = t.length;
  if (m === 0) return n;
  if (n === 0) return m;

  // Three rolling rows: i-2, i-1, i.
  let beforePrevious: number[] = new Array<number>(n + 1).fill(0);
  let previous: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  let current: number[] = new Array<number>(n + 1).fill(0);

  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const si = s[i - 1];
    for (let j = 1; j <= n; j++) {
      const tj = t[j - 1];
      const cost = si === tj ? 0 : 1;
      let best = Math.min(
        previous[j]! + 1, // deletion
        current[j - 1]! + 1, // insertion
        previous[j - 1]! + cost, // substitution
      );
      if (i > 1 && j > 1 && si === t[j - 2] && s[i - 2] === tj) {
        best = Math.min(best, beforePrevious[j - 2]! + 1); // transposition
      }
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[n]!;
}

/** How many edits a typed answer may be away from `expectedNormalized` (already normalised). */
export function allowedTypos(expectedNormalized: string): number {
  if (/\p{N}/u.test(expectedNormalized)) return 0;
  const length = Array.from(expectedNormalized).length;
  if (length < 6) return 0;
  if (length < 12) return 1;
  return 2;
}

/** Whether `given` equals `expected` within the typo budget of `expected` (both normalised). */
export function withinTypoBudget(given: string, expected: string): boolean {
  if (given === expected) return true;
  const budget = allowedTypos(expected);
  if (budget === 0) return false;
  if (Math.abs(Array.from(given).length - Array.from(expected).length) > budget)
    return false;
  return damerauLevenshtein(given, expected) <= budget;
}
