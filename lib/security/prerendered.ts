// Pages prerendered at build time and served as they are: the quiz page (decision 011). Their HTML
// cannot carry a per-request nonce, so each gets a CSP that allows exactly its inline scripts by
// sha256 hash. The hashes are known only once `next build` has written the HTML, so
// scripts/prerender-csp.ts adds them to the build's header rules (.next/routes-manifest.json) right
// after the build; these pages then need no proxy at all (proxy.ts leaves them out).
import { createHash } from "node:crypto";
import { prerenderedPagePolicy } from "./csp";

/** Where the prerendered quiz pages are: /{locale}/play/{language}. */
export const PRERENDERED_PAGE = /^\/(de|en)\/play\/(de|en)$/;

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `sha256-…` sources for every inline script of an HTML document, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (m) =>
      `sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}`,
  );
  return [...new Set(hashes)];
}

/** A header rule as Next keeps them in routes-manifest.json. */
export type HeaderRule = {
  source: string;
  regex: string;
  headers: { key: string; value: string }[];
};

const escapeRegex = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** One CSP rule per prerendered page (pathname → its HTML). */
export function prerenderedCspRules(
  pages: ReadonlyMap<string, string>,
): HeaderRule[] {
  return [...pages].map(([pathname, html]) => {
    if (!PRERENDERED_PAGE.test(pathname))
      throw new Error(`${pathname} is not a prerendered quiz page`);
    const hashes = inlineScriptHashes(html);
    if (hashes.length === 0)
      throw new Error(
        `${pathname}: no inline scripts found; has Next changed its output?`,
      );
    return {
      source: pathname,
      regex: `^${escapeRegex(pathname)}(?:/)?$`,
      headers: [
        {
          key: "Content-Security-Policy",
          value: prerenderedPagePolicy(hashes),
        },
      ],
    };
  });
}

/** The manifest's header rules with those of the prerendered pages replaced by `rules`. */
export function withPrerenderedRules(
  existing: HeaderRule[],
  rules: HeaderRule[],
): HeaderRule[] {
  return [
    ...existing.filter((rule) => !PRERENDERED_PAGE.test(rule.source)),
    ...rules,
  ];
}
