// The size limit of a form or server-action POST, checked in proxy.ts before anything reads the
// body as a form: a declared length over it is refused at once, a body without one (chunked) is
// counted as it streams and refused as soon as it passes the limit. Next's own limit
// (serverActions.bodySizeLimit, set to the same number in next.config.ts) answers 500; this
// answers 413.

/** 1 MiB: Next's default for server actions, far above any form of this app. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** Whether a request's body is larger than `maxBytes`, reading at most `maxBytes` + one chunk. */
export async function isBodyTooLarge(
  request: Request,
  maxBytes: number,
): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null)
    return !/^\d+$/.test(declared) || Number(declared) > maxBytes;
  if (!request.body) return false;
  const reader = request.clone().body!.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a cloned body settles only once the other one is
      // cancelled too, and the request's own body is never read after a 413.
      void reader.cancel().catch(() => {});
      return true;
    }
  }
}
