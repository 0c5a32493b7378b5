// Data-layer cost: grading and storing one answer through lib/data/answers.ts (Prisma 7 with the
// better-sqlite3 adapter) against the same reads and writes written by hand with raw
// better-sqlite3, in one process, on one fresh database. Both do the same grading work, so the
// ratio is the cost of the data access. Prints one JSON line: { app_us: [...], raw_us: [...] }.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase } from "@/scripts/migrate.mjs";

const answersPerRound = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(path.join(tmpdir(), "quellenquiz-bench-"));
const url = `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = url;
await migrateDatabase(url);

const { db } = await import("@/lib/db/client");
const { syncContentPack } = await import("@/lib/data/content-sync");
const { getContentPack } = await import("@/lib/content/load");
const { getCatalog, sourceSentencesOf } = await import("@/lib/content/catalog");
const { createLearner } = await import("@/lib/data/learners");
const { startAttempt } = await import("@/lib/data/attempts");
const { submitResponse } = await import("@/lib/data/answers");
const { gradeAnswer } = await import("@/lib/grading/grade");
const { describeCorrectAnswer, describeGivenAnswer } =
  await import("@/lib/grading/describe-answer");
const { resolveAnswer } = await import("@/lib/quiz/resolve-answer");
const { correctPublicAnswer } = await import("@/tests/support/answers");
await syncContentPack(db, getContentPack());

const catalog = getCatalog();
const quiz = catalog.quizzesById.get("nordkorea-russland-full")!;
const answers = quiz.questionIds.map((id) =>
  correctPublicAnswer(catalog.questionsById.get(id)!),
);

/** Enough open attempts (each of a fresh learner) for `count` answers. */
async function prepare(count: number) {
  const work: { learnerId: string; attemptId: string; position: number }[] = [];
  while (work.length < count) {
    const { learner } = await createLearner("bench");
    const attemptId = (await startAttempt(learner.id, quiz.id, "de"))!;
    for (
      let position = 0;
      position < answers.length && work.length < count;
      position++
    )
      work.push({ learnerId: learner.id, attemptId, position });
  }
  return work;
}

const raw = new Database(url.replace(/^file:/, ""));
raw.pragma("busy_timeout = 5000");
const readAttempt = raw.prepare(`
  SELECT a.id, a.status, a.answeredCount, a.itemCount, a.language, a.feedbackMode, a.deadlineAt, i.questionId, q.version
  FROM Attempt a JOIN AttemptItem i ON i.attemptId = a.id AND i.position = ? JOIN Question q ON q.id = i.questionId
  WHERE a.id = ? AND a.learnerId = ?`);
const readResponse = raw.prepare(
  "SELECT * FROM Response WHERE attemptId = ? AND position = ?",
);
const moveAttempt = raw.prepare(`
  UPDATE Attempt SET answeredCount = answeredCount + 1, score = score + ?,
    status = CASE WHEN ? THEN 'finished' ELSE status END, finishedAt = CASE WHEN ? THEN ? ELSE finishedAt END
  WHERE id = ? AND status = 'in_progress' AND answeredCount = ?`);
const insertResponse = raw.prepare(`
  INSERT INTO Response (id, attemptId, position, questionId, questionVersion, answer, score, correct, answeredAt, correctAnswer, sourceSentences)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const store = raw.transaction(
  (args: { moved: unknown[]; inserted: unknown[] }) => {
    if (moveAttempt.run(...args.moved).changes !== 1)
      throw new Error("sequence conflict");
    insertResponse.run(...args.inserted);
  },
);

function rawSubmit(w: {
  learnerId: string;
  attemptId: string;
  position: number;
}) {
  const row = readAttempt.get(w.position, w.attemptId, w.learnerId) as {
    questionId: string;
    version: number;
    itemCount: number;
    answeredCount: number;
    language: "de" | "en";
  };
  readResponse.get(w.attemptId, w.position);
  const question = catalog.questionsById.get(row.questionId)!;
  const resolved = resolveAnswer(question, answers[w.position]!)!;
  const { score, correct } = gradeAnswer(question, resolved, row.language);
  const finished = w.position + 1 === row.itemCount;
  const now = new Date().toISOString();
  store({
    moved: [
      score,
      finished ? 1 : 0,
      finished ? 1 : 0,
      now,
      w.attemptId,
      w.position,
    ],
    inserted: [
      randomUUID(),
      w.attemptId,
      w.position,
      question.id,
      row.version,
      JSON.stringify({
        value: resolved,
        display: describeGivenAnswer(question, resolved),
      }),
      score,
      correct ? 1 : 0,
      now,
      JSON.stringify(describeCorrectAnswer(question)),
      JSON.stringify(sourceSentencesOf(catalog, question)),
    ],
  });
}

const appUs: number[] = [];
const rawUs: number[] = [];
// Warm-up, then alternate the two so drift on a shared machine hits both alike.
for (const w of await prepare(100))
  await submitResponse({ ...w, answer: answers[w.position]! });
for (const w of await prepare(100)) rawSubmit(w);
for (let round = 0; round < rounds; round++) {
  const appWork = await prepare(answersPerRound);
  let t = process.hrtime.bigint();
  for (const w of appWork) {
    const outcome = await submitResponse({
      ...w,
      answer: answers[w.position]!,
    });
    if (!outcome.ok) throw new Error(outcome.error);
  }
  appUs.push(Number(process.hrtime.bigint() - t) / 1000 / answersPerRound);
  const rawWork = await prepare(answersPerRound);
  t = process.hrtime.bigint();
  for (const w of rawWork) rawSubmit(w);
  rawUs.push(Number(process.hrtime.bigint() - t) / 1000 / answersPerRound);
}
// What one statement costs on each side: the floor under the app's three round trips.
const selectOne = raw.prepare("SELECT 1");
let t0 = process.hrtime.bigint();
for (let i = 0; i < 2000; i++) await db.$queryRaw`SELECT 1`;
const prismaStatementUs = Number(process.hrtime.bigint() - t0) / 1000 / 2000;
t0 = process.hrtime.bigint();
for (let i = 0; i < 2000; i++) selectOne.get();
const rawStatementUs = Number(process.hrtime.bigint() - t0) / 1000 / 2000;
const stored = raw.prepare("SELECT COUNT(*) AS n FROM Response").get() as {
  n: number;
};
raw.close();
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  JSON.stringify({
    app_us: appUs,
    raw_us: rawUs,
    stored: stored.n,
    prisma_statement_us: prismaStatementUs,
    raw_statement_us: rawStatementUs,
  }) + "\n",
);
