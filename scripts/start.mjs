// `npm start`: build the app when no current build exists, apply pending migrations, seed the
// content (idempotent), then serve with `next start`. `--dev` serves with `next dev` instead.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DATABASE_URL, migrateDatabase } from "./migrate.mjs";
import { serverNodeOptions } from "./server-preloads.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
};
const port = process.env.PORT ?? "3000";

// Session cookies are signed with BETTER_AUTH_SECRET. Without one, a random secret is made once and
// kept beside the database (data/.auth-secret, readable by this user only), so sessions survive restarts.
if (!env.BETTER_AUTH_SECRET) {
  const secretFile = path.join(root, "data", ".auth-secret");
  if (!existsSync(secretFile)) {
    mkdirSync(path.dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), {
      mode: 0o600,
    });
  }
  env.BETTER_AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const stampFile = path.join(root, ".next", "quellenquiz-source-hash");

// Everything that goes into the build; a change to any of these makes the build stale.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "content",
  "public",
  "next.config.ts",
  "proxy.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
  "prisma/postgresql/schema.prisma",
  "global.d.ts",
];

function filesUnder(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [entry];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
}

function sourceHash() {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap(filesUnder))
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)));
  return hash.digest("hex");
}

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

if (
  !existsSync(path.join(root, "generated", "prisma", "client.ts")) ||
  !existsSync(path.join(root, "generated", "prisma-postgresql", "client.ts"))
) {
  run("npm", ["run", "db:generate"], "Generating the Prisma clients");
}

if (!dev) {
  const hash = sourceHash();
  const current =
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === hash;
  if (current) {
    console.log("Build is current.");
  } else {
    console.log("Building the app (no current build)…");
    run(process.execPath, [nextBin, "build"], "next build");
    // The prerendered quiz pages' CSP needs the hashes of what the build wrote (decision 011).
    run(
      process.execPath,
      ["--import", "tsx", path.join(root, "scripts", "prerender-csp.ts")],
      "CSP for prerendered pages",
    );
    writeFileSync(stampFile, hash);
  }
}

// `--build-only`: stop after the build (used by `npm run bench` before it pins the server to a core).
if (process.argv.includes("--build-only")) process.exit(0);

const { appliedMigrationNames } = await migrateDatabase(env.DATABASE_URL);
console.log(
  appliedMigrationNames.length
    ? `Applied migrations: ${appliedMigrationNames.join(", ")}`
    : "Database is up to date.",
);
run(
  process.execPath,
  [
    "--conditions=react-server",
    "--import",
    "tsx",
    path.join(root, "prisma", "seed.ts"),
  ],
  "Seeding",
);

const server = spawn(
  process.execPath,
  [nextBin, dev ? "dev" : "start", "--port", port],
  {
    cwd: root,
    env: {
      ...env,
      // The socket's address on every request and, in production, the prerendered pages'
      // headers (scripts/server-preloads.mjs); through NODE_OPTIONS, so the server process that
      // `next dev` forks gets them too.
      NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS, { dev }),
    },
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
