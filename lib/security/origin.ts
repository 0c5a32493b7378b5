// Which site a request comes from: the same-origin check for state-changing requests (proxy.ts)
// and the same-site guard every route handler is wrapped in (app/api).
import { getEnv } from "../env";
import { crossOriginRefusal } from "./refusals";

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
