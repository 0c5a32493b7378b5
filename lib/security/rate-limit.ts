// Fixed-window rate limits kept in the database, so they hold across restarts and, on PostgreSQL,
// across several app servers. Used for sign-in, sign-up, joining a class and PIN attempts.
import "server-only";
import { db } from "@/lib/db/client";

export type RateRule = { max: number; windowMs: number };
export type RateDecision =
  { allowed: true } | { allowed: false; retryAfterMs: number };

const MINUTE = 60_000;

/** The limits, by what they protect. Failures count for sign-ins; every request counts for the rest. */
export const RATE_RULES = {
  /** Wrong passwords for one teacher account. */
  teacherSignInFailures: { max: 5, windowMs: 15 * MINUTE },
  /** Wrong PINs for one student name in one class. */
  studentPinFailures: { max: 5, windowMs: 15 * MINUTE },
  /**
   * All sign-in and join requests from one address. A whole school shares one address behind its
   * router and may start at the same minute (docs/benchmarks.md), so this only stops floods; the
   * per-name, per-e-mail and unknown-code limits are what stop guessing.
   */
  requestsPerAddress: { max: 6000, windowMs: 10 * MINUTE },
  /**
   * Join codes that match no class, from one address: guessing. Sized for a school's typos behind
   * one address; guessing one of 25⁶ ≈ 244 million codes at this rate is hopeless anyway.
   */
  unknownJoinCodes: { max: 200, windowMs: 10 * MINUTE },
  /** New teacher accounts from one address (a staff training behind one school address fits). */
  signUpsPerAddress: { max: 50, windowMs: 60 * MINUTE },
} satisfies Record<string, RateRule>;

/** The counter of wrong PINs for one name in one class. */
export const pinFailuresKey = (classId: string, nameKey: string) =>
  `pin:${classId}:${nameKey}`;

/** Pure decision for a counter row (null when there is none). */
export function decide(
  row: { count: number; windowStart: Date } | null,
  rule: RateRule,
  now: Date,
): RateDecision {
  if (!row) return { allowed: true };
  const elapsed = now.getTime() - row.windowStart.getTime();
  if (elapsed >= rule.windowMs || elapsed < 0) return { allowed: true };
  if (row.count < rule.max) return { allowed: true };
  return { allowed: false, retryAfterMs: rule.windowMs - elapsed };
}

/** Whether another request under `key` is allowed now, without counting it. */
export async function checkLimit(
  key: string,
  rule: RateRule,
  now = new Date(),
): Promise<RateDecision> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  return decide(row, rule, now);
}

/** Counts one request (or failure) under `key`, starting a new window when the old one is over. */
export async function recordHit(
  key: string,
  rule: RateRule,
  now = new Date(),
): Promise<void> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  const inWindow = await db.rateLimit.updateMany({
    where: { key, windowStart: { gt: windowFloor, lte: now } },
    data: { count: { increment: 1 } },
  });
  if (inWindow.count === 0) {
    await db.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: 1, windowStart: now },
    });
  }
}

/** Check, then count: for limits where every request counts. */
export async function consumeLimit(
  key: string,
  rule: RateRule,
  now = new Date(),
): Promise<RateDecision> {
  const decision = await checkLimit(key, rule, now);
  if (decision.allowed) await recordHit(key, rule, now);
  return decision;
}

/** Forgets the failures under `key` (after a successful sign-in). */
export async function clearLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Whole minutes to wait, at least 1, for the lock-out message. */
export function retryMinutes(decision: RateDecision): number {
  return decision.allowed
    ? 0
    : Math.max(1, Math.ceil(decision.retryAfterMs / MINUTE));
}
