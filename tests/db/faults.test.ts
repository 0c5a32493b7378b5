// Faults on the answer path, on a real SQLite file: a writer killed with SIGKILL loses no
// acknowledged answer; a locked, full or read-only database and a deleted database file refuse
// the answer ('unavailable'), write nothing half, and take answers again once the cause is gone. (Full and read-only are
// produced with SQLite's own limits on the app's connection — max_page_count and query_only —
// because the tests run as root, whom file permissions do not stop.)
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { correctPublicAnswer } from "@/tests/support/answers";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const { db, url } = testDb;
const attempts = await import("@/lib/data/attempts");
const answers = await import("@/lib/data/answers");
const { createLearner } = await import("@/lib/data/learners");
const { getCatalog } = await import("@/lib/content/catalog");
const { isStorageFault } = await import("@/lib/db/storage-fault");
afterAll(() => testDb.cleanup());

const file = url.replace(/^file:/, "");
const catalog = getCatalog();
const quiz = catalog.quizzesById.get("nordkorea-russland-full")!;
const answerAt = (position: number) =>
  correctPublicAnswer(catalog.questionsById.get(quiz.questionIds[position]!)!);

async function freshAttempt() {
  const { learner } = await createLearner("fault");
  return {
    learnerId: learner.id,
    attemptId: (await attempts.startAttempt(learner.id, quiz.id, "de"))!,
  };
}

describe("a writer killed with SIGKILL", () => {
  it("loses no acknowledged answer, leaves a sound database, and the attempt goes on", async () => {
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        path.join("tests", "support", "answer-writer.ts"),
      ],
      {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const acked: [string, number][] = [];
    let buffer = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split("\n");
        buffer = lines.pop()!;
        for (const line of lines) {
          const [, attemptId, position] = line.split(" ");
          acked.push([attemptId!, Number(position)]);
        }
        // Kill it in the middle of its stream of writes.
        if (acked.length >= 150) child.kill("SIGKILL");
      });
      child.on("exit", () => resolve());
      child.on("error", reject);
    });
    expect(acked.length).toBeGreaterThanOrEqual(150);
    const raw = new Database(file);
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    const has = raw.prepare(
      "SELECT COUNT(*) AS n FROM Response WHERE attemptId = ? AND position = ?",
    );
    const missing = acked.filter(
      ([a, p]) => (has.get(a, p) as { n: number }).n !== 1,
    );
    expect(missing).toEqual([]);
    raw.close();
    // Recovery: the interrupted attempt continues at its next unanswered question.
    const [lastAttempt] = acked.at(-1)!;
    const row = await db.attempt.findUniqueOrThrow({
      where: { id: lastAttempt },
    });
    if (row.status === "in_progress") {
      const outcome = await answers.submitResponse({
        learnerId: row.learnerId,
        attemptId: row.id,
        position: row.answeredCount,
        answer: answerAt(row.answeredCount),
      });
      expect(outcome.ok).toBe(true);
    }
  }, 60_000);
});

describe("a database that cannot take the write", () => {
  let attempt: { learnerId: string; attemptId: string };
  beforeAll(async () => {
    attempt = await freshAttempt();
  });
  const submit = (position: number) =>
    answers.submitResponse({
      ...attempt,
      position,
      answer: answerAt(position),
    });
  const stored = () =>
    db.response.count({ where: { attemptId: attempt.attemptId } });
  const REFUSED = { ok: false, error: "unavailable" };
  /** What the refusal logged for the operator (the learner only sees the translated 'unavailable'). */
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  afterEach(() => logged.mockClear());
  const loggedText = () =>
    logged.mock.calls.map((call) => call.map(String).join(" ")).join("\n");

  it("locked by another writer: refused after the busy timeout, writes nothing, then works", async () => {
    const other = new Database(file);
    other.pragma("busy_timeout = 0");
    other.exec("BEGIN IMMEDIATE");
    expect(await submit(0)).toEqual(REFUSED);
    other.exec("ROLLBACK");
    other.close();
    expect(loggedText()).toMatch(/SQLITE_BUSY/);
    expect(await stored()).toBe(0);
    expect(
      (await db.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } }))
        .answeredCount,
    ).toBe(0);
    expect(await submit(0)).toMatchObject({ ok: true, position: 0 });
  }, 20_000);

  it("full: refuses the answer whole (no response without its attempt update), then works", async () => {
    const spare = await Promise.all(Array.from({ length: 30 }, freshAttempt));
    const pages = (
      await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count")
    )[0]!.page_count;
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    // Answer until the database cannot grow any more.
    let failed: {
      learnerId: string;
      attemptId: string;
      position: number;
    } | null = null;
    outer: for (const a of spare) {
      for (let position = 0; position < quiz.questionIds.length; position++) {
        const outcome = await answers.submitResponse({
          ...a,
          position,
          answer: answerAt(position),
        });
        if (!outcome.ok) {
          expect(outcome).toEqual(REFUSED);
          failed = { ...a, position };
          break outer;
        }
      }
    }
    expect(failed).not.toBeNull();
    expect(loggedText()).toMatch(/SQLITE_FULL/);
    const { learnerId, attemptId, position } = failed!;
    const row = await db.attempt.findUniqueOrThrow({
      where: { id: attemptId },
    });
    expect(row.answeredCount).toBe(position);
    expect(await db.response.count({ where: { attemptId } })).toBe(position);
    await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    expect(
      await answers.submitResponse({
        learnerId,
        attemptId,
        position,
        answer: answerAt(position),
      }),
    ).toMatchObject({ ok: true, position });
    expect(await submit(1)).toMatchObject({ ok: true, position: 1 });
  }, 60_000);

  it("read-only: refuses the answer, then works", async () => {
    await db.$queryRawUnsafe("PRAGMA query_only = 1");
    expect(await submit(2)).toEqual(REFUSED);
    await db.$queryRawUnsafe("PRAGMA query_only = 0");
    expect(loggedText()).toMatch(/SQLITE_READONLY/);
    expect(await stored()).toBe(2);
    expect(await submit(2)).toMatchObject({ ok: true, position: 2 });
  });

  // On Linux the open connection keeps a deleted file alive: unguarded, these answers would be
  // acknowledged and stored in an unlinked inode that nobody can ever read (decision 013).
  it("database file deleted: refuses answers and reads, recreates nothing, takes answers again once it is restored", async () => {
    const backup = `${file}.backup`;
    const raw = new Database(file);
    await raw.backup(backup);
    raw.close();
    for (const suffix of ["", "-wal", "-shm"])
      rmSync(`${file}${suffix}`, { force: true });

    expect(await submit(3)).toEqual(REFUSED);
    expect(await submit(3)).toEqual(REFUSED);
    expect(loggedText()).toMatch(/does not exist/);
    const readError = await attempts
      .getAttemptState(attempt.learnerId, attempt.attemptId)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isStorageFault(readError)).toBe(true);
    expect(existsSync(file)).toBe(false);

    // The operator restores the backup: the same client reopens the file and the attempt goes on.
    copyFileSync(backup, file);
    expect(await stored()).toBe(3);
    expect(await submit(3)).toMatchObject({
      ok: true,
      position: 3,
      replay: false,
    });
    expect(await submit(4)).toMatchObject({
      ok: true,
      position: 4,
      replay: false,
    });
    const check = new Database(file);
    expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(
      check
        .prepare('SELECT "answeredCount" FROM "Attempt" WHERE "id" = ?')
        .get(attempt.attemptId),
    ).toEqual({ answeredCount: 5 });
    check.close();
  });
});

describe("the file guard of the connection", () => {
  it("does not acknowledge a transaction whose file was deleted before it committed", async () => {
    const { learnerId, attemptId } = await freshAttempt();
    const backup = `${file}.before-commit`;
    const raw = new Database(file);
    await raw.backup(backup);
    raw.close();
    const error = await db
      .$transaction(async (tx) => {
        await tx.attempt.update({
          where: { id: attemptId },
          data: { score: 42 },
        });
        for (const suffix of ["", "-wal", "-shm"])
          rmSync(`${file}${suffix}`, { force: true });
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isStorageFault(error)).toBe(true);
    copyFileSync(backup, file);
    expect(
      await db.attempt.findUniqueOrThrow({ where: { id: attemptId } }),
    ).toMatchObject({ learnerId, score: 0 });
  });
});
