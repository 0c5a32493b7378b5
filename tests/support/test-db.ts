// A fresh, migrated and seeded database per test file, selected through DATABASE_URL before the
// app's modules are imported (they read the environment once). SQLite by default: a file in a
// temporary folder. PostgreSQL when QQ_TEST_ENGINE=postgresql: a new database on the server at
// QQ_TEST_POSTGRES_URL, dropped afterwards (vitest.config.ts runs tests/db on both engines).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDatabase } from "@/scripts/migrate.mjs";
import { providerForUrl } from "@/scripts/schema-engine-wasm.mjs";

export type TestEngine = "sqlite" | "postgresql";
export const testEngine: TestEngine =
  process.env.QQ_TEST_ENGINE === "postgresql" ? "postgresql" : "sqlite";

function postgresTestUrl(): string {
  const server = process.env.QQ_TEST_POSTGRES_URL;
  if (!server) {
    throw new Error(
      "QQ_TEST_ENGINE=postgresql needs QQ_TEST_POSTGRES_URL (a PostgreSQL server to create test databases on)",
    );
  }
  const url = new URL(server);
  url.pathname = `/qq_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  return url.toString();
}

/** `seed: false` leaves content/'s packs out, for a library that holds other articles only. */
export async function setUpTestDatabase({
  seed = true,
}: { seed?: boolean } = {}) {
  const dir =
    testEngine === "sqlite"
      ? mkdtempSync(path.join(tmpdir(), "quellenquiz-test-"))
      : null;
  const url = dir ? `file:${path.join(dir, "test.db")}` : postgresTestUrl();
  process.env.DATABASE_URL = url;
  await migrateDatabase(url);
  const { db } = await import("@/lib/db/client");
  if (seed) {
    const { publishInstallationPacks } =
      await import("@/lib/data/content-sync");
    await publishInstallationPacks(db);
  }
  return {
    db,
    url,
    engine: testEngine,
    async cleanup() {
      await db.$disconnect();
      if (dir) rmSync(dir, { recursive: true, force: true });
      else await providerForUrl(url).dropDatabase(url);
    },
  };
}
