// Framework-free security pieces: the CSP, the cross-origin check, the in-memory answer limiter.
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  contentSecurityPolicy,
  createNonce,
  prerenderedPagePolicy,
} from "@/lib/security/csp";
import {
  isCrossOrigin,
  isCrossSiteRequest,
  sameSiteOnly,
} from "@/lib/security/origin";
import { isMalformedPath } from "@/lib/security/refusals";
import {
  inlineScriptHashes,
  PRERENDERED_CSP_FILE,
  PRERENDERED_PAGE,
  prerenderedPolicies,
} from "@/lib/security/prerendered";
import {
  type HeaderRequest,
  LOCALE_PAGE,
  prerenderedHeaders,
  readPrerenderedPolicies,
} from "@/lib/security/prerendered-headers.mjs";
import { MemoryRateLimiter } from "@/lib/security/memory-limit";
import { isBodyTooLarge } from "@/lib/security/body-limit";
import {
  cameOverHttps,
  clientAddressOf,
  normalizeAddress,
  parseTrustedProxies,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/security/client-address";

describe("the page CSP", () => {
  it("allows scripts only with the nonce, styles only from the site, and no framing", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
    expect(contentSecurityPolicy("x", true)).toContain("'unsafe-eval'");
  });

  it("uses a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the CSP of a prerendered page", () => {
  const sha = (text: string) =>
    `sha256-${createHash("sha256").update(text).digest("base64")}`;
  const html =
    '<html><head><script src="/_next/a.js" async=""></script><script id="_R_">boot()</script></head>' +
    "<body><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>boot()</script></body></html>";

  it("hashes every inline script once and no external one", () => {
    expect(inlineScriptHashes(html)).toEqual([
      sha("boot()"),
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
    ]);
  });

  it("allows exactly those scripts: no nonce, no unsafe-inline, no framing", () => {
    const csp = prerenderedPagePolicy([sha("boot()")]);
    expect(csp).toContain(`script-src 'self' '${sha("boot()")}'`);
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe|nonce|strict-dynamic/);
  });

  it("is one policy per prerendered page, and nothing for any other path", () => {
    expect(prerenderedPolicies(new Map([["/de/play/en", html]]))).toEqual({
      "/de/play/en": prerenderedPagePolicy(inlineScriptHashes(html)),
    });
    expect(Object.keys(prerenderedPolicies(new Map([["/en", html]])))).toEqual([
      "/en",
    ]);
    // /status has its own policy (next.config.ts) and files are no pages.
    for (const other of ["/status", "/icon.svg", "/fr/play/de"])
      expect(() => prerenderedPolicies(new Map([[other, html]]))).toThrow(
        /not a page below a locale/,
      );
    expect(() =>
      prerenderedPolicies(new Map([["/de/play/de", "<html></html>"]])),
    ).toThrow(/no inline scripts/);
    expect(PRERENDERED_PAGE.test("/de/play/de")).toBe(true);
    expect(PRERENDERED_PAGE.test("/fr/play/de")).toBe(false);
    expect(PRERENDERED_PAGE.test("/de/play/dex")).toBe(false);
  });

  it("is read by the server's preload from the file the build step writes, and sent with the page", () => {
    const root = mkdtempSync(path.join(tmpdir(), "qq-csp-"));
    try {
      mkdirSync(path.join(root, ".next"));
      expect(() => readPrerenderedPolicies(root)).toThrow(/missing/);
      const policies = prerenderedPolicies(
        new Map([
          ["/en/play/de", html],
          ["/de", html.replace("b", "c")],
        ]),
      );
      writeFileSync(
        path.join(root, PRERENDERED_CSP_FILE),
        JSON.stringify(policies),
      );
      const headersFor = prerenderedHeaders(readPrerenderedPolicies(root), {
        trustedProxies: "10.0.0.5",
      });
      const get = (url: string, more: Partial<HeaderRequest> = {}) =>
        headersFor({
          method: "GET",
          url,
          peer: "127.0.0.1",
          forwardedProto: null,
          ...more,
        });
      expect(get("/en/play/de")).toEqual([
        ["Content-Security-Policy", policies["/en/play/de"]],
      ]);
      // The query does not change the page; an absolute request target names the same one.
      expect(get("/en/play/de?attempt=x")).toEqual(get("/en/play/de"));
      expect(get("http://example.org/de")).toEqual([
        ["Content-Security-Policy", policies["/de"]],
      ]);
      expect(get("/en/play/de", { method: "HEAD" })).toEqual(
        get("/en/play/de"),
      );
      // Not a prerendered page, or not a read: nothing from here (proxy.ts or Next answer those).
      for (const url of ["/de/play/de", "/en/read/x", "/constructor", "/de/"])
        expect(get(url), url).toEqual([]);
      expect(get("/de", { method: "POST" })).toEqual([]);
      // HSTS only when a trusted proxy says the browser came over https.
      const hsts = ["Strict-Transport-Security", STRICT_TRANSPORT_SECURITY];
      expect(get("/de", { forwardedProto: "https" })).not.toContainEqual(hsts);
      expect(
        get("/de", { peer: "::ffff:10.0.0.5", forwardedProto: "https" }),
      ).toContainEqual(hsts);
      expect(
        prerenderedHeaders(readPrerenderedPolicies(root), {
          publicUrl: "https://quiz.example.org",
        })({ method: "GET", url: "/de", peer: null, forwardedProto: null }),
      ).toContainEqual(hsts);

      writeFileSync(
        path.join(root, PRERENDERED_CSP_FILE),
        JSON.stringify({ "/status": "x" }),
      );
      expect(() => readPrerenderedPolicies(root)).toThrow(/no page/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("covers every prerendered page the proxy's matcher leaves out, and the proxy every other page", () => {
    // The matcher's first entry, read as the pattern it is (a path with one regular expression group).
    const source = readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8");
    const first = /matcher: \[\s*(?:\/\/.*\s*)*"([^"]+)"/.exec(source)?.[1];
    expect(first).toBeDefined();
    const proxied = new RegExp(`^${first!.replaceAll("\\\\", "\\")}$`);
    // Every page of the static shells' route group and the quiz pages: prerendered, so no proxy.
    const shellDir = path.join(process.cwd(), "app", "[locale]", "(shell)");
    const shells = readdirSync(shellDir, { recursive: true })
      .map(String)
      .filter((file) => path.basename(file) === "page.tsx")
      .map((file) => path.dirname(file).replace(/^\.$/, ""));
    expect(shells.length).toBeGreaterThan(0);
    for (const locale of ["de", "en"]) {
      for (const shell of shells) {
        const pathname = `/${locale}${shell ? `/${shell}` : ""}`;
        expect(proxied.test(pathname), pathname).toBe(false);
        expect(LOCALE_PAGE.test(pathname), pathname).toBe(true);
      }
      for (const language of ["de", "en"])
        expect(proxied.test(`/${locale}/play/${language}`)).toBe(false);
      for (const page of [
        "/read/x",
        "/words/practice",
        "/teach/sign-in",
        "/quizzes",
        "/teach",
        "/reviews",
      ])
        expect(proxied.test(`/${locale}${page}`), page).toBe(true);
    }
    expect(proxied.test("/")).toBe(true);
    expect(proxied.test("/status")).toBe(false);
  });
});

describe("the cross-origin check", () => {
  it("lets reads and same-origin writes through and refuses writes from elsewhere", () => {
    expect(
      isCrossOrigin("GET", "https://evil.example", "quiz.schule.de", undefined),
    ).toBe(false);
    expect(
      isCrossOrigin(
        "POST",
        "http://quiz.schule.de",
        "quiz.schule.de",
        undefined,
      ),
    ).toBe(false);
    expect(
      isCrossOrigin(
        "POST",
        "https://evil.example",
        "quiz.schule.de",
        undefined,
      ),
    ).toBe(true);
    expect(
      isCrossOrigin(
        "POST",
        "https://quiz.schule.de",
        "10.0.0.5:3000",
        "https://quiz.schule.de",
      ),
    ).toBe(false);
    expect(isCrossOrigin("POST", "null", "quiz.schule.de", undefined)).toBe(
      true,
    );
    expect(isCrossOrigin("POST", null, "quiz.schule.de", undefined)).toBe(
      false,
    );
  });
});

describe("the cross-site check for route handlers", () => {
  it("lets this site's pages, typed URLs and header-less clients through", () => {
    expect(isCrossSiteRequest(null, null, "quiz.schule.de")).toBe(false);
    expect(isCrossSiteRequest(null, "same-origin", "quiz.schule.de")).toBe(
      false,
    );
    expect(isCrossSiteRequest(null, "none", "quiz.schule.de")).toBe(false);
    expect(
      isCrossSiteRequest(
        "https://quiz.schule.de",
        "same-origin",
        "quiz.schule.de",
      ),
    ).toBe(false);
    expect(
      isCrossSiteRequest(
        "https://quiz.schule.de",
        null,
        "10.0.0.5:3000",
        "https://quiz.schule.de",
      ),
    ).toBe(false);
  });

  it("refuses reads another site makes: a foreign or opaque Origin, or Sec-Fetch-Site saying so", () => {
    expect(
      isCrossSiteRequest("https://evil.example", null, "quiz.schule.de"),
    ).toBe(true);
    expect(
      isCrossSiteRequest(
        "https://evil.example",
        "same-origin",
        "quiz.schule.de",
      ),
    ).toBe(true);
    expect(
      isCrossSiteRequest("https://quiz.schule.de:8443", null, "quiz.schule.de"),
    ).toBe(true);
    expect(isCrossSiteRequest("null", null, "quiz.schule.de")).toBe(true);
    expect(isCrossSiteRequest("garbage", null, "quiz.schule.de")).toBe(true);
    expect(isCrossSiteRequest("", null, "quiz.schule.de")).toBe(true);
    expect(isCrossSiteRequest(null, "cross-site", "quiz.schule.de")).toBe(true);
    expect(isCrossSiteRequest(null, "same-site", "quiz.schule.de")).toBe(true);
    expect(isCrossSiteRequest(null, "CROSS-SITE", "quiz.schule.de")).toBe(true);
    expect(
      isCrossSiteRequest(
        "https://quiz.schule.de",
        "cross-site",
        "quiz.schule.de",
      ),
    ).toBe(true);
    expect(isCrossSiteRequest("https://quiz.schule.de", null, null)).toBe(true);
  });

  it("wraps a route handler: 403 without running it for another site, the handler's answer otherwise", async () => {
    const calls: string[] = [];
    const GET = sameSiteOnly(
      async (_request: Request, context: { id: string }) => {
        calls.push(context.id);
        return new Response("data");
      },
    );
    const get = (headers: Record<string, string>) =>
      GET(
        new Request("http://quiz.schule.de/api/x", {
          headers: { host: "quiz.schule.de", ...headers },
        }),
        { id: "a" },
      );
    const refused = await get({ origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect((await get({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(calls).toEqual([]);
    const same = await get({ "sec-fetch-site": "same-origin" });
    expect([same.status, await same.text()]).toEqual([200, "data"]);
    expect(calls).toEqual(["a"]);
  });
});

describe("the malformed-path check", () => {
  it("finds broken percent-escapes and lets every decodable path through", () => {
    for (const p of [
      "/de",
      "/de/quizzes/a%20b",
      "/api/classes/%00/gradebook",
      "/de/%E2%80%AE",
      "/de/%F0%9D%94%98",
    ])
      expect(isMalformedPath(p), p).toBe(false);
    for (const p of [
      "/de/%",
      "/api/glossary/%ZZ",
      "/api/classes/%c0%ae/gradebook",
      "/de/%E2%80",
      "/x.png%",
    ])
      expect(isMalformedPath(p), p).toBe(true);
  });
});

describe("the answer limiter", () => {
  it("allows max hits per window and key, then refuses until the window is over", () => {
    const limiter = new MemoryRateLimiter(3, 1000);
    expect([0, 1, 2, 3].map((i) => limiter.take("a", 100 + i))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limiter.take("b", 105)).toBe(true);
    expect(limiter.take("a", 1100)).toBe(true);
  });

  it("stays bounded under many keys", () => {
    const limiter = new MemoryRateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.take(`k${i}`, 0);
    expect(
      (limiter as unknown as { hits: Map<string, unknown> }).hits.size,
    ).toBeLessThanOrEqual(100);
  });
});

describe("the client's address", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.5, 192.168.1.0/24 ::1");

  it("is the socket's when nobody is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf("203.0.113.9", "198.51.100.1", none)).toBe(
      "203.0.113.9",
    );
    expect(clientAddressOf("::ffff:127.0.0.1", "1.2.3.4, 5.6.7.8", none)).toBe(
      "127.0.0.1",
    );
    expect(clientAddressOf(null, "1.2.3.4", none)).toBeNull();
  });

  it("is the first untrusted hop from the right behind trusted proxies", () => {
    expect(clientAddressOf("10.0.0.5", "203.0.113.9", proxies)).toBe(
      "203.0.113.9",
    );
    // The client's own X-Forwarded-For stands left of what our proxies appended: not believed.
    expect(
      clientAddressOf(
        "10.0.0.5",
        "6.6.6.6, 203.0.113.9, 192.168.1.20",
        proxies,
      ),
    ).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.5", "garbage, 192.168.1.7", proxies)).toBe(
      "192.168.1.7",
    );
    expect(clientAddressOf("10.0.0.5", null, proxies)).toBe("10.0.0.5");
    expect(clientAddressOf("10.0.0.6", "203.0.113.9", proxies)).toBe(
      "10.0.0.6",
    );
    expect(clientAddressOf("::1", "2001:db8::7", proxies)).toBe("2001:db8::7");
  });

  it("refuses a trusted-proxy setting that is not addresses or CIDR ranges", () => {
    for (const bad of [
      "10.0.0.",
      "10.0.0.0/33",
      "example.org",
      "::1/129",
      "1.2.3.4/8/9",
    ])
      expect(() => parseTrustedProxies(bad), bad).toThrow(/QQ_TRUSTED_PROXIES/);
    expect(normalizeAddress("[::1]")).toBe("::1");
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress("unknown")).toBeNull();
  });

  it("came over https only by the public URL or a trusted proxy's word", () => {
    expect(cameOverHttps("203.0.113.9", "https", none, undefined)).toBe(false);
    expect(cameOverHttps("10.0.0.5", "https", proxies, undefined)).toBe(true);
    expect(cameOverHttps("10.0.0.5", "http", proxies, undefined)).toBe(false);
    expect(cameOverHttps("10.0.0.6", "https", proxies, undefined)).toBe(false);
    expect(
      cameOverHttps("203.0.113.9", null, none, "https://quiz.schule.de"),
    ).toBe(true);
  });
});

describe("the body limit of form and action posts", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://localhost/de/join", {
      method: "POST",
      body,
      headers,
      duplex: "half",
    } as RequestInit);

  it("refuses a declared length over the limit without reading", async () => {
    expect(
      await isBodyTooLarge(post("x", { "content-length": "2000000" }), 1000),
    ).toBe(true);
    expect(await isBodyTooLarge(post("x".repeat(999)), 1000)).toBe(false);
  });

  it("counts a body without a declared length as it streams", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(400));
      },
    });
    expect(await isBodyTooLarge(post(endless), 1000)).toBe(true);
    expect(pulled).toBeLessThan(10);
  });
});
