// After `next build` (scripts/start.mjs runs this): a Content-Security-Policy for every prerendered
// quiz page, allowing its inline scripts by hash, added to the build's header rules so `next start`
// sends it with the file. See lib/security/prerendered.ts and decision 011.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  PRERENDERED_PAGE,
  prerenderedCspRules,
  withPrerenderedRules,
  type HeaderRule,
} from "../lib/security/prerendered";

const dist = path.join(process.cwd(), ".next");
const appDir = path.join(dist, "server", "app");
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

const manifestFile = path.join(dist, "routes-manifest.json");
const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
  headers: HeaderRule[];
};
manifest.headers = withPrerenderedRules(
  manifest.headers,
  prerenderedCspRules(pages),
);
writeFileSync(manifestFile, JSON.stringify(manifest));
console.log(
  `CSP with script hashes for ${pages.size} prerendered pages: ${[...pages.keys()].join(", ")}`,
);
