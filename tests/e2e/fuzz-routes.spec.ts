// Every route handler (app/api), sent hostile requests over HTTP with fast-check: path parameters
// (very long, unicode, encoded slashes, dot segments, NUL, SQL), query strings, Origin and
// Sec-Fetch-Site variants, forged session cookies, every method, oversized bodies. The answer is
// exactly what the route owes (403 to another site, 401/404 for the teacher's downloads unless it is
// the owning teacher's, 405 for other methods…), never a 5xx, never a file for anyone but the
// owning teacher, and no data table changes. `npm test` sends 150 cases per route, `npm run test:fuzz` 1,000.
import fc from "fast-check";
import { expect, test, type APIResponse } from "@playwright/test";
import { isMalformedPath } from "@/lib/security/refusals";
import {
  buildFile,
  fuzzCases,
  fuzzEach,
  hostileText,
  ID,
} from "./support/fuzz";
import { teacherWithAssignment } from "./support/teacher";

// No trace, as in fuzz.spec.ts: thousands of request bodies would be recorded.
test.use({ trace: "off" });

type Teacher = Awaited<ReturnType<typeof teacherWithAssignment>>;
type Route = {
  /** The parameter value that gets data: the teacher's own class or assignment, a real sentence. */
  valid: (teacher: Teacher) => string[];
  /** Teacher-only download (401 without a session, 404 for what isn't theirs) or public JSON. */
  csv: boolean;
  /**
   * The download needs a query parameter the fuzzed queries never get right (the export's
   * format): the owner's valid request gets a translated 400 instead of a file.
   */
  needsQuery?: true;
  /** A learner's own data: 404 for everybody else (none of these requests has the attempt). */
  ownerOnly?: boolean;
  /**
   * A POST route: the answer path (a JSON body or 415, at most 16 KB or 413, valid or 400, the
   * learner's own attempt or 404), or the benchmark's no-op twin (404 without QQ_BENCH=1).
   */
  post?: "answer" | "bench";
  /** The catch-all for unknown /api paths. */
  unknown?: true;
  /**
   * Prerendered at build time (public, keyless JSON): Next serves the file for every method and
   * origin, and 404 for any parameter it was not built for. Nothing runs, nothing can change.
   */
  prerendered?: true;
  /** A route without a path parameter (who is asking, /api/me): always the same resource. */
  noParam?: true;
};

const ROUTES: Record<string, Route> = {
  "/api/classes/[classId]/gradebook": {
    csv: true,
    valid: (teacher) => [teacher.classId],
  },
  "/api/assignments/[assignmentId]/responses": {
    csv: true,
    valid: (teacher) => [teacher.assignmentId],
  },
  "/api/sets/[setId]/export": {
    csv: true,
    needsQuery: true,
    valid: (teacher) => [teacher.setId],
  },
  "/api/glossary/[sentenceId]": { csv: false, valid: () => ["s01", "s18"] },
  // Public JSON, built per process since its ids are keyed (decision 022): same site only.
  "/api/question-bank/[language]": {
    csv: false,
    valid: () => ["de", "en"],
  },
  "/api/attempts/[attemptId]": {
    csv: false,
    ownerOnly: true,
    valid: () => [ID],
  },
  "/api/attempts/[attemptId]/answers": {
    csv: false,
    ownerOnly: true,
    post: "answer",
    valid: () => [ID],
  },
  "/api/bench/attempts/[attemptId]/answers": {
    csv: false,
    post: "bench",
    valid: () => [ID],
  },
  // Who is asking, for the static shells' holes (decision 034): anybody on this site gets an
  // answer (an unknown visitor an empty one); never another site.
  "/api/me": { csv: false, noParam: true, valid: () => ["-"] },
  // The learner's own words as a file: none of these requests comes from a learner (the teacher
  // has never read or answered), so 404 for all of them.
  "/api/words/export": {
    csv: false,
    ownerOnly: true,
    noParam: true,
    valid: () => ["-"],
  },
  // Any other /api path: 404 for every method (so Next never treats it as a page).
  "/api/[...path]": {
    csv: false,
    unknown: true,
    valid: () => ["no-such-route"],
  },
};

/** Files Next builds from app/ and serves as they are (the icon): route entries with nothing that runs. */
const STATIC_FILES = ["/icon.svg"];

const FOREIGN = "https://evil.example";
let teacher: Teacher;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  teacher = await teacherWithAssignment(await context.newPage());
  await context.close();
});

/** What a header-safe string looks like: printable ASCII, trimmed, not empty (HTTP would drop it). */
const headerText = (maxLength: number) =>
  fc
    .string({
      unit: fc
        .integer({ min: 0x20, max: 0x7e })
        .map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength,
    })
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** A path parameter with whether it is the valid one: hostile text percent-encoded, or raw hostile path pieces. */
const param = (valid: string[]) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...valid)
        .map((v) => ({ segment: v, valid: true })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          ID,
          valid[0]!.toUpperCase(),
          `${valid[0]}x`,
          ` ${valid[0]}`,
        )
        .map((v) => ({ segment: encodeURIComponent(v), valid: false })),
    },
    {
      weight: 4,
      arbitrary: fc
        .oneof(hostileText, fc.string({ unit: "grapheme", maxLength: 100 }))
        .map((v) => ({ segment: encodeURIComponent(v), valid: false })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          "..",
          ".",
          "%2e%2e",
          "%2E",
          "a%2Fb",
          "..%2F..%2Fetc%2Fpasswd",
          "%00",
          "%",
          "%ZZ",
          "%c0%ae%c0%ae",
          "%E2%80%AE",
          "1'%20OR%20'1'%3D'1",
          "%3Bdrop%20table%20User%3B--",
          "x".repeat(20_000),
        )
        .map((segment) => ({ segment, valid: false })),
    },
  );

const query = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "?locale=de",
    "?locale=en",
    "?locale=fr",
    "?locale=%ZZ",
    "?locale=de&locale=en",
    "?%",
    "?&&&=",
    `?${"a=1&".repeat(2_000)}`,
  ),
  fc
    .dictionary(
      fc.oneof(
        fc.constantFrom("locale", "classId", "assignmentId", "__proto__"),
        fc.string({ maxLength: 20 }),
      ),
      hostileText,
      { maxKeys: 4 },
    )
    .map((d) => `?${new URLSearchParams(d)}`),
);

/** Origin and Sec-Fetch-Site with whether they say another site sent the request. */
const origin = (own: string) =>
  fc.oneof(
    fc.constantFrom(
      { value: undefined, foreign: false },
      { value: own, foreign: false },
      { value: FOREIGN, foreign: true },
      { value: "null", foreign: true },
      { value: own.replace("127.0.0.1", "localhost"), foreign: true },
      { value: `${own}.evil.example`, foreign: true },
      { value: "http://127.0.0.1:1", foreign: true },
    ),
    headerText(100)
      .filter((v) => v !== own)
      .map((value) => ({ value, foreign: true })),
  );
const fetchSite = fc.oneof(
  fc.constantFrom(
    { value: undefined, foreign: false },
    { value: "same-origin", foreign: false },
    { value: "none", foreign: false },
    { value: "same-site", foreign: true },
    { value: "cross-site", foreign: true },
  ),
  headerText(30)
    .filter((v) => v !== "same-origin" && v !== "none")
    .map((value) => ({ value, foreign: true })),
);

/**
 * Cookies, with whether they are the teacher's real session. Forged ones look like better-auth's.
 * Always a Cookie header, so that nothing the server set comes along from Playwright's cookie jar.
 */
const NO_SESSION = "NEXT_LOCALE=de";
const cookie = (real: string) =>
  fc.oneof(
    fc.constantFrom(
      { value: NO_SESSION, real: false },
      { value: real, real: true },
      { value: `NEXT_LOCALE=de; ${real}`, real: true },
    ),
    fc
      .tuple(
        fc.constantFrom(
          "qq.session_token",
          "__Secure-qq.session_token",
          "qq_learner",
          "NEXT_LOCALE",
        ),
        fc.oneof(
          fc.stringMatching(/^[A-Za-z0-9]{32}\.[A-Za-z0-9%]{20,60}$/),
          headerText(200).map(encodeURIComponent),
        ),
      )
      .map(([name, value]) => ({ value: `${name}=${value}`, real: false })),
    fc
      .constantFrom(
        ";;;=;",
        "=",
        "qq.session_token",
        `qq.session_token=${"a".repeat(20_000)}`,
        `${real.split("=")[0]}=${real.split("=")[1]!.slice(0, -2)}xx`,
      )
      .map((value) => ({ value, real: false })),
  );

const method = fc.constantFrom(
  "GET",
  "GET",
  "GET",
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "OPTIONS",
);
const postMethod = fc.constantFrom(
  "POST",
  "POST",
  "POST",
  "POST",
  "POST",
  "GET",
  "PUT",
  "OPTIONS",
);
const contentType = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/jsonx",
);
const body = fc.option(
  fc.oneof(
    hostileText,
    fc.constant("x".repeat(2_000_000)),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  ),
  { nil: undefined },
);

/** The status (or the statuses) a request that reaches the route's handler must get. */
function expectedStatus(
  route: Route,
  m: string,
  foreign: boolean,
  real: boolean,
  valid: boolean,
): number | number[] {
  if (route.prerendered) return valid ? 200 : 404;
  if (route.unknown)
    return m === "HEAD" ||
      m === "GET" ||
      m === "OPTIONS" ||
      m === "POST" ||
      m === "PUT" ||
      m === "PATCH" ||
      m === "DELETE"
      ? 404
      : 405;
  if (m === "OPTIONS") return 204; // Next answers it: the allowed methods, no data
  if (route.post) {
    if (m !== "POST") return 405;
    if (foreign) return 403;
    return route.post === "bench" ? 404 : [400, 404, 413, 415];
  }
  if (m !== "GET" && m !== "HEAD") return 405;
  if (foreign) return 403;
  if (route.csv && !real) return 401;
  if (route.ownerOnly) return 404;
  if (!valid && !route.noParam) return 404;
  return route.needsQuery ? 400 : 200;
}

/** Whether a pathname is one a route pattern serves (each [param] one segment). */
const matches = (pattern: string, pathname: string) =>
  new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/]+")}$`).test(pathname);

const isCsv = (response: APIResponse) =>
  (response.headers()["content-type"] ?? "").startsWith("text/csv");

/** A file to save: a CSV, or anything sent as an attachment (the set exports). */
const isDownload = (response: APIResponse) =>
  isCsv(response) || "content-disposition" in response.headers();

test("hostile requests to every route handler get exactly their 4xx, never a 5xx, a CSV file or a change", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(1_800_000);
  const manifest = buildFile<Record<string, string>>(
    "server",
    "app-paths-manifest.json",
  );
  const routes = Object.keys(manifest)
    .filter((p) => p.endsWith("/route"))
    .map((p) => p.replace(/\/route$/, ""))
    .filter((p) => !STATIC_FILES.includes(p));
  // A new route handler must be added here, with what it owes, to be fuzzed.
  expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
  await fuzzEach(
    "route handlers",
    fuzzCases(150),
    Object.entries(ROUTES),
    ([, route]) =>
      fc.record({
        param: param(route.valid(teacher)),
        query,
        method: route.post ? postMethod : method,
        origin: origin(baseURL!),
        fetchSite,
        cookie: cookie(teacher.cookie),
        contentType,
        body,
      }),
    async ([pattern, route], r) => {
      const target = pattern.replace(/\[[^\]]+\]/, r.param.segment) + r.query;
      const headers = Object.fromEntries(
        Object.entries({
          origin: r.origin.value,
          "sec-fetch-site": r.fetchSite.value,
          cookie: r.cookie.value,
          "content-type": r.contentType,
        }).filter((e): e is [string, string] => e[1] !== undefined),
      );
      const url = new URL(target, baseURL);
      // Node refuses oversized headers (431) before reading a body and closes the connection, which
      // would cut an upload short: those requests go without a body.
      const oversized =
        url.href.length + JSON.stringify(headers).length > 16_384;
      const data =
        r.method === "GET" || r.method === "HEAD" || oversized
          ? undefined
          : r.body;
      const response = await request.fetch(target, {
        method: r.method,
        headers,
        data,
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      const status = response.status();
      const what = `${r.method} ${target.slice(0, 200)} ${JSON.stringify(headers).slice(0, 300)}`;
      expect(status, what).toBeLessThan(500);
      if (oversized) expect([414, 431], what).toContain(status);
      else if (isMalformedPath(url.pathname)) expect(status, what).toBe(400);
      else if (matches(pattern, url.pathname)) {
        expect(
          [
            expectedStatus(
              route,
              r.method,
              r.origin.foreign || r.fetchSite.foreign,
              r.cookie.real,
              r.param.valid,
            ),
          ].flat(),
          what,
        ).toContain(status);
      } else {
        // Dot segments took the path elsewhere: to another route (with whatever it owes a request
        // that is not valid for it), or to no route at all.
        const [, other] =
          Object.entries(ROUTES).find(([p]) => matches(p, url.pathname)) ?? [];
        if (other)
          expect(
            [
              expectedStatus(
                other,
                r.method,
                r.origin.foreign || r.fetchSite.foreign,
                r.cookie.real,
                false,
              ),
            ].flat(),
            what,
          ).toContain(status);
        else expect(status, what).toBeGreaterThanOrEqual(300);
      }
      // Only the owning teacher's own request gets a file.
      if (route.csv && isDownload(response)) expect(status, what).toBe(200);
      return status;
    },
  );
});

test("the owning teacher gets the CSV files from this site, and 403 when another site asks", async ({
  request,
  baseURL,
}) => {
  const urls = [
    `/api/classes/${teacher.classId}/gradebook?locale=en`,
    `/api/assignments/${teacher.assignmentId}/responses?locale=en`,
  ];
  for (const url of urls) {
    const own = await request.get(url, {
      headers: { cookie: teacher.cookie, "sec-fetch-site": "same-origin" },
    });
    expect(own.status(), url).toBe(200);
    expect(isCsv(own)).toBe(true);
    expect(await own.text()).toContain("Student");
    const sameOrigin = await request.get(url, {
      headers: { cookie: teacher.cookie, origin: baseURL! },
    });
    expect(sameOrigin.status(), url).toBe(200);
    for (const foreign of [
      { origin: FOREIGN },
      { "sec-fetch-site": "cross-site" },
      { origin: FOREIGN, "sec-fetch-site": "same-origin" },
    ] as Record<string, string>[]) {
      const refused = await request.get(url, {
        headers: { cookie: teacher.cookie, ...foreign },
      });
      expect(refused.status(), `${url} ${JSON.stringify(foreign)}`).toBe(403);
      expect(isCsv(refused)).toBe(false);
      expect(await refused.text()).not.toContain("Student");
    }
    expect(
      (await request.get(url, { headers: { cookie: NO_SESSION } })).status(),
    ).toBe(401);
    expect(
      (
        await request.post(url, {
          headers: { cookie: teacher.cookie },
          data: "x",
        })
      ).status(),
    ).toBe(405);
  }
  const glossary = await request.get("/api/glossary/s01", {
    headers: { "sec-fetch-site": "same-origin" },
  });
  expect(glossary.status()).toBe(200);
  expect(glossary.headers()["vary"]).toContain("Sec-Fetch-Site");
  expect(
    (
      await request.get("/api/glossary/s01", { headers: { origin: FOREIGN } })
    ).status(),
  ).toBe(403);
});
