// Shared loader for Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm),
// driven through a driver adapter. Used by the CLI shim (prisma-schema-engine.mjs) and by
// migrate.mjs. See docs/decisions/003-offline-prisma-schema-engine.md for why this exists.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
} from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

let wasmModulePromise;

// The package's `exports` hide the .wasm file and package.json, so work with its folder.
const wasmPackageDir = () =>
  path.dirname(require.resolve("@prisma/schema-engine-wasm"));

/** Instantiates the wasm once per process and returns its JS bindings module. */
export function loadSchemaEngineWasm() {
  wasmModulePromise ??= (async () => {
    const dir = wasmPackageDir();
    const bindings = await import(
      pathToFileURL(path.join(dir, "schema_engine_bg.js")).href
    );
    const { instance } = await WebAssembly.instantiate(
      readFileSync(path.join(dir, "schema_engine_bg.wasm")),
      { "./schema_engine_bg.js": bindings },
    );
    bindings.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bindings;
  })();
  return wasmModulePromise;
}

/** The engine commit hash, e.g. "0edf323e…" (the package version is `7.10.0-4.<hash>`). */
export function engineCommitHash() {
  const { version } = JSON.parse(
    readFileSync(path.join(wasmPackageDir(), "package.json"), "utf8"),
  );
  return version.split(".").at(-1);
}

// ---------------------------------------------------------------------------------------------
// Providers. Each provider knows how to build a driver-adapter factory and how to answer the
// database-level operations the native engine does without a schema (exists/create/drop/reset).
// ---------------------------------------------------------------------------------------------

export class EngineError extends Error {
  constructor(errorCode, message) {
    super(message);
    this.errorCode = errorCode;
  }
}

/**
 * Absolute path of an SQLite `file:` URL. Relative paths resolve against `baseDir`, which defaults
 * to process.cwd(): the Prisma CLI starts the engine with cwd = project root, and the app's adapter
 * resolves `file:./…` against process.cwd() too.
 */
export function sqliteFilePath(url, baseDir = process.cwd()) {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return file === ":memory:" ? file : path.resolve(baseDir, file);
}

const sqlite = {
  // What the engine creates (see `prisma migrate resolve --applied` on an unmanaged database).
  migrationsTableDdl: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`,
  async createAdapterFactory({ url, shadowDatabaseUrl }) {
    const { PrismaBetterSqlite3 } =
      await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSqlite3(
      { url: sqliteFilePath(url) },
      shadowDatabaseUrl
        ? { shadowDatabaseUrl: sqliteFilePath(shadowDatabaseUrl) }
        : undefined,
    );
  },
  databaseExists(url) {
    const file = sqliteFilePath(url);
    if (
      file === ":memory:" ||
      statSync(file, { throwIfNoEntry: false })?.isFile()
    )
      return;
    throw new EngineError(
      "P1003",
      `Database \`${path.basename(file)}\` does not exist at \`${file}\``,
    );
  },
  /** Like the native engine: creates missing parent directories and an empty database file. */
  createDatabase(url) {
    const file = sqliteFilePath(url);
    if (file !== ":memory:") {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "", { flag: "a" });
    }
    return path.basename(file);
  },
  dropDatabase(url) {
    const file = sqliteFilePath(url);
    if (file === ":memory:") return;
    for (const suffix of ["", "-journal", "-wal", "-shm"])
      rmSync(file + suffix, { force: true });
  },
  // The wasm engine's reset leaves an SQLite file as it was, so the shim recreates the file.
  resetDatabase(url) {
    sqlite.dropDatabase(url);
    sqlite.createDatabase(url);
  },
};

/** pg's connection settings of a postgresql:// URL, one field each (see below for why). */
function pgConfigOf(url) {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
  };
}

/** Runs `work` with a pg client on the server's maintenance database ("postgres"). */
async function onMaintenanceDatabase(url, work) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ ...pgConfigOf(url), database: "postgres" });
  await client.connect();
  try {
    return await work(client, pgConfigOf(url).database);
  } finally {
    await client.end();
  }
}

const quoteIdentifier = (name) => `"${name.replaceAll('"', '""')}"`;

const postgres = {
  migrationsTableDdl: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`,
  // Host, port, user, password and database are passed one by one: given a connectionString,
  // adapter-pg's shadow database would be the main database.
  async createAdapterFactory({ url, shadowDatabaseUrl }) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg(
      pgConfigOf(url),
      shadowDatabaseUrl ? { shadowDatabaseUrl } : undefined,
    );
  },
  databaseExists(url) {
    return onMaintenanceDatabase(url, async (client, name) => {
      const { rowCount } = await client.query(
        "SELECT 1 FROM pg_database WHERE datname = $1",
        [name],
      );
      if (rowCount === 0) {
        throw new EngineError(
          "P1003",
          `Database \`${name}\` does not exist on the PostgreSQL server`,
        );
      }
    });
  },
  createDatabase(url) {
    return onMaintenanceDatabase(url, async (client, name) => {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      return name;
    });
  },
  dropDatabase(url) {
    return onMaintenanceDatabase(url, (client, name) =>
      client.query(
        `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`,
      ),
    );
  },
};

/** The engine a datasource URL names: SQLite for `file:`, PostgreSQL for `postgres(ql)://`. */
export function providerForUrl(url) {
  if (typeof url !== "string" || url === "") {
    throw new EngineError(
      "P1012",
      "No datasource URL was given to the schema engine.",
    );
  }
  if (url.startsWith("file:")) return sqlite;
  if (/^postgres(?:ql)?:\/\//.test(url)) return postgres;
  throw new EngineError(
    "P1013",
    `Unsupported datasource URL scheme "${url.split(":")[0]}": use file: (SQLite) or postgresql://.`,
  );
}

// Workarounds applied to every connection the wasm engine opens (main and shadow database).
// `state.migrationsTableMissing` records that the engine looked for _prisma_migrations in vain.
function patchConnection(adapter, state) {
  // better-sqlite3 refuses a string with several statements in prepare(); the wasm engine sends
  // whole migration files through executeRaw when replaying them on the shadow database.
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (
        query.args.length === 0 &&
        /more than one statement/.test(error?.message ?? "")
      ) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  // The native engine treats a missing _prisma_migrations table as "no migration applied yet";
  // the wasm engine fails with P1014 instead (devDiagnostic, diagnoseMigrationHistory, …).
  // Answering its SELECT with an empty result restores the native behaviour.
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      const select =
        /^\s*SELECT\s+([\s\S]+?)\s+FROM\s+[`"]?_prisma_migrations[`"]?/i.exec(
          query.sql,
        );
      if (!select || error?.cause?.kind !== "TableDoesNotExist") throw error;
      state.migrationsTableMissing = true;
      const columnNames = select[1]
        .split(",")
        .map((column) => column.trim().replace(/^[`"]|[`"]$/g, ""));
      return {
        columnNames,
        columnTypes: columnNames.map(() => ColumnTypeEnum.Text),
        rows: [],
      };
    }
  };
  // Remember open connections: the engine never disposes its main connection, and SQLite keeps
  // the file locked (locking_mode=EXCLUSIVE) until it is closed.
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    state.open.delete(adapter);
    await dispose();
  };
  state.open.add(adapter);
  return adapter;
}

/**
 * Opens a wasm SchemaEngine for `datasource` ({ url, shadowDatabaseUrl? }).
 * `datamodels` is a list of [path, content] pairs (may be empty). `log` receives engine log lines.
 * Returns { engine, close, state }: close() frees the engine and closes its database connections;
 * state.migrationsTableMissing can be reset and read around a call.
 */
export async function openSchemaEngine({
  datasource,
  datamodels = [],
  log = () => {},
}) {
  const provider = providerForUrl(datasource?.url);
  const [{ SchemaEngine }, factory] = await Promise.all([
    loadSchemaEngineWasm(),
    provider.createAdapterFactory(datasource),
  ]);
  const state = { open: new Set(), migrationsTableMissing: false };
  const patchedFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patchConnection(await factory.connect(), state),
    connectToShadowDb: async () =>
      patchConnection(await factory.connectToShadowDb(), state),
  };
  const engine = await SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(patchedFactory),
  );
  const close = async () => {
    engine.free();
    await Promise.all([...state.open].map((adapter) => adapter.dispose()));
  };
  return { engine, close, state };
}

/** Reads a migrations directory the way the Prisma CLI does (sorted, `migration.sql` per folder). */
export function readMigrationsList(baseDir, shadowDbInitScript = "") {
  const lockfileContent = (() => {
    try {
      return readFileSync(path.join(baseDir, "migration_lock.toml"), "utf8");
    } catch {
      return null;
    }
  })();
  let entries = [];
  try {
    entries = readdirSync(baseDir, { withFileTypes: true });
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const migrationDirectories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      let content;
      try {
        content = {
          tag: "ok",
          value: readFileSync(
            path.join(baseDir, entry.name, "migration.sql"),
            "utf8",
          ),
        };
      } catch (error) {
        content = { tag: "error", value: error.message };
      }
      return {
        path: entry.name,
        migrationFile: { path: "migration.sql", content },
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lockfileContent },
    shadowDbInitScript,
    migrationDirectories,
  };
}

export const EMPTY_FILTER = Object.freeze({
  externalTables: [],
  externalEnums: [],
});

/** Prisma error code (P1003, …) and message of something thrown by the engine or this module. */
export function describeEngineError(error) {
  const errorCode = error?.errorCode ?? error?.code;
  const message = error?.message ?? String(error);
  return {
    errorCode: /^P\d{4}$/.test(errorCode ?? "") ? errorCode : undefined,
    message,
  };
}
