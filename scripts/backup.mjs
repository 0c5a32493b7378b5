// `npm run backup [-- --out <file>]`: a consistent copy of the database named by DATABASE_URL,
// taken while the app runs and writes. `npm run restore` (scripts/restore.mjs) puts one back.
//
// - SQLite: better-sqlite3's online backup API, all pages in one step. One step is one read
//   transaction on the source, so the copy is one committed state of the database however much is
//   written meanwhile (smaller steps would restart whenever another process writes). WAL readers do
//   not block writers, so the app goes on answering during the copy. The copy is then checked with
//   `PRAGMA integrity_check`.
// - PostgreSQL: `pg_dump` in its custom format (one snapshot of the whole database), then checked
//   by reading its table of contents with `pg_restore --list`.
//
// The file is written under a temporary name and renamed when complete and checked, so a file
// with the final name is always a whole backup. Default: data/backups/quellenquiz-<UTC time>.db
// (SQLite) or .dump (PostgreSQL). Prints the file's path.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL } from "./migrate.mjs";
import { sqliteFilePath } from "./schema-engine-wasm.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ALL_PAGES = 0x7fffffff;

export const isPostgresUrl = (url) => /^postgres(?:ql)?:\/\//.test(url);

/**
 * The URL as libpq reads it: Prisma-only parameters (which libpq refuses as unknown) removed.
 */
export function libpqUrl(url) {
  const parsed = new URL(url);
  for (const name of [
    "schema",
    "connection_limit",
    "pool_timeout",
    "pgbouncer",
    "statement_cache_size",
    "socket_timeout",
  ])
    parsed.searchParams.delete(name);
  return parsed.toString();
}

/** A PostgreSQL client program, from the newest server version installed, else from PATH. */
export function postgresTool(name) {
  const base = "/usr/lib/postgresql";
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(path.join(base, v, "bin", name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0], "bin", name);
  }
  return name;
}

const timestamp = () =>
  new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z");

/**
 * Backs up the database at `databaseUrl` into `out` (default: data/backups/…).
 * @returns {Promise<string>} the backup file's absolute path
 */
export async function backupDatabase(databaseUrl, out) {
  const postgres = isPostgresUrl(databaseUrl);
  const target = path.resolve(
    out ??
      path.join(
        root,
        "data",
        "backups",
        `quellenquiz-${timestamp()}.${postgres ? "dump" : "db"}`,
      ),
  );
  mkdirSync(path.dirname(target), { recursive: true });
  if (existsSync(target)) throw new Error(`${target} exists already`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    if (postgres) {
      execFileSync(
        postgresTool("pg_dump"),
        [
          "--format=custom",
          "--no-owner",
          "--no-privileges",
          `--file=${partial}`,
          `--dbname=${libpqUrl(databaseUrl)}`,
        ],
        { stdio: ["ignore", "ignore", "inherit"] },
      );
      execFileSync(postgresTool("pg_restore"), ["--list", partial], {
        stdio: ["ignore", "ignore", "inherit"],
      });
    } else {
      const file = sqliteFilePath(databaseUrl);
      if (!existsSync(file)) throw new Error(`no database at ${file}`);
      const source = new Database(file, { fileMustExist: true });
      try {
        await source.backup(partial, { progress: () => ALL_PAGES });
      } finally {
        source.close();
      }
      const copy = new Database(partial, { fileMustExist: true });
      try {
        // One self-contained file: a copy left in WAL mode grows -wal and -shm files when opened.
        copy.pragma("journal_mode = DELETE");
        const check = copy.pragma("integrity_check", { simple: true });
        if (check !== "ok")
          throw new Error(`the copy fails its integrity check: ${check}`);
      } finally {
        copy.close();
      }
    }
    renameSync(partial, target);
    return target;
  } finally {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`])
      rmSync(f, { force: true });
  }
}

const isMain =
  process.argv[1] &&
  realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outIndex = process.argv.indexOf("--out");
  const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
  if (outIndex > 0 && !out) {
    console.error("usage: npm run backup [-- --out <file>]");
    process.exit(2);
  }
  const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  try {
    console.log(await backupDatabase(databaseUrl, out));
  } catch (error) {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  }
}
