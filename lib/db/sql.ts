// Plain SQL on the driver adapter under Prisma (docs/decisions/015, 025): only for what a request
// pays for on every call, where Prisma's client costs more than the work — grading and storing an
// answer, the attempt state, the learner and session look-ups. Everything else goes through `db`.
//
// - Through the adapter's public interface (@prisma/driver-adapter-utils): queryRaw, executeRaw,
//   startTransaction, with the transaction lifecycle of Prisma's adapter guide (BEGIN from the
//   adapter, COMMIT/ROLLBACK sent as statements, then commit()/rollback() to end the lifecycle).
// - On SQLite that adapter is the project's own (lib/db/sqlite-adapter.ts): the same connection,
//   prepared statements and transaction lock as Prisma's client. On PostgreSQL it is a second pool
//   of Prisma's adapter-pg.
// - Portable: quoted identifiers, and placeholders in the adapter's syntax (`?` for SQLite, `$1…`
//   for PostgreSQL), as Prisma's raw queries do.
// - Errors arrive as the adapter's DriverAdapterError; lib/db/storage-fault.ts reads them.
import "server-only";
import type {
  ArgScalarType,
  SqlDriverAdapter,
  SqlQuery,
  SqlQueryable,
} from "@prisma/driver-adapter-utils";
import { databaseConnection } from "./client";

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
): Statement => ({
  strings,
  values,
});

export function toQuery(
  statement: Statement,
  provider: SqlDriverAdapter["provider"],
): SqlQuery {
  const placeholder =
    provider === "postgres" ? (i: number) => `$${i + 1}` : () => "?";
  return {
    sql: statement.strings.reduce(
      (text, part, i) => `${text}${placeholder(i - 1)}${part}`,
    ),
    args: statement.values,
    argTypes: statement.values.map((value) => ({
      scalarType: scalarType(value),
      arity: "scalar",
    })),
  };
}

/**
 * A DateTime column as read back: Prisma writes ISO text on SQLite (`2026-11-28T01:20:00.000+00:00`);
 * a SQL default (`CURRENT_TIMESTAMP`) writes `2026-11-28 01:20:00`, which is UTC; PostgreSQL's
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

/** Rows as objects keyed by column name. */
async function rowsOf<T>(on: SqlQueryable, statement: Statement): Promise<T[]> {
  const result = await on.queryRaw(toQuery(statement, on.provider));
  return result.rows.map(
    (row) =>
      Object.fromEntries(
        result.columnNames.map((name, i) => [name, row[i]]),
      ) as T,
  );
}

export type SqlTransaction = {
  rows<T>(statement: Statement): Promise<T[]>;
  execute(statement: Statement): Promise<number>;
};

export async function sqlQuery<T>(statement: Statement): Promise<T[]> {
  return rowsOf<T>(await databaseConnection(), statement);
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export async function sqlTransaction<T>(
  work: (tx: SqlTransaction) => Promise<T>,
): Promise<T> {
  const tx = await (await databaseConnection()).startTransaction();
  const end = (command: "COMMIT" | "ROLLBACK") =>
    tx.executeRaw({ sql: command, args: [], argTypes: [] });
  let result: T;
  try {
    result = await work({
      rows: (statement) => rowsOf(tx, statement),
      execute: (statement) => tx.executeRaw(toQuery(statement, tx.provider)),
    });
    await end("COMMIT");
  } catch (error) {
    // After a failed statement or COMMIT the transaction may still be open: end it, keep the cause.
    await end("ROLLBACK").catch(() => {});
    await tx.rollback();
    throw error;
  }
  await tx.commit();
  return result;
}
