// First-load JavaScript of a page: the external scripts its HTML loads, each gzip-compressed the
// way a server would send it (zlib level 6), summed. Inline RSC payload is not counted.
import { gzipSync } from "node:zlib";

export async function firstLoadJsKb(origin, path, headers = {}) {
  const html = await (await fetch(`${origin}${path}`, { headers })).text();
  const sources = [
    ...new Set(
      [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
    ),
  ];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(
      await (await fetch(new URL(src, origin))).arrayBuffer(),
    );
    bytes += gzipSync(body, { level: 6 }).length;
  }
  return { kb: bytes / 1024, scripts: sources.length };
}
