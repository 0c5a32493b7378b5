import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrateDatabase } from "../../scripts/migrate.mjs";

const tempDir = mkdtempSync(path.join(tmpdir(), "quellenquiz-migrate-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

const migrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  applied_steps_count: number | bigint;
};

function readMigrationRows(file: string): MigrationRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
      )
      .all() as MigrationRow[];
  } finally {
    db.close();
  }
}

describe("migrateDatabase", () => {
  // A folder that does not exist yet: migrateDatabase must create it.
  const file = path.join(tempDir, "nested", "dir", "test.db");
  const url = `file:${file}`;

  it("creates a fresh database with every table and the CLI-compatible history", async () => {
    expect(migrationNames.some((name) => /^\d{14}_init$/.test(name))).toBe(
      true,
    );

    const { appliedMigrationNames } = await migrateDatabase(url);
    expect(appliedMigrationNames).toEqual(migrationNames);

    const db = new Database(file, { readonly: true });
    const tables = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all() as { name: string }[]
    ).map((row) => row.name);
    db.close();
    expect(tables).toEqual(
      expect.arrayContaining([
        "_prisma_migrations",
        "Article",
        "Sentence",
        "Question",
        "Quiz",
        "QuizQuestion",
        "Learner",
        "Attempt",
        "AttemptItem",
        "Response",
      ]),
    );

    const rows = readMigrationRows(file);
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = readFileSync(
        path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"),
      );
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
    }
  });

  it("is a no-op when run again", async () => {
    const before = readMigrationRows(file);
    const { appliedMigrationNames } = await migrateDatabase(url);
    expect(appliedMigrationNames).toEqual([]);
    expect(readMigrationRows(file)).toEqual(before);
  });

  it("rejects datasource URLs it cannot handle", async () => {
    await expect(
      migrateDatabase("mysql://localhost/quellenquiz"),
    ).rejects.toThrow(/use file: \(SQLite\) or postgresql:/);
  });
});
