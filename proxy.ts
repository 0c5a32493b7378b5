// Every page request: locale routing (next-intl), a per-request CSP nonce (or, for a prerendered
// page, the hashes of its inline scripts), and a same-origin check for state-changing requests
// (server actions). Every request with a broken percent-escape in its path, API routes included:
// 400. See lib/security/headers.ts.
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import {
  contentSecurityPolicy, createNonce, crossOriginRefusal, isCrossOrigin, isMalformedPath, isWellFormedActionBody, malformedRequest,
  prerenderedPagePolicy, requestHost,
} from './lib/security/headers';
import { prerenderedScriptHashes } from './lib/security/prerendered';

const intl = createMiddleware(routing);

/** The paths of the first matcher below: pages, not API routes, the status page, Next's files or files. */
const PAGE = /^\/(?!api|status|_next|_vercel|.*\..*)/;

export default async function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) return malformedRequest();
  // API routes check the origin themselves (sameSiteOnly in each route handler).
  if (!PAGE.test(request.nextUrl.pathname)) return NextResponse.next();
  if (isCrossOrigin(request.method, request.headers.get('origin'), requestHost(request.headers), process.env.QQ_PUBLIC_URL)) {
    return crossOriginRefusal();
  }
  if (request.method === 'POST' && !(await isWellFormedActionBody(request.clone()))) {
    return malformedRequest();
  }
  // A prerendered page is served as built: its CSP allows its inline scripts by hash.
  const hashes = request.method === 'GET' || request.method === 'HEAD' ? prerenderedScriptHashes(request.nextUrl.pathname) : null;
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', prerenderedPagePolicy(hashes));
    return response;
  }
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = intl(new NextRequest(request.url, { headers, method: request.method }));
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // Everything except API routes, the static status page, Next internals and files with an extension.
    '/((?!api|status|_next|_vercel|.*\\..*).*)',
    // API routes and any path with a percent sign, for the malformed-path check only.
    '/api/:path*',
    '/(.*%.*)',
  ],
};
