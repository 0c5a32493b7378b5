// The one place that constructs the database: Prisma's client over a driver adapter for the engine
// DATABASE_URL names. SQLite (`file:…`, the embedded default) runs on the project's own adapter
// (lib/db/sqlite-adapter.ts); PostgreSQL (`postgresql://…`) on Prisma's @prisma/adapter-pg, with
// the client generated from prisma/postgresql/schema.prisma (the same models). docs/decisions/025.
import "server-only";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgresql/client";
import { databaseEngine, getEnv, sqliteFilePath } from "@/lib/env";
import { SqliteAdapterFactory } from "./sqlite-adapter";

/** Milliseconds a write waits for SQLite's lock before failing (see docs/decisions/002). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** Connections per app instance to PostgreSQL (each `next start` process has its own pool). */
const POSTGRES_POOL_SIZE = 10;

type Database = {
  client: PrismaClient;
  /** A second handle on the same engine for lib/db/sql.ts: on SQLite the very same connection. */
  adapter: SqlDriverAdapterFactory;
};

function createDatabase(databaseUrl: string = getEnv().DATABASE_URL): Database {
  if (databaseEngine(databaseUrl) === "postgresql") {
    const adapter = new PrismaPg({
      connectionString: databaseUrl,
      max: POSTGRES_POOL_SIZE,
    });
    // Both clients are generated from the same models, so they have the same shape; the type of the
    // SQLite one stands for both.
    const client: PrismaClient = new PostgresPrismaClient({
      adapter,
    }) as unknown as PrismaClient;
    return {
      client,
      adapter: new PrismaPg({
        connectionString: databaseUrl,
        max: POSTGRES_POOL_SIZE,
      }),
    };
  }
  // WAL mode is persistent in the database file and is switched on when migrations run
  // (scripts/migrate.mjs). The file must exist: the migration runner creates it, and a missing file
  // at run time is a fault (docs/decisions/013, 024).
  const adapter = new SqliteAdapterFactory({
    file: sqliteFilePath(databaseUrl),
    busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS,
  });
  return { client: new PrismaClient({ adapter }), adapter };
}

const globalForPrisma = globalThis as unknown as {
  quellenquizDatabase?: Database;
};

/** One client per process; kept on globalThis so dev-mode reloads do not open new connections. */
const database = (globalForPrisma.quellenquizDatabase ??= createDatabase());

export const db: PrismaClient = database.client;

let connection: Promise<SqlDriverAdapter> | null = null;

/** The driver adapter lib/db/sql.ts runs its statements on (opened once per process). */
export const databaseConnection = (): Promise<SqlDriverAdapter> =>
  (connection ??= database.adapter.connect());
