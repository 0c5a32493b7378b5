// `npm run restore -- <backup file> [--to <database URL>] [--replace]`: puts a backup made by
// `npm run backup` into the database at DATABASE_URL (or `--to`).
//
// - SQLite: the backup is copied into the database at its path with SQLite's backup API, through
//   SQLite's own locking, all pages in one step. An app that has the database open (one instance,
//   the SQLite case) sees the restored data at its next statement; the file is never swapped under
//   it, and its write-ahead log stays its own (a file moved over the path while a connection still
//   has the old file's log would mix the two). A missing database file is created.
// - PostgreSQL: `pg_restore` in one transaction into the database, which is created when missing.
//   A database that already has tables is only overwritten with `--replace` (pg_restore --clean):
//   stop every instance first (README, "Running several instances"), or restore into a new
//   database and point DATABASE_URL at it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, libpqUrl, postgresTool } from "./backup.mjs";
import { DEFAULT_DATABASE_URL } from "./migrate.mjs";
import { providerForUrl, sqliteFilePath } from "./schema-engine-wasm.mjs";

const ALL_PAGES = 0x7fffffff;

/**
 * Restores `backupFile` into the database at `databaseUrl`.
 * @param {{ replace?: boolean }} [options] PostgreSQL: allow overwriting a database with tables
 */
export async function restoreDatabase(
  backupFile,
  databaseUrl,
  { replace = false } = {},
) {
  if (!existsSync(backupFile)) throw new Error(`no backup at ${backupFile}`);
  if (isPostgresUrl(databaseUrl)) {
    const provider = providerForUrl(databaseUrl);
    try {
      await provider.databaseExists(databaseUrl);
    } catch (error) {
      if (error?.errorCode !== "P1003") throw error;
      await provider.createDatabase(databaseUrl);
    }
    const hasTables = await publicTableCount(databaseUrl);
    if (hasTables && !replace)
      throw new Error(
        "the database has tables already: add --replace to overwrite it (stop every instance first), or restore into a new database",
      );
    execFileSync(
      postgresTool("pg_restore"),
      [
        "--single-transaction",
        "--no-owner",
        "--no-privileges",
        ...(hasTables ? ["--clean", "--if-exists"] : []),
        `--dbname=${libpqUrl(databaseUrl)}`,
        backupFile,
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    return;
  }
  const target = sqliteFilePath(databaseUrl);
  mkdirSync(path.dirname(target), { recursive: true });
  const backup = new Database(backupFile, {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const check = backup.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`the backup is damaged: ${check}`);
    await backup.backup(target, { progress: () => ALL_PAGES });
  } finally {
    backup.close();
  }
  // The app runs SQLite in WAL mode (docs/decisions/002); a newly created file starts without it.
  const restored = new Database(target, { fileMustExist: true });
  try {
    restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
}

async function publicTableCount(databaseUrl) {
  const client = new pg.Client({ connectionString: libpqUrl(databaseUrl) });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

const isMain =
  process.argv[1] &&
  realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const toIndex = args.indexOf("--to");
  const to = toIndex >= 0 ? args[toIndex + 1] : undefined;
  const backupFile = args.find(
    (a, i) => !a.startsWith("--") && (toIndex < 0 || i !== toIndex + 1),
  );
  if (!backupFile || (toIndex >= 0 && !to)) {
    console.error(
      "usage: npm run restore -- <backup file> [--to <database URL>] [--replace]",
    );
    process.exit(2);
  }
  const databaseUrl = to ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  try {
    await restoreDatabase(path.resolve(backupFile), databaseUrl, {
      replace: args.includes("--replace"),
    });
    console.log(
      `Restored ${backupFile} into ${isPostgresUrl(databaseUrl) ? new URL(databaseUrl).pathname.slice(1) : sqliteFilePath(databaseUrl)}.`,
    );
  } catch (error) {
    console.error(`Restore failed: ${error.message}`);
    process.exit(1);
  }
  // The schema engine's PostgreSQL helpers can leave a pool open; nothing else is pending.
  process.exit(0);
}
