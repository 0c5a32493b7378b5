// `npm run bench:faults`: the classroom load with the server killed (SIGKILL, the whole process
// group) in the middle of it and started again. Afterwards every answer the server acknowledged
// must be in the database, and the file must pass SQLite's integrity check. Writes
// bench/results/faults.json. Uses the build and database setup of `npm run bench`.
// `-- --instances=N` kills one of N instances behind the load balancer instead (below).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = 3410;
const origin = `http://127.0.0.1:${PORT}`;
const work = path.join(root, "bench", ".work");
const dbFile = path.join(root, "data", "bench-faults.db");
const students = Number(
  process.argv.find((a) => a.startsWith("--students="))?.slice(11) ?? 200,
);
const killAfterMs = 30_000;

// `--instances=N`: the same fault with N instances behind HAProxy on PostgreSQL — one is killed
// and not restarted until the class is done (deploy/test-instances.mjs, which checks it).
const instances = Number(
  process.argv.find((a) => a.startsWith("--instances="))?.slice(12) ?? 1,
);
if (instances > 1) {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, "deploy/test-instances.mjs"),
      `--students=${students}`,
      `--instances=${instances}`,
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        QQ_DEPLOY_TEST_REPORT: path.join(
          root,
          "bench/results/faults-instances.json",
        ),
      },
    },
  );
  process.exit(run.status ?? 1);
}
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:${dbFile}`,
  BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
  QQ_BENCH: "1",
  PORT: String(PORT),
};
const log = (...a) => console.error("[faults]", ...a);
mkdirSync(work, { recursive: true });

execFileSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
  cwd: root,
  stdio: "inherit",
  env,
});
for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`])
  rmSync(f, { force: true });
const { migrateDatabase } = await import("../scripts/migrate.mjs");
await migrateDatabase(`file:${dbFile}`);
const tsx = ["--conditions=react-server", "--import", "tsx"];
execFileSync(process.execPath, [...tsx, "prisma/seed.ts"], {
  cwd: root,
  stdio: "inherit",
  env,
});
const setupFile = path.join(work, "faults-setup.json");
execFileSync(process.execPath, [...tsx, "bench/setup.ts", "2", setupFile], {
  cwd: root,
  stdio: "inherit",
  env,
});
const manifest = JSON.parse(
  readFileSync(
    path.join(root, ".next/server/server-reference-manifest.json"),
    "utf8",
  ),
).node;
const actionId = (name) =>
  Object.entries(manifest).find(([, v]) => v.exportedName === name)?.[0];

const start = () =>
  spawn(
    process.execPath,
    [
      path.join(root, "node_modules/next/dist/bin/next"),
      "start",
      "--port",
      String(PORT),
    ],
    { cwd: root, env, detached: true, stdio: ["ignore", "ignore", "ignore"] },
  );
async function waitReady() {
  for (;;) {
    try {
      if ((await fetch(`${origin}/status`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
}

let server = start();
await waitReady();
const ackedFile = path.join(work, "faults-acked.json");
const spec = {
  origin,
  setupFile,
  ackedFile,
  students,
  answers: 20,
  think: [500, 1500],
  spread: 5000,
  run: Date.now(),
  retries: 60,
  actions: {
    joinClassAction: actionId("joinClassAction"),
    startAssignmentAction: actionId("startAssignmentAction"),
  },
};
const load = spawn(
  process.execPath,
  [path.join(root, "bench/lib/classroom.mjs"), JSON.stringify(spec)],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
);
let out = "";
load.stdout.on("data", (d) => (out += d));

await new Promise((r) => setTimeout(r, killAfterMs));
log(
  `SIGKILL to the server (process group ${server.pid}) while ${students} students are answering`,
);
process.kill(-server.pid, "SIGKILL");
const downSince = Date.now();
await new Promise((r) => setTimeout(r, 3000));
server = start();
await waitReady();
log(`restarted after ${Date.now() - downSince} ms`);
await new Promise((r) => load.once("exit", r));
process.kill(-server.pid, "SIGTERM");

const result = JSON.parse(out.trim().split("\n").at(-1));
const acked = JSON.parse(readFileSync(ackedFile, "utf8"));
const db = new Database(dbFile, { readonly: true });
const has = db.prepare(
  "SELECT COUNT(*) AS n FROM Response WHERE attemptId = ? AND position = ?",
);
const lost = acked.filter(([a, p]) => has.get(a, p).n !== 1);
const integrity = db.pragma("integrity_check", { simple: true });
const stored = db
  .prepare(
    "SELECT COUNT(*) AS n FROM Response r JOIN Attempt a ON a.id = r.attemptId WHERE a.assignmentId IS NOT NULL",
  )
  .get().n;
db.close();
const report = {
  date: new Date().toISOString(),
  students,
  killed_after_ms: killAfterMs,
  answers_sent: result.answers_sent,
  answers_acknowledged: acked.length,
  acknowledged_but_lost: lost.length,
  answers_stored: stored,
  errors_during_outage: result.errors,
  error_kinds: result.error_kinds,
  integrity_check: integrity,
};
mkdirSync(path.join(root, "bench", "results"), { recursive: true });
writeFileSync(
  path.join(root, "bench", "results", "faults.json"),
  JSON.stringify(report, null, 2) + "\n",
);
console.log(JSON.stringify(report, null, 2));
// Every student retries through the outage, so every answer must end acknowledged and stored.
if (lost.length || integrity !== "ok" || acked.length !== result.answers_sent)
  process.exit(1);
