// Every page request: locale routing (next-intl), a per-request CSP nonce, and a same-origin
// check for state-changing requests (server actions). See lib/security/headers.ts.
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { contentSecurityPolicy, createNonce, isCrossOrigin, isWellFormedActionBody } from './lib/security/headers';

const intl = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (isCrossOrigin(request.method, request.headers.get('origin'), host, process.env.QQ_PUBLIC_URL)) {
    return new NextResponse('Cross-origin request refused', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (request.method === 'POST' && request.headers.has('next-action') && !(await isWellFormedActionBody(request.clone()))) {
    return new NextResponse('Malformed request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
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
