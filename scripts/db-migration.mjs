// `npm run db:migrate:dev -- --name <what>`: after an edit of prisma/schema.prisma, creates the
// migration for both engines (docs/decisions/025).
//  1. SQLite: Prisma's own `migrate dev` (through the offline engine shim), which also applies it
//     to the development database.
//  2. PostgreSQL: the schema engine's diff from the PostgreSQL schema as it was (the committed
//     prisma/postgresql/schema.prisma) to the one derived from the edited models, written under
//     the same migration name; then the derived schema is written and both clients regenerated.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  POSTGRES_SCHEMA,
  SQLITE_SCHEMA,
  postgresSchemaOf,
} from "./postgres-schema.mjs";
import { EMPTY_FILTER, loadSchemaEngineWasm } from "./schema-engine-wasm.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const migrationNames = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

const sqliteDir = path.join(root, "prisma", "migrations");
const postgresDir = path.join(root, "prisma", "postgresql", "migrations");
const before = new Set(migrationNames(sqliteDir));
const previousPostgres = readFileSync(POSTGRES_SCHEMA, "utf8");

run(process.execPath, [
  path.join(root, "scripts", "prisma.mjs"),
  "migrate",
  "dev",
  ...process.argv.slice(2),
]);

const created = migrationNames(sqliteDir).filter((name) => !before.has(name));
const nextPostgres = postgresSchemaOf(readFileSync(SQLITE_SCHEMA, "utf8"));
if (created.length === 1) {
  // A schema-to-schema diff reads no database, but the engine asks its adapter for the server's
  // version first: an adapter that answers every statement with nothing lets it work offline.
  const { SchemaEngine } = await loadSchemaEngineWasm();
  const nothing = {
    provider: "postgres",
    adapterName: "offline",
    queryRaw: async () => ({ columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: async () => 0,
    executeScript: async () => {},
    startTransaction: () =>
      Promise.reject(new Error("offline: no transactions")),
    dispose: async () => {},
  };
  const offline = {
    provider: "postgres",
    adapterName: "offline",
    connect: async () => nothing,
    connectToShadowDb: async () => nothing,
  };
  const { bindMigrationAwareSqlAdapterFactory } =
    await import("@prisma/driver-adapter-utils");
  const engine = await SchemaEngine.new(
    {},
    () => {},
    bindMigrationAwareSqlAdapterFactory(offline),
  );
  const schema = (content) => ({
    tag: "schemaDatamodel",
    files: [{ path: POSTGRES_SCHEMA, content }],
  });
  const { stdout } = await engine.diff({
    from: schema(previousPostgres),
    to: schema(nextPostgres),
    script: true,
    shadowDatabaseUrl: null,
    exitCode: null,
    filters: EMPTY_FILTER,
  });
  engine.free();
  if (stdout && !/^-- This is an empty migration\.?\s*$/.test(stdout.trim())) {
    const dir = path.join(postgresDir, created[0]);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), stdout);
    console.log(
      `PostgreSQL migration written: prisma/postgresql/migrations/${created[0]}`,
    );
  }
} else if (created.length > 1) {
  console.error(
    `Expected one new SQLite migration, found ${created.join(", ")}.`,
  );
  process.exit(1);
}
writeFileSync(POSTGRES_SCHEMA, nextPostgres);
run("npm", ["run", "db:generate"]);
