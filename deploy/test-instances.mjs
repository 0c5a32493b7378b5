// The deployment of deploy/ tested end to end on one machine: a throw-away PostgreSQL cluster,
// migrations and content applied once, two (or N) `next start` instances from one build, and HAProxy
// running deploy/haproxy.cfg (TLS with a test certificate). A class of students joins and answers
// through the load balancer (bench/lib/classroom.mjs, as browsers send it); when a third of the
// answers are in, one instance is killed with SIGKILL; when two thirds are in, `npm run backup`
// runs.
//
// Checks: every acknowledged answer is stored; every student finished, through the other
// instance(s); no answer failed in front of a student except one whose reply the kill cut off
// half-sent (stored, and answered with the stored result when the student tried again); HAProxy
// takes the killed instance out and, once it is started again, back in; the backup restores into
// a new database, on which another instance starts and shows the teacher the class's results.
//
//   node deploy/test-instances.mjs [--students=40] [--instances=2]
//
// Needs `npm run build` (run here when the build is stale), haproxy, PostgreSQL's server and
// openssl (Debian: apt-get install -y haproxy postgresql openssl). Ports: the load balancer on
// QQ_DEPLOY_TEST_PORT (8090), instances from QQ_DEPLOY_TEST_INSTANCE_PORT (3110, 3111, …, and one
// more for the restored database), PostgreSQL on QQ_DEPLOY_TEST_PG_PORT (55440).
// QQ_DEPLOY_TEST_REPORT=<file> writes the load's figures there (npm run bench:faults -- --instances).
import assert from "node:assert/strict";
import { execFile, execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, afterEach, before, test } from "node:test";
import { promisify } from "node:util";
import { Agent, fetch } from "undici";
import {
  actionIds,
  instanceStates,
  haproxyStats,
  missingResponses,
  prepareDatabase,
  queryDatabase,
  root,
  startInstance,
  startBalancedInstances,
  startPostgres,
  stopInstance,
  stopPostgres,
  waitFor,
  waitForState,
} from "../bench/lib/instances.mjs";

const run = promisify(execFile);
const argument = (name, fallback) =>
  Number(
    process.argv
      .find((a) => a.startsWith(`--${name}=`))
      ?.slice(name.length + 3) ?? fallback,
  );
const students = argument("students", 40);
const instanceCount = argument("instances", 2);
const ANSWERS = 20;
const lbPort = Number(process.env.QQ_DEPLOY_TEST_PORT ?? 8090);
const firstPort = Number(process.env.QQ_DEPLOY_TEST_INSTANCE_PORT ?? 3110);
const pgPort = Number(process.env.QQ_DEPLOY_TEST_PG_PORT ?? 55440);
const ports = Array.from({ length: instanceCount }, (_, i) => firstPort + i);
// The instance killed mid-load; the others carry on.
const [portA, ...others] = ports;
const portRestored = firstPort + instanceCount;
const origin = `https://127.0.0.1:${lbPort}`;
const log = (...a) => console.error("[deploy test]", ...a);

const work = mkdtempSync(path.join(tmpdir(), "quellenquiz-deploy-"));
// PostgreSQL runs as its own user and keeps its cluster in a folder in here.
chmodSync(work, 0o755);
const running = [];
let url;
let setup;
let certificate;
let balancer;
const instanceEnv = () => ({
  DATABASE_URL: url,
  BETTER_AUTH_SECRET: "deploy-test-secret-deploy-test-secret-0123456789",
  // The load balancer is the only proxy whose X-Forwarded-For the instances believe.
  QQ_TRUSTED_PROXIES: "127.0.0.1",
  QQ_PUBLIC_URL: origin,
});
const startApp = (port, env = instanceEnv()) => {
  const child = startInstance({
    port,
    env,
    logFile: path.join(work, `instance-${port}.log`),
  });
  running.push(child);
  return child;
};
/** The answers stored for the class's assignment. */
const storedAnswers = async () =>
  (
    await queryDatabase(
      url,
      `SELECT count(*)::int AS n FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
       WHERE a."assignmentId" = $1`,
      [setup.assignmentId],
    )
  )[0].n;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  log(`work folder ${work}`);
  execFileSync(process.execPath, ["scripts/start.mjs", "--build-only"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  url = startPostgres(path.join(work, "pg"), pgPort);
  setup = await prepareDatabase({
    url,
    env: instanceEnv(),
    learners: 2,
    setupFile: path.join(work, "setup.json"),
  });
  ({ certificate, balancer } = await startBalancedInstances({
    dir: work,
    ports,
    tlsPort: lbPort,
    env: instanceEnv(),
    running,
  }));
});

let failed = false;
afterEach(({ passed }) => {
  if (!passed) failed = true;
});
after(async () => {
  for (const child of running) await stopInstance(child);
  balancer?.kill("SIGTERM");
  stopPostgres(path.join(work, "pg"));
  // The logs of a failed run stay for a look: the instances', HAProxy's, PostgreSQL's.
  if (failed || process.env.QQ_DEPLOY_TEST_KEEP) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

const outcome = {};

test("one instance killed mid-load: no acknowledged answer is lost and the class finishes through the other", async () => {
  const ackedFile = path.join(work, "acked.json");
  const total = students * ANSWERS;
  const load = spawn(
    process.execPath,
    [
      path.join(root, "bench/lib/classroom.mjs"),
      JSON.stringify({
        origin,
        ca: certificate.ca,
        // HAProxy closes a client's idle connection after 10 s (timeout http-keep-alive). A browser
        // sends a request again that meets a connection closed that way; undici does not, so the
        // load generator lets go of idle connections first.
        keepAliveMs: 5_000,
        setupFile: path.join(work, "setup.json"),
        ackedFile,
        actions: actionIds(),
        students,
        answers: ANSWERS,
        think: [300, 900],
        spread: 3000,
        // A student who sees an error tries again; every failed try is counted as seen.
        retries: 5,
        run: Date.now(),
      }),
    ],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  load.stdout.on("data", (d) => (out += d));
  const loadDone = new Promise((r) => load.once("exit", r));

  const statsOf = async (server) =>
    (await haproxyStats(balancer.statsSocket)).find(
      (r) => r.pxname === "instances" && r.svname === server,
    );
  while ((await storedAnswers()) < total / 3) {
    assert.equal(load.exitCode, null, "the load ended before the kill");
    await sleep(200);
  }
  /** Requests HAProxy has sent to the instances that stay up. */
  const servedByOthers = async () => {
    let sum = 0;
    for (const port of others)
      sum += Number((await statsOf(`app${port}`)).stot);
    return sum;
  };
  const servedByOthersAtKill = await servedByOthers();
  outcome.killedAt = await storedAnswers();
  log(
    `SIGKILL to the instance on ${portA} at ${outcome.killedAt} of ${total} answers`,
  );
  await stopInstance(running[0], "SIGKILL");
  await waitForState(balancer.statsSocket, `app${portA}`, "DOWN");

  while ((await storedAnswers()) < (2 * total) / 3) {
    assert.equal(load.exitCode, null, "the load ended before the backup");
    await sleep(200);
  }
  outcome.backupStartedAt = Date.now();
  outcome.backupFile = path.join(work, "during-load.dump");
  log(`npm run backup at ${await storedAnswers()} of ${total} answers`);
  outcome.backup = run(
    process.execPath,
    ["scripts/backup.mjs", "--out", outcome.backupFile],
    { cwd: root, env: { ...process.env, DATABASE_URL: url } },
  );

  await loadDone;
  const result = JSON.parse(out.trim().split("\n").at(-1));
  const acked = JSON.parse(readFileSync(ackedFile, "utf8"));
  outcome.acked = acked;
  const answerErrors = Object.entries(result.error_kinds)
    .filter(([kind]) => kind.startsWith("answer"))
    .reduce((sum, [, n]) => sum + n, 0);
  const logText = readFileSync(balancer.logFile, "utf8");
  // httplog: "… actconn/feconn/beconn/srv_conn/retries …"; "+" marks a request sent to another server.
  const answersSentAgain = logText
    .split("\n")
    .filter(
      (l) =>
        /POST \/api\/attempts\/[^/]+\/answers/.test(l) &&
        / \d+\/\d+\/\d+\/\d+\/\+\d+ /.test(l),
    ).length;
  // HAProxy's status and termination state of each request it logged ("----": ended normally;
  // "SD": the instance closed the connection after its response had begun).
  const terminations = {};
  let answersCutOff = 0;
  for (const line of logText.split("\n")) {
    const fields = line.split(" ");
    if (!fields[2]?.startsWith("quellenquiz")) continue;
    const key = `${fields[5]} ${fields[9]}`;
    terminations[key] = (terminations[key] ?? 0) + 1;
    if (
      fields[9]?.startsWith("SD") &&
      /POST \/api\/attempts\/[^/]+\/answers/.test(line)
    )
      answersCutOff += 1;
  }
  const lost = await missingResponses(url, acked);
  const report = {
    date: new Date().toISOString(),
    instances: instanceCount,
    students,
    killed_at_answers: outcome.killedAt,
    answers_sent: result.answers_sent,
    answers_acknowledged: acked.length,
    acknowledged_but_lost: lost.length,
    errors_users_saw: result.errors,
    error_kinds: result.error_kinds,
    answers_haproxy_sent_again: answersSentAgain,
    answers_cut_off_mid_response: answersCutOff,
    haproxy_status_and_termination: terminations,
    p95_ms: result.p95_ms,
    answer_p95_ms: result.answer_p95_ms,
  };
  log(JSON.stringify(report));
  if (process.env.QQ_DEPLOY_TEST_REPORT)
    writeFileSync(
      process.env.QQ_DEPLOY_TEST_REPORT,
      JSON.stringify(report, null, 2) + "\n",
    );

  assert.deepEqual(lost, [], "acknowledged but not stored");
  assert.equal(
    acked.length,
    total,
    "every student's every answer acknowledged",
  );
  // An answer whose instance died before it answered was sent to the other one by HAProxy, unseen.
  // Only an instance that died after its reply had begun (stored, headers sent, body not) cuts the
  // reply off in front of the student, whose next try is answered with the stored result; HAProxy
  // cannot send such a request again, having passed on part of its reply. No other answer fails.
  assert.equal(
    answerErrors,
    answersCutOff,
    "every answer that failed in front of a student was cut off mid-reply by the kill",
  );
  assert.ok(
    (await servedByOthers()) > servedByOthersAtKill,
    "the other instances served the rest",
  );
  assert.equal(
    (await instanceStates(balancer.statsSocket))[`app${portA}`],
    "DOWN",
  );

  // Started again, the instance gets requests again once its health checks pass.
  startApp(portA);
  await waitForState(balancer.statsSocket, `app${portA}`, "UP", 120_000);
  const servedByA = Number((await statsOf(`app${portA}`)).stot);
  const dispatcher = new Agent({ connect: { ca: certificate.ca } });
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${origin}/status`, { dispatcher });
    await response.arrayBuffer();
    assert.equal(response.status, 200);
    assert.match(
      response.headers.get("strict-transport-security") ?? "",
      /max-age=/,
    );
  }
  assert.ok(
    Number((await statsOf(`app${portA}`)).stot) > servedByA,
    "the restarted instance serves again",
  );
  await dispatcher.close();
});

test("a backup taken under that load restores, and an instance starts on it and shows the results", async () => {
  assert.ok(outcome.backup, "the load test took the backup");
  const { stdout } = await outcome.backup;
  assert.equal(stdout.trim(), outcome.backupFile);
  const restoredUrl = Object.assign(new URL(url), {
    pathname: "/quellenquiz_restored",
  }).toString();
  await run(
    process.execPath,
    ["scripts/restore.mjs", outcome.backupFile, "--to", restoredUrl],
    { cwd: root },
  );
  const ackedBefore = outcome.acked.filter(
    ([, , at]) => at < outcome.backupStartedAt,
  );
  assert.ok(
    ackedBefore.length >= 1,
    "answers were acknowledged before the backup",
  );
  assert.deepEqual(await missingResponses(restoredUrl, ackedBefore), []);

  const restoredApp = startApp(portRestored, {
    ...instanceEnv(),
    DATABASE_URL: restoredUrl,
  });
  await waitFor(`http://127.0.0.1:${portRestored}/status`);
  const classPage = await fetch(
    `http://127.0.0.1:${portRestored}/de/teach/classes/${setup.classId}`,
    { headers: { cookie: `NEXT_LOCALE=de; ${setup.teacherCookie}` } },
  );
  const html = await classPage.text();
  assert.equal(classPage.status, 200);
  assert.match(
    html,
    /Schüler \d+-\d+/,
    "the class page lists the students who joined",
  );
  await stopInstance(restoredApp);
});
