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

/** Whether the database at `databaseUrl` has each of the acknowledged answers. */
async function storedIn(databaseUrl: string, acks: Ack[]): Promise<boolean[]> {
  if (engine === "sqlite") {
    const raw = new Database(databaseUrl.replace(/^file:/, ""), {
      readonly: true,
    });
    const has = raw.prepare(
      "SELECT COUNT(*) AS n FROM Response WHERE attemptId = ? AND position = ?",
    );
    const stored = acks.map(
      ([a, p]) => (has.get(a, p) as { n: number }).n === 1,
    );
    raw.close();
    return stored;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ stored: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "Response" r WHERE r."attemptId" = a.id AND r."position" = a.pos) AS stored
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS a(id, pos, i) ORDER BY a.i`,
      [acks.map(([a]) => a), acks.map(([, p]) => p)],
    );
    return rows.map((r) => r.stored);
  } finally {
    await client.end();
  }
}

const missingIn = async (databaseUrl: string, acks: Ack[]) => {
  const stored = await storedIn(databaseUrl, acks);
  return acks.filter((_, i) => !stored[i]);
};

const backupFile = path.join(
  work,
  engine === "sqlite" ? "backup.db" : "backup.dump",
);

async function responseCount(databaseUrl: string): Promise<number> {
  if (engine === "sqlite") {
    const raw = new Database(databaseUrl.replace(/^file:/, ""), {
      readonly: true,
    });
    const { n } = raw.prepare("SELECT COUNT(*) AS n FROM Response").get() as {
      n: number;
    };
    raw.close();
    return n;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Response"`,
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe(`npm run backup and npm run restore (${engine})`, () => {
  let before: Ack[] = [];
  /** Answers in the backup (as restored, before anything else is written there). */
  let inBackup = 0;

  it("backs up while answers are being written and restores every answer acknowledged before it", async () => {
    // SQLite: a reader that stays open (a teacher's long report, say) keeps SQLite from moving the
    // write-ahead log into the database file, so the latest answers are only in the log: a backup
    // that copied the file would miss them.
    const reader =
      engine === "sqlite"
        ? new Database(url.replace(/^file:/, ""), { readonly: true })
        : null;
    reader?.exec("BEGIN");
    reader?.prepare("SELECT COUNT(*) FROM Response").get();
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
      reader?.exec("COMMIT");
      reader?.close();
    }

    await run(process.execPath, [
      "scripts/restore.mjs",
      backupFile,
      "--to",
      freshUrl,
    ]);
    // One writer acknowledges in commit order, so one consistent state of the database holds the
    // first k acknowledged answers and none after them, with k at least those before the backup.
    const stored = await storedIn(freshUrl, writer.acked);
    const k =
      stored.indexOf(false) === -1 ? stored.length : stored.indexOf(false);
    expect(k).toBeGreaterThanOrEqual(before.length);
    expect(stored.slice(k).filter(Boolean)).toEqual([]);
    inBackup = await responseCount(freshUrl);
    expect(inBackup).toBe(k);
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
    "restores over a PostgreSQL database with tables only when told to replace it",
    async () => {
      await expect(
        run(process.execPath, ["scripts/restore.mjs", backupFile, "--to", url]),
      ).rejects.toThrow(/--replace/);
      await run(process.execPath, [
        "scripts/restore.mjs",
        backupFile,
        "--to",
        url,
        "--replace",
      ]);
      // The answers written after the backup are gone; the database is the backup's again.
      expect(await responseCount(url)).toBe(inBackup);
    },
    60_000,
  );

  it.runIf(engine === "sqlite")(
    "a restore over the open SQLite database is what the app reads next",
    async () => {
      const answersNow = await db.response.count();
      expect(answersNow).toBeGreaterThan(before.length);
      await run(process.execPath, [
        "scripts/restore.mjs",
        backupFile,
        "--to",
        url,
      ]);
      expect(await db.response.count()).toBe(inBackup);
      expect(inBackup).toBeLessThan(answersNow);
    },
    120_000,
  );
});
