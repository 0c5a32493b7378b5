// After `next build` (scripts/start.mjs runs this): the Content-Security-Policy of every page the
// build prerendered below a locale (the quiz pages, the static shells), allowing its inline
// scripts by hash, written to a file of our own beside the build that the server process sends
// with each page (scripts/prerendered-headers.mjs). Reads what the build wrote (its prerender
// manifest and the pages' HTML); changes none of it. See lib/security/prerendered.ts and
// decisions 011, 031, 034 and 043.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  LOCALE_PAGE,
  PRERENDERED_CSP_FILE,
  PRERENDERED_PAGE,
  prerenderedPolicies,
} from "../lib/security/prerendered";

const dist = path.join(process.cwd(), ".next");
// Only the part of the manifest this step needs; a build that no longer has it fails here.
const manifest = z
  .object({ routes: z.record(z.string(), z.object({ routeType: z.string() })) })
  .parse(
    JSON.parse(
      readFileSync(path.join(dist, "prerender-manifest.json"), "utf8"),
    ),
  );
const pages = new Map<string, string>();
for (const [pathname, route] of Object.entries(manifest.routes)) {
  if (route.routeType !== "page" || !LOCALE_PAGE.test(pathname)) continue;
  const file = path.join(dist, "server", "app", `${pathname}.html`);
  if (existsSync(file)) pages.set(pathname, readFileSync(file, "utf8"));
}
if (![...pages.keys()].some((pathname) => PRERENDERED_PAGE.test(pathname)))
  throw new Error(
    "No prerendered quiz pages in .next/server/app: did the build change?",
  );

writeFileSync(
  path.join(process.cwd(), PRERENDERED_CSP_FILE),
  JSON.stringify(prerenderedPolicies(pages), null, 2) + "\n",
);
console.log(
  `CSP with script hashes for ${pages.size} prerendered pages: ${[...pages.keys()].join(", ")}`,
);
