import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnalysedAttempt,
  type AnalysedItem,
  heatLevel,
  mean,
  MIN_STUDENTS_FOR_STATISTICS,
  questionStatistics,
  readStatistic,
  scoreHistogram,
  sentenceMissRates,
} from "@/lib/teach/item-analysis";

/** An item with defaults: answered, correct iff score 1, no given answer, no sentences. */
function item(
  questionId: string,
  score: number,
  extra: Partial<AnalysedItem> = {},
): AnalysedItem {
  return {
    questionId,
    score,
    answered: true,
    correct: score === 1,
    given: null,
    sentenceIds: [],
    ...extra,
  };
}

/** An attempt from a map question id → score. */
function attempt(
  attemptId: string,
  scores: Record<string, number>,
): AnalysedAttempt {
  return {
    attemptId,
    items: Object.entries(scores).map(([questionId, score]) =>
      item(questionId, score),
    ),
  };
}

describe("reading the statistics of few students", () => {
  // Three students where the weakest got the question right: a discrimination of −100 that says
  // nothing about the question yet.
  const three = [
    attempt("A", { q: 0, r1: 1, r2: 1 }),
    attempt("B", { q: 0, r1: 1, r2: 0 }),
    attempt("C", { q: 1, r1: 0, r2: 0 }),
  ];

  it("calls figures from fewer students than the minimum tentative, even a negative discrimination", () => {
    const [q] = questionStatistics(three, ["q"]);
    expect(q!.discrimination!).toBeLessThan(0);
    expect(readStatistic(q!)).toBe("tentative");
    expect(
      readStatistic({
        attempts: MIN_STUDENTS_FOR_STATISTICS - 1,
        discrimination: -50,
      }),
    ).toBe("tentative");
  });

  it("flags a negative discrimination from enough students as worth checking, and nothing else", () => {
    const n = MIN_STUDENTS_FOR_STATISTICS;
    expect(readStatistic({ attempts: n, discrimination: -5 })).toBe(
      "check-question",
    );
    expect(readStatistic({ attempts: n, discrimination: 0 })).toBe("fine");
    expect(readStatistic({ attempts: n, discrimination: 45 })).toBe("fine");
    expect(readStatistic({ attempts: n, discrimination: null })).toBe("fine");
  });
});

describe("questionStatistics", () => {
  // Four attempts, three 0/1 questions:
  //        q1 q2 q3 | total
  //   A1    1  1  1 |  3
  //   A2    1  1  0 |  2
  //   A3    1  0  1 |  2
  //   A4    0  0  0 |  0
  const attempts = [
    attempt("A1", { q1: 1, q2: 1, q3: 1 }),
    attempt("A2", { q1: 1, q2: 1, q3: 0 }),
    attempt("A3", { q1: 1, q2: 0, q3: 1 }),
    attempt("A4", { q1: 0, q2: 0, q3: 0 }),
  ];

  it("computes facility, SD and discrimination by hand-checked formulas", () => {
    const [q1, q2, q3] = questionStatistics(attempts, ["q1", "q2", "q3"]);

    // q1: x = [1,1,1,0], x̄ = 0.75 → F = 75.
    //   Σ(x−x̄)² = 3·0.0625 + 0.5625 = 0.75 → SD = 100·√(0.75/3) = 50.
    //   rest X = total − x = [2,1,1,0], X̄ = 1; dX = [1,0,0,−1]; dx = [.25,.25,.25,−.75].
    //   Sxy = 0.25 + 0.75 = 1; Sxx = 0.75; SXX = 2 → r = 1/√1.5 = 0.8164965809 → D = 81.64965809.
    expect(q1!.attempts).toBe(4);
    expect(q1!.facility).toBe(75);
    expect(q1!.standardDeviation).toBeCloseTo(50, 6);
    expect(q1!.discrimination).toBeCloseTo(81.64965809, 6);

    // q2: x = [1,1,0,0], x̄ = 0.5 → F = 50; Σ(x−x̄)² = 1 → SD = 100·√(1/3) = 57.73502692.
    //   rest X = [2,1,2,0], X̄ = 1.25; dX = [.75,−.25,.75,−1.25]; dx = [.5,.5,−.5,−.5].
    //   Sxy = .375 − .125 − .375 + .625 = 0.5; Sxx = 1; SXX = .5625+.0625+.5625+1.5625 = 2.75
    //   → r = 0.5/√2.75 = 0.3015113446 → D = 30.15113446.
    expect(q2!.facility).toBe(50);
    expect(q2!.standardDeviation).toBeCloseTo(57.73502692, 6);
    expect(q2!.discrimination).toBeCloseTo(30.15113446, 6);

    // q3: x = [1,0,1,0]; rest X = [2,2,1,0], X̄ = 1.25; dX = [.75,.75,−.25,−1.25]; dx = [.5,−.5,.5,−.5].
    //   Sxy = .375 − .375 − .125 + .625 = 0.5; Sxx = 1; SXX = 2.75 → D = 30.15113446 as for q2.
    expect(q3!.facility).toBe(50);
    expect(q3!.discrimination).toBeCloseTo(30.15113446, 6);
  });

  it("returns the statistics in the order of the requested ids, including absent questions", () => {
    const stats = questionStatistics(attempts, ["q3", "missing", "q1"]);
    expect(stats.map((s) => s.questionId)).toEqual(["q3", "missing", "q1"]);
    expect(stats[1]).toEqual({
      questionId: "missing",
      attempts: 0,
      facility: null,
      standardDeviation: null,
      discrimination: null,
      commonWrongAnswers: [],
    });
  });

  it("gives no discrimination for an item everybody got right (zero variance)", () => {
    const [easy] = questionStatistics(
      [
        attempt("a", { easy: 1, other: 1 }),
        attempt("b", { easy: 1, other: 0 }),
        attempt("c", { easy: 1, other: 0 }),
      ],
      ["easy"],
    );
    expect(easy!.facility).toBe(100);
    expect(easy!.standardDeviation).toBe(0);
    expect(easy!.discrimination).toBeNull();
  });

  it("gives no discrimination when the rest of the test does not vary", () => {
    // rest = [1,1]: zero variance although the item varies.
    const [q] = questionStatistics(
      [attempt("a", { q: 1, r: 1 }), attempt("b", { q: 0, r: 1 })],
      ["q"],
    );
    expect(q!.standardDeviation).toBeCloseTo(100 * Math.sqrt(0.5), 9);
    expect(q!.discrimination).toBeNull();
  });

  it("gives no SD and no discrimination for a single attempt", () => {
    const [q] = questionStatistics([attempt("only", { q: 1, r: 0 })], ["q"]);
    expect(q!.attempts).toBe(1);
    expect(q!.facility).toBe(100);
    expect(q!.standardDeviation).toBeNull();
    expect(q!.discrimination).toBeNull();
  });

  it("is positive for an item strong students get right and negative for the reverse", () => {
    const data = [
      attempt("strong1", { f1: 1, f2: 1, f3: 1, good: 1, trap: 0 }),
      attempt("strong2", { f1: 1, f2: 1, f3: 0, good: 1, trap: 0 }),
      attempt("weak1", { f1: 0, f2: 0, f3: 0, good: 0, trap: 1 }),
      attempt("weak2", { f1: 1, f2: 0, f3: 0, good: 0, trap: 1 }),
    ];
    const [good, trap] = questionStatistics(data, ["good", "trap"]);
    expect(good!.discrimination).toBeGreaterThan(0);
    expect(trap!.discrimination).toBeLessThan(0);
  });

  it("counts partial credit in the facility index", () => {
    // x = [0.5, 1, 0] → x̄ = 0.5 → F = 50; deviations 0, 0.5, −0.5 → Σ(x−x̄)² = 0.5 → SD = 100·√(0.5/2) = 50.
    const [q] = questionStatistics(
      [
        attempt("a", { q: 0.5 }),
        attempt("b", { q: 1 }),
        attempt("c", { q: 0 }),
      ],
      ["q"],
    );
    expect(q!.facility).toBeCloseTo(50, 9);
    expect(q!.standardDeviation).toBeCloseTo(50, 6);
  });

  it("uses the attempt total minus the item as the rest-of-test score, with unanswered items as 0", () => {
    // x = [1, 0, 0.5]; others: a = 1 + 0 (unanswered), b = 0, c = 0.5 → rest = [1, 0, 0.5].
    // x and rest are identical → r = 1 → D = 100.
    const data: AnalysedAttempt[] = [
      {
        attemptId: "a",
        items: [item("q", 1), item("r", 1), item("s", 0, { answered: false })],
      },
      { attemptId: "b", items: [item("q", 0), item("r", 0), item("s", 0)] },
      { attemptId: "c", items: [item("q", 0.5), item("r", 0.5), item("s", 0)] },
    ];
    const [q] = questionStatistics(data, ["q"]);
    expect(q!.discrimination).toBeCloseTo(100, 9);
  });

  it("groups wrong answers ignoring case and surrounding space, keeping the first spelling", () => {
    const wrong = (given: string | null, extra: Partial<AnalysedItem> = {}) =>
      item("capital", 0, { given, ...extra });
    const data: AnalysedAttempt[] = [
      { attemptId: "1", items: [wrong("Moskau")] },
      { attemptId: "2", items: [wrong("moskau ")] },
      { attemptId: "3", items: [wrong("Kiew")] },
      { attemptId: "4", items: [item("capital", 1, { given: "Paris" })] }, // correct: not a wrong answer
      { attemptId: "5", items: [wrong(null, { answered: false })] }, // unanswered
      { attemptId: "6", items: [wrong("Rom", { answered: false })] }, // not answered → ignored
      { attemptId: "7", items: [wrong("")] },
      { attemptId: "8", items: [wrong("   ")] },
    ];
    const [stat] = questionStatistics(data, ["capital"]);
    expect(stat!.commonWrongAnswers).toEqual([
      { answer: "Moskau", count: 2 },
      { answer: "Kiew", count: 1 },
    ]);
  });

  it("counts partially correct answers as wrong, keeps at most three and orders ties alphabetically", () => {
    const givens = [
      "Kiew",
      "Berlin",
      "Moskau",
      "berlin",
      "Athen",
      "MOSKAU",
      "Zagreb",
    ];
    const data: AnalysedAttempt[] = givens.map((given, i) => ({
      attemptId: String(i),
      items: [item("capital", i === 0 ? 0.5 : 0, { given })],
    }));
    const [stat] = questionStatistics(data, ["capital"]);
    // Berlin 2, Moskau 2 (tie → alphabetical), then Athen 1, Kiew 1, Zagreb 1 → Athen.
    expect(stat!.commonWrongAnswers).toEqual([
      { answer: "Berlin", count: 2 },
      { answer: "Moskau", count: 2 },
      { answer: "Athen", count: 1 },
    ]);
  });

  it("keeps facility within 0..100 and discrimination within −100..100 (property)", () => {
    const ids = ["a", "b", "c", "d"];
    const attemptArb = fc.record({
      attemptId: fc.string(),
      items: fc
        .subarray(ids, { minLength: 1 })
        .chain((present) =>
          fc
            .tuple(
              ...present.map(() => fc.double({ min: 0, max: 1, noNaN: true })),
            )
            .map((scores) => present.map((id, i) => item(id, scores[i]!))),
        ),
    });
    fc.assert(
      fc.property(fc.array(attemptArb, { maxLength: 25 }), (data) => {
        for (const stat of questionStatistics(data, ids)) {
          if (stat.facility !== null) {
            expect(stat.facility).toBeGreaterThanOrEqual(-1e-9);
            expect(stat.facility).toBeLessThanOrEqual(100 + 1e-9);
          }
          if (stat.discrimination !== null) {
            expect(stat.discrimination).toBeGreaterThanOrEqual(-100 - 1e-9);
            expect(stat.discrimination).toBeLessThanOrEqual(100 + 1e-9);
          }
          if (stat.standardDeviation !== null)
            expect(stat.standardDeviation).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe("sentenceMissRates", () => {
  it("pools all questions built on a sentence and leaves unused sentences at null", () => {
    // q1 → s1, s2; q2 → s2; q3 → s3. Sentence s4 has no question.
    const q = (id: string, score: number, sentenceIds: string[]) =>
      item(id, score, { sentenceIds });
    const data: AnalysedAttempt[] = [
      {
        attemptId: "A",
        items: [
          q("q1", 1, ["s1", "s2"]),
          q("q2", 0.5, ["s2"]),
          q("q3", 0, ["s3"]),
        ],
      },
      {
        attemptId: "B",
        items: [
          q("q1", 0, ["s1", "s2"]),
          q("q2", 1, ["s2"]),
          q("q3", 0, ["s3"]),
        ],
      },
    ];
    const rates = sentenceMissRates(data, ["s1", "s2", "s3", "s4"]);
    expect(rates).toEqual([
      // s1: q1 in A (miss 0) and B (miss 1) → 1/2.
      { sentenceId: "s1", responses: 2, misses: 1, missRate: 0.5 },
      // s2: q1 A 0, q2 A 0.5, q1 B 1, q2 B 0 → 1.5/4 = 0.375.
      { sentenceId: "s2", responses: 4, misses: 1.5, missRate: 0.375 },
      // s3: two full misses → 2/2.
      { sentenceId: "s3", responses: 2, misses: 2, missRate: 1 },
      { sentenceId: "s4", responses: 0, misses: 0, missRate: null },
    ]);
  });
});

describe("heatLevel", () => {
  it("buckets miss rates in steps of 0.2", () => {
    expect(heatLevel(null)).toBeNull();
    expect(heatLevel(0)).toBe(0);
    expect(heatLevel(0.1999)).toBe(0);
    expect(heatLevel(0.2)).toBe(1);
    expect(heatLevel(0.3999)).toBe(1);
    expect(heatLevel(0.4)).toBe(2);
    expect(heatLevel(0.6)).toBe(3);
    expect(heatLevel(0.7999)).toBe(3);
    expect(heatLevel(0.8)).toBe(4);
    expect(heatLevel(1)).toBe(4);
  });
});

describe("scoreHistogram", () => {
  it("puts values into equal bins over 0..100, 100 into the last bin, clamping outliers", () => {
    const bins = scoreHistogram([0, 9.99, 10, 100, 55, -5, 150]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 10, count: 3 }); // 0, 9.99, −5 (clamped to 0)
    expect(bins[1]).toEqual({ from: 10, to: 20, count: 1 }); // 10
    expect(bins[5]).toEqual({ from: 50, to: 60, count: 1 }); // 55
    expect(bins[9]).toEqual({ from: 90, to: 100, count: 2 }); // 100, 150 (clamped to 100)
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(7);
  });

  it("supports other bin counts", () => {
    expect(scoreHistogram([25, 49.9, 75, 100], 4)).toEqual([
      { from: 0, to: 25, count: 0 },
      { from: 25, to: 50, count: 2 },
      { from: 50, to: 75, count: 0 },
      { from: 75, to: 100, count: 2 },
    ]);
  });
});

describe("mean", () => {
  it("averages and returns null for no values", () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 3, 4])).toBe(2.5);
  });
});
