// Item analysis for a teacher's view of a quiz: per-question statistics, per-sentence miss rates and a
// score histogram. Framework-free and deterministic; plain loops, no dependencies.
//
// The per-question statistics follow the definitions of Moodle's quiz statistics report
// ("Quiz statistics calculations" in the Moodle developer documentation). Every item has a maximum
// score of 1, so "as a percentage of the maximum" simply means × 100. Only attempts that contain the
// question count (n = number of those attempts); an unanswered item counts with score 0.
//
// * Facility index F — the mean score on the item, as a percentage of the maximum:
//   F = 100 · x̄ = 100 · (Σ xᵢ) / n. High values mean an easy item.
// * Standard deviation SD — the sample standard deviation of the item score, as a percentage of the
//   maximum: SD = 100 · √(Σ (xᵢ − x̄)² / (n − 1)). Undefined (null) for n < 2.
// * Discrimination index D — the product-moment (Pearson) correlation, as a percentage, between the
//   item score xᵢ and the score on the REST of the test Xᵢ = (attempt total) − xᵢ, so the item does not
//   correlate with itself: D = 100 · Σ (xᵢ − x̄)(Xᵢ − X̄) / √(Σ (xᵢ − x̄)² · Σ (Xᵢ − X̄)²).
//   Positive: students who do well on the rest of the quiz tend to do well on this item; negative: the
//   item is answered better by weaker students (worth checking the key). Null when n < 2 or either
//   variance is 0 (e.g. everybody got the item right) — the correlation is undefined then.
//
// Sentence miss rate — for a source sentence, over all items (in all attempts) whose question is built
// on that sentence: misses = Σ (1 − score), missRate = misses / responses (0..1).
//
// heatLevel buckets a miss rate into five levels of width 0.2; scoreHistogram counts attempt
// percentages in equal bins over 0..100.
//
// Small samples: with a handful of students one answer more or less moves the facility index by
// tens of points, and a correlation over three or four pairs can come out at any value from −100 to
// 100 by chance. Figures from fewer than MIN_STUDENTS_FOR_STATISTICS students are therefore shown
// as tentative (readStatistic), and a negative discrimination is only flagged as a problem with
// the question from that many students on.

export type AnalysedItem = {
  questionId: string;
  /** Credit 0..1; 0 for an unanswered item. */
  score: number;
  answered: boolean;
  correct: boolean;
  /** What the student gave, already formatted for display (only meaningful when answered). */
  given: string | null;
  /** Source sentence ids of the question (snapshot). */
  sentenceIds: string[];
};

export type AnalysedAttempt = { attemptId: string; items: AnalysedItem[] };

export type WrongAnswer = { answer: string; count: number };

export type QuestionStat = {
  questionId: string;
  /** Attempts containing the question. */
  attempts: number;
  /** Facility index, 0..100; null without attempts. */
  facility: number | null;
  /** Sample standard deviation of the item score as % of the maximum, 0..100; null when attempts < 2. */
  standardDeviation: number | null;
  /** Discrimination index (item vs. rest of test), −100..100; null when undefined. */
  discrimination: number | null;
  /** Up to three most frequent wrong answers, most frequent first. */
  commonWrongAnswers: WrongAnswer[];
};

export type SentenceMissRate = {
  sentenceId: string;
  /** Items whose question is built on the sentence. */
  responses: number;
  /** Σ (1 − score) over those items. */
  misses: number;
  /** misses / responses, 0..1; null when responses = 0. */
  missRate: number | null;
};

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export type HistogramBin = { from: number; to: number; count: number };

/** Below this many students (attempts containing the question) the figures are tentative. */
export const MIN_STUDENTS_FOR_STATISTICS = 10;

/**
 * How to read a question's figures: "tentative" below MIN_STUDENTS_FOR_STATISTICS students;
 * otherwise "check-question" when the discrimination is negative (weaker students did better on
 * it, which often means a flawed key or wording), and "fine" else.
 */
export type StatisticReading = "tentative" | "check-question" | "fine";

export function readStatistic(
  stat: Pick<QuestionStat, "attempts" | "discrimination">,
): StatisticReading {
  if (stat.attempts < MIN_STUDENTS_FOR_STATISTICS) return "tentative";
  if (stat.discrimination !== null && stat.discrimination < 0)
    return "check-question";
  return "fine";
}

/** Sums of squares below this count as zero variance (scores are 0..1, totals small; guards float noise). */
const ZERO_VARIANCE = 1e-12;
const MAX_WRONG_ANSWERS = 3;

/** Arithmetic mean; null for an empty list. */
export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Per-question Moodle statistics, in the order of `questionIds` (see the header comment). */
export function questionStatistics(
  attempts: AnalysedAttempt[],
  questionIds: string[],
): QuestionStat[] {
  // Each attempt's total, computed once.
  const totals: number[] = [];
  for (const attempt of attempts) {
    let total = 0;
    for (const item of attempt.items) total += item.score;
    totals.push(total);
  }

  const result: QuestionStat[] = [];
  for (const questionId of questionIds) {
    const itemScores: number[] = [];
    const restScores: number[] = [];
    const wrong: WrongAnswer[] = [];
    const wrongByKey = new Map<string, WrongAnswer>();

    for (let a = 0; a < attempts.length; a++) {
      const attempt = attempts[a]!;
      let item: AnalysedItem | undefined;
      for (const candidate of attempt.items) {
        if (candidate.questionId === questionId) {
          item = candidate;
          break;
        }
      }
      if (!item) continue;
      itemScores.push(item.score);
      restScores.push(totals[a]! - item.score);

      if (item.answered && !item.correct && item.given !== null) {
        const display = item.given.trim();
        const key = display.toLowerCase();
        const entry = wrongByKey.get(key);
        if (entry) {
          entry.count++;
        } else if (display !== "") {
          const created = { answer: display, count: 1 };
          wrongByKey.set(key, created);
          wrong.push(created);
        }
      }
    }

    wrong.sort((x, y) => y.count - x.count || x.answer.localeCompare(y.answer));
    const n = itemScores.length;
    const itemMean = mean(itemScores);
    result.push({
      questionId,
      attempts: n,
      facility: itemMean === null ? null : 100 * itemMean,
      standardDeviation:
        n < 2 ? null : 100 * Math.sqrt(sumOfSquares(itemScores) / (n - 1)),
      discrimination: discriminationIndex(itemScores, restScores),
      commonWrongAnswers: wrong.slice(0, MAX_WRONG_ANSWERS),
    });
  }
  return result;
}

/** Σ (x − x̄)². */
function sumOfSquares(values: number[]): number {
  const m = mean(values) ?? 0;
  let sum = 0;
  for (const value of values) sum += (value - m) * (value - m);
  return sum;
}

/** 100 × Pearson r of the two series; null when n < 2 or a variance is (numerically) zero. */
function discriminationIndex(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx <= ZERO_VARIANCE || syy <= ZERO_VARIANCE) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return 100 * Math.max(-1, Math.min(1, r));
}

/** Miss rate per source sentence, in the order of `sentenceIds`. */
export function sentenceMissRates(
  attempts: AnalysedAttempt[],
  sentenceIds: string[],
): SentenceMissRate[] {
  const tally = new Map<string, { responses: number; misses: number }>();
  for (const sentenceId of sentenceIds)
    tally.set(sentenceId, { responses: 0, misses: 0 });

  for (const attempt of attempts) {
    for (const item of attempt.items) {
      // A sentence listed twice in one question still counts once for that item.
      const seen = new Set<string>();
      for (const sentenceId of item.sentenceIds) {
        if (seen.has(sentenceId)) continue;
        seen.add(sentenceId);
        const entry = tally.get(sentenceId);
        if (!entry) continue;
        entry.responses++;
        entry.misses += 1 - item.score;
      }
    }
  }

  return sentenceIds.map((sentenceId) => {
    const { responses, misses } = tally.get(sentenceId)!;
    return {
      sentenceId,
      responses,
      misses,
      missRate: responses === 0 ? null : misses / responses,
    };
  });
}

/** Five heat levels for a miss rate: [0,0.2)→0, [0.2,0.4)→1, [0.4,0.6)→2, [0.6,0.8)→3, [0.8,1]→4. */
export function heatLevel(missRate: number | null): HeatLevel | null {
  if (missRate === null || Number.isNaN(missRate)) return null;
  if (missRate < 0.2) return 0;
  if (missRate < 0.4) return 1;
  if (missRate < 0.6) return 2;
  if (missRate < 0.8) return 3;
  return 4;
}

/**
 * Counts percentages in `binCount` equal bins over 0..100. A bin includes its lower bound; 100 falls into
 * the last bin. Values are clamped to 0..100; NaN is ignored.
 */
export function scoreHistogram(
  percents: number[],
  binCount = 10,
): HistogramBin[] {
  const count = Math.max(1, Math.floor(binCount));
  const width = 100 / count;
  const bins: HistogramBin[] = [];
  for (let i = 0; i < count; i++) {
    bins.push({
      from: i * width,
      to: i === count - 1 ? 100 : (i + 1) * width,
      count: 0,
    });
  }
  for (const percent of percents) {
    if (Number.isNaN(percent)) continue;
    const clamped = Math.min(100, Math.max(0, percent));
    // Multiply before dividing so integer bounds (10, 20, …) land exactly on their bin.
    const index = Math.min(count - 1, Math.floor((clamped * count) / 100));
    bins[index]!.count++;
  }
  return bins;
}
