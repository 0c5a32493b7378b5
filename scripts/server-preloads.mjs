// The modules every Quellenquiz server process preloads (`node --import`), as NODE_OPTIONS: the
// socket's address on every request (peer-address.mjs, decision 021) and, in production, the
// prerendered pages' headers (prerendered-headers.mjs, decision 043). scripts/start.mjs and the
// benchmark's servers start `next start` with the same ones.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** `--import=…` flags, one per preload; `dev` leaves out what only a build has. */
export function serverPreloadFlags({ dev = false } = {}) {
  return ["peer-address.mjs", ...(dev ? [] : ["prerendered-headers.mjs"])].map(
    (file) => `--import=${pathToFileURL(path.join(here, file)).href}`,
  );
}

/** NODE_OPTIONS for a server process: what was there, plus the preloads. */
export function serverNodeOptions(existing, { dev = false } = {}) {
  return [existing, ...serverPreloadFlags({ dev })].filter(Boolean).join(" ");
}
