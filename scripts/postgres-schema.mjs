// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma: the same models, a PostgreSQL
// datasource and its own generated client (generated/prisma-postgresql). The models are written
// once, in prisma/schema.prisma; tests/unit/postgres-schema.test.ts fails when the two drift.
//
//   node scripts/postgres-schema.mjs          (write)
//   node scripts/postgres-schema.mjs --check  (exit 1 when the file is not what it would write)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(
  root,
  "prisma",
  "postgresql",
  "schema.prisma",
);

/** The PostgreSQL schema text for a given SQLite schema text. */
export function postgresSchemaOf(sqliteSchema) {
  const replaced = sqliteSchema
    .replace(
      /output\s*=\s*"\.\.\/generated\/prisma"/,
      'output       = "../../generated/prisma-postgresql"',
    )
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  if (replaced === sqliteSchema || !replaced.includes('"postgresql"')) {
    throw new Error(
      "prisma/schema.prisma: generator output or sqlite datasource not found",
    );
  }
  return `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: edit that file, not this one.\n${replaced}`;
}

const isMain =
  process.argv[1] &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const wanted = postgresSchemaOf(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    const current = readFileSync(POSTGRES_SCHEMA, "utf8");
    if (current !== wanted) {
      console.error(
        "prisma/postgresql/schema.prisma is out of date: run node scripts/postgres-schema.mjs",
      );
      process.exit(1);
    }
  } else {
    writeFileSync(POSTGRES_SCHEMA, wanted);
  }
}
