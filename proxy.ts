// Every page request: locale routing (next-intl), a per-request CSP nonce, and a same-origin check
// for state-changing requests (server actions). The prerendered pages (the quiz pages
// /{locale}/play/…, the static shells /{locale}, /{locale}/words, /{locale}/review) skip the proxy
// when they are read: the server process gives them the hash-based policy the build step wrote
// (scripts/prerendered-headers.mjs, decision 043), since running the proxy costs about as much as
// serving the page. The static /status page skips it too and has its policy from next.config.ts.
// Every request with a broken percent-escape in its path, API routes included: 400. Form and server-action POSTs over the size limit: 413, before anything reads the body
// (lib/security/body-limit.ts); a plain form post (no JavaScript) gets it as a translated page
// (lib/too-large-page.ts). Paths that look like files get the page CSP too (a not-found page
// for "/wp-login.php" is a document). Responses that came over https get HSTS
// (lib/security/client-address.ts). See lib/security/csp.ts, origin.ts and refusals.ts.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { getEnv, getTrustedProxies } from "./lib/env";
import { ACTION_BODY_LIMIT, isBodyTooLarge } from "./lib/security/body-limit";
import {
  cameOverHttps,
  PEER_HEADER,
  peerHeaderIsStamped,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/security/client-address";
import { contentSecurityPolicy, createNonce } from "./lib/security/csp";
import { isCrossOrigin, requestHost } from "./lib/security/origin";
import {
  crossOriginRefusal,
  isMalformedPath,
  malformedRequest,
  payloadTooLarge,
} from "./lib/security/refusals";
import { isPlainFormPost, tooLargePage } from "./lib/too-large-page";

const intl = createMiddleware(routing);

/**
 * Pages the proxy handles (locale routing, nonce): not API routes, the status or quiz page, Next's
 * files or files. A static shell reaches the proxy only with a form or server-action POST (its
 * header's sign-out), which is handled as a page.
 */
const PAGE = /^\/(?!api|status|(?:de|en)\/play\/|_next|_vercel|.*\..*)/;

/** Paths whose last segment has a dot: files, or what a scanner hopes is one. */
const FILE_LIKE = /\.[^/]*$/;

export default async function proxy(request: NextRequest) {
  const response = await respond(request);
  const { headers } = request;
  if (
    cameOverHttps(
      peerHeaderIsStamped() ? headers.get(PEER_HEADER) : null,
      headers.get("x-forwarded-proto"),
      getTrustedProxies(),
      getEnv().QQ_PUBLIC_URL,
    )
  )
    response.headers.set(
      "Strict-Transport-Security",
      STRICT_TRANSPORT_SECURITY,
    );
  return response;
}

async function respond(request: NextRequest): Promise<Response> {
  if (isMalformedPath(request.nextUrl.pathname)) return malformedRequest();
  const { pathname } = request.nextUrl;
  const page = PAGE.test(pathname);
  const fileLike =
    !page &&
    FILE_LIKE.test(pathname) &&
    !pathname.startsWith("/_next/") &&
    !pathname.startsWith("/api/");
  if (request.method === "POST" && !pathname.startsWith("/api/")) {
    if (await isBodyTooLarge(request, ACTION_BODY_LIMIT))
      return isPlainFormPost(request.headers)
        ? tooLargePage(pathname, ACTION_BODY_LIMIT)
        : payloadTooLarge();
  }
  // API routes check the origin themselves (sameSiteOnly in each route handler). Other paths reach
  // the proxy only for the malformed-path check, as a file-like path, or as a form / server-action
  // POST (matcher below).
  if (
    !page &&
    !fileLike &&
    (request.method !== "POST" || pathname.startsWith("/api/"))
  )
    return NextResponse.next();
  if (
    isCrossOrigin(
      request.method,
      request.headers.get("origin"),
      requestHost(request.headers),
      getEnv().QQ_PUBLIC_URL,
    )
  ) {
    return crossOriginRefusal();
  }
  if (!page && !fileLike) return NextResponse.next();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, getEnv().NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // A file-like path is no page to route by locale: Next serves the file or its not-found page,
  // which finds the nonce in the request's CSP header.
  const response = fileLike
    ? NextResponse.next({ request: { headers } })
    : intl(new NextRequest(request.url, { headers, method: request.method }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Everything except API routes, the prerendered pages (status, quiz pages, static shells: keep
    // in step with app/[locale]/(shell); tests/unit/security.test.ts checks), Next internals and
    // files with an extension.
    "/((?!api|status|(?:de|en)/play/|(?:de|en)(?:/(?:words|review|licences|sign-in|teach/sign-up))?$|_next|_vercel|.*\\..*).*)",
    // Paths that look like files (outside Next's own), for the CSP of their not-found page.
    "/((?!api/|_next/).*\\.[^/]*)",
    // Any path with a percent sign (every undecodable path has one), API routes included, for the
    // malformed-path check only. Other API requests skip the proxy: the answer path is one of them.
    "/(.*%.*)",
    // Form and server-action POSTs to the paths left out above (the quiz pages, /status, files):
    // Next treats them as possible server actions, and a garbage Origin or body there is a 500.
    // The answer route's JSON POSTs match none of these, so they skip the proxy.
    {
      source: "/((?!api/).*)",
      has: [
        {
          type: "header",
          key: "content-type",
          value: "(?:multipart/form-data|application/x-www-form-urlencoded).*",
        },
      ],
    },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
