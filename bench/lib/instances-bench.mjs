// `npm run bench -- --instances=N`: answer throughput and the classroom load through HAProxy
// (deploy/haproxy.cfg) with one instance and with N, in the same run, on one PostgreSQL database.
// The same N instances run throughout; for "one instance" HAProxy's admin socket puts all but the
// first in maintenance, so both measurements share processes, database and balancer. Answer
// throughput alternates between the two run by run; the classroom load runs once with one, then
// once with N.
//
// Nothing is pinned here: instances, HAProxy, PostgreSQL and the load generator share the
// machine's cores, as they would on one school server. On a 2-core machine one instance has most
// of a core to itself while the rest fills the other, so N instances can gain at most what the
// load generator and the database leave over (docs/benchmarks.md, "Several instances").
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  actionIds,
  haproxyCommand,
  missingResponses,
  prepareDatabase,
  queryDatabase,
  root,
  startBalancedInstances,
  startPostgres,
  stopInstance,
  stopPostgres,
  waitForState,
} from "./instances.mjs";
import { providerForUrl } from "../../scripts/schema-engine-wasm.mjs";

const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (x, digits = 1) =>
  x === null || x === undefined
    ? null
    : Math.round(x * 10 ** digits) / 10 ** digits;

function runJson(script, spec) {
  const out = execFileSync(
    process.execPath,
    [path.join(root, script), JSON.stringify(spec)],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return JSON.parse(out.toString().trim().split("\n").at(-1));
}

/**
 * @param {{ count: number, config: object, log: Function, work: string }} options
 * @returns the `instances` section of bench/results
 */
export async function benchInstances({ count, config: C, log, work }) {
  const lbPort = Number(process.env.QQ_BENCH_LB_PORT ?? 8090);
  const firstPort = Number(process.env.QQ_BENCH_INSTANCE_PORT ?? 3113);
  const pgPort = Number(process.env.QQ_BENCH_PG_PORT ?? 55442);
  const ports = Array.from({ length: count }, (_, i) => firstPort + i);
  const origin = `https://127.0.0.1:${lbPort}`;
  const dir = path.join(work, "instances");
  mkdirSync(dir, { recursive: true, mode: 0o755 });

  const url = startPostgres(path.join(dir, "pg"), pgPort);
  // A fresh database for every run.
  await providerForUrl(url).dropDatabase(url);
  const env = {
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
    QQ_TRUSTED_PROXIES: "127.0.0.1",
    QQ_PUBLIC_URL: origin,
  };
  log(`migrate, seed, set up learners and a class on PostgreSQL (${url})`);
  const setupFile = path.join(dir, "setup.json");
  // Answer throughput gives every run its own learners, at least one per connection: a second
  // connection on the same learner would answer with replays.
  const setup = await prepareDatabase({
    url,
    env,
    learners: Math.max(C.learners, 2 + (C.runs * 2 + 1) * 2 * C.connections),
    setupFile,
  });
  const instances = [];
  let balancer;
  try {
    const started = await startBalancedInstances({
      dir,
      ports,
      tlsPort: lbPort,
      env,
      running: instances,
    });
    balancer = started.balancer;
    const { certificate } = started;

    /** Lets HAProxy send requests to the first `n` instances only (also as unchecked backups). */
    const serveWith = async (n) => {
      for (const [i, port] of ports.entries())
        for (const server of [`app${port}`, `app${port}-unchecked`])
          await haproxyCommand(
            balancer.statsSocket,
            `set server instances/${server} state ${i < n ? "ready" : "maint"}`,
          );
      for (const [i, port] of ports.entries())
        await waitForState(
          balancer.statsSocket,
          `app${port}`,
          i < n ? "UP" : "MAINT",
        );
    };
    const sizes = [1, count];
    const result = {
      engine: "postgres",
      load_balancer: "haproxy (deploy/haproxy.cfg, TLS)",
      instances: count,
      pinned: false,
    };

    // Answer throughput: the real answer route, closed loop (autocannon), alternating 1 and N.
    log(`answer throughput through the load balancer: 1 vs ${count} instances`);
    // One slice of learners per run and one for a first run that is not counted: the first
    // seconds after start (connections to PostgreSQL, TLS sessions, code not yet optimised) went
    // to whichever size came first, 0 answers/s in a 3-second run on a busy machine.
    const perRun = Math.floor((setup.learners.length - 2) / (C.runs * 2 + 1));
    const samples = Object.fromEntries(sizes.map((n) => [n, []]));
    await serveWith(count);
    runJson("bench/lib/cannon.mjs", {
      kind: "answer",
      origin,
      connections: C.connections,
      duration: C.duration,
      path: "attempt",
      setupFile,
      learnerRange: [2, 2 + perRun],
    });
    let slice = 1;
    for (let run = 0; run < C.runs; run++) {
      for (const n of sizes) {
        await serveWith(n);
        const from = 2 + slice++ * perRun;
        const r = runJson("bench/lib/cannon.mjs", {
          kind: "answer",
          origin,
          connections: C.connections,
          duration: C.duration,
          path: "attempt",
          setupFile,
          learnerRange: [from, from + perRun],
        });
        if (r.errors || r.non2xx || r.answers_not_stored)
          log(
            `  ${n} instance(s): ${r.errors} errors, ${r.non2xx} non-2xx, ${r.answers_not_stored} not stored as new`,
          );
        samples[n].push(r.rps);
      }
    }
    result.submit = Object.fromEntries(
      sizes.map((n) => [`rps_${n}`, round(median(samples[n]))]),
    );
    result.submit.ratio = round(
      median(samples[count].map((s, i) => s / samples[1][i])),
      3,
    );
    result.submit.samples = Object.fromEntries(
      sizes.map((n) => [n, samples[n].map((x) => round(x))]),
    );

    // The classroom load, once with one instance and once with N.
    result.load = {};
    for (const n of sizes) {
      await serveWith(n);
      log(`classroom load: ${C.students} students, ${n} instance(s)`);
      const ackedFile = path.join(dir, `acked-${n}.json`);
      const load = runJson("bench/lib/classroom.mjs", {
        origin,
        ca: certificate.ca,
        // HAProxy closes a client's idle connection after 10 s (timeout http-keep-alive). A browser
        // sends a request again that meets a connection closed that way; undici does not, so the
        // load generator lets go of idle connections first.
        keepAliveMs: 5_000,
        setupFile,
        ackedFile,
        actions: actionIds(),
        students: C.students,
        answers: C.answers,
        think: C.think,
        spread: C.spread,
        run: Date.now(),
      });
      const acked = JSON.parse(readFileSync(ackedFile, "utf8"));
      const lost = await missingResponses(url, acked);
      result.load[n] = {
        students: load.students,
        answers_sent: load.answers_sent,
        answers_acknowledged: load.answers_acknowledged,
        acknowledged_but_lost: lost.length,
        errors: load.errors,
        error_kinds: load.error_kinds,
        answers_per_s: round(load.answers_acknowledged / load.wall_s),
        p50_ms: round(load.p50_ms),
        p95_ms: round(load.p95_ms),
        p99_ms: round(load.p99_ms),
        answer_p95_ms: round(load.answer_p95_ms),
        wall_s: round(load.wall_s),
      };
    }
    result.answers_stored = (
      await queryDatabase(url, `SELECT count(*)::int AS n FROM "Response"`)
    )[0].n;
    return result;
  } finally {
    for (const instance of instances) await stopInstance(instance);
    balancer?.kill("SIGTERM");
    stopPostgres(path.join(dir, "pg"));
  }
}
