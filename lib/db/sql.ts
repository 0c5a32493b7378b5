// Plain SQL on the connection Prisma itself uses, through Prisma's driver-adapter interface
// (docs/decisions/015-answer-path-on-the-driver-adapter.md). Only for what a request pays for on
// every call, where Prisma's client costs more than the work: grading and storing an answer, the
// attempt state, the learner and session look-ups. Everything else goes through `db`.
//
// - Same connection, same file guard (lib/db/file-guard.ts), same transaction lock as `db`: the
//   adapter factory hands every caller one adapter.
// - On SQLite the statements run as prepared statements kept for the adapter's own better-sqlite3
//   connection (lib/db/sqlite-statements.ts, decision 019), which the adapter would prepare anew
//   for every call; elsewhere through the adapter's queryRaw/executeRaw.
// - Portable: the SQL is written with quoted identifiers, and placeholders follow the adapter's
//   provider (`?` for SQLite, `$1…` for PostgreSQL), as Prisma's raw queries do.
// - Errors arrive as the adapter's DriverAdapterError (kind, originalCode) or, from a kept
//   statement, as better-sqlite3's SqliteError (code); isStorageFault and isUniqueViolation read both.
import "server-only";
import type {
  ArgScalarType,
  SqlDriverAdapter,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { databaseConnection } from "./client";
import { sqliteAll, sqliteConnectionOf, sqliteRun } from "./sqlite-statements";

export type SqlValue = string | number | boolean | null;

function scalarType(value: SqlValue): ArgScalarType {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number")
    return Number.isInteger(value) ? "int" : "float";
  return "unknown";
}

/** A statement with its values bound, not yet tied to a provider's placeholder syntax. */
export type Statement = { strings: readonly string[]; values: SqlValue[] };

/** `sql\`SELECT … WHERE "id" = ${id}\``: values are always bound, never spliced into the text. */
export const sql = (
  strings: TemplateStringsArray,
  ...values: SqlValue[]
): Statement => ({ strings, values });

function textOf(
  statement: Statement,
  provider: SqlDriverAdapter["provider"],
): string {
  const placeholder =
    provider === "postgres" ? (i: number) => `$${i + 1}` : () => "?";
  return statement.strings.reduce(
    (text, part, i) => `${text}${placeholder(i - 1)}${part}`,
  );
}

export function toQuery(
  statement: Statement,
  provider: SqlDriverAdapter["provider"],
): SqlQuery {
  return {
    sql: textOf(statement, provider),
    args: statement.values,
    argTypes: statement.values.map((value) => ({
      scalarType: scalarType(value),
      arity: "scalar",
    })),
  };
}

/**
 * A DateTime column as read back: Prisma writes ISO text (`2026-11-28T01:20:00.000+00:00`); a
 * SQL default (`CURRENT_TIMESTAMP`) writes `2026-11-28 01:20:00`, which is UTC; PostgreSQL's
 * adapter returns ISO text too.
 */
export function sqlDate(value: string | number): Date {
  if (typeof value === "number") return new Date(value);
  return new Date(
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value)
      ? `${value.replace(" ", "T")}Z`
      : value,
  );
}

type Queryable = Pick<Transaction, "queryRaw" | "executeRaw" | "provider">;

/** Rows as objects keyed by column name, through the adapter (not SQLite, or its connection hidden). */
async function rowsOf<T>(on: Queryable, statement: Statement): Promise<T[]> {
  const result = await on.queryRaw(toQuery(statement, on.provider));
  return result.rows.map(
    (row) =>
      Object.fromEntries(
        result.columnNames.map((name, i) => [name, row[i]]),
      ) as T,
  );
}

const sqliteText = (statement: Statement) => textOf(statement, "sqlite");

/** How statements run on `on` (the adapter, or a transaction on it): kept statements on SQLite, the adapter's calls elsewhere. */
function runnerOn(adapter: SqlDriverAdapter, on: Queryable) {
  const sqlite = sqliteConnectionOf(adapter);
  return sqlite
    ? {
        rows: async <T>(statement: Statement) =>
          sqliteAll<T>(sqlite, sqliteText(statement), statement.values),
        execute: async (statement: Statement) =>
          sqliteRun(sqlite, sqliteText(statement), statement.values),
      }
    : {
        rows: <T>(statement: Statement) => rowsOf<T>(on, statement),
        execute: (statement: Statement) =>
          on.executeRaw(toQuery(statement, on.provider)),
      };
}

export type SqlTransaction = { execute(statement: Statement): Promise<number> };

export async function sqlQuery<T>(statement: Statement): Promise<T[]> {
  const { adapter, verify } = await (await databaseConnection()).current();
  const rows = await runnerOn(adapter, adapter).rows<T>(statement);
  verify();
  return rows;
}

/**
 * Runs `work` in one transaction: committed when it returns, rolled back when it throws. Like
 * Prisma's own transactions on this adapter, it holds the adapter's lock from BEGIN to COMMIT.
 */
export async function sqlTransaction<T>(
  work: (tx: SqlTransaction) => Promise<T>,
): Promise<T> {
  const connection = await (await databaseConnection()).current();
  // The adapter's lock (shared with Prisma's transactions) and BEGIN.
  const tx = await connection.startTransaction();
  const { execute } = runnerOn(connection.adapter, tx);
  const end = (command: "COMMIT" | "ROLLBACK") =>
    execute({ strings: [command], values: [] });
  // After a failed statement or COMMIT the transaction may still be open: end it, keep the cause.
  const abort = async (error: unknown): Promise<never> => {
    await end("ROLLBACK").catch(() => {});
    await tx.rollback();
    throw error;
  };
  let result: T;
  try {
    result = await work({ execute });
    await end("COMMIT");
  } catch (error) {
    return abort(error);
  }
  // The guard's commit: releases the lock, then checks the file is still the one at the path.
  await tx.commit();
  return result;
}
