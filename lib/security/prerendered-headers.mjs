// The headers of the build's prerendered pages (the quiz pages, the static shells), set by the
// server process itself before Next sees the request (scripts/prerendered-headers.mjs, decision
// 043): each page's hash-based Content-Security-Policy, written after the build by
// scripts/prerender-csp.ts, and HSTS when the request came over https. Plain JavaScript, because
// the preload runs outside the bundle.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  cameOverHttps,
  parseTrustedProxies,
  STRICT_TRANSPORT_SECURITY,
} from "./transport.mjs";

/** The policies of the build's prerendered pages, relative to the project root. */
export const PRERENDERED_CSP_FILE = path.join(
  ".next",
  "quellenquiz-prerendered-csp.json",
);

/** Pages of the app, below a locale: the only prerendered pages that get a policy from here. */
export const LOCALE_PAGE = /^\/(de|en)(\/[^.]*)?$/;

/**
 * The policies the build step wrote (pathname → policy). Throws when there are none: a server that
 * ran without them would send its prerendered pages with no policy at all.
 * @param {string} root the project root
 * @returns {Map<string, string>}
 */
export function readPrerenderedPolicies(root) {
  const file = path.join(root, PRERENDERED_CSP_FILE);
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `${file}: the prerendered pages' policies are missing or unreadable; run the build through npm start or npm run build (${/** @type {Error} */ (error).message})`,
    );
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error(`${file}: not an object of page → policy`);
  const policies = new Map();
  for (const [pathname, policy] of Object.entries(parsed)) {
    if (!LOCALE_PAGE.test(pathname) || typeof policy !== "string")
      throw new Error(`${file}: ${pathname} is no page below a locale`);
    policies.set(pathname, policy);
  }
  if (policies.size === 0) throw new Error(`${file}: no pages`);
  return policies;
}

/**
 * @typedef {object} HeaderRequest
 * @property {string | undefined} method
 * @property {string | undefined} url the request target as it came: a path with a query, or an
 *   absolute URL
 * @property {string | null} peer the socket's address
 * @property {string | null} forwardedProto X-Forwarded-Proto, believed from a trusted proxy only
 */

/**
 * A function from a request to the headers its response gets from here: none, unless it is a GET
 * or HEAD of a prerendered page.
 * @param {Map<string, string>} policies
 * @param {{ trustedProxies?: string, publicUrl?: string }} env
 * @returns {(request: HeaderRequest) => [string, string][]}
 */
export function prerenderedHeaders(policies, { trustedProxies, publicUrl }) {
  const trusted = parseTrustedProxies(trustedProxies);
  return ({ method, url, peer, forwardedProto }) => {
    if ((method !== "GET" && method !== "HEAD") || !url) return [];
    const policy = policies.get(pathOf(url));
    if (!policy) return [];
    /** @type {[string, string][]} */
    const headers = [["Content-Security-Policy", policy]];
    if (cameOverHttps(peer, forwardedProto, trusted, publicUrl))
      headers.push(["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY]);
    return headers;
  };
}

/** "/de?attempt=…" → "/de"; an absolute request target → its path. */
function pathOf(/** @type {string} */ url) {
  if (url.startsWith("/")) {
    const query = url.indexOf("?");
    return query === -1 ? url : url.slice(0, query);
  }
  try {
    return new URL(url).pathname;
  } catch {
    return "";
  }
}
