// Prepared statements kept per SQLite connection, for lib/db/sql.ts (docs/decisions/019).
//
// Prisma's better-sqlite3 adapter prepares every statement it runs again (`prepare(sql).bind(args)`)
// and throws the statement away: for the answer path that was the largest single cost left
// (better-sqlite3's Statement constructor, about a fifth of a graded answer). The data layer's
// own statements are a handful of fixed texts, so they are prepared once per connection and run
// with their values each time — on the adapter's own connection, under its transaction lock.
//
// - The connection is the better-sqlite3 `Database` the adapter holds as `client`. That field is
//   not in the adapter's type declarations, so it is checked here at run time; where it is not a
//   better-sqlite3 connection (PostgreSQL, or an adapter version that moved it) lib/db/sql.ts falls
//   back to the adapter's queryRaw/executeRaw. tests/db/sql.test.ts fails if the fast path is lost.
// - Values go in as the adapter would bind them: booleans as 1/0. Integers come back as numbers,
//   as the adapter maps them (it reads BigInts and converts those that are safe).
// - Errors are better-sqlite3's own SqliteError (code, message); lib/db/storage-fault.ts reads them.
import type BetterSqlite3 from "better-sqlite3";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

export type SqliteValue = string | number | boolean | null;
type Connection = BetterSqlite3.Database;

/** More distinct texts than the data layer has; past it the oldest statement is dropped. */
const MAX_STATEMENTS = 64;
const statementsByConnection = new WeakMap<
  Connection,
  Map<string, BetterSqlite3.Statement>
>();

function isConnection(value: unknown): value is Connection {
  const candidate = value as Partial<Connection> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.prepare === "function" &&
    typeof candidate.inTransaction === "boolean" &&
    candidate.open === true
  );
}

/** The open better-sqlite3 connection under a driver adapter, or null (not SQLite, or hidden). */
export function sqliteConnectionOf(
  adapter: SqlDriverAdapter,
): Connection | null {
  if (adapter.provider !== "sqlite") return null;
  const client = (adapter as { client?: unknown }).client;
  return isConnection(client) ? client : null;
}

function statementFor(
  connection: Connection,
  text: string,
): BetterSqlite3.Statement {
  let statements = statementsByConnection.get(connection);
  if (!statements)
    statementsByConnection.set(connection, (statements = new Map()));
  let statement = statements.get(text);
  if (!statement) {
    statement = connection.prepare(text);
    // The adapter opens the connection with defaultSafeIntegers(true) for Prisma; these rows are
    // read as plain numbers, as the adapter hands them on.
    if (statement.reader) statement.safeIntegers(false);
    if (statements.size >= MAX_STATEMENTS)
      statements.delete(statements.keys().next().value!);
    statements.set(text, statement);
  }
  return statement;
}

const bindable = (values: readonly SqliteValue[]) =>
  values.map((value) => (typeof value === "boolean" ? Number(value) : value));

/** Rows as objects keyed by column name. */
export function sqliteAll<T>(
  connection: Connection,
  text: string,
  values: readonly SqliteValue[],
): T[] {
  return statementFor(connection, text).all(bindable(values)) as T[];
}

/** Runs a statement that returns no rows; the number of rows it changed. */
export function sqliteRun(
  connection: Connection,
  text: string,
  values: readonly SqliteValue[],
): number {
  return statementFor(connection, text).run(bindable(values)).changes;
}
