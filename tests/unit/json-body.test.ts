// The bounded JSON body reader of the answer route.
import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/security/json-body";

const post = (
  body: BodyInit | null,
  type: string | null = "application/json",
  extra: Record<string, string> = {},
) =>
  new Request("http://x/api", {
    method: "POST",
    body,
    headers: { ...(type ? { "content-type": type } : {}), ...extra },
    duplex: "half",
  } as RequestInit);

describe("readJsonBody", () => {
  it("parses JSON declared as JSON", async () => {
    expect(await readJsonBody(post('{"position":1}'), 100)).toEqual({
      ok: true,
      value: { position: 1 },
    });
    expect(
      await readJsonBody(post("[1]", "application/json; charset=utf-8"), 100),
    ).toEqual({ ok: true, value: [1] });
  });

  it("refuses other types (415), oversized bodies (413) and broken JSON or UTF-8 (400)", async () => {
    expect(await readJsonBody(post("{}", "text/plain"), 100)).toEqual({
      ok: false,
      status: 415,
    });
    expect(await readJsonBody(post("{}", null), 100)).toEqual({
      ok: false,
      status: 415,
    });
    expect(await readJsonBody(post("{}", "application/jsonx"), 100)).toEqual({
      ok: false,
      status: 415,
    });
    expect(await readJsonBody(post(`"${"x".repeat(200)}"`), 100)).toEqual({
      ok: false,
      status: 413,
    });
    expect(
      await readJsonBody(
        post("{}", "application/json", { "content-length": "101" }),
        100,
      ),
    ).toEqual({ ok: false, status: 413 });
    expect(await readJsonBody(post('{"a":'), 100)).toEqual({
      ok: false,
      status: 400,
    });
    expect(
      await readJsonBody(post(new Uint8Array([0x22, 0xff, 0x22])), 100),
    ).toEqual({ ok: false, status: 400 });
    expect(await readJsonBody(post(null), 100)).toEqual({
      ok: false,
      status: 400,
    });
  });

  it("stops reading a body without a length once it is over the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64));
        if (pulled > 1000) controller.close();
      },
    });
    expect(await readJsonBody(post(stream), 1000)).toEqual({
      ok: false,
      status: 413,
    });
    expect(pulled).toBeLessThan(40);
  });
});
