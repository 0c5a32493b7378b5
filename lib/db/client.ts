// The one place that constructs the Prisma client. Everything else imports `db` from here.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv, sqliteFilePath } from "@/lib/env";
import {
  type GuardedAdapter,
  type GuardedAdapterFactory,
  guardDatabaseFile,
} from "./file-guard";

/** Milliseconds a write waits for SQLite's lock before failing (see docs/decisions/002). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

type Database = { client: PrismaClient; adapter: GuardedAdapterFactory };

function createDatabase(databaseUrl: string = getEnv().DATABASE_URL): Database {
  // WAL mode is persistent in the database file and is switched on when migrations run
  // (scripts/migrate.mjs); better-sqlite3 then defaults to synchronous=NORMAL, which survives
  // a killed process. The busy timeout is per connection, so it is set here. The file must exist:
  // the migration runner creates it, and a missing file at run time is a fault (decision 013).
  const file = sqliteFilePath(databaseUrl);
  const adapter = guardDatabaseFile(
    new PrismaBetterSqlite3({
      url: file,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
      fileMustExist: true,
    }),
    file,
  );
  return { client: new PrismaClient({ adapter }), adapter };
}

const globalForPrisma = globalThis as unknown as {
  quellenquizDatabase?: Database;
};

/** One client per process; kept on globalThis so dev-mode reloads do not open new connections. */
const database = (globalForPrisma.quellenquizDatabase ??= createDatabase());

export const db: PrismaClient = database.client;

/** The driver adapter under `db` (one shared connection), for lib/db/sql.ts. */
export const databaseConnection = (): Promise<GuardedAdapter> =>
  database.adapter.connect();
