// Pages prerendered at build time and served as they are: the quiz page (decision 011) and the
// static shells (decision 034). Their HTML
// cannot carry a per-request nonce, so each gets a CSP that allows exactly its inline scripts by
// sha256 hash. The hashes are known only once `next build` has written the HTML, so a step after
// the build (scripts/prerender-csp.ts) reads the pages and writes the policies into a file of our
// own beside the build (PRERENDERED_CSP_FILE); proxy.ts sends each page's policy with it. Next's
// own build files are only read, never changed (decision 031).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { prerenderedPagePolicy } from "./csp";

/** Where the prerendered quiz pages are: /{locale}/play/{language}. */
export const PRERENDERED_PAGE = /^\/(de|en)\/play\/(de|en)$/;

/** Pages of the app, below a locale: the only prerendered pages that get a policy from here. */
export const LOCALE_PAGE = /^\/(de|en)(\/[^.]*)?$/;

/** The policies of the build's prerendered pages, relative to the project root. */
export const PRERENDERED_CSP_FILE = path.join(
  ".next",
  "quellenquiz-prerendered-csp.json",
);

const policiesSchema = z.record(z.string().regex(LOCALE_PAGE), z.string());
export type PrerenderedPolicies = z.infer<typeof policiesSchema>;

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

let loaded: PrerenderedPolicies | undefined;

/**
 * The policy for a prerendered page of the running build, or null for any other path and when
 * there is no such file (`next dev` prerenders nothing). Read once per process: a running server's
 * build does not change under it.
 */
export function prerenderedPolicyFor(
  pathname: string,
  root: string = process.cwd(),
): string | null {
  loaded ??= readPolicies(path.join(root, PRERENDERED_CSP_FILE));
  return Object.hasOwn(loaded, pathname) ? loaded[pathname]! : null;
}

function readPolicies(file: string): PrerenderedPolicies {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return {};
  }
  return policiesSchema.parse(JSON.parse(text));
}
