// Security headers. Pages get a Content-Security-Policy with a fresh nonce per request (set in
// proxy.ts; Next.js puts the nonce on its own scripts); every response, pages and API routes,
// gets the static headers below (next.config.ts).

/** The page CSP: scripts only from this origin with this request's nonce; nothing may frame the app. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; dev mode needs eval for refresh.
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`, dev ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`);
}

/**
 * The CSP of a page prerendered at build time, which cannot carry a per-request nonce: its inline
 * scripts are allowed by their sha256 hashes (lib/security/prerendered.ts), Next's chunks by origin.
 */
export function prerenderedPagePolicy(scriptHashes: readonly string[]): string {
  return policy(["'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '), "'self'");
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
  ].join('; ');
}

/** Headers for every response (next.config.ts `headers()`). */
export const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
] as const;

/** API responses are data, never documents: no scripts, no framing. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** A base64 nonce from 16 random bytes. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether a state-changing request (a server action POST) comes from this site. Next.js checks
 * server actions itself, but answers a mismatch with a 500; this turns it into a clear 403 before
 * anything runs. Requests without an Origin header (old browsers, curl) are left to Next's check.
 */
export function isCrossOrigin(method: string, origin: string | null, host: string | null, publicUrl?: string): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || !origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  if (host && originHost === host) return false;
  if (publicUrl && originHost === new URL(publicUrl).host) return false;
  return true;
}

/** React's encodings of plain values ("$undefined", dates, big integers…): not references. */
const PLAIN_VALUE = /^\$(undefined|NaN|-?Infinity|-0|D.*|n-?\d+)$/;

/**
 * Whether a JSON value holds a string React would read as a reference to another part of the
 * request ("$K1", "$@2"…). Text that starts with "$" is sent escaped as "$$…".
 */
function hasReference(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('$') && !value.startsWith('$$') && !PLAIN_VALUE.test(value);
  if (Array.isArray(value)) return value.some(hasReference);
  if (value && typeof value === 'object') return Object.values(value).some(hasReference);
  return false;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Whether a server-action request body is encoded the way React's client encodes our actions:
 * JSON arguments without references (text/plain), or a form whose argument list is exactly
 * `[prevState, form]` / `[form]` (multipart). Anything else would make Next's decoder throw and
 * answer 500; proxy.ts answers 400 instead. Actions still validate their arguments themselves.
 */
export async function isWellFormedActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('text/plain')) {
    const args = parseJson(await request.text());
    return Array.isArray(args) && !hasReference(args);
  }
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return false;
    }
    const args = parseJson(String(form.get('0') ?? ''));
    if (!Array.isArray(args) || args.length === 0 || args.length > 2) return false;
    const last = args[args.length - 1];
    if (typeof last !== 'string' || !/^\$K\d+$/.test(last)) return false;
    return args.length === 1 || !hasReference(args[0]);
  }
  return false;
}
