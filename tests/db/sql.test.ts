// lib/db/sql.ts: statements straight to the driver adapter under Prisma (its public interface), on
// SQLite and PostgreSQL alike; on SQLite the adapter is the project's own (lib/db/sqlite-adapter.ts),
// which shares one connection and one transaction lock with Prisma and keeps prepared statements.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { setUpTestDatabase, testEngine } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const { sql, sqlQuery, sqlTransaction, toQuery } = await import("@/lib/db/sql");
const { isUniqueViolation } = await import("@/lib/db/storage-fault");
const { createLearner } = await import("@/lib/data/learners");
const { startAttempt } = await import("@/lib/data/attempts");
afterAll(() => testDb.cleanup());

async function freshAttempt() {
  const { learner } = await createLearner("sql");
  return (await startAttempt(learner.id, "nordkorea-russland-full", "de"))!;
}
const scoreOf = async (id: string) =>
  (await db.attempt.findUniqueOrThrow({ where: { id } })).score;
const setScore = (id: string, score: number) =>
  sql`UPDATE "Attempt" SET "score" = ${score} WHERE "id" = ${id}`;

describe("toQuery", () => {
  const statement = sql`SELECT * FROM "Attempt" WHERE "id" = ${"a"} AND "score" > ${1.5} AND "answeredCount" = ${2} AND "x" = ${true}`;
  it("binds every value, with the placeholders of the provider", () => {
    expect(toQuery(statement, "sqlite")).toEqual({
      sql: 'SELECT * FROM "Attempt" WHERE "id" = ? AND "score" > ? AND "answeredCount" = ? AND "x" = ?',
      args: ["a", 1.5, 2, true],
      argTypes: [
        { scalarType: "string", arity: "scalar" },
        { scalarType: "float", arity: "scalar" },
        { scalarType: "int", arity: "scalar" },
        { scalarType: "boolean", arity: "scalar" },
      ],
    });
    expect(toQuery(statement, "postgres").sql).toBe(
      'SELECT * FROM "Attempt" WHERE "id" = $1 AND "score" > $2 AND "answeredCount" = $3 AND "x" = $4',
    );
  });
  it("never splices a value into the text", () => {
    const hostile = `x'; DROP TABLE "Attempt"; --`;
    const query = toQuery(
      sql`SELECT 1 WHERE ${hostile} = ${hostile}`,
      "sqlite",
    );
    expect(query.sql).toBe("SELECT 1 WHERE ? = ?");
    expect(query.args).toEqual([hostile, hostile]);
  });
});

describe(`sqlQuery and sqlTransaction on ${testEngine}`, () => {
  it("reads rows as objects by column name", async () => {
    const id = await freshAttempt();
    expect(
      await sqlQuery(
        sql`SELECT "id", "status", "answeredCount" FROM "Attempt" WHERE "id" = ${id}`,
      ),
    ).toEqual([{ id, status: "in_progress", answeredCount: 0 }]);
  });

  it("commits when the work returns and rolls back all of it when the work throws", async () => {
    const id = await freshAttempt();
    expect(
      await sqlTransaction(async (tx) => tx.execute(setScore(id, 7))),
    ).toBe(1);
    expect(await scoreOf(id)).toBe(7);
    const failure = await sqlTransaction(async (tx) => {
      await tx.execute(setScore(id, 99));
      throw new Error("changed my mind");
    }).catch((e: unknown) => e);
    expect(failure).toEqual(new Error("changed my mind"));
    expect(await scoreOf(id)).toBe(7);
  });

  it("rolls back on a failed statement and reports a unique violation as such", async () => {
    const id = await freshAttempt();
    const failure = await sqlTransaction(async (tx) => {
      await tx.execute(setScore(id, 5));
      await tx.execute(
        sql`UPDATE "AttemptItem" SET "position" = ${1} WHERE "attemptId" = ${id} AND "position" = ${0}`,
      );
    }).catch((e: unknown) => e);
    expect(isUniqueViolation(failure)).toBe(true);
    expect(await scoreOf(id)).toBe(0);
    // The connection is usable afterwards, by both paths.
    expect(
      await sqlTransaction(async (tx) => tx.execute(setScore(id, 3))),
    ).toBe(1);
    expect(await scoreOf(id)).toBe(3);
  });

  it("waits for a Prisma transaction that holds the row instead of running inside it", async () => {
    const id = await freshAttempt();
    const order: string[] = [];
    const prisma = db
      .$transaction(async (tx) => {
        await tx.attempt.update({ where: { id }, data: { score: 1 } });
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push("prisma");
        throw new Error("roll back the Prisma transaction");
      })
      .catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    const direct = sqlTransaction(async (tx) => {
      order.push("sql");
      return tx.execute(setScore(id, 2));
    });
    await Promise.all([prisma, direct]);
    // SQLite: one connection, so the direct transaction starts once Prisma's has ended. PostgreSQL:
    // separate connections, so it starts at once and its UPDATE waits for the row lock.
    if (testEngine === "sqlite") expect(order).toEqual(["prisma", "sql"]);
    expect(await scoreOf(id)).toBe(2);
  });
});

describe.runIf(testEngine === "sqlite")("the SQLite adapter", () => {
  it("prepares each statement text once per connection and reuses it", async () => {
    const prepare = vi.spyOn(Database.prototype, "prepare");
    try {
      for (const value of [1, 2, 3]) {
        expect(
          await sqlQuery(sql`SELECT ${value} AS "kept", ${true} AS "flag"`),
        ).toEqual([{ kept: value, flag: 1 }]);
      }
      expect(
        prepare.mock.calls.filter(
          ([text]) => text === 'SELECT ? AS "kept", ? AS "flag"',
        ),
      ).toHaveLength(1);
    } finally {
      prepare.mockRestore();
    }
  });
  it("runs in WAL mode with synchronous = NORMAL, as decisions 002 and 010 say (not the build's default)", async () => {
    // Read through the app's own connection: a pragma is per connection. NORMAL comes from
    // better-sqlite3's compile-time default for connections opened on a WAL file; an upgrade that
    // changed it would put an fsync on every answer without anyone deciding so.
    expect(await sqlQuery(sql`PRAGMA journal_mode`)).toEqual([
      { journal_mode: "wal" },
    ]);
    expect(await sqlQuery(sql`PRAGMA synchronous`)).toEqual([
      { synchronous: 1 },
    ]);
  });
});

describe("sqlDate", () => {
  it("reads Prisma’s ISO text, SQL’s CURRENT_TIMESTAMP text (UTC) and epoch milliseconds alike", async () => {
    const { sqlDate } = await import("@/lib/db/sql");
    const instant = Date.UTC(2026, 10, 28, 1, 20, 0);
    expect(sqlDate("2026-11-28T01:20:00.000+00:00").getTime()).toBe(instant);
    expect(sqlDate("2026-11-28 01:20:00").getTime()).toBe(instant);
    expect(sqlDate("2026-11-28 01:20:00.250").getTime()).toBe(instant + 250);
    expect(sqlDate(instant).getTime()).toBe(instant);
    const [row] = await sqlQuery<{ now: string }>(
      sql`SELECT CURRENT_TIMESTAMP AS "now"`,
    );
    expect(Math.abs(sqlDate(row!.now).getTime() - Date.now())).toBeLessThan(
      5_000,
    );
  });
});
