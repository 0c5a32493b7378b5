import { defineConfig } from "prisma/config";

// Relative SQLite URLs: Prisma 7 passes `datasource.url` to the schema engine unchanged (only
// `schema` and `migrations.path` are resolved against this file's directory), and the CLI starts
// the engine with its working directory set to the CLI's cwd (or to the --config file's folder).
// The app (lib/env.ts) and scripts/migrate.mjs resolve `file:./…` against process.cwd() too. All
// npm scripts run from the project root, so the default is <project root>/data/quellenquiz.db
// everywhere. The `data/` folder is created on demand: by the engine shim's create-database (the
// CLI calls it when the file is missing) and by scripts/migrate.mjs.
// A postgresql:// URL selects the PostgreSQL schema and its migrations (docs/decisions/025).
// Prisma 7 does not read .env files; set DATABASE_URL in the environment.
const url = process.env.DATABASE_URL ?? "file:./data/quellenquiz.db";
const postgres = /^postgres(?:ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations",
  },
  datasource: { url },
});
