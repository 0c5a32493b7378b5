// What the app answers to a request it refuses before any page or route runs: plain text, never
// cached, nothing read or written. Also the check for paths Next cannot decode.

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
