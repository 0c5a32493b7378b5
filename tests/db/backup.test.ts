// `npm run backup` while answers are being written, then `npm run restore` into a fresh database:
// every answer acknowledged before the backup started is in the restored database, the restored
// database is at the current migration, and the app's data layer runs on it (it takes new answers).
// On SQLite also: a restore over the database the app has open is what the app reads next.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/scripts/migrate.mjs";
import { providerForUrl } from "@/scripts/schema-engine-wasm.mjs";
import { setUpTestDatabase } from "@/tests/support/test-db";

const run = promisify(execFile);
const testDb = await setUpTestDatabase();
const { db, url, engine } = testDb;
const work = mkdtempSync(path.join(tmpdir(), "quellenquiz-backup-"));
const freshUrl =
  engine === "sqlite"
    ? `file:${path.join(work, "restored.db")}`
    : Object.assign(new URL(url), {
        pathname: `${new URL(url).pathname}_restored`,
      }).toString();
afterAll(async () => {
  await testDb.cleanup();
  if (engine === "postgresql")
    await providerForUrl(freshUrl).dropDatabase(freshUrl);
  rmSync(work, { recursive: true, force: true });
});

type Ack = [attemptId: string, position: number];

/** tests/support/answer-writer.ts on `databaseUrl`: answers as fast as the data layer takes them. */
function startWriter(databaseUrl: string) {
  const acked: Ack[] = [];
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join("tests", "support", "answer-writer.ts"),
    ],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) {
      const [, attemptId, position] = line.split(" ");
      acked.push([attemptId!, Number(position)]);
    }
  });
  return { child, acked };
}

async function untilAcked(acked: Ack[], count: number, child: ChildProcess) {
  while (acked.length < count) {
    if (child.exitCode !== null) throw new Error("the answer writer stopped");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}

/** The acknowledged answers that the database at `databaseUrl` does not have. */
async function missingIn(databaseUrl: string, acks: Ack[]): Promise<Ack[]> {
  if (engine === "sqlite") {
    const raw = new Database(databaseUrl.replace(/^file:/, ""), {
      readonly: true,
    });
    const has = raw.prepare(
      "SELECT COUNT(*) AS n FROM Response WHERE attemptId = ? AND position = ?",
    );
    const missing = acks.filter(
      ([a, p]) => (has.get(a, p) as { n: number }).n !== 1,
    );
    raw.close();
    return missing;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; pos: number }>(
      `SELECT a.id, a.pos FROM unnest($1::text[], $2::int[]) AS a(id, pos)
       WHERE NOT EXISTS (SELECT 1 FROM "Response" r WHERE r."attemptId" = a.id AND r."position" = a.pos)`,
      [acks.map(([a]) => a), acks.map(([, p]) => p)],
    );
    return rows.map((r) => [r.id, r.pos]);
  } finally {
    await client.end();
  }
}

const backupFile = path.join(
  work,
  engine === "sqlite" ? "backup.db" : "backup.dump",
);

describe(`npm run backup and npm run restore (${engine})`, () => {
  let before: Ack[] = [];

  it("backs up while answers are being written and restores every answer acknowledged before it", async () => {
    const writer = startWriter(url);
    try {
      await untilAcked(writer.acked, 100, writer.child);
      before = [...writer.acked];
      const { stdout } = await run(
        process.execPath,
        ["scripts/backup.mjs", "--out", backupFile],
        { env: { ...process.env, DATABASE_URL: url } },
      );
      expect(stdout.trim()).toBe(backupFile);
      // The writer went on during the backup: the backup was taken under writes.
      expect(writer.acked.length).toBeGreaterThan(before.length);
    } finally {
      await stop(writer.child);
    }

    await run(process.execPath, [
      "scripts/restore.mjs",
      backupFile,
      "--to",
      freshUrl,
    ]);
    expect(await missingIn(freshUrl, before)).toEqual([]);
    // The restored database carries its migration history: nothing is left to apply.
    expect((await migrateDatabase(freshUrl)).appliedMigrationNames).toEqual([]);
  }, 180_000);

  it("the app's data layer runs on the restored database", async () => {
    const writer = startWriter(freshUrl);
    try {
      await untilAcked(writer.acked, 5, writer.child);
    } finally {
      await stop(writer.child);
    }
    expect(await missingIn(freshUrl, writer.acked)).toEqual([]);
  }, 120_000);

  it.runIf(engine === "postgresql")(
    "refuses to restore over a PostgreSQL database with tables unless told to replace it",
    async () => {
      await expect(
        run(process.execPath, ["scripts/restore.mjs", backupFile, "--to", url]),
      ).rejects.toThrow(/--replace/);
    },
    60_000,
  );

  it.runIf(engine === "sqlite")(
    "a restore over the open SQLite database is what the app reads next",
    async () => {
      const answersNow = await db.response.count();
      expect(answersNow).toBeGreaterThan(before.length);
      await run(
        process.execPath,
        ["scripts/restore.mjs", backupFile, "--to", url],
        {},
      );
      const restored = new Database(backupFile, { readonly: true });
      const inBackup = (
        restored.prepare("SELECT COUNT(*) AS n FROM Response").get() as {
          n: number;
        }
      ).n;
      restored.close();
      expect(await db.response.count()).toBe(inBackup);
      expect(inBackup).toBeLessThan(answersNow);
    },
    120_000,
  );
});
