// Reading a JSON request body in a route handler, bounded: a body over `maxBytes` is not read to
// the end, a body that is not JSON (or not declared as JSON) is refused. The declared type matters:
// another site can send text/plain or a form without asking, but not application/json.

export type JsonBody =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415 };

export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<JsonBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type))
    return { ok: false, status: 415 };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, status: 413 };
  if (!request.body) return { ok: false, status: 400 };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, status: 413 };
    }
    chunks.push(value);
  }
  try {
    return {
      ok: true,
      value: JSON.parse(
        new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)),
      ),
    };
  } catch {
    return { ok: false, status: 400 };
  }
}
