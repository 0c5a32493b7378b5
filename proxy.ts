// Every page request: locale routing (next-intl), a per-request CSP nonce, and a same-origin check
// for state-changing requests (server actions). Every request with a broken percent-escape in its
// path, API routes included: 400. See lib/security/headers.ts. The prerendered quiz pages
// (/{locale}/play/…) skip the proxy: their CSP, by script hashes, is a header rule of the build
// (lib/security/prerendered.ts, decision 011).
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { getEnv } from "./lib/env";
import {
  contentSecurityPolicy,
  createNonce,
  crossOriginRefusal,
  isCrossOrigin,
  isMalformedPath,
  isWellFormedActionBody,
  malformedRequest,
  requestHost,
} from "./lib/security/headers";

const intl = createMiddleware(routing);

/** The paths of the first matcher below: pages, not API routes, the status or quiz page, Next's files or files. */
const PAGE = /^\/(?!api|status|(?:de|en)\/play\/|_next|_vercel|.*\..*)/;

export default async function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) return malformedRequest();
  const page = PAGE.test(request.nextUrl.pathname);
  // API routes check the origin themselves (sameSiteOnly in each route handler). Other paths reach
  // the proxy only for the malformed-path check or as a form / server-action POST (matcher below).
  if (
    !page &&
    (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/"))
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
  if (
    request.method === "POST" &&
    !(await isWellFormedActionBody(request.clone()))
  ) {
    return malformedRequest();
  }
  if (!page) return NextResponse.next();
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, getEnv().NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = intl(
    new NextRequest(request.url, { headers, method: request.method }),
  );
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Everything except API routes, the static status and quiz pages, Next internals and files with an extension.
    "/((?!api|status|(?:de|en)/play/|_next|_vercel|.*\\..*).*)",
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
