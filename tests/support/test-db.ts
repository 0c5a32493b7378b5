// A fresh, migrated and seeded SQLite database per test file, selected through DATABASE_URL
// before the app's modules are imported (they read the environment once).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDatabase } from "@/scripts/migrate.mjs";

export async function setUpTestDatabase() {
  const dir = mkdtempSync(path.join(tmpdir(), "quellenquiz-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.DATABASE_URL = url;
  await migrateDatabase(url);
  const { db } = await import("@/lib/db/client");
  const { syncContentPack } = await import("@/lib/data/content-sync");
  const { getContentPack } = await import("@/lib/content/load");
  await syncContentPack(db, getContentPack());
  return {
    db,
    url,
    async cleanup() {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
