// `npm run bench [-- --quick] [--engine=sqlite|postgres] [--instances=N]`: measures Quellenquiz
// against baselines taken in the same run on the same machine, prints a table and writes
// bench/results/latest.json. See docs/benchmarks.md.
// The server runs pinned to core 0 and every load generator to core 1 (taskset), when there are
// two cores and taskset exists. Lighthouse's Chromium is not pinned (see lighthouseScores).
// `--engine=postgres` runs the server on a throw-away PostgreSQL cluster (the data-layer section,
// which compares with raw better-sqlite3, is left out). `--instances=N` (N > 1, PostgreSQL) runs
// answer throughput and the classroom load through HAProxy with one instance and with N instead
// of the single-server sections (bench/lib/instances-bench.mjs) and writes
// bench/results/instances.json. `--students=N` caps every classroom scenario at N students (to try a
// scenario out; its figures are then not comparable). QQ_BENCH_PORT moves the servers' ports
// (default 3400, and the two above it).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { firstLoadJsKb } from "./lib/bytes.mjs";
import { writeHelloApp } from "./lib/hello-app.mjs";
import {
  missingResponses,
  queryDatabase,
  startPostgres,
  stopPostgres,
} from "./lib/instances.mjs";
import { clockTicks, serverCpuSeconds } from "./lib/server-cpu.mjs";
import { CHROMIUM_PATH } from "../scripts/chromium.mjs";
import { serverNodeOptions } from "../scripts/server-preloads.mjs";
import { providerForUrl } from "../scripts/schema-engine-wasm.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const want = (section) => !only || only.includes(section);
const option = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const instanceCount = Number(option("instances") ?? 1);
// Several instances share one database server: PostgreSQL.
const engine = option("engine") ?? (instanceCount > 1 ? "postgres" : "sqlite");
if (
  !["sqlite", "postgres"].includes(engine) ||
  !Number.isInteger(instanceCount) ||
  instanceCount < 1 ||
  (instanceCount > 1 && engine !== "postgres")
) {
  console.error(
    "usage: npm run bench -- [--quick] [--only=…] [--students=N] [--engine=sqlite|postgres] [--instances=N] (N > 1 needs postgres)",
  );
  process.exit(2);
}
const C = quick
  ? {
      runs: 3,
      duration: 3,
      connections: 50,
      students: 300,
      answers: 20,
      think: [1000, 3000],
      spread: 10_000,
      signedIn: { students: 300, spread: 10_000 },
      join: { students: 30, spread: 10_000 },
      cpuStudents: 10,
      dbAnswers: 200,
      dbRounds: 3,
      learners: 300,
      lighthouseRuns: 1,
      studioRounds: 3,
    }
  : {
      runs: 5,
      duration: 8,
      connections: 50,
      students: 3000,
      answers: 20,
      think: [5000, 15000],
      spread: 10_000,
      signedIn: { students: 3000, spread: 60_000 },
      join: { students: 300, spread: 60_000 },
      cpuStudents: 50,
      dbAnswers: 1000,
      dbRounds: 5,
      learners: 950,
      lighthouseRuns: 3,
      studioRounds: 5,
    };
const studentCap = option("students");
if (studentCap !== undefined) {
  const cap = Number(studentCap);
  if (!Number.isInteger(cap) || cap < 1) {
    console.error("--students=N needs a whole number N ≥ 1");
    process.exit(2);
  }
  C.students = Math.min(C.students, cap);
  C.signedIn.students = Math.min(C.signedIn.students, cap);
  C.join.students = Math.min(C.join.students, cap);
  C.cpuStudents = Math.min(C.cpuStudents, cap);
}
const PORT = Number(process.env.QQ_BENCH_PORT ?? 3400);
const HELLO_PORT = PORT + 1;
const BASELINE_PORT = PORT + 2;
const origin = `http://127.0.0.1:${PORT}`;
const work = path.join(root, "bench", ".work");
const dbFile = path.join(root, "data", "bench.db");
const chromePath = CHROMIUM_PATH;
mkdirSync(work, { recursive: true });

const hasTaskset =
  spawnSync("taskset", ["-c", "0", "true"]).status === 0 &&
  os.cpus().length >= 2;
const pin = (core, command, args) =>
  hasTaskset
    ? ["taskset", ["-c", String(core), command, ...args]]
    : [command, args];
const log = (...args) => console.error("[bench]", ...args);

/** Runs a measuring process, pinned to core 1 (away from the server) unless `core` is null. */
function runJson(command, args, env = {}, core = 1) {
  const [cmd, cmdArgs] =
    core === null ? [command, args] : pin(core, command, args);
  const out = execFileSync(cmd, cmdArgs, {
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.toString().trim().split("\n").at(-1));
}
const cannon = (spec) =>
  runJson(process.execPath, [
    path.join(root, "bench/lib/cannon.mjs"),
    JSON.stringify(spec),
  ]);
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted.at(-1),
  };
};
/**
 * Lighthouse's scores move by several points between runs of the same page on this machine: the
 * median of `C.lighthouseRuns` audits, each in a fresh Chromium, with min and max of both scores,
 * and the median of each metric the performance score is made of (FCP, LCP, TBT, SI, CLS).
 */
const LIGHTHOUSE_TRIES = 3;
function lighthouseScores(page) {
  const runLighthouse = () =>
    // Not pinned: Chromium's browser, renderer and raster processes on one core slow the page's
    // main thread by contention, which Lighthouse then multiplies by its 4x simulated CPU slowdown.
    // Lighthouse asks for at least 2 dedicated cores (docs/variability.md); the server, pinned to
    // core 0, is idle between the page's few requests. docs/benchmarks.md has the A/B.
    runJson(
      process.execPath,
      [
        path.join(root, "bench/lib/lighthouse.mjs"),
        JSON.stringify({ ...page, chromePath }),
      ],
      {},
      null,
    );
  // An audit that fails outright (no score, e.g. Chromium recorded no navigation start) says
  // nothing about the page: tried again, and after the last try left out and counted, so that one
  // page's failed traces do not cost the whole run.
  const audit = () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return runLighthouse();
      } catch {
        if (attempt === LIGHTHOUSE_TRIES) {
          log(
            `  lighthouse audit of ${page.url} failed ${attempt} times; left out`,
          );
          return null;
        }
        log(`  lighthouse audit of ${page.url} failed; again`);
      }
    }
  };
  const audits = Array.from({ length: C.lighthouseRuns }, audit).filter(
    (a) => a !== null,
  );
  const failed = C.lighthouseRuns - audits.length;
  if (audits.length === 0) return { failed };
  const performance = stats(audits.map((a) => a.performance));
  const accessibility = stats(audits.map((a) => a.accessibility));
  const metrics = Object.fromEntries(
    Object.keys(audits[0].metrics).map((k) => [
      k,
      round(stats(audits.map((a) => a.metrics[k])).median, k === "cls" ? 3 : 0),
    ]),
  );
  return {
    performance: performance.median,
    accessibility: accessibility.median,
    // Median of each metric over the audits (not necessarily from the median audit).
    metrics,
    ...(failed > 0 ? { failed } : {}),
    runs: {
      performance: {
        ...performance,
        samples: audits.map((a) => a.performance),
      },
      accessibility: {
        ...accessibility,
        samples: audits.map((a) => a.accessibility),
      },
    },
  };
}
const round = (x, digits = 1) =>
  x === null || x === undefined
    ? null
    : Math.round(x * 10 ** digits) / 10 ** digits;

async function waitFor(url, timeoutMs = 300_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`not ready: ${url}`);
}

function startNext(cwd, port, env) {
  const [cmd, args] = pin(0, process.execPath, [
    path.join(root, "node_modules/next/dist/bin/next"),
    "start",
    "--port",
    String(port),
  ]);
  // Its own process group: `next start` runs the server in a child ("next-server") that must go too.
  return spawn(cmd, args, {
    cwd,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
      // The app gets the preloads `npm start` gives it (the prerendered pages' headers among
      // them); the bare Next app of the Lighthouse baseline gets none.
      ...(cwd === root
        ? { NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) }
        : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => setTimeout(resolve, 300));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  });
}

const machine = () => ({
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memory_gb: round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  taskset: hasTaskset,
  // What else ran: on a shared machine the figures are only comparable within one run.
  load_average: os.loadavg().map((x) => round(x, 2)),
});
const commit = () =>
  spawnSync("git", ["rev-parse", "HEAD"], { cwd: root })
    .stdout.toString()
    .trim();

// ---------------------------------------------------------------------------------------------
if (instanceCount > 1) {
  log(
    `mode ${quick ? "quick" : "full"}, ${instanceCount} instances behind HAProxy on PostgreSQL, nothing pinned`,
  );
  execFileSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
    cwd: root,
    stdio: "inherit",
  });
  const { benchInstances } = await import("./lib/instances-bench.mjs");
  const started = machine();
  const instances = await benchInstances({
    count: instanceCount,
    config: C,
    log,
    work,
  });
  const results = {
    machine: { ...started, load_average_after: machine().load_average },
    date: new Date().toISOString(),
    commit: commit(),
    mode: quick ? "quick" : "full",
    config: C,
    instances,
  };
  mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  writeFileSync(
    path.join(root, "bench", "results", "instances.json"),
    JSON.stringify(results, null, 2) + "\n",
  );
  console.log(
    `\nQuellenquiz bench, ${instanceCount} instances (${results.mode}, ${results.date}, ${results.commit.slice(0, 8)}, load average ${started.load_average.join(" ")})`,
  );
  const rows = [
    ["instances.submit.rps_1", instances.submit.rps_1],
    [
      `instances.submit.rps_${instanceCount}`,
      instances.submit[`rps_${instanceCount}`],
    ],
    ["instances.submit.ratio", instances.submit.ratio],
    ...[1, instanceCount].flatMap((n) =>
      [
        "students",
        "answers_acknowledged",
        "acknowledged_but_lost",
        "errors",
        "answers_per_s",
        "p50_ms",
        "p95_ms",
        "p99_ms",
        "answer_p95_ms",
        "wall_s",
      ].map((k) => [`instances.load.${n}.${k}`, instances.load[n][k]]),
    ),
  ];
  for (const [key, value] of rows) console.log(`${key.padEnd(40)} ${value}`);
  console.log("\nwritten: bench/results/instances.json");
  process.exit(0);
}

log(
  `mode ${quick ? "quick" : "full"}, engine ${engine}, taskset ${hasTaskset ? "yes (server: core 0, load: core 1)" : "no"}`,
);
const secret = "bench-secret-bench-secret-bench-secret-0123456789";
const pgDir = path.join(work, "pg");
const databaseUrl =
  engine === "postgres"
    ? startPostgres(pgDir, Number(process.env.QQ_BENCH_PG_PORT ?? 55442))
    : `file:${dbFile}`;
/** One number from the benchmark's database (`$1`… placeholders on both engines). */
async function countOf(text, values = []) {
  if (engine === "postgres")
    return (await queryDatabase(databaseUrl, text, values))[0].n;
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(text.replace(/\$\d+/g, "?")).get(...values).n;
  } finally {
    db.close();
  }
}
const appEnv = {
  DATABASE_URL: databaseUrl,
  BETTER_AUTH_SECRET: secret,
  QQ_BENCH: "1",
  PORT: String(PORT),
};

log("build (if stale)");
execFileSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...appEnv },
});
for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`])
  rmSync(f, { force: true });
if (engine === "postgres")
  await providerForUrl(databaseUrl).dropDatabase(databaseUrl);
log("migrate, seed, set up learners and a class");
const { migrateDatabase } = await import("../scripts/migrate.mjs");
await migrateDatabase(databaseUrl);
const tsx = ["--conditions=react-server", "--import", "tsx"];
execFileSync(process.execPath, [...tsx, "prisma/seed.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...appEnv },
});
execFileSync(process.execPath, [...tsx, "bench/setup.ts", String(C.learners)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...appEnv, NODE_ENV: "production" },
});
const setupFile = path.join(work, "setup.json");
const setup = JSON.parse(readFileSync(setupFile, "utf8"));
const manifest = JSON.parse(
  readFileSync(
    path.join(root, ".next/server/server-reference-manifest.json"),
    "utf8",
  ),
).node;
const actionId = (name) =>
  Object.entries(manifest).find(([, v]) => v.exportedName === name)?.[0];
const actions = {
  joinClassAction: actionId("joinClassAction"),
  startAssignmentAction: actionId("startAssignmentAction"),
};
/** One run of the classroom scenario (bench/lib/classroom.mjs) in `spec.mode`, on core 1. */
const classroom = (spec) =>
  runJson(process.execPath, [
    path.join(root, "bench/lib/classroom.mjs"),
    JSON.stringify({ origin, setupFile, actions, run: Date.now(), ...spec }),
  ]);
/** How many of the acknowledged answers ([attemptId, position, …]) the database holds. */
async function storedOf(acked) {
  if (engine === "postgres")
    return acked.length - (await missingResponses(databaseUrl, acked)).length;
  const db = new Database(dbFile, { readonly: true });
  try {
    const has = db.prepare(
      "SELECT 1 FROM Response WHERE attemptId = ? AND position = ?",
    );
    return acked.filter(([attemptId, position]) => has.get(attemptId, position))
      .length;
  } finally {
    db.close();
  }
}
/** The answers stored for an assignment, however they came. */
const storedFor = (assignmentId) =>
  countOf(
    `SELECT COUNT(*) AS n FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId" WHERE a."assignmentId" = $1`,
    [assignmentId],
  );
/** The last step of a signed-in student's way (bench/lib/classroom.mjs); the steps before it are the way in. */
const ANSWER_STEP = "answers";

/** The seed article, whose reader the page-weight and Lighthouse sections measure. */
const READER_ARTICLE = "nordkorea-russland";
/** The seed's whole-article quiz, whose start page the page section measures. */
const INTRO_QUIZ = "nordkorea-russland-full";

/**
 * The public pages still rendered per request (decision 051): a signed-in learner's HTML holds
 * their part already, so the page is the whole view.
 */
const PER_REQUEST_PAGES = {
  reader: `/de/read/${READER_ARTICLE}`,
  intro: `/de/quizzes/${INTRO_QUIZ}`,
};

/** The static shells (decision 034): the page, and the request that brings a learner's part. */
const SHELLS = {
  landing: { page: "/de", me: "/api/me?locale=de" },
  words: { page: "/de/words", me: "/api/me?locale=de&include=words" },
  review: { page: "/de/review", me: "/api/me?locale=de&include=review" },
};

const results = {
  machine: machine(),
  date: new Date().toISOString(),
  commit: commit(),
  mode: quick ? "quick" : "full",
  engine,
  config: C,
};
// A section that fails must not take the figures of those before it along: they are kept in
// bench/.work/partial.json (a run that ends normally writes bench/results/latest.json).
process.on("exit", (code) => {
  if (code !== 0)
    writeFileSync(
      path.join(work, "partial.json"),
      JSON.stringify(results, null, 2) + "\n",
    );
});

let server = startNext(root, PORT, appEnv);
await waitFor(`${origin}/status`);
const learnerCookie = `NEXT_LOCALE=de; qq_learner=${setup.learners[0].token}`;
const quizPath = `/de/play/de?attempt=${setup.learners[0].attemptId}`;
const statePath = `/api/attempts/${setup.learners[0].attemptId}?locale=de`;

// 1. Page throughput --------------------------------------------------------------------------
if (want("page")) {
  log("page throughput");
  const staticResponse = await fetch(`${origin}/status`);
  const staticFile = path.join(work, "static-body.html");
  writeFileSync(staticFile, Buffer.from(await staticResponse.arrayBuffer()));
  const [bcmd, bargs] = pin(0, process.execPath, [
    path.join(root, "bench/lib/baseline-server.mjs"),
    String(BASELINE_PORT),
    staticFile,
    staticResponse.headers.get("content-type"),
  ]);
  const baselineServer = spawn(bcmd, bargs, {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${BASELINE_PORT}/`);
  const targets = {
    quiz: { url: `${origin}${quizPath}`, headers: { cookie: learnerCookie } },
    // What the quiz page fetches once it is loaded: the learner's attempt state and the (static)
    // question bank of its language.
    quiz_state: {
      url: `${origin}${statePath}`,
      headers: { cookie: learnerCookie },
    },
    quiz_bank: { url: `${origin}/api/question-bank/de` },
    // The static shells (decision 034) and what each fetches for the learner once loaded.
    ...Object.fromEntries(
      Object.entries(SHELLS).flatMap(([name, shell]) => [
        [
          name,
          {
            url: `${origin}${shell.page}`,
            headers: { cookie: "NEXT_LOCALE=de" },
          },
        ],
        [
          `${name}_me`,
          { url: `${origin}${shell.me}`, headers: { cookie: learnerCookie } },
        ],
      ]),
    ),
    ...Object.fromEntries(
      Object.entries(PER_REQUEST_PAGES).map(([name, page]) => [
        name,
        { url: `${origin}${page}`, headers: { cookie: learnerCookie } },
      ]),
    ),
    static: { url: `${origin}/status` },
    baseline: { url: `http://127.0.0.1:${BASELINE_PORT}/` },
  };
  const samples = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
  for (let run = 0; run < C.runs; run++) {
    for (const [name, target] of Object.entries(targets)) {
      const r = cannon({
        kind: "get",
        ...target,
        connections: C.connections,
        duration: C.duration,
      });
      if (r.errors || r.non2xx)
        log(`  ${name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
      samples[name].push(r.rps);
    }
    // Interleaved runs: the quiz ÷ static ratio of each run, so drift hits both alike.
  }
  await stop(baselineServer);
  /** Per-run rates (requests or whole views per second) ÷ the static page's in the same run, median. */
  const vsStatic = (rates) =>
    round(stats(rates.map((r, i) => r / samples.static[i])).median, 3);
  /** A view made of several requests, each at its own per-run rate: views per second, per run. */
  const viewRates = (...parts) =>
    parts[0].map((_, i) => 1 / parts.reduce((sum, p) => sum + 1 / p[i], 0));
  results.page = {
    quiz_rps: round(stats(samples.quiz).median),
    landing_rps: round(stats(samples.landing).median),
    words_rps: round(stats(samples.words).median),
    review_rps: round(stats(samples.review).median),
    static_rps: round(stats(samples.static).median),
    baseline_rps: round(stats(samples.baseline).median),
    quiz_vs_static: vsStatic(samples.quiz),
    quiz_state_rps: round(stats(samples.quiz_state).median),
    quiz_bank_rps: round(stats(samples.quiz_bank).median),
    // The page with both of its requests, as one learner's page view costs the server.
    quiz_with_state_vs_static: vsStatic(
      viewRates(samples.quiz, samples.quiz_state, samples.quiz_bank),
    ),
    ...Object.fromEntries(
      Object.keys(SHELLS).flatMap((name) => {
        const page = samples[name];
        const me = samples[`${name}_me`];
        return [
          [`${name}_vs_static`, vsStatic(page)],
          [`${name}_me_rps`, round(stats(me).median)],
          // A learner's whole view of the page: its HTML and the one request for their part.
          [`${name}_view_vs_static`, vsStatic(viewRates(page, me))],
        ];
      }),
    ),
    ...Object.fromEntries(
      Object.keys(PER_REQUEST_PAGES).flatMap((name) => [
        [`${name}_rps`, round(stats(samples[name]).median)],
        [`${name}_vs_static`, vsStatic(samples[name])],
      ]),
    ),
    static_vs_baseline: round(
      stats(samples.static.map((s, i) => s / samples.baseline[i])).median,
      4,
    ),
    runs: Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [
        k,
        { ...stats(v), samples: v.map((x) => round(x)) },
      ]),
    ),
  };
}

// 2. Answer submission ------------------------------------------------------------------------
if (want("submit")) {
  log("answer submission");
  const real = [];
  const noop = [];
  let answersNew = 0;
  let answersNotNew = 0;
  // Learner 0 and 1 serve the page and Lighthouse measurements; the rest are split between the runs
  // and a warm-up run before them. The warm-up's answers are real and counted as stored, but not its
  // rates: the routes' first answers compile and load their code, and that run was the slowest.
  const perRun = Math.floor((setup.learners.length - 2) / (C.runs + 1));
  let warmUp = null;
  for (let run = 0; run <= C.runs; run++) {
    const learnerRange = [2 + run * perRun, 2 + (run + 1) * perRun];
    const r = cannon({
      kind: "answer",
      origin,
      connections: C.connections,
      duration: C.duration,
      path: "attempt",
      setupFile,
      learnerRange,
    });
    const n = cannon({
      kind: "answer",
      origin,
      connections: C.connections,
      duration: C.duration,
      path: "bench",
      setupFile,
      learnerRange,
    });
    if (r.errors || r.non2xx || n.errors || n.non2xx)
      log(
        `  errors: submit ${r.errors}/${r.non2xx}, noop ${n.errors}/${n.non2xx}`,
      );
    // Every real request must have stored a new answer; a replay would measure a cheaper path.
    if (r.answers_not_stored)
      log(
        `  ${r.answers_not_stored} of ${r.total} answers were not stored as new (replays or refusals)`,
      );
    answersNew += r.answers_stored;
    answersNotNew += r.answers_not_stored;
    if (run === 0) {
      warmUp = { submit: round(r.rps), noop: round(n.rps) };
      continue;
    }
    real.push(r.rps);
    noop.push(n.rps);
  }
  const stored = await countOf(
    `SELECT COUNT(*) AS n FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId" WHERE a."quizId" = 'nordkorea-russland-full'`,
  );
  results.submit = {
    rps: round(stats(real).median),
    noop_rps: round(stats(noop).median),
    ratio: round(stats(real.map((r, i) => r / noop[i])).median, 3),
    // Graded and stored as new answers by the real route (its replies), and found in the database.
    answers_new: answersNew,
    answers_not_new: answersNotNew,
    answers_stored: stored,
    runs: {
      submit: { ...stats(real), samples: real.map((x) => round(x)) },
      noop: { ...stats(noop), samples: noop.map((x) => round(x)) },
      warm_up: warmUp,
    },
  };
}

// 5. Bytes shipped (uses the running app; the hello app is built and started on its own) --------
if (want("js")) {
  log("first-load JavaScript");
  const quizJs = await firstLoadJsKb(origin, quizPath, {
    cookie: learnerCookie,
  });
  const readerJs = await firstLoadJsKb(origin, `/de/read/${READER_ARTICLE}`);
  const teacherJs = await firstLoadJsKb(origin, "/de/teach", {
    cookie: setup.teacherCookie,
  });
  const helloDir = path.join(work, "hello");
  writeHelloApp(helloDir);
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "build"],
    {
      cwd: helloDir,
      stdio: "ignore",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  const hello = startNext(helloDir, HELLO_PORT, {});
  await waitFor(`http://127.0.0.1:${HELLO_PORT}/`);
  const baselineJs = await firstLoadJsKb(`http://127.0.0.1:${HELLO_PORT}`, "/");
  // What the framework alone scores in Lighthouse on this machine: the ceiling for our pages.
  if (want("lighthouse") && existsSync(chromePath)) {
    results.lighthouse_baseline = lighthouseScores({
      url: `http://127.0.0.1:${HELLO_PORT}/`,
    });
    log(`  hello page: ${JSON.stringify(results.lighthouse_baseline)}`);
  }
  await stop(hello);
  results.js = {
    quiz_kb: round(quizJs.kb),
    reader_kb: round(readerJs.kb),
    teacher_kb: round(teacherJs.kb),
    baseline_kb: round(baselineJs.kb),
    quiz_ratio: round(quizJs.kb / baselineJs.kb, 3),
    reader_ratio: round(readerJs.kb / baselineJs.kb, 3),
    teacher_ratio: round(teacherJs.kb / baselineJs.kb, 3),
  };
}

// 6. Lighthouse ---------------------------------------------------------------------------------
if (want("lighthouse") && existsSync(chromePath)) {
  log("lighthouse");
  const finished = setup.learners[1];
  // A finished attempt for the results page: answer every question of learner 1 through the data path.
  for (let position = 0; position < finished.answers.length; position++) {
    await fetch(`${origin}/api/attempts/${finished.attemptId}/answers`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin,
        cookie: `NEXT_LOCALE=de; qq_learner=${finished.token}`,
      },
      body: JSON.stringify({ position, answer: finished.answers[position] }),
    });
  }
  const pages = {
    landing: { url: `${origin}/de` },
    quiz: { url: `${origin}${quizPath}`, cookie: learnerCookie },
    results: {
      url: `${origin}/de/attempts/${finished.attemptId}/results`,
      cookie: `qq_learner=${finished.token}`,
    },
    // The article's reader (since every article has its own, /de/read is the library's list).
    reader: { url: `${origin}/de/read/${READER_ARTICLE}` },
    library: { url: `${origin}/de/read` },
    teacher: { url: `${origin}/de/teach`, cookie: setup.teacherCookie },
  };
  results.lighthouse = {};
  for (const [name, page] of Object.entries(pages)) {
    results.lighthouse[name] = lighthouseScores(page);
    log(`  ${name}: ${JSON.stringify(results.lighthouse[name])}`);
  }
}

// 7. Server CPU of a signed-in student against the static page -------------------------------
if (want("cpu")) {
  const { joinCode, assignmentId } = setup.scenarioClasses.cpu;
  log(
    `server CPU: ${C.runs} runs of ${C.cpuStudents} signed-in students, and as many requests to /status`,
  );
  // Sessions for every run and a warm-up run, twice (the whole way, then step by step), made
  // first and not counted (their joins are load.join's business).
  const sessionsFile = path.join(work, "sessions-cpu.json");
  const phasedFrom = C.cpuStudents * (C.runs + 1);
  const made = classroom({
    mode: "sessions",
    students: 2 * phasedFrom,
    sessionsFile,
    joinCode,
    assignmentId,
  });
  if (made.errors) log(`  sessions: ${JSON.stringify(made.error_kinds)}`);
  const samples = {
    student_ms: [],
    static_ms: [],
    ratio: [],
    requests: [],
    way_in_requests: [],
  };
  // Per step of the way (bench/lib/classroom.mjs wayFromList): CPU per student, and per request
  // against one request to /status of the same run.
  const stepSamples = {};
  let errors = 0;
  // Run 0 warms the server up (the routes' first requests load and compile their code) and is
  // not counted.
  for (let run = 0; run <= C.runs; run++) {
    // Each student of the run goes the signed-in way without think time; the server's CPU over
    // the run is theirs alone.
    const before = serverCpuSeconds(server.pid);
    const students = classroom({
      mode: "signed_in",
      sessionsFile,
      sessionRange: [run * C.cpuStudents, (run + 1) * C.cpuStudents],
      answers: C.answers,
      think: [0, 0],
      spread: 0,
      joinCode,
      assignmentId,
    });
    const studentCpu = serverCpuSeconds(server.pid) - before;
    // The same number of requests to the prerendered page, as many at a time, asking for
    // compression as the students' requests (and browsers) do.
    const beforeStatic = serverCpuSeconds(server.pid);
    const staticRun = cannon({
      kind: "get",
      url: `${origin}/status`,
      headers: { "accept-encoding": "gzip, deflate" },
      connections: students.students,
      amount: students.requests,
    });
    const staticCpu = serverCpuSeconds(server.pid) - beforeStatic;
    errors += students.errors + staticRun.errors + staticRun.non2xx;
    if (students.errors || staticRun.errors || staticRun.non2xx)
      log(
        `  run ${run}: ${JSON.stringify(students.error_kinds)}; /status ${staticRun.errors} errors, ${staticRun.non2xx} non-2xx`,
      );
    // The same way again with other students, step by step, each step's CPU read on its own.
    const phased = classroom({
      mode: "signed_in",
      phased: true,
      serverGroup: server.pid,
      sessionsFile,
      sessionRange: [
        phasedFrom + run * C.cpuStudents,
        phasedFrom + (run + 1) * C.cpuStudents,
      ],
      answers: C.answers,
      think: [0, 0],
      spread: 0,
      joinCode,
      assignmentId,
    });
    errors += phased.errors;
    if (phased.errors)
      log(`  run ${run}, step by step: ${JSON.stringify(phased.error_kinds)}`);
    if (run === 0) continue;
    const staticPerRequestMs = (staticCpu * 1000) / students.requests;
    let wayInRequests = 0;
    for (const [step, ms] of Object.entries(phased.step_cpu_ms ?? {})) {
      if (ms === null) continue; // nobody took the step; the errors say why
      const requests = phased.step_requests[step];
      if (step !== ANSWER_STEP) wayInRequests += requests;
      stepSamples[`${step}_ms`] ??= [];
      stepSamples[`${step}_ms`].push(ms);
      stepSamples[`${step}_vs_static`] ??= [];
      stepSamples[`${step}_vs_static`].push(ms / requests / staticPerRequestMs);
    }
    samples.way_in_requests.push(wayInRequests);
    samples.student_ms.push((studentCpu * 1000) / students.students);
    samples.static_ms.push((staticCpu * 1000) / students.students);
    samples.ratio.push(studentCpu / staticCpu);
    samples.requests.push(students.requests / students.students);
  }
  results.load = {
    ...results.load,
    cpu_vs_static: round(stats(samples.ratio).median, 2),
    cpu: {
      students_per_run: C.cpuStudents,
      // Server CPU per student: the assignment list, the assignment, start, the quiz page, bank,
      // state and every answer.
      student_cpu_ms: round(stats(samples.student_ms).median),
      // Server CPU of as many requests to /status as one student sent.
      static_cpu_ms: round(stats(samples.static_ms).median),
      requests_per_student: round(stats(samples.requests).median),
      // Step by step: each step's CPU per student (`<step>_ms`), and per request against one
      // request to /status (`<step>_vs_static`); the way in is every step before the answers.
      steps: Object.fromEntries(
        Object.entries(stepSamples).map(([k, v]) => [
          k,
          round(stats(v).median, k.endsWith("_ms") ? 1 : 2),
        ]),
      ),
      way_in_ms: round(
        Object.entries(stepSamples)
          .filter(([k]) => k.endsWith("_ms") && k !== `${ANSWER_STEP}_ms`)
          .reduce((sum, [, v]) => sum + stats(v).median, 0),
      ),
      way_in_requests: stats(samples.way_in_requests).median,
      errors,
      clock_ticks_per_s: clockTicks,
      runs: Object.fromEntries(
        Object.entries({ ...samples, ...stepSamples }).map(([k, v]) => {
          const rounded = v.map((x) => round(x, 3));
          return [k, { ...stats(rounded), samples: rounded }];
        }),
      ),
    },
  };
}

// 8. New students joining a class ---------------------------------------------------------------
if (want("join")) {
  const { joinCode, assignmentId, classId } = setup.scenarioClasses.join;
  log(
    `joining: ${C.join.students} new students over ${C.join.spread / 1000} s`,
  );
  // Nothing else runs meanwhile: the server's CPU over the run is the joins'.
  const cpuBefore = serverCpuSeconds(server.pid);
  const join = classroom({
    mode: "join",
    students: C.join.students,
    spread: C.join.spread,
    think: C.think,
    joinCode,
    assignmentId,
  });
  const joinCpu = serverCpuSeconds(server.pid) - cpuBefore;
  const enrolled = await countOf(
    `SELECT COUNT(*) AS n FROM "Enrollment" WHERE "classroomId" = $1`,
    [classId],
  );
  results.load = {
    ...results.load,
    join: {
      students: join.students,
      enrolled,
      requests: join.requests,
      errors: join.errors,
      error_kinds: join.error_kinds,
      // The join action: account, PIN hash, enrolment, session.
      p50_ms: round(join.join_p50_ms),
      p95_ms: round(join.join_p95_ms),
      // With the join page before it and the progress page it leads to.
      all_p50_ms: round(join.p50_ms),
      all_p95_ms: round(join.p95_ms),
      // Server CPU per student of the whole join (form, action, progress page), of which the
      // PIN's hash is deliberately the most.
      cpu_ms_per_student: round((joinCpu * 1000) / join.students),
      wall_s: round(join.wall_s),
    },
  };
}

// 9. Signed-in students arriving over a minute ---------------------------------------------------
if (want("signed_in")) {
  const { joinCode, assignmentId } = setup.scenarioClasses.signedIn;
  log(`signed-in load: sessions for ${C.signedIn.students} students`);
  // The students joined earlier (through the join action, as real students do); not timed.
  const sessionsFile = path.join(work, "sessions-signed-in.json");
  const made = classroom({
    mode: "sessions",
    students: C.signedIn.students,
    sessionsFile,
    joinCode,
    assignmentId,
  });
  if (made.errors) log(`  sessions: ${JSON.stringify(made.error_kinds)}`);
  log(
    `signed-in load: ${made.sessions} students arriving over ${C.signedIn.spread / 1000} s`,
  );
  const ackedFile = path.join(work, "acked-signed-in.json");
  const load = classroom({
    mode: "signed_in",
    sessionsFile,
    ackedFile,
    answers: C.answers,
    think: C.think,
    spread: C.signedIn.spread,
    joinCode,
    assignmentId,
  });
  const acked = JSON.parse(readFileSync(ackedFile, "utf8"));
  const ackedAndStored = await storedOf(acked);
  const stored = await storedFor(assignmentId);
  results.load = {
    ...results.load,
    signed_in: {
      students: load.students,
      sessions_made_s: round(made.wall_s),
      session_errors: made.errors,
      requests: load.requests,
      answers_sent: load.answers_sent,
      answers_acknowledged: load.answers_acknowledged,
      answers_stored: stored,
      acknowledged_and_stored: ackedAndStored,
      // Sent but not in the database, whether or not the student was told.
      lost: load.answers_sent - stored,
      acknowledged_but_lost: load.answers_acknowledged - ackedAndStored,
      errors: load.errors,
      error_kinds: load.error_kinds,
      p50_ms: round(load.p50_ms),
      p95_ms: round(load.p95_ms),
      p99_ms: round(load.p99_ms),
      answer_p50_ms: round(load.answer_p50_ms),
      answer_p95_ms: round(load.answer_p95_ms),
      answer_p99_ms: round(load.answer_p99_ms),
      wall_s: round(load.wall_s),
    },
  };
}

// 3. Classroom load ---------------------------------------------------------------------------
if (want("load")) {
  log(`classroom load: ${C.students} students`);
  const ackedFile = path.join(work, "acked.json");
  const load = classroom({
    ackedFile,
    students: C.students,
    answers: C.answers,
    think: C.think,
    spread: C.spread,
  });
  const acked = JSON.parse(readFileSync(ackedFile, "utf8"));
  const stored = await storedOf(acked);
  const storedAll = await storedFor(setup.assignmentId);
  results.load = {
    ...results.load,
    students: load.students,
    answers_sent: load.answers_sent,
    answers_acknowledged: load.answers_acknowledged,
    answers_stored: storedAll,
    acknowledged_and_stored: stored,
    errors: load.errors,
    error_kinds: load.error_kinds,
    p50_ms: round(load.p50_ms),
    p95_ms: round(load.p95_ms),
    p99_ms: round(load.p99_ms),
    answer_p95_ms: round(load.answer_p95_ms),
    wall_s: round(load.wall_s),
  };
}
await stop(server);
if (engine === "postgres") stopPostgres(pgDir);

// 4. Data-layer cost (no server; compares with raw better-sqlite3, so SQLite only) ---------------
if (want("db") && engine === "sqlite") {
  log("data-layer cost");
  const d = runJson(
    process.execPath,
    [...tsx, "bench/db-cost.ts", String(C.dbAnswers), String(C.dbRounds)],
    // Public option ids are keyed by the secret (decision 022), as in the server.
    { NODE_ENV: "production", BETTER_AUTH_SECRET: secret },
  );
  results.db = {
    app_us: round(stats(d.app_us).median),
    raw_us: round(stats(d.raw_us).median),
    ratio: round(stats(d.app_us.map((a, i) => a / d.raw_us[i])).median, 2),
    prisma_statement_us: round(d.prisma_statement_us),
    raw_statement_us: round(d.raw_statement_us, 2),
    runs: {
      app: stats(d.app_us.map((x) => round(x))),
      raw: stats(d.raw_us.map((x) => round(x))),
    },
  };
}

// 10. Content studio: import and drafting (no server) ------------------------------------------
if (want("studio")) {
  log("content studio: import and drafting of a 1,000-word article");
  const studio = runJson(
    process.execPath,
    [...tsx, "bench/studio-speed.ts", String(C.studioRounds)],
    { NODE_ENV: "production" },
  );
  results.studio = {
    words_per_s: studio.words_per_second,
    words: studio.words,
    sentences: studio.sentences,
    median_ms: studio.median_ms,
    first_article_words_per_s: studio.first_article_words_per_second,
    load_ms: studio.load_ms,
    load_cpu_ms: studio.load_cpu_ms,
    runs: { round_ms: studio.round_ms },
  };
}

// ---------------------------------------------------------------------------------------------
mkdirSync(path.join(root, "bench", "results"), { recursive: true });
writeFileSync(
  path.join(root, "bench", "results", "latest.json"),
  JSON.stringify(results, null, 2) + "\n",
);
/** A Lighthouse median with its range when there were several audits: `95 (93–96)`. */
const withRange = (scores, category) => {
  if (!scores.runs) return `no audit (${scores.failed} failed)`;
  const { min, max } = scores.runs[category];
  return min === max ? scores[category] : `${scores[category]} (${min}–${max})`;
};
/** The simulated metrics behind a performance score: `FCP 800 · LCP 2255 · TBT 249 · SI 1190 · CLS 0`. */
const metricsLine = ({ metrics: m, failed }) =>
  m
    ? `FCP ${m.fcp_ms} · LCP ${m.lcp_ms} · TBT ${m.tbt_ms} · SI ${m.si_ms} · CLS ${m.cls}${failed ? ` (${failed} audit(s) failed)` : ""}`
    : "—";
const rows = [
  ["page.quiz_rps", results.page?.quiz_rps],
  ["page.landing_rps", results.page?.landing_rps],
  ["page.static_rps", results.page?.static_rps],
  ["page.baseline_rps", results.page?.baseline_rps],
  ["page.quiz_vs_static", results.page?.quiz_vs_static],
  ["page.quiz_state_rps", results.page?.quiz_state_rps],
  ["page.quiz_bank_rps", results.page?.quiz_bank_rps],
  ["page.quiz_with_state_vs_static", results.page?.quiz_with_state_vs_static],
  ["page.landing_vs_static", results.page?.landing_vs_static],
  ["page.landing_me_rps", results.page?.landing_me_rps],
  ["page.landing_view_vs_static", results.page?.landing_view_vs_static],
  ["page.words_vs_static", results.page?.words_vs_static],
  ["page.words_me_rps", results.page?.words_me_rps],
  ["page.words_view_vs_static", results.page?.words_view_vs_static],
  ["page.review_vs_static", results.page?.review_vs_static],
  ["page.review_me_rps", results.page?.review_me_rps],
  ["page.review_view_vs_static", results.page?.review_view_vs_static],
  ["page.reader_rps", results.page?.reader_rps],
  ["page.reader_vs_static", results.page?.reader_vs_static],
  ["page.intro_rps", results.page?.intro_rps],
  ["page.intro_vs_static", results.page?.intro_vs_static],
  ["submit.rps", results.submit?.rps],
  ["submit.noop_rps", results.submit?.noop_rps],
  ["submit.ratio", results.submit?.ratio],
  ["load.students", results.load?.students],
  ["load.answers_sent", results.load?.answers_sent],
  ["load.answers_acknowledged", results.load?.answers_acknowledged],
  ["load.answers_stored", results.load?.answers_stored],
  ["load.errors", results.load?.errors],
  ["load.p50_ms", results.load?.p50_ms],
  ["load.p95_ms", results.load?.p95_ms],
  ["load.p99_ms", results.load?.p99_ms],
  ["load.signed_in.students", results.load?.signed_in?.students],
  ["load.signed_in.answers_sent", results.load?.signed_in?.answers_sent],
  ["load.signed_in.answers_stored", results.load?.signed_in?.answers_stored],
  ["load.signed_in.lost", results.load?.signed_in?.lost],
  ["load.signed_in.errors", results.load?.signed_in?.errors],
  ["load.signed_in.p50_ms", results.load?.signed_in?.p50_ms],
  ["load.signed_in.p95_ms", results.load?.signed_in?.p95_ms],
  ["load.signed_in.p99_ms", results.load?.signed_in?.p99_ms],
  ["load.signed_in.answer_p95_ms", results.load?.signed_in?.answer_p95_ms],
  ["load.signed_in.wall_s", results.load?.signed_in?.wall_s],
  ["load.join.students", results.load?.join?.students],
  ["load.join.errors", results.load?.join?.errors],
  ["load.join.p50_ms", results.load?.join?.p50_ms],
  ["load.join.p95_ms", results.load?.join?.p95_ms],
  ["load.join.cpu_ms_per_student", results.load?.join?.cpu_ms_per_student],
  ["load.cpu_vs_static", results.load?.cpu_vs_static],
  ["load.cpu.student_cpu_ms", results.load?.cpu?.student_cpu_ms],
  ["load.cpu.static_cpu_ms", results.load?.cpu?.static_cpu_ms],
  ["load.cpu.requests_per_student", results.load?.cpu?.requests_per_student],
  ["load.cpu.way_in_ms", results.load?.cpu?.way_in_ms],
  ...Object.entries(results.load?.cpu?.steps ?? {}).map(([k, v]) => [
    `load.cpu.steps.${k}`,
    v,
  ]),
  ["db.app_us", results.db?.app_us],
  ["db.raw_us", results.db?.raw_us],
  ["db.ratio", results.db?.ratio],
  ["studio.words_per_s", results.studio?.words_per_s],
  ["js.quiz_kb", results.js?.quiz_kb],
  ["js.reader_kb", results.js?.reader_kb],
  ["js.teacher_kb", results.js?.teacher_kb],
  ["js.baseline_kb", results.js?.baseline_kb],
  ...Object.entries(results.lighthouse ?? {}).flatMap(([page, s]) => [
    [`lighthouse.${page}.performance`, withRange(s, "performance")],
    [`lighthouse.${page}.accessibility`, withRange(s, "accessibility")],
    [`lighthouse.${page}.metrics`, metricsLine(s)],
  ]),
  [
    "lighthouse_baseline.performance",
    results.lighthouse_baseline &&
      withRange(results.lighthouse_baseline, "performance"),
  ],
  [
    "lighthouse_baseline.metrics",
    results.lighthouse_baseline && metricsLine(results.lighthouse_baseline),
  ],
];
console.log(
  `\nQuellenquiz bench (${results.mode}, ${results.date}, ${results.commit.slice(0, 8)})`,
);
for (const [key, value] of rows)
  if (value !== undefined) console.log(`${key.padEnd(36)} ${value}`);
console.log("\nwritten: bench/results/latest.json");
