// The secret the browser tests' server runs with: scripts/start.mjs keeps it in data/.auth-secret
// unless BETTER_AUTH_SECRET is set. Tests that compute what the server computes with it — public
// option ids, keyed by it (decision 022) — call this before their first id.
import { readFileSync } from "node:fs";
import path from "node:path";

export function adoptServerSecret() {
  process.env.BETTER_AUTH_SECRET ??= readFileSync(
    path.join(process.cwd(), "data", ".auth-secret"),
    "utf8",
  ).trim();
}
