// The attacks of the security review, replayed against the running server: each test does what an
// attacker would (an old cookie kept, a burst of guesses, a forged X-Forwarded-For, a huge body)
// and checks that it gets nowhere, while the right person still gets in. The browser tests run
// behind 127.0.0.1 as a trusted proxy (playwright.config.ts: QQ_TRUSTED_PROXIES), so a test can
// speak for a school's address with X-Forwarded-For; ::1 is not trusted, like any client.
import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import {
  fillCorrectAnswer,
  messages,
  startQuiz,
  submitAnswer,
} from "./support/quiz";
import { isActionRequest } from "./support/stored";

const t = messages.en;
const PORT = Number(process.env.E2E_PORT ?? 3100);
const LOCKED = t.Auth.errors.tooManyAttempts.split("{")[0]!.trim();

const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
/** `count` join codes that no class has (a class's code is random; these share a fixed tail). */
const unknownCodes = (count: number, tail: string, except: string) =>
  Array.from(
    { length: count },
    (_, i) =>
      `${CODE_ALPHABET[i % 25]}${CODE_ALPHABET[Math.floor(i / 25) % 25]}${tail}`,
  ).filter((c) => c !== except);

type Captured = { url: string; headers: Record<string, string>; body: string };

/** The server-action request `act` makes, to replay it with other values. */
async function captureAction(
  page: Page,
  act: () => Promise<unknown>,
): Promise<Captured> {
  const posted = page.waitForRequest(isActionRequest);
  await act();
  const request = await posted;
  const headers = Object.fromEntries(
    Object.entries(request.headers()).filter(
      ([name]) => !["content-length", "cookie", "host"].includes(name),
    ),
  );
  return {
    url: new URL(request.url()).pathname,
    headers,
    body: request.postDataBuffer()!.toString("latin1"),
  };
}

/** Replays a captured action with text replaced, from `api` (its own cookies, its own address). */
async function replay(
  api: APIRequestContext,
  action: Captured,
  replace: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  let body = action.body;
  for (const [from, to] of Object.entries(replace))
    body = body.replaceAll(from, to);
  const response = await api.fetch(action.url, {
    method: "POST",
    // A connection per request: an idle keep-alive one from an earlier step may be closed by the
    // server just as a request goes out on it (ECONNRESET on a busy machine).
    headers: { ...action.headers, connection: "close", ...headers },
    data: Buffer.from(body, "latin1"),
    failOnStatusCode: false,
  });
  const text = await response.text();
  const signedIn = response
    .headersArray()
    .some(
      (h) =>
        h.name.toLowerCase() === "set-cookie" &&
        /qq\.session_token=[^;]+/.test(h.value),
    );
  return { status: response.status(), text, signedIn };
}

/**
 * The form error an action answered with ("" for none). Matched as the action's own result field:
 * a reply that also re-renders the page carries the form's messages too.
 */
function formErrorOf(text: string): string {
  const raw = /"formError":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  return raw === undefined ? "" : (JSON.parse(`"${raw}"`) as string);
}

/** The first error on the code field, if any. */
function codeErrorOf(text: string): string {
  const raw = /"code":\["((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  return raw === undefined ? "" : (JSON.parse(`"${raw}"`) as string);
}

/** A teacher's new class (through the UI); returns its join code. */
async function newClass(page: Page): Promise<string> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto("/en/teach/sign-up");
  await page.getByLabel(t.Auth.nameLabel).fill("Ms Guard");
  await page
    .getByLabel(t.Auth.emailLabel)
    .fill(`guard-${stamp}@schule.example`);
  await page.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
  await page.getByRole("button", { name: t.Auth.signUp }).click();
  await page.getByLabel(t.Teach.classNameLabel).fill("8b");
  await page.getByRole("button", { name: t.Teach.createClass }).click();
  return (await page.locator(".join-code").innerText()).trim();
}

async function join(page: Page, code: string, name: string, pin: string) {
  await page.goto(`/en/join?code=${code}`);
  await page.getByLabel(t.Auth.displayNameLabel).fill(name);
  await page.getByLabel(t.Auth.pinLabel, { exact: true }).fill(pin);
  await page.getByLabel(t.Auth.pinConfirmLabel).fill(pin);
  await page.getByRole("button", { name: t.Auth.join }).click();
  await expect(page).toHaveURL(/\/en\/progress$/);
}

/** The sign-in action as the browser sends it, for this code and name, with PIN `pin`. */
async function captureSignIn(
  page: Page,
  code: string,
  name: string,
  pin: string,
) {
  await page.goto("/en/sign-in");
  await page.getByLabel(t.Auth.codeLabel).fill(code);
  await page.getByLabel(t.Auth.displayNameLabel).fill(name);
  await page.getByLabel(t.Auth.pinLabel).fill(pin);
  return captureAction(page, () =>
    page.getByRole("button", { name: t.Auth.signIn }).click(),
  );
}

test("a guest cookie stops acting as the account once the guest joined a class, and after sign-out", async ({
  browser,
  page,
}) => {
  const teacher = await (await browser.newContext()).newPage();
  const code = await newClass(teacher);
  await startQuiz(page, "en", "nordkorea-russland-quick", "Gast Ida", "en");
  const attemptId = new URL(page.url()).searchParams.get("attempt")!;
  await fillCorrectAnswer(page, "en", "en");
  const posted = page.waitForRequest(
    (r) => r.method() === "POST" && r.url().endsWith("/answers"),
  );
  await submitAnswer(page, "en", "immediate");
  const firstAnswer = (await posted).postData()!;
  await expect(page.locator(".feedback")).toBeVisible();
  const guestCookie = (await page.context().cookies()).find(
    (c) => c.name === "qq_learner",
  )!;
  expect(guestCookie).toBeTruthy();

  await join(page, code, "Ida Guard", "8642");
  // The copied cookie, in a browser of its own: nothing of the account's.
  const thief = await browser.newContext();
  await thief.addCookies([guestCookie]);
  const check = async (when: string) => {
    const state = await thief.request.get(`/api/attempts/${attemptId}`, {
      failOnStatusCode: false,
    });
    expect(state.status(), `${when}: the attempt's state`).toBe(404);
    // The guest's own first answer again: its owner would get "already stored", anybody else 404.
    const answer = await thief.request.post(
      `/api/attempts/${attemptId}/answers`,
      {
        headers: { "content-type": "application/json" },
        data: firstAnswer,
        failOnStatusCode: false,
      },
    );
    expect(answer.status(), `${when}: an answer into the attempt`).toBe(404);
    const progress = await thief.newPage();
    await progress.goto("/en/progress");
    await expect(progress.getByText("Ida Guard")).toHaveCount(0);
    await expect(
      progress.getByRole("table", { name: t.Progress.tableCaption }),
    ).toHaveCount(0);
    await progress.close();
  };
  await check("after joining");
  await page.getByRole("button", { name: t.Layout.signOut }).click();
  await check("after signing out");
  // The account itself still has the attempt.
  await page.goto("/en/sign-in");
  await page.getByLabel(t.Auth.codeLabel).fill(code);
  await page.getByLabel(t.Auth.displayNameLabel).fill("Ida Guard");
  await page.getByLabel(t.Auth.pinLabel).fill("8642");
  await page.getByRole("button", { name: t.Auth.signIn }).click();
  await expect(
    page.getByRole("table", { name: t.Progress.tableCaption }),
  ).toBeVisible();
  await thief.close();
  await teacher.context().close();
});

test("a burst of PINs is counted before any is checked: at most five are tried, and a right PIN late in the burst does not get in", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const teacher = await (await browser.newContext()).newPage();
  const code = await newClass(teacher);
  const student = await (await browser.newContext()).newPage();
  await join(student, code, "Ben Burst", "5731");
  const newStudent = await (await browser.newContext()).newPage();
  await join(newStudent, code, "Cem Burst", "4826");

  // 60 wrong PINs at once for one name.
  const signIn = await captureSignIn(page, code, "Ben Burst", "0000");
  const burst = await Promise.all(
    Array.from({ length: 60 }, (_, i) =>
      replay(request, signIn, {
        "0000": String(1000 + i),
      }),
    ),
  );
  const tried = burst.filter(
    (r) => formErrorOf(r.text) === t.Auth.errors.wrongNameOrPin,
  ).length;
  expect(burst.every((r) => r.status === 200)).toBe(true);
  expect(
    burst.filter((r) => formErrorOf(r.text).startsWith(LOCKED)).length,
  ).toBe(60 - tried);
  expect(tried, "wrong PINs checked").toBeLessThanOrEqual(5);

  // 49 wrong PINs and the right one last, at once, for another name.
  const other = await captureSignIn(page, code, "Cem Burst", "0000");
  const guesses = Array.from({ length: 50 }, (_, i) =>
    i === 49 ? "4826" : String(2000 + i),
  );
  const results = await Promise.all(
    guesses.map((pin) => replay(request, other, { "0000": pin })),
  );
  expect(results.filter((r) => r.signedIn)).toHaveLength(0);
  expect(formErrorOf(results[49]!.text)).toContain(LOCKED);
  await teacher.context().close();
  await student.context().close();
  await newStudent.context().close();
});

test("X-Forwarded-For from a client that is not a trusted proxy is not believed", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const teacher = await (await browser.newContext()).newPage();
  const code = await newClass(teacher);
  await teacher.context().close();
  const signIn = await captureSignIn(page, code, "Nobody", "0000");
  // ::1 is no trusted proxy: its forwarding headers are its own say.
  const direct = await playwrightRequest.newContext({
    baseURL: `http://[::1]:${PORT}`,
  });
  const origin = { origin: `http://[::1]:${PORT}` };
  const codes = unknownCodes(210, "WWWW", code);
  for (let i = 0; i < codes.length; i += 21) {
    const answers = await Promise.all(
      codes
        .slice(i, i + 21)
        .map((unknown, j) =>
          replay(
            direct,
            signIn,
            { [code]: unknown },
            { ...origin, "x-forwarded-for": `198.51.100.${(i + j) % 250}` },
          ),
        ),
    );
    expect(answers.every((r) => r.status === 200)).toBe(true);
  }
  // Over the limit for ::1 itself: an unknown code is no longer told apart from a wrong PIN.
  const after = await replay(
    direct,
    signIn,
    { [code]: "QXQXQX" },
    { ...origin, "x-forwarded-for": "198.51.100.250" },
  );
  expect(codeErrorOf(after.text)).toBe("");
  expect(formErrorOf(after.text)).toBe(t.Auth.errors.wrongNameOrPin);
  await direct.dispose();
});

test("200 unknown join codes from a school's address do not lock its students out", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const teacher = await (await browser.newContext()).newPage();
  const code = await newClass(teacher);
  const student = await (await browser.newContext()).newPage();
  await join(student, code, "Dana Schule", "3917");
  await student.context().close();
  await teacher.context().close();

  const school = {
    "x-forwarded-for": `203.0.113.${1 + Math.floor(Math.random() * 120)}`,
  };
  const signIn = await captureSignIn(page, code, "Dana Schule", "0000");
  const codes = unknownCodes(210, "QQQQ", code);
  const answers = [];
  for (let i = 0; i < codes.length; i += 21)
    answers.push(
      ...(await Promise.all(
        codes
          .slice(i, i + 21)
          .map((unknown) =>
            replay(request, signIn, { [code]: unknown }, school),
          ),
      )),
    );
  expect(answers.every((r) => !r.signedIn)).toBe(true);
  // The guessing is over its limit; the student with the right code, name and PIN still gets in.
  const right = await replay(request, signIn, { "0000": "3917" }, school);
  expect(formErrorOf(right.text)).toBe("");
  expect(right.signedIn).toBe(true);
  // And an unknown code from there now reads like any wrong sign-in.
  const late = await replay(request, signIn, { [code]: "QQQQQQ" }, school);
  expect(formErrorOf(late.text)).toBe(t.Auth.errors.wrongNameOrPin);
  expect(codeErrorOf(late.text)).toBe("");
  // Its lock-out after five tries of one name is a real code's too: no tell there either.
  for (let i = 0; i < 4; i++)
    await replay(request, signIn, { [code]: "QQQQQQ" }, school);
  const sixth = await replay(request, signIn, { [code]: "QQQQQQ" }, school);
  expect(formErrorOf(sixth.text)).toContain(LOCKED);
});

test("guests from one address are limited", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/en/quizzes/nordkorea-russland-quick");
  await page
    .getByRole("textbox", { name: t.StartQuiz.nicknameLabel })
    .fill("Flut");
  await page
    .getByRole("radio", { name: t.StartQuiz.languageEn, exact: true })
    .check();
  const start = await captureAction(page, () =>
    page.getByRole("button", { name: t.StartQuiz.submit, exact: true }).click(),
  );
  const address = {
    "x-forwarded-for": `203.0.113.${121 + Math.floor(Math.random() * 120)}`,
  };
  // Each batch in a client without cookies: every request is a first-time visitor.
  const made = [];
  for (let i = 0; i < 500; i += 25) {
    const visitors = await playwrightRequest.newContext({
      baseURL: `http://127.0.0.1:${PORT}`,
    });
    made.push(
      ...(await Promise.all(
        Array.from({ length: 25 }, () => replay(visitors, start, {}, address)),
      )),
    );
    await visitors.dispose();
  }
  const request = await playwrightRequest.newContext({
    baseURL: `http://127.0.0.1:${PORT}`,
  });
  expect(made.every((r) => r.status === 200)).toBe(true);
  const refused = await replay(request, start, {}, address);
  const limited = t.StartQuiz.errors.tooManyGuests.split("{")[0]!.trim();
  expect(formErrorOf(refused.text)).toContain(limited);
  expect(refused.text).not.toContain('"redirectTo":');
  // Another address is not affected.
  const other = await replay(
    request,
    start,
    {},
    {
      "x-forwarded-for": "198.51.100.7",
    },
  );
  expect(formErrorOf(other.text)).toBe("");
  expect(other.text).toContain('"redirectTo":');
  await request.dispose();
});

test("a server action body over the limit gets 413 before it is read", async ({
  page,
}) => {
  await page.goto("/en/join");
  const action = await captureAction(page, () =>
    page.getByRole("button", { name: t.Auth.join }).click(),
  );
  const url = `http://127.0.0.1:${PORT}${action.url}`;
  for (const megabytes of [1.5, 4, 10]) {
    const big = await fetch(url, {
      method: "POST",
      headers: action.headers,
      body: action.body + "x".repeat(megabytes * 1024 * 1024),
    });
    expect(big.status, `${megabytes} MB`).toBe(413);
  }
  // The same without a declared length (chunked): cut off once over the limit.
  const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < 64) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const chunked = await fetch(url, {
    method: "POST",
    headers: action.headers,
    body: stream,
    duplex: "half",
  } as RequestInit);
  expect(chunked.status).toBe(413);

  // A browser without JavaScript posts the form itself: it gets the 413 as a page in the form's
  // language that links back to the form.
  const plain = await fetch(`http://127.0.0.1:${PORT}/en/join`, {
    method: "POST",
    headers: {
      accept: "text/html,application/xhtml+xml",
      "content-type": "application/x-www-form-urlencoded",
      origin: `http://127.0.0.1:${PORT}`,
    },
    body: `code=${"x".repeat(2 * 1024 * 1024)}`,
  });
  expect(plain.status).toBe(413);
  const html = await plain.text();
  expect(html).toContain(`<h1>${t.TooLarge.title}</h1>`);
  expect(html).toContain("larger than 1 MB. Nothing was saved.");
  expect(html).toContain(`<a href="/en/join">${t.TooLarge.back}</a>`);
});

test("the status page and not-found answers for file-like paths carry a CSP; HSTS only over https from a trusted proxy", async ({
  request,
}) => {
  for (const path of ["/status", "/wp-login.php", "/de/backup.zip"]) {
    const response = await request.get(path, { failOnStatusCode: false });
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
  }
  const https = { "x-forwarded-proto": "https" };
  expect(
    (await request.get("/en", { headers: https })).headers()[
      "strict-transport-security"
    ],
  ).toMatch(/^max-age=\d{7,}/);
  expect(
    (await request.get("/en")).headers()["strict-transport-security"],
  ).toBeUndefined();
  const direct = await playwrightRequest.newContext({
    baseURL: `http://[::1]:${PORT}`,
  });
  expect(
    (await direct.get("/en", { headers: https })).headers()[
      "strict-transport-security"
    ],
  ).toBeUndefined();
  await direct.dispose();
});
