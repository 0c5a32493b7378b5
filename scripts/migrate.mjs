// Applies pending migrations in-process (the equivalent of `prisma migrate deploy`, without
// starting the CLI), creating the database (SQLite: the file and its folder) when missing. The
// migrations of each engine: prisma/migrations for SQLite, prisma/postgresql/migrations for
// PostgreSQL (docs/decisions/025). Writes the same _prisma_migrations history as the CLI, so `prisma migrate status`
// agrees. Used by scripts/start.mjs and by tests.
//
//   node scripts/migrate.mjs [databaseUrl]      (default: $DATABASE_URL or file:./data/quellenquiz.db)
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  describeEngineError,
  EMPTY_FILTER,
  openSchemaEngine,
  providerForUrl,
  readMigrationsList,
  sqliteFilePath,
} from "./schema-engine-wasm.mjs";

const projectRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
);
export const DEFAULT_DATABASE_URL = "file:./data/quellenquiz.db";
export const MIGRATIONS_DIR = path.join(projectRoot, "prisma", "migrations");
export const POSTGRES_MIGRATIONS_DIR = path.join(
  projectRoot,
  "prisma",
  "postgresql",
  "migrations",
);

/** The migrations folder for a database URL's engine. */
export const migrationsDirFor = (databaseUrl) =>
  databaseUrl.startsWith("file:") ? MIGRATIONS_DIR : POSTGRES_MIGRATIONS_DIR;

/**
 * @param {string} [databaseUrl] relative `file:` paths resolve against process.cwd()
 * @param {{ migrationsDir?: string }} [options]
 * @returns {Promise<{ appliedMigrationNames: string[] }>}
 */
export async function migrateDatabase(
  databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  { migrationsDir = migrationsDirFor(databaseUrl) } = {},
) {
  const provider = providerForUrl(databaseUrl);
  try {
    await provider.databaseExists(databaseUrl);
  } catch (error) {
    if (error?.errorCode !== "P1003") throw error;
    await provider.createDatabase(databaseUrl);
  }
  const { engine, close } = await openSchemaEngine({
    datasource: { url: databaseUrl },
  });
  /** @type {string[]} */
  let appliedMigrationNames;
  try {
    ({ appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationsList(migrationsDir),
      filters: EMPTY_FILTER,
    }));
  } finally {
    await close();
  }
  if (databaseUrl.startsWith("file:")) await enableWriteAheadLog(databaseUrl);
  return { appliedMigrationNames };
}

/** WAL is stored in the database file, so setting it once here covers every later connection (docs/decisions/002). */
async function enableWriteAheadLog(databaseUrl) {
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(sqliteFilePath(databaseUrl));
  try {
    database.pragma("journal_mode = WAL");
  } finally {
    database.close();
  }
}

const isMain =
  process.argv[1] &&
  realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const { appliedMigrationNames } = await migrateDatabase(process.argv[2]);
    console.log(
      appliedMigrationNames.length === 0
        ? "No pending migrations to apply."
        : `Applied migrations:\n${appliedMigrationNames.map((name) => `  ${name}`).join("\n")}`,
    );
  } catch (error) {
    const { errorCode, message } = describeEngineError(error);
    console.error(
      `Migration failed: ${errorCode ? `${errorCode}: ` : ""}${message}`,
    );
    process.exitCode = 1;
  }
  // The wasm engine can leave a PostgreSQL connection checked out of its pool, which would keep
  // this process alive for nothing.
  process.exit();
}
