// After `next build` (scripts/start.mjs runs this): the Content-Security-Policy of every
// prerendered quiz page, allowing its inline scripts by hash, written to a file of our own beside
// the build that proxy.ts sends with each page. Reads what the build wrote; changes none of it.
// See lib/security/prerendered.ts and decisions 011 and 031.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  PRERENDERED_CSP_FILE,
  PRERENDERED_PAGE,
  prerenderedPolicies,
} from "../lib/security/prerendered";

const appDir = path.join(process.cwd(), ".next", "server", "app");
const pages = new Map<string, string>();
for (const locale of readdirSync(appDir)) {
  const dir = path.join(appDir, locale, "play");
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
    const pathname = `/${locale}/play/${file.replace(/\.html$/, "")}`;
    if (PRERENDERED_PAGE.test(pathname))
      pages.set(pathname, readFileSync(path.join(dir, file), "utf8"));
  }
}
if (pages.size === 0)
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
