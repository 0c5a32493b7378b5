// Crawls everything a student can reach before answering a question and searches it for an
// answer key. As a guest and as a student of a class with an assignment, in both interface
// languages: a breadth-first walk over every same-origin link from the landing pages, and every
// start form (quiz or assignment) submitted once per offered question language without answering.
// Searched: every response the browser receives (documents, RSC payloads, prefetches, fetch/XHR
// JSON, server-action responses, JS chunks) and a direct `RSC: 1` GET of each visited page.
// Pages and start forms are discovered, not listed, so the crawl does not depend on the URL scheme
// of the quiz pages.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import type { Question } from "@/lib/content/schema";
import { describeCorrectAnswer } from "@/lib/grading/describe-answer";
import { publicId, toPublicQuestion } from "@/lib/quiz/present";
import { messages, pack, type Locale } from "./support/quiz";
import { adoptServerSecret } from "./support/server-secret";

// Public ids are keyed by the server's secret: the probes below must compute the ids it serves.
adoptServerSecret();

type Body = {
  url: string;
  what: string;
  /** received while a freshly started attempt was on screen */ attempt: boolean;
  text: string;
};
type Probe = {
  label: string;
  test: (text: string) => boolean;
  scope: "all" | "attempt";
  js: boolean;
};

const MAX_PAGES = 120;
const START_FORM =
  "form:has(input[type=radio][name=language]), form:has(input[type=hidden][name$=Id])";

/** Bodies as a leak would read: JSON escapes and HTML entities undone. */
const normalize = (text: string) =>
  text
    .replace(/\\"/g, '"')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const snippet = (text: string) => text.slice(0, 40);
const json = (value: unknown) => JSON.stringify(value);

// What a browser may legitimately see of the questions (and, outside attempts, of the article); a
// string found inside these proves nothing, so probes are made of text that is not in them.
const publicText =
  pack.questions
    .flatMap((q) =>
      (["de", "en"] as const).map((l) => json(toPublicQuestion(q, l))),
    )
    .join("\n") + json(messages);
const readerText = publicText + json(pack.article);

/** The first 40 characters of `text` that are not part of `legitimate`, if there are any. */
function distinctive(text: string, legitimate: string): string | null {
  for (let start = 0; start + 40 <= Math.max(text.length, 40); start += 5) {
    const window = text.slice(start, start + 40);
    if (!legitimate.includes(window)) return window;
  }
  return null;
}

/** Everything that would only be in a body if an answer key leaked. */
function probesOf(q: Question): Probe[] {
  const probes: Probe[] = [];
  const add = (
    label: string,
    needle: string | null,
    scope: Probe["scope"],
    js = true,
  ) => {
    if (needle && needle.length >= 3)
      probes.push({
        label: `${q.id}: ${label}`,
        test: (text) => text.includes(needle),
        scope,
        js,
      });
  };
  for (const lang of ["de", "en"] as const)
    add(
      `explanation (${lang})`,
      distinctive(q.explanation[lang], readerText),
      "all",
    );
  // The rendered solution of the types whose solution is not simply one of the labels on screen.
  // Numbers, words and sentences can be in the article, so only attempt payloads are searched for them.
  if (q.type !== "single" && q.type !== "truefalse") {
    for (const lang of ["de", "en"] as const) {
      const solution = describeCorrectAnswer(q)[lang];
      if (!publicText.includes(solution))
        add(`solution (${lang}) "${solution}"`, solution, "attempt", false);
    }
  }
  // Key structures: the authored id of a correct option (public ids are opaque hashes), a pairing,
  // an order, a list of accepted answers.
  if (q.type === "single" || q.type === "multiple") {
    for (const id of [q.correct].flat())
      if (!readerText.includes(json(id)))
        add(`correct option id "${id}"`, json(id), "all");
  }
  if (q.type === "matching") {
    for (const [left, right] of Object.entries(q.correct)) {
      add(
        "matching pair (authored ids)",
        `${json(left)}:${json(right)}`,
        "all",
      );
      add(
        "matching pair (public ids)",
        `${json(publicId(q.id, left))}:${json(publicId(q.id, right))}`,
        "all",
      );
    }
  }
  if (q.type === "ordering") {
    add("correct order (authored ids)", json(q.correct), "all");
    add(
      "correct order (public ids)",
      json(q.correct.map((id) => publicId(q.id, id))),
      "all",
    );
  }
  if (q.type === "short")
    for (const lang of ["de", "en"] as const)
      add(`accepted answers (${lang})`, json(q.accepted[lang]), "all");
  if (q.type === "cloze")
    add("accepted gap answers", json(q.gaps.map((g) => g.accepted)), "all");
  // The evidence: the translation of the source sentences is no business of an unanswered question.
  for (const id of q.sentenceIds) {
    const sentence = pack.article.sentences.find((s) => s.id === id)!;
    add(
      `translation of source sentence ${id}`,
      distinctive(sentence.en, publicText),
      "attempt",
      false,
    );
  }
  return probes;
}

const KEY_FIELD =
  /"(correct|accepted|tolerance|explanation|sentenceIds|factIds|typoTolerance)"\s*:/;
// Not searched in JS: minified code may well contain `case"correct":`.
const PROBES: Probe[] = [
  {
    label: "answer-key field name",
    test: (text) => KEY_FIELD.test(text),
    scope: "all",
    js: false,
  },
  ...pack.questions.flatMap(probesOf),
];

const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

class Crawl {
  readonly bodies: Body[] = [];
  readonly visited = new Set<string>();
  readonly started = new Set<string>();
  #pending: Promise<unknown>[] = [];
  #attempt = false;
  /** Requests of the page still in flight (the page's own fetches included). */
  #inFlight = 0;
  static #seenScripts = new Set<string>();

  constructor(
    private readonly page: Page,
    private readonly origin: string,
  ) {
    page.on("request", () => this.#inFlight++);
    page.on("requestfinished", () => this.#inFlight--);
    page.on("requestfailed", () => this.#inFlight--);
    page.on("response", (response) => {
      const url = new URL(response.url());
      const status = response.status();
      if (url.origin !== origin || (status >= 300 && status < 400)) return;
      const type = response.headers()["content-type"] ?? "";
      const script = url.pathname.startsWith("/_next/static/");
      if (
        script
          ? !url.pathname.endsWith(".js") ||
            Crawl.#seenScripts.has(url.pathname)
          : !/html|x-component|json|javascript|text\/plain/.test(type)
      )
        return;
      if (script) Crawl.#seenScripts.add(url.pathname);
      const request = response.request();
      const prefetch = "next-router-prefetch" in request.headers();
      const what = `${request.method()} ${request.resourceType()} ${type.split(";")[0]}${prefetch ? " prefetch" : ""}`;
      const attempt = this.#attempt && !prefetch && !script;
      this.#pending.push(
        response.text().then(
          (text) =>
            this.bodies.push({
              url: pathOf(response.url()),
              what,
              attempt,
              text,
            }),
          () => {},
        ),
      );
    });
  }

  /** Breadth-first over same-origin links; start forms are submitted as they are found. */
  async run(roots: string[]) {
    const queue = [...roots];
    while (queue.length > 0 && this.visited.size < MAX_PAGES) {
      const path = queue.shift()!;
      if (this.visited.has(path)) continue;
      this.visited.add(path);
      await this.page.goto(path, { waitUntil: "domcontentloaded" });
      const landed = pathOf(this.page.url());
      this.visited.add(landed);
      this.getRsc(landed, false);
      const links = [...(await this.links()), ...(await this.startAll(landed))];
      for (const link of links)
        if (!this.visited.has(link) && !queue.includes(link)) queue.push(link);
    }
    await Promise.all(this.#pending);
  }

  async links(): Promise<string[]> {
    const hrefs = await this.page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    return hrefs
      .filter((href) => new URL(href).origin === this.origin)
      .map(pathOf)
      .filter((p) => !p.startsWith("/_next/"));
  }

  /**
   * Waits until the page has had no request in flight for 500 ms (at most 15 s). A start lands on
   * the quiz page by a client-side navigation, whose requests (the bank, the attempt state)
   * Playwright's `networkidle` does not wait for: that load state belongs to the document.
   */
  async quiet(ms = 500, cap = 15_000) {
    const until = Date.now() + cap;
    let idleSince = Date.now();
    while (Date.now() < until) {
      if (this.#inFlight > 0) idleSince = Date.now();
      else if (Date.now() - idleSince >= ms) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  getRsc(path: string, attempt: boolean) {
    const body = this.page.request
      .get(path, { headers: { RSC: "1" } })
      .then((response) => response.text());
    this.#pending.push(
      body.then((text) =>
        this.bodies.push({
          url: path,
          what: "direct GET RSC: 1",
          attempt,
          text,
        }),
      ),
    );
  }

  /**
   * Submits every start form of the page once per offered question language (each language from
   * the other interface language's page, so both interfaces and both question languages are
   * covered), filling any empty required text field. Returns the links of the pages the starts
   * landed on (which count as visited).
   */
  async startAll(formPage: string): Promise<string[]> {
    const locale = formPage.split("/")[1] as Locale;
    const jobs: { hidden: [string, string]; language: string | null }[] = [];
    for (const form of await this.page.locator(START_FORM).all()) {
      const hidden = await form
        .locator("input[type=hidden]")
        .evaluateAll((inputs) =>
          inputs.map(
            (i) =>
              [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as [
                string,
                string,
              ],
          ),
        );
      const languages = await form
        .locator("input[type=radio][name=language]")
        .evaluateAll((inputs) =>
          inputs.map((i) => (i as HTMLInputElement).value),
        );
      for (const language of languages.length > 0 ? languages : [null]) {
        const key = `${json(hidden)} ${language}`;
        if (this.started.has(key) || (language !== null && language === locale))
          continue;
        this.started.add(key);
        const id = hidden.find(([name]) => name.endsWith("Id"));
        if (id) jobs.push({ hidden: id, language });
      }
    }
    const links: string[] = [];
    for (const {
      hidden: [name, value],
      language,
    } of jobs) {
      if (pathOf(this.page.url()) !== formPage) await this.page.goto(formPage);
      const form = this.page.locator("form").filter({
        has: this.page.locator(
          `input[type=hidden][name="${name}"][value="${value}"]`,
        ),
      });
      if (language)
        await form
          .locator(`input[type=radio][name=language][value="${language}"]`)
          .check();
      for (const field of await form
        .locator(
          "input[required]:not([type=hidden]):not([type=radio]):not([type=checkbox])",
        )
        .all()) {
        if (!(await field.inputValue())) await field.fill("Crawler");
      }
      this.#attempt = true;
      await form
        .locator("button[type=submit], button:not([type])")
        .first()
        .click();
      await this.page.waitForURL((url) => pathOf(url.href) !== formPage);
      await this.quiet();
      const attemptPath = pathOf(this.page.url());
      this.visited.add(attemptPath);
      this.getRsc(attemptPath, true);
      this.#attempt = false;
      links.push(...(await this.links()));
    }
    return links;
  }
}

function expectNoAnswerKey(crawl: Crawl, who: string) {
  const attemptBodies = crawl.bodies.filter((b) => b.attempt);
  const leaks: string[] = [];
  for (const body of crawl.bodies) {
    const text = normalize(body.text);
    const js = body.url.startsWith("/_next/static/");
    for (const probe of PROBES) {
      if ((probe.scope === "attempt" && !body.attempt) || (js && !probe.js))
        continue;
      if (probe.test(text))
        leaks.push(`${probe.label} in ${body.what} ${body.url}`);
    }
  }
  // Positive control: the crawl saw the questions themselves — every prompt of the content pack
  // (the full quiz holds them all and is started in both languages) is in the attempt payloads.
  const attemptText = attemptBodies.map((b) => normalize(b.text)).join("\n");
  const unseen = pack.questions.flatMap((q) =>
    (["de", "en"] as const)
      .filter((l) => !attemptText.includes(snippet(q.prompt[l])))
      .map((l) => `${q.id} (${l})`),
  );
  const summary = `${who}: ${crawl.visited.size} pages, ${crawl.started.size} starts, ${crawl.bodies.length} bodies (${attemptBodies.length} of started attempts), ${PROBES.length} probes`;
  console.log(summary);
  test.info().annotations.push({ type: "crawl", description: summary });
  expect(unseen, "question prompts never seen in an attempt payload").toEqual(
    [],
  );
  expect(crawl.started.size).toBeGreaterThanOrEqual(pack.quizzes.length * 2);
  expect(leaks).toEqual([]);
}

async function crawlAsGuest(page: Page, origin: string): Promise<Crawl> {
  const crawl = new Crawl(page, origin);
  await crawl.run(["/de", "/en"]);
  return crawl;
}

async function crawlAsStudent(page: Page, origin: string): Promise<Crawl> {
  // The teacher's side through the data layer (as the load test does): a class and an assigned set.
  const out = execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "tests/e2e/support/assignment-setup.ts",
    ],
    {
      env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
    },
  ).toString();
  const { joinCode } = JSON.parse(out.trim().split("\n").at(-1)!) as {
    joinCode: string;
  };
  const t = messages.de.Auth;
  await page.goto(`/de/join?code=${joinCode}`);
  await page.getByLabel(t.displayNameLabel).fill("Crawl Student");
  await page.getByLabel(t.pinLabel, { exact: true }).fill("4711");
  await page.getByLabel(t.pinConfirmLabel).fill("4711");
  await page.getByRole("button", { name: t.join }).click();
  await expect(
    page.getByRole("heading", { name: messages.de.Assignments.heading }),
  ).toBeVisible();
  const crawl = new Crawl(page, origin);
  await crawl.run([pathOf(page.url()), "/de", "/en"]);
  // The assignment was among the starts (its form carries an assignment id, not a quiz id).
  expect([...crawl.started].some((key) => key.includes('"assignmentId"'))).toBe(
    true,
  );
  return crawl;
}

test("every question has a probe of its own that recognises its key", () => {
  // So the crawl below cannot pass because a probe is blind: each authored question, serialised
  // into a payload the way a leak would be, trips at least one probe made for that question.
  const blind = pack.questions.filter(
    (q) =>
      !PROBES.some(
        (p) =>
          p.label.startsWith(`${q.id}:`) &&
          p.scope === "all" &&
          p.test(normalize(json(json(q)))),
      ),
  );
  expect(blind.map((q) => q.id)).toEqual([]);
});

// One test, two browser contexts crawling side by side, to keep the run short.
test("neither a guest nor a student of a class finds an answer key anywhere before answering", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const origin = new URL(baseURL!).origin;
  const [guestPage, studentPage] = await Promise.all(
    [browser.newContext(), browser.newContext()].map(async (c) =>
      (await c).newPage(),
    ),
  );
  const [guest, student] = await Promise.all([
    crawlAsGuest(guestPage!, origin),
    crawlAsStudent(studentPage!, origin),
  ]);
  expectNoAnswerKey(guest, "guest");
  expectNoAnswerKey(student, "student");
});
