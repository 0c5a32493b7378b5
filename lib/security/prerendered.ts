// Pages prerendered at build time and served as they are: the quiz page (decision 011) and the
// static shells (decision 034). Their HTML cannot carry a per-request nonce, so each gets a CSP
// that allows exactly its inline scripts by sha256 hash. The hashes are known only once
// `next build` has written the HTML, so a step after the build (scripts/prerender-csp.ts) reads the
// pages and writes the policies into a file of our own beside the build (PRERENDERED_CSP_FILE); the
// server process sends each page's policy with it (lib/security/prerendered-headers.mjs, decision
// 043). Next's own build files are only read, never changed (decision 031).
import { createHash } from "node:crypto";
import { prerenderedPagePolicy } from "./csp";
import { LOCALE_PAGE } from "./prerendered-headers.mjs";

export { LOCALE_PAGE, PRERENDERED_CSP_FILE } from "./prerendered-headers.mjs";

/** Where the prerendered quiz pages are: /{locale}/play/{language}. */
export const PRERENDERED_PAGE = /^\/(de|en)\/play\/(de|en)$/;

/** Pathname → the page's policy: the file the build step writes. */
export type PrerenderedPolicies = Record<string, string>;

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `sha256-…` sources for every inline script of an HTML document, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (m) =>
      `sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}`,
  );
  return [...new Set(hashes)];
}

/** The CSP of each prerendered page (pathname → its HTML), allowing its inline scripts by hash. */
export function prerenderedPolicies(
  pages: ReadonlyMap<string, string>,
): PrerenderedPolicies {
  const policies: PrerenderedPolicies = {};
  for (const [pathname, html] of pages) {
    if (!LOCALE_PAGE.test(pathname))
      throw new Error(`${pathname} is not a page below a locale`);
    const hashes = inlineScriptHashes(html);
    if (hashes.length === 0)
      throw new Error(
        `${pathname}: no inline scripts found; has Next changed its output?`,
      );
    policies[pathname] = prerenderedPagePolicy(hashes);
  }
  return policies;
}
