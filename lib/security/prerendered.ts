// Pages prerendered at build time and served as they are: the quiz page (decision 011). Their HTML
// cannot carry a per-request nonce, so proxy.ts gives them a CSP that allows exactly their inline
// scripts by sha256 hash, read once from the prerendered file of this build.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Paths of prerendered pages (app/[locale]/(focus)/play/[language]). */
const PRERENDERED_PAGE = /^\/(de|en)\/play\/(de|en)$/;

export const isPrerenderedPage = (pathname: string) => PRERENDERED_PAGE.test(pathname);

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `sha256-…` sources for every inline script of an HTML document, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => `sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}`);
  return [...new Set(hashes)];
}

const cache = new Map<string, string[] | null>();

/** The hashes for a prerendered page of this build, or null (not prerendered: `next dev`). */
export function prerenderedScriptHashes(pathname: string, distDir = path.join(process.cwd(), '.next')): string[] | null {
  if (!isPrerenderedPage(pathname)) return null;
  if (!cache.has(pathname)) {
    let hashes: string[] | null = null;
    try {
      hashes = inlineScriptHashes(readFileSync(path.join(distDir, 'server', 'app', `${pathname}.html`), 'utf8'));
    } catch {
      hashes = null;
    }
    cache.set(pathname, hashes);
  }
  return cache.get(pathname)!;
}
