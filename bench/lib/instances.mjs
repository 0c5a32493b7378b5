// Several `next start` instances on one PostgreSQL database behind HAProxy, run from the repository
// the way deploy/ describes for production: one build, migrations and seed once, then N instances
// on loopback ports and the load balancer with deploy/haproxy.cfg. Used by `npm run bench --
// --instances=N`, `npm run bench:faults -- --instances=N` and deploy/test-instances.mjs.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  chmodSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { serverPreloadFlags } from "../../scripts/server-preloads.mjs";

export const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);
export const HAPROXY_CONFIG = path.join(root, "deploy", "haproxy.cfg");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
/** Longer than HAProxy keeps a connection to an instance idle, so HAProxy is the one that closes it. */
export const INSTANCE_KEEP_ALIVE_MS = 75_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A throw-away PostgreSQL cluster (scripts/postgres-cluster.sh); returns its DATABASE_URL. */
export function startPostgres(dir, port) {
  return execFileSync(
    "bash",
    [
      path.join(root, "scripts/postgres-cluster.sh"),
      "start",
      dir,
      String(port),
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  ).trim();
}
export function stopPostgres(dir) {
  spawnSync(
    "bash",
    [path.join(root, "scripts/postgres-cluster.sh"), "stop", dir],
    {
      stdio: "inherit",
    },
  );
}

/** Runs one SQL query on a database URL and closes the connection. */
export async function queryDatabase(url, text, values = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The acknowledged [attemptId, position] pairs that have no stored response. */
export async function missingResponses(url, acked) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT a.id, a.pos FROM unnest($1::text[], $2::int[]) AS a(id, pos)
       WHERE NOT EXISTS (SELECT 1 FROM "Response" r WHERE r."attemptId" = a.id AND r."position" = a.pos)`,
      [acked.map(([id]) => id), acked.map(([, position]) => position)],
    );
    return rows.map((r) => [r.id, r.pos]);
  } finally {
    await client.end();
  }
}

/**
 * One instance: `next start` on a loopback port (only the load balancer may reach it, since the
 * app believes its X-Forwarded-For), in its own process group so that a kill reaches the server
 * process under it. `core` pins it with taskset.
 */
export function startInstance({ port, env, core = null, logFile = null }) {
  const args = [
    // The preloads scripts/start.mjs gives the server: without the socket's address stamped on
    // every request the app cannot tell HAProxy (a trusted proxy) from anybody else.
    ...serverPreloadFlags(),
    nextBin,
    "start",
    "--hostname",
    "127.0.0.1",
    "--port",
    String(port),
    "--keepAliveTimeout",
    String(INSTANCE_KEEP_ALIVE_MS),
  ];
  const [command, commandArgs] =
    core === null
      ? [process.execPath, args]
      : ["taskset", ["-c", String(core), process.execPath, ...args]];
  const out = logFile ? openSync(logFile, "a") : "ignore";
  const child = spawn(command, commandArgs, {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", out, out],
  });
  child.port = port;
  return child;
}

/** Sends `signal` to an instance's whole process group and waits until it has exited. */
export async function stopInstance(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
  await exited;
}

export async function waitFor(url, { timeoutMs = 180_000, fetchOptions } = {}) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, fetchOptions)).ok) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`not ready: ${url}`);
}

/** A self-signed certificate for 127.0.0.1, as one PEM file (key and certificate) for HAProxy. */
export function makeTestCertificate(dir) {
  const key = path.join(dir, "lb-key.pem");
  const cert = path.join(dir, "lb-cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  const pem = path.join(dir, "lb.pem");
  writeFileSync(pem, readFileSync(cert, "utf8") + readFileSync(key, "utf8"));
  chmodSync(pem, 0o600);
  return { pem, ca: readFileSync(cert, "utf8") };
}

/**
 * deploy/haproxy.cfg with only what differs on a test machine changed: it runs in the foreground
 * as the current user, logs to stderr, listens on loopback test ports with a test certificate, and
 * has one `server` line per test instance. Every setting that decides how requests are balanced,
 * checked and retried is the production file's own.
 */
export function renderHaproxyConfig({
  tlsPort,
  httpPort,
  pem,
  ports,
  statsSocket,
}) {
  const lines = readFileSync(HAPROXY_CONFIG, "utf8").split("\n");
  const out = [];
  let section = "";
  for (const line of lines) {
    const sectionMatch = /^(\S+)/.exec(line);
    if (sectionMatch) section = sectionMatch[1];
    const keyword = line.trim().split(/\s+/)[0];
    if (section === "global") {
      if (["chroot", "user", "group", "daemon"].includes(keyword)) continue;
      if (keyword === "log") {
        out.push("    log stderr format raw local0 info");
        continue;
      }
      if (keyword === "stats") {
        out.push(`    stats socket ${statsSocket} mode 600 level admin`);
        continue;
      }
    }
    if (keyword === "bind" && /\sssl\s/.test(line)) {
      out.push(
        line
          .replace(/bind \S+/, `bind 127.0.0.1:${tlsPort}`)
          .replace(/crt \S+/, `crt ${pem}`),
      );
      continue;
    }
    if (keyword === "bind") {
      if (httpPort)
        out.push(line.replace(/bind \S+/, `bind 127.0.0.1:${httpPort}`));
      continue;
    }
    // The production file's server lines, with the test instances' ports: the checked ones, and
    // the unchecked `backup` ones that stand in when the checks have taken every instance out.
    if (keyword === "server") {
      const backup = /\sbackup(\s|$)/.test(line);
      const name = (port) => `app${port}${backup ? "-unchecked" : ""}`;
      if (!out.some((l) => l.trim().startsWith(`server ${name(ports[0])} `)))
        for (const port of ports)
          out.push(
            line.replace(
              /server \S+ \S+/,
              `server ${name(port)} 127.0.0.1:${port}`,
            ),
          );
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

/**
 * HAProxy in the foreground with a rendered config (checked with `haproxy -c` first). Its log
 * goes to `logFile`. `core` pins it with taskset.
 */
export async function startLoadBalancer({
  dir,
  tlsPort,
  httpPort = null,
  pem,
  ports,
  core = null,
}) {
  const config = path.join(dir, "haproxy.cfg");
  const statsSocket = path.join(dir, "haproxy.sock");
  writeFileSync(
    config,
    renderHaproxyConfig({ tlsPort, httpPort, pem, ports, statsSocket }) + "\n",
  );
  execFileSync("haproxy", ["-c", "-q", "-f", config], { stdio: "inherit" });
  const logFile = path.join(dir, "haproxy.log");
  const out = openSync(logFile, "a");
  const args = ["-db", "-f", config];
  const [command, commandArgs] =
    core === null
      ? ["haproxy", args]
      : ["taskset", ["-c", String(core), "haproxy", ...args]];
  const child = spawn(command, commandArgs, { stdio: ["ignore", out, out] });
  child.statsSocket = statsSocket;
  child.logFile = logFile;
  child.config = config;
  for (let i = 0; i < 100; i++) {
    if (await canConnect("127.0.0.1", tlsPort)) return child;
    await sleep(100);
  }
  throw new Error(`HAProxy did not listen on ${tlsPort}; see ${logFile}`);
}

function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** One command on HAProxy's admin socket; resolves with its answer. */
export function haproxyCommand(statsSocket, command) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(statsSocket);
    let text = "";
    socket.on("data", (d) => (text += d));
    socket.on("error", reject);
    socket.on("end", () => resolve(text));
    socket.write(`${command}\n`);
  });
}

/** HAProxy's `show stat`: one object per proxy/server row. */
export async function haproxyStats(statsSocket) {
  const [header, ...rows] = (await haproxyCommand(statsSocket, "show stat"))
    .trim()
    .split("\n");
  const names = header.replace(/^# /, "").split(",");
  return rows.map((row) =>
    Object.fromEntries(row.split(",").map((v, i) => [names[i], v])),
  );
}

/** The state HAProxy's health checks give each instance: { app3110: "UP", app3111: "DOWN", … }. */
export async function instanceStates(statsSocket) {
  const rows = await haproxyStats(statsSocket);
  return Object.fromEntries(
    rows
      .filter((r) => r.pxname === "instances" && r.svname.startsWith("app"))
      .map((r) => [r.svname, r.status.split(" ")[0]]),
  );
}

/** Waits until HAProxy reports `server` in `state` (UP after `rise` checks, DOWN after `fall`). */
export async function waitForState(
  statsSocket,
  server,
  state,
  timeoutMs = 30_000,
) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await instanceStates(statsSocket))[server] === state) return;
    await sleep(200);
  }
  throw new Error(`${server} not ${state} after ${timeoutMs} ms`);
}

/**
 * Instances on `ports` behind HAProxy with TLS on `tlsPort`, as deploy/ runs them: each instance
 * up (/status), then the load balancer, then every instance UP in HAProxy's health checks. Each
 * child is pushed to `running` as soon as it exists, so the caller stops them even when a later
 * step fails.
 */
export async function startBalancedInstances({
  dir,
  ports,
  tlsPort,
  env,
  running,
}) {
  for (const port of ports)
    running.push(
      startInstance({
        port,
        env,
        logFile: path.join(dir, `instance-${port}.log`),
      }),
    );
  await Promise.all(ports.map((p) => waitFor(`http://127.0.0.1:${p}/status`)));
  const certificate = makeTestCertificate(dir);
  const balancer = await startLoadBalancer({
    dir,
    tlsPort,
    pem: certificate.pem,
    ports,
  });
  try {
    for (const port of ports)
      await waitForState(balancer.statsSocket, `app${port}`, "UP");
  } catch (error) {
    balancer.kill("SIGTERM");
    throw error;
  }
  return { certificate, balancer };
}

/**
 * Migrations and the content once, before any instance starts (the production recipe's
 * quellenquiz-prepare step), then the benchmark's class, teacher and learners (bench/setup.ts).
 */
export async function prepareDatabase({ url, env, learners, setupFile }) {
  const { migrateDatabase } = await import(
    path.join(root, "scripts/migrate.mjs")
  );
  await migrateDatabase(url);
  const tsx = ["--conditions=react-server", "--import", "tsx"];
  const childEnv = {
    ...process.env,
    ...env,
    DATABASE_URL: url,
    NODE_ENV: "production",
  };
  execFileSync(process.execPath, [...tsx, "prisma/seed.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnv,
  });
  execFileSync(
    process.execPath,
    [...tsx, "bench/setup.ts", String(learners), setupFile],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: childEnv,
    },
  );
  mkdirSync(path.dirname(setupFile), { recursive: true });
  return JSON.parse(readFileSync(setupFile, "utf8"));
}

/** The ids of the server actions the classroom load calls, from the build's manifest. */
export function actionIds() {
  const manifest = JSON.parse(
    readFileSync(
      path.join(root, ".next/server/server-reference-manifest.json"),
      "utf8",
    ),
  ).node;
  const id = (name) =>
    Object.entries(manifest).find(([, v]) => v.exportedName === name)?.[0];
  return {
    joinClassAction: id("joinClassAction"),
    startAssignmentAction: id("startAssignmentAction"),
  };
}
