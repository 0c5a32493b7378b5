// A small classroom load inside `npm test`, with the benchmark's own scenario (bench/lib/classroom.mjs):
// 25 students join a class over HTTP at nearly the same time, start the assignment and send 20
// answers each. Every answer must be acknowledged and stored, with no errors. The full-size run
// (3,000 students) is `npm run bench`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { messages } from "./support/quiz";

const root = process.cwd();
const work = path.join(root, "test-results", "load");
const dbFile = path.join(root, "data", "e2e.db");
const env = () => ({
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  NODE_ENV: "production" as const,
  BETTER_AUTH_SECRET: readFileSync(
    path.join(root, "data", ".auth-secret"),
    "utf8",
  ).trim(),
});

/** A class with an assigned set and `learners` guest learners (bench/setup.ts); returns its setup file. */
function setUp(learners: number, name: string): string {
  const setupFile = path.join(work, `${name}.json`);
  execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "bench/setup.ts",
      String(learners),
      setupFile,
    ],
    { cwd: root, env: env(), stdio: "inherit" },
  );
  return setupFile;
}

/** A class with an assigned set and no learners, for one browser walk: its join code and assignment. */
function classWithAssignment(name: string): {
  joinCode: string;
  assignmentId: string;
} {
  return JSON.parse(readFileSync(setUp(0, name), "utf8"));
}

test("25 students join at once and every acknowledged answer is stored", async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const setupFile = setUp(2, "setup");
  const ackedFile = path.join(work, "acked.json");
  const manifest = JSON.parse(
    readFileSync(
      path.join(root, ".next/server/server-reference-manifest.json"),
      "utf8",
    ),
  ).node as Record<string, { exportedName: string }>;
  const actionId = (name: string) =>
    Object.entries(manifest).find(([, v]) => v.exportedName === name)![0];
  const spec = {
    origin: baseURL,
    setupFile,
    ackedFile,
    students: 25,
    answers: 20,
    think: [20, 80],
    spread: 1000,
    run: Date.now(),
    actions: Object.fromEntries(
      ["joinClassAction", "startAssignmentAction"].map((n) => [n, actionId(n)]),
    ),
  };
  const out = execFileSync(
    process.execPath,
    ["bench/lib/classroom.mjs", JSON.stringify(spec)],
    { cwd: root, env: process.env },
  ).toString();
  const result = JSON.parse(out.trim().split("\n").at(-1)!);
  expect(result.error_kinds).toEqual({});
  expect(result.errors).toBe(0);
  expect(result.answers_sent).toBe(500);
  expect(result.answers_acknowledged).toBe(500);

  const acked = JSON.parse(readFileSync(ackedFile, "utf8")) as [
    string,
    number,
  ][];
  const db = new Database(dbFile, { readonly: true });
  const has = db.prepare(
    "SELECT COUNT(*) AS n FROM Response WHERE attemptId = ? AND position = ?",
  );
  expect(
    acked.filter(([a, p]) => (has.get(a, p) as { n: number }).n !== 1),
  ).toEqual([]);
  db.close();
});

/** From the open join form: join the class as a new student; the join leads to the assignment list. */
async function join(page: Page, setup: { joinCode: string }, name: string) {
  const t = messages.de;
  await page.getByLabel(t.Auth.codeLabel).fill(setup.joinCode);
  await page.getByLabel(t.Auth.displayNameLabel).fill(`${name} ${Date.now()}`);
  await page.getByLabel(t.Auth.pinLabel, { exact: true }).fill("2468");
  await page.getByLabel(t.Auth.pinConfirmLabel).fill("2468");
  await page.getByRole("button", { name: t.Auth.join }).click();
  await expect(page).toHaveURL(/\/de\/progress$/);
}

/** From the assignment list: open the assignment and start it. */
async function openAndStart(page: Page, setup: { assignmentId: string }) {
  await page
    .locator(`a[href="/de/assignments/${setup.assignmentId}"]`)
    .first()
    .click();
  await page
    .getByRole("button", { name: messages.de.Assignments.start })
    .click();
  await expect(page).toHaveURL(/\/de\/play\/de\?attempt=/);
}

/**
 * The app's own requests of `page` from now on (documents and fetches of its origin), each as
 * "METHOD /path kind", ids replaced by ":id"; kind says whether it is an action, RSC or prefetch.
 */
function recordRequests(page: Page, origin: string): string[] {
  const requests: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (
      url.origin !== new URL(origin).origin ||
      !["document", "fetch", "xhr"].includes(request.resourceType())
    )
      return;
    const h = request.headers();
    const kind = [
      h["next-action"] && "action",
      h["rsc"] && "rsc",
      h["next-router-prefetch"] && "prefetch",
    ]
      .filter(Boolean)
      .join(" ");
    requests.push(
      `${request.method()} ${url.pathname.replace(/[0-9a-f-]{36}/g, ":id")} ${kind}`.trim(),
    );
  });
  return requests;
}

/** What the quiz page fetches when it opens, at the same time (so compared unordered). */
const QUIZ_FETCHES = ["GET /api/attempts/:id", "GET /api/question-bank/de"];

// The scenario above is only as good as its likeness to a browser: this walks the same way in
// Chromium and compares the requests the app's pages make with the ones the scenario sends.
test("the scenario sends the requests Chromium sends, from the join form to the first question", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const setup = classWithAssignment("browser");
  await page.goto("/de/join");
  const requests = recordRequests(page, baseURL!);
  await join(page, setup, "Chromium");
  await openAndStart(page, setup);
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();

  // bench/lib/classroom.mjs, in its order; the last two go out together.
  expect(requests.slice(0, 5)).toEqual([
    "POST /de/join action",
    "GET /de/progress rsc",
    "GET /de/assignments/:id rsc",
    "POST /de/assignments/:id action",
    "GET /de/play/de rsc",
  ]);
  expect(requests.slice(5).sort()).toEqual(QUIZ_FETCHES);
});

// The signed-in way (`signed_in` and `cpu` in the bench): a student who joined earlier opens the
// assignment list as a document, as from a bookmark, and goes on from there.
test("the signed-in scenario sends the requests Chromium sends, from the assignment list to the first question", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const setup = classWithAssignment("browser-signed-in");
  await page.goto("/de/join");
  await join(page, setup, "Angemeldet");
  const requests = recordRequests(page, baseURL!);
  await page.goto("/de/progress");
  await openAndStart(page, setup);
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();

  expect(requests.slice(0, 4)).toEqual([
    "GET /de/progress",
    "GET /de/assignments/:id rsc",
    "POST /de/assignments/:id action",
    "GET /de/play/de rsc",
  ]);
  expect(requests.slice(4).sort()).toEqual(QUIZ_FETCHES);
});

// The same way without JavaScript: the forms post as plain forms and the actions answer with a
// redirect (decision 017: only a client with JavaScript gets `redirectTo` back).
test("without JavaScript, joining and starting redirect (303) to the same pages", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const setup = classWithAssignment("no-js");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
  });
  const page = await context.newPage();
  const posts: string[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST")
      posts.push(
        `${response.status()} ${(response.headers()["location"] ?? "").replace(/[0-9a-f-]{36}/g, ":id")}`,
      );
  });
  await page.goto("/de/join");
  await join(page, setup, "Ohne JS");
  await openAndStart(page, setup);
  expect(posts).toEqual(["303 /de/progress", "303 /de/play/de?attempt=:id"]);
  await context.close();
});
