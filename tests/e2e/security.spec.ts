// Security headers on every kind of response, nonce-only scripts without a single CSP violation
// while using the app, and server actions refused from another origin.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { fillCorrectAnswer, startQuiz, submitAnswer } from "./support/quiz";
import { isActionRequest } from "./support/stored";

const PAGES = [
  "/en/read",
  "/en/read/nordkorea-russland",
  "/de/teach",
  "/de/join",
  "/de/quizzes/nordkorea-russland-quick",
];

test("pages, API routes and files carry the security headers; scripts carry the request nonce", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, `${path} has a nonce`).toBeTruthy();
    nonces.add(nonce!);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts)
      expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(PAGES.length);

  // The prerendered pages (quiz pages, static shells) cannot carry a nonce: each of their inline
  // scripts is allowed by its hash, and nothing else inline (lib/security/prerendered.ts).
  for (const path of [
    "/de/play/de?attempt=00000000-0000-4000-8000-000000000000",
    "/de/play/en",
    "/en/play/de",
    "/en/play/en",
    "/de",
    "/en",
    "/de/words",
    "/en/review",
    "/de/sign-in",
    "/en/licences",
    "/en/teach/sign-up",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp).not.toMatch(/unsafe-inline|nonce-/);
    expect(csp).toContain("frame-ancestors 'none'");
    const inline = [
      ...(await response.text()).matchAll(
        /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ].map((m) => m[1]!);
    expect(inline.length, path).toBeGreaterThan(0);
    for (const script of inline)
      expect(csp, `${path} allows its inline script`).toContain(
        `'sha256-${createHash("sha256").update(script).digest("base64")}'`,
      );
  }

  const api = await request.get("/api/glossary/s01");
  expect(api.headers()["content-security-policy"]).toBe(
    "default-src 'none'; frame-ancestors 'none'",
  );
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("taking a quiz, the landing page, reading and signing up raise no CSP violation", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP/i.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await startQuiz(page, "de", "nordkorea-russland-quick", "CSP", "de");
  // Loaded as a document of its own, the prerendered quiz page runs under its hash policy.
  await page.reload();
  await fillCorrectAnswer(page, "de", "de");
  await submitAnswer(page, "de", "immediate");
  await expect(page.locator(".feedback")).toBeVisible();
  // The static landing page: the guest's name and open quiz arrive in its holes (GET /api/me).
  await page.goto("/de");
  await expect(page.getByText("Gast: CSP")).toBeVisible();
  await expect(
    page.getByRole("link", { name: /fortsetzen \(1 von \d+ beantwortet\)/ }),
  ).toBeVisible();
  await page.goto("/de/read/nordkorea-russland");
  await page.locator("#s01 .sentence-de").getByRole("button").first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.goto("/en/teach/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a server action posted from another origin is refused with 403 and changes nothing", async ({
  page,
  request,
}) => {
  // Capture how the browser calls the join action, then replay it with a foreign Origin.
  await page.goto("/de/join");
  const posted = page.waitForRequest(isActionRequest);
  await page.getByRole("button", { name: "Klasse beitreten" }).click();
  const original = await posted;
  const headers = { ...original.headers(), origin: "https://evil.example" };
  const replay = await request.fetch(original.url(), {
    method: "POST",
    headers,
    data: original.postDataBuffer() ?? undefined,
  });
  expect(replay.status()).toBe(403);
  const same = await request.fetch(original.url(), {
    method: "POST",
    headers: original.headers(),
    data: original.postDataBuffer() ?? undefined,
  });
  expect(same.status()).toBe(200);
});

test("the answer route takes only its own learner, same-site JSON, and changes nothing otherwise", async ({
  page,
  browser,
}) => {
  // Capture the runner's own request for the first answer, then replay it in ways that must fail.
  await startQuiz(page, "en", "nordkorea-russland-quick", "Replay", "en");
  const posted = page.waitForRequest(
    (r) => r.method() === "POST" && r.url().endsWith("/answers"),
  );
  await fillCorrectAnswer(page, "en", "en");
  await submitAnswer(page, "en", "immediate");
  const original = await posted;
  expect(original.headers()["content-type"]).toBe("application/json");
  const url = original.url();
  const first = (await original.postDataJSON()) as {
    position: number;
    answer: unknown;
  };
  const send = (headers: Record<string, string>, data: string) =>
    page.request.fetch(url, {
      method: "POST",
      headers,
      data,
      failOnStatusCode: false,
    });
  const json = { "content-type": "application/json" };
  // The same answer again is a replay, not a second row.
  const replay = await send(json, JSON.stringify(first));
  expect(replay.status()).toBe(200);
  expect(await replay.json()).toMatchObject({ ok: true, replay: true });
  const next = JSON.stringify({ ...first, position: first.position + 1 });
  expect(
    (await send({ ...json, origin: "https://evil.example" }, next)).status(),
  ).toBe(403);
  expect(
    (await send({ ...json, "sec-fetch-site": "cross-site" }, next)).status(),
  ).toBe(403);
  expect((await send({ "content-type": "text/plain" }, next)).status()).toBe(
    415,
  );
  expect(
    (
      await send(
        json,
        JSON.stringify({ position: 1, answer: "x".repeat(20_000) }),
      )
    ).status(),
  ).toBe(413);
  expect(await (await send(json, '{"position":1}')).json()).toEqual({
    ok: false,
    error: "invalid-answer",
  });
  // Skipping ahead is refused: out of sequence (409) or, for another question type, invalid (400).
  expect([400, 409]).toContain(
    (
      await send(json, JSON.stringify({ position: 5, answer: first.answer }))
    ).status(),
  );
  const stranger = await browser.newContext();
  expect(
    (
      await stranger.request.fetch(url, {
        method: "POST",
        headers: json,
        data: next,
        failOnStatusCode: false,
      })
    ).status(),
  ).toBe(404);
  await stranger.close();
  // None of that moved the attempt: the page still asks question 2.
  await page.reload();
  await expect(page.getByText("Question 2 of 10")).toBeVisible();
});
