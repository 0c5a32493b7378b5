// Fixed-window rate limits kept in the database, so they hold across restarts and across several
// app servers on one database. Every try is counted by one conditional statement before the thing
// it guards runs: a burst of parallel requests cannot all pass a check that none of them has
// counted yet (decision 021). Plain Prisma statements only, so the same code runs on PostgreSQL.
import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/storage-fault";

export type RateRule = { max: number; windowMs: number };
export type RateDecision =
  { allowed: true } | { allowed: false; retryAfterMs: number };

const MINUTE = 60_000;

/**
 * The limits, by what they protect. The per-secret limits (one teacher's password, one student's
 * PIN) stop guessing and lock only that account. The per-address limits never refuse a right
 * credential: a whole school shares one address (decision 021).
 */
export const RATE_RULES = {
  /** Wrong passwords for one teacher account. */
  teacherSignInFailures: { max: 5, windowMs: 15 * MINUTE },
  /** Wrong PINs for one student name in one class. */
  studentPinFailures: { max: 5, windowMs: 15 * MINUTE },
  /**
   * Join codes that match no class, from one address: guessing. Sized for a school's typos behind
   * one address. Over it, joining from that address waits, and signing in no longer tells an
   * unknown code from a wrong name or PIN; a right code, name and PIN still get in.
   */
  unknownJoinCodes: { max: 200, windowMs: 10 * MINUTE },
  /** New teacher accounts from one address (a staff training behind one school address fits). */
  signUpsPerAddress: { max: 50, windowMs: 60 * MINUTE },
  /** New guest learners from one address (a year group trying the public quiz at once fits). */
  guestsPerAddress: { max: 500, windowMs: 10 * MINUTE },
} satisfies Record<string, RateRule>;

/** The counter of wrong PINs for one name in one class. */
export const pinFailuresKey = (classId: string, nameKey: string) =>
  `pin:${classId}:${nameKey}`;

/**
 * Pure decision for a counter row (null when there is none). A window that starts in the future
 * (another server's clock a little ahead) is current; one that starts more than a window ahead
 * is a clock that jumped back, and over.
 */
export function decide(
  row: { count: number; windowStart: Date } | null,
  rule: RateRule,
  now: Date,
): RateDecision {
  if (!row) return { allowed: true };
  const elapsed = now.getTime() - row.windowStart.getTime();
  if (elapsed >= rule.windowMs || elapsed < -rule.windowMs)
    return { allowed: true };
  if (row.count < rule.max) return { allowed: true };
  return { allowed: false, retryAfterMs: rule.windowMs - elapsed };
}

/**
 * Counts one try under `key` and says whether it may go ahead, in statements that each decide
 * and write at once: a slot in the current window, or a new window over an old one, or the first
 * row. A refused try is not counted (the window does not grow while someone keeps trying).
 */
export async function takeLimit(
  key: string,
  rule: RateRule,
  now = new Date(),
): Promise<RateDecision> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  const windowCeiling = new Date(now.getTime() + rule.windowMs);
  // Bounded: each round ends unless another request changed the row between two statements.
  for (let round = 0; round < 5; round++) {
    const slot = await db.rateLimit.updateMany({
      where: {
        key,
        windowStart: { gt: windowFloor, lte: windowCeiling },
        count: { lt: rule.max },
      },
      data: { count: { increment: 1 } },
    });
    if (slot.count === 1) return { allowed: true };
    const renewed = await db.rateLimit.updateMany({
      where: {
        key,
        OR: [
          { windowStart: { lte: windowFloor } },
          { windowStart: { gt: windowCeiling } },
        ],
      },
      data: { count: 1, windowStart: now },
    });
    if (renewed.count === 1) return { allowed: true };
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (row) {
      const decision = decide(row, rule, now);
      if (!decision.allowed) return decision;
      continue; // the row changed under us: try again
    }
    try {
      await db.rateLimit.create({ data: { key, count: 1, windowStart: now } });
      return { allowed: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  // Contended beyond reason: refuse rather than let an uncounted try through.
  return { allowed: false, retryAfterMs: MINUTE };
}

/**
 * Whether a try under `key` would be allowed now, without counting it: for answers that must
 * follow the limit without being tries themselves (a join with a code that exists).
 */
export async function peekLimit(
  key: string,
  rule: RateRule,
  now = new Date(),
): Promise<RateDecision> {
  return decide(await db.rateLimit.findUnique({ where: { key } }), rule, now);
}

/** Forgets the tries under `key` (after a successful sign-in). */
export async function clearLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/**
 * One try at a secret under a failure limit: counted before `check` runs, cleared when `check`
 * finds the secret right (returns a value rather than null). At most `rule.max` checks run per
 * window, however many requests arrive at once.
 */
export async function trySecret<T>(
  key: string,
  rule: RateRule,
  check: () => Promise<T | null>,
  now = new Date(),
): Promise<
  { allowed: true; found: T | null } | { allowed: false; retryAfterMs: number }
> {
  const decision = await takeLimit(key, rule, now);
  if (!decision.allowed) return decision;
  const found = await check();
  if (found !== null) await clearLimit(key);
  return { allowed: true, found };
}

/** Whole minutes to wait, at least 1, for the lock-out message. */
export function retryMinutes(decision: RateDecision): number {
  return decision.allowed
    ? 0
    : Math.max(1, Math.ceil(decision.retryAfterMs / MINUTE));
}
