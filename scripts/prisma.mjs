// Runs the project's Prisma CLI with the wasm-backed schema engine shim, so every command works
// without downloading the native engine (see docs/decisions/003-offline-prisma-schema-engine.md).
// Usage: node scripts/prisma.mjs <prisma args…>
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")),
  "build/index.js",
);

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(here, "prisma-schema-engine.mjs"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
// Ctrl-C reaches the child directly (same process group); only forward a targeted SIGTERM.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGTERM"));
child.on("exit", (code, signal) => {
  process.removeAllListeners("SIGINT").removeAllListeners("SIGTERM");
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
