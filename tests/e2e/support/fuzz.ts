// Shared pieces of the fuzz specs (fuzz.spec.ts: server actions, fuzz-routes.spec.ts: route
// handlers): how many cases, hostile text, the build's manifests, and the row counts of every
// table a learner's or teacher's data lives in, which no hostile request may change.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { expect } from "@playwright/test";

/** Cases per action or route: `npm test` a sample, `npm run test:fuzz` (FUZZ_CASES=1000) the full run. */
export const fuzzCases = (sample: number) =>
  Number(process.env.FUZZ_CASES ?? sample);

export const TABLES = [
  "User",
  "Session",
  "Account",
  "Learner",
  "Attempt",
  "AttemptItem",
  "Response",
  "VocabularyWord",
  "ReviewCard",
  "Classroom",
  "Enrollment",
  "QuestionSet",
  "QuestionSetItem",
  "Assignment",
  "ProblemReport",
  "ResponseRegrade",
];

/** A well-formed id that names nothing. */
export const ID = "00000000-0000-4000-8000-000000000000";

export const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "\u0000",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "$K1",
    "$@0",
    "$$x",
    "NaN",
    "-0",
    "1e309",
  ),
  // Oversized: 20,000–60,000 characters. Built by repeating a short random string, because
  // fast-check draws a long string character by character, and at 1,000 cases per action that
  // generation kept the test process at full CPU for most of the run.
  fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.integer({ min: 20_000, max: 60_000 }),
    )
    .map(([unit, length]) =>
      unit.repeat(Math.ceil(length / unit.length)).slice(0, length),
    ),
);

/** A JSON file of the production build (.next/…). */
export const buildFile = <T>(...parts: string[]): T =>
  JSON.parse(
    readFileSync(path.join(process.cwd(), ".next", ...parts), "utf8"),
  ) as T;

/** Row counts of the data tables of the test database (data/e2e.db), read-only. */
function tableCounts() {
  const db = new Database(path.join(process.cwd(), "data", "e2e.db"), {
    readonly: true,
  });
  return {
    counts: () =>
      Object.fromEntries(
        TABLES.map((t) => [
          t,
          (
            db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as {
              n: number;
            }
          ).n,
        ]),
      ),
    close: () => db.close(),
  };
}

/** How often each status came back, for the log line at the end of a run. */
function statusTally() {
  const seen = new Map<number, number>();
  return {
    add: (status: number) => seen.set(status, (seen.get(status) ?? 0) + 1),
    toString: () =>
      JSON.stringify(Object.fromEntries([...seen].sort(([a], [b]) => a - b))),
  };
}

/**
 * Runs `cases` fast-check cases against each target (`check` sends one request, makes its
 * expectations and returns the status), then expects every data table to have as many rows as
 * before, and logs how often each status came back.
 */
export async function fuzzEach<T, V>(
  what: string,
  cases: number,
  targets: T[],
  arbitrary: (target: T) => fc.Arbitrary<V>,
  check: (target: T, value: V) => Promise<number>,
) {
  const db = tableCounts();
  const before = db.counts();
  const statuses = statusTally();
  try {
    for (const target of targets) {
      await fc.assert(
        fc.asyncProperty(
          arbitrary(target),
          async (value) => void statuses.add(await check(target, value)),
        ),
        { numRuns: cases, endOnFailure: true },
      );
    }
    expect(db.counts()).toEqual(before);
  } finally {
    db.close();
  }
  console.log(
    `fuzz (${what}): ${cases} cases × ${targets.length}, statuses ${statuses}`,
  );
}
