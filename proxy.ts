// Every page request: locale routing (next-intl), a per-request CSP nonce (or, for a prerendered
// page, the hashes of its inline scripts), and a same-origin check for state-changing requests
// (server actions). See lib/security/headers.ts.
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { contentSecurityPolicy, createNonce, isCrossOrigin, isWellFormedActionBody, prerenderedPagePolicy } from './lib/security/headers';
import { prerenderedScriptHashes } from './lib/security/prerendered';

const intl = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (isCrossOrigin(request.method, request.headers.get('origin'), host, process.env.QQ_PUBLIC_URL)) {
    return new NextResponse('Cross-origin request refused', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (request.method === 'POST' && request.headers.has('next-action') && !(await isWellFormedActionBody(request.clone()))) {
    return new NextResponse('Malformed request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
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
  // Everything except API routes, the static status page, Next internals and files with an extension.
  matcher: '/((?!api|status|_next|_vercel|.*\\..*).*)',
};
