// An in-process sliding counter for the answer path: one Map lookup, no database write, so the
// hot path stays one read and one transaction. (Sign-in and join limits, which must hold across
// restarts, are in the database: rate-limit.ts.)
export class MemoryRateLimiter {
  private readonly hits = new Map<
    string,
    { count: number; windowStart: number }
  >();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one hit under `key`; false when the key is over its limit in the current window. */
  take(key: string, now = Date.now()): boolean {
    const entry = this.hits.get(key);
    if (
      !entry ||
      now - entry.windowStart >= this.windowMs ||
      now < entry.windowStart
    ) {
      if (this.hits.size >= this.maxKeys) this.prune(now);
      this.hits.set(key, { count: 1, windowStart: now });
      return true;
    }
    entry.count += 1;
    return entry.count <= this.max;
  }

  private prune(now: number) {
    for (const [key, entry] of this.hits)
      if (now - entry.windowStart >= this.windowMs) this.hits.delete(key);
    // Still full (an attack with many keys): forget the oldest half rather than grow without bound.
    if (this.hits.size >= this.maxKeys)
      [...this.hits.keys()]
        .slice(0, this.maxKeys / 2)
        .forEach((k) => this.hits.delete(k));
  }
}

/** Answers per learner: far above a student's pace (a question every few seconds), far below a script's. */
export const answerLimiter = new MemoryRateLimiter(120, 60_000);
