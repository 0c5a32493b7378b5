// Points as a learner reads them on the results page: partial credit kept, one decimal.

/**
 * `points` (a sum of credits between 0 and 1 each, up to `total`) rounded to one decimal, except
 * that rounding never claims full marks that were not earned (18.96 of 19 shows 18.9, not 19) and
 * never hides credit that was (0.04 shows 0.1, not 0).
 */
export function pointsToShow(points: number, total: number): number {
  const rounded = Math.round(points * 10) / 10;
  if (rounded >= total && points < total)
    return Math.floor(total * 10 - 1) / 10;
  if (rounded <= 0 && points > 0) return 0.1;
  return rounded;
}
