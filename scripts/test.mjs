// `npm test`: everything, on both database engines.
//
//   1. lint and type check;
//   2. unit tests, and the database tests on SQLite and on PostgreSQL (vitest projects);
//   3. the browser tests on SQLite (all of them), then the main flows on PostgreSQL (tests tagged
//      @postgres: a student's quiz, a teacher's class and assignment, the reader).
//
// PostgreSQL: QQ_TEST_POSTGRES_URL names a server to create test databases on (any database of it
// works as a base URL). Without it, a throw-away cluster is started on a temporary directory with
// scripts/postgres-cluster.sh (needs Debian's postgresql package) and stopped at the end.
// QQ_TEST_ENGINES=sqlite runs SQLite only — for a machine without PostgreSQL; CI never sets it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const engines = (process.env.QQ_TEST_ENGINES ?? "sqlite,postgresql").split(",");
const withPostgres = engines.includes("postgresql");

function run(what, command, args, env = {}) {
  console.log(`\n--- ${what}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error(`${what} failed (exit ${result.status ?? result.signal}).`);
    stopCluster();
    process.exit(result.status ?? 1);
  }
  return result;
}

let cluster = null;
function startCluster() {
  const dir = mkdtempSync(path.join(tmpdir(), "quellenquiz-pg-"));
  const port = String(55500 + Math.floor(Math.random() * 400));
  const started = spawnSync(
    "bash",
    [path.join(root, "scripts", "postgres-cluster.sh"), "start", dir, port],
    { encoding: "utf8" },
  );
  if (started.status !== 0) {
    console.error(
      `Could not start a PostgreSQL cluster for the tests:\n${started.stderr}\n` +
        "Install PostgreSQL (Debian: apt-get install postgresql), set QQ_TEST_POSTGRES_URL to a server, " +
        "or run SQLite only with QQ_TEST_ENGINES=sqlite.",
    );
    process.exit(1);
  }
  cluster = { dir, url: started.stdout.trim().split("\n").at(-1) };
  return cluster.url;
}
function stopCluster() {
  if (!cluster) return;
  spawnSync("bash", [
    path.join(root, "scripts", "postgres-cluster.sh"),
    "stop",
    cluster.dir,
  ]);
  rmSync(cluster.dir, { recursive: true, force: true });
  cluster = null;
}
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    stopCluster();
    process.exit(130);
  });

run("lint", "npm", ["run", "lint"]);
run("type check", "npm", ["run", "typecheck"]);

const postgresUrl = withPostgres
  ? (process.env.QQ_TEST_POSTGRES_URL ?? startCluster())
  : undefined;
run(
  `unit and database tests (${withPostgres ? "SQLite and PostgreSQL" : "SQLite only"})`,
  "npx",
  ["vitest", "run"],
  postgresUrl ? { QQ_TEST_POSTGRES_URL: postgresUrl } : {},
);
if (engines.includes("sqlite")) {
  run("browser tests on SQLite", "npx", ["playwright", "test"], {
    QQ_TEST_ENGINE: "sqlite",
  });
}
if (postgresUrl) {
  run(
    "browser tests of the main flows on PostgreSQL",
    "npx",
    ["playwright", "test", "--grep", "@postgres", "--project", "desktop"],
    { QQ_TEST_ENGINE: "postgresql", QQ_TEST_POSTGRES_URL: postgresUrl },
  );
}
stopCluster();
