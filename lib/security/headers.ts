// Security headers. Pages get a Content-Security-Policy with a fresh nonce per request (set in
// proxy.ts; Next.js puts the nonce on its own scripts); every response, pages and API routes,
// gets the static headers below (next.config.ts).
import { getEnv } from "../env";

/** The page CSP: scripts only from this origin with this request's nonce; nothing may frame the app. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; dev mode needs eval for refresh.
  return policy(
    `'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`,
  );
}

/**
 * The CSP of a page prerendered at build time, which cannot carry a per-request nonce: its inline
 * scripts are allowed by their sha256 hashes (lib/security/prerendered.ts), Next's chunks by origin.
 */
export function prerenderedPagePolicy(scriptHashes: readonly string[]): string {
  return policy(
    ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(" "),
    "'self'",
  );
}

function policy(scriptSrc: string, styleSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    `style-src ${styleSrc}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response (next.config.ts `headers()`). */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
] as const;

/**
 * Static documents served without the proxy (the /status page): plain text and links that need no
 * script, so none runs; no framing, no plugins, no forms.
 */
export const STATIC_DOCUMENT_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** API responses are data, never documents: no scripts, no framing. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** A base64 nonce from 16 random bytes. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Whether an Origin header names this site: the Host the request came in on, or the public URL. */
function isOwnOrigin(
  origin: string,
  host: string | null,
  publicUrl?: string,
): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, privacy-sensitive redirects) and garbage
  }
  return (
    (!!host && originHost === host) ||
    (!!publicUrl && originHost === new URL(publicUrl).host)
  );
}

/**
 * Whether a state-changing request (a server action POST) comes from this site. Next.js checks
 * server actions itself, but answers a mismatch with a 500; this turns it into a clear 403 before
 * anything runs. Requests without an Origin header (old browsers, curl) are left to Next's check.
 */
export function isCrossOrigin(
  method: string,
  origin: string | null,
  host: string | null,
  publicUrl?: string,
): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS" || !origin)
    return false;
  return !isOwnOrigin(origin, host, publicUrl);
}

/**
 * Whether a request to a route handler (any method, reads included) was made by another site: an
 * Origin header naming another origin, or a browser saying so in Sec-Fetch-Site. Only this site's
 * own pages ("same-origin") and the user themselves ("none": a typed URL, a bookmark) may call our
 * API; "same-site" counts as foreign too, since a sibling subdomain is someone else's site. Clients
 * that send neither header (curl, scripts) carry no other site's cookies and pass; the route's own
 * checks still apply to them.
 */
export function isCrossSiteRequest(
  origin: string | null,
  fetchSite: string | null,
  host: string | null,
  publicUrl?: string,
): boolean {
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none")
    return true;
  return origin !== null && !isOwnOrigin(origin, host, publicUrl);
}

/** The host a request was addressed to, as the browser saw it (behind a proxy: X-Forwarded-Host). */
export const requestHost = (headers: Headers): string | null =>
  headers.get("x-forwarded-host") ?? headers.get("host");

const refusal = (status: number, text: string) => (): Response =>
  new Response(text, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });

/** The answer to a request from another site: 403, plain text, never cached. */
export const crossOriginRefusal = refusal(403, "Cross-origin request refused");

/** The answer to a form or action POST over the size limit (proxy.ts): 413, before it is read. */
export const payloadTooLarge = refusal(413, "Request body too large");

/** The answer to a request Next could not decode (proxy.ts): 400, plain text, never cached. */
export const malformedRequest = refusal(400, "Malformed request");

/**
 * Whether a URL path has a broken percent-escape ("/de/%", "%ZZ", "%c0%ae"). Next fails to decode
 * its route parameters and, with no Pages-Router error page to show its 400, answers 500.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Route handlers (app/api) are outside proxy.ts, so each one is wrapped in this: a request another
 * site made (isCrossSiteRequest) gets 403 before the handler runs, reads included — the CSV exports
 * carry students' data and go by the session cookie, and the public glossary is for our own reader
 * only, not for other sites to script.
 */
export function sameSiteOnly<Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
) {
  return async (request: Request, context: Context): Promise<Response> => {
    const { headers } = request;
    if (
      isCrossSiteRequest(
        headers.get("origin"),
        headers.get("sec-fetch-site"),
        requestHost(headers),
        getEnv().QQ_PUBLIC_URL,
      )
    )
      return crossOriginRefusal();
    return handler(request, context);
  };
}
