// Content-Security-Policy and the other security headers. Pages get a policy with a fresh nonce
// per request (set in proxy.ts; Next.js puts the nonce on its own scripts); prerendered pages get
// one with their inline scripts' hashes (lib/security/prerendered.ts); every response, pages and
// API routes, gets the static headers below (next.config.ts).

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
