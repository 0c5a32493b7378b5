// The classroom load: N students who all start within `spread` ms. What each does depends on
// `spec.mode`:
// - "burst" (the default): joins the class with its code (server action, multipart form as the
//   browser sends it), goes where the action sends it (client-side navigation: RSC), opens the
//   assignment (RSC), starts it (server action, then the navigation to the quiz page), loads the
//   question bank and the attempt state, and sends its answers (JSON to the answer route) with
//   think time.
// - "sessions": joins the class, one student after another in `spec.concurrency` lanes, and writes
//   each student's session cookies to `spec.sessionsFile`: the untimed set-up of "signed_in".
// - "signed_in": a student who joined earlier (a session from `spec.sessionsFile`) opens the app on
//   the assignment list (the progress page, as a document), and from there goes the same way as
//   "burst": the assignment, start, quiz page, bank and state, answers. With `spec.phased`, all
//   students take each step together and the output adds the server's CPU per student of each
//   step (`step_cpu_ms`; `spec.serverGroup` names the server's process group) and the requests
//   each student sent in it (`step_requests`).
// - "join": a new student opens the join link (the join page, as a document), fills in name and
//   PIN (think time), joins, and goes where the action sends it; nothing after that.
// `spec.joinCode` and `spec.assignmentId` choose the class (default: the set-up's first class).
// Runs in its own process (pinned to another core than the server). Prints one JSON line.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Agent, FormData, fetch, setGlobalDispatcher } from "undici";
import { serverCpuSeconds } from "./server-cpu.mjs";

// The router's cache-busting `_rsc` parameter, computed as the browser's router does (Next answers
// a navigation whose parameter does not match its headers with a redirect).
const { computeCacheBustingSearchParam } = createRequire(import.meta.url)(
  "next/dist/shared/lib/router/utils/cache-busting-search-param.js",
);

const spec = JSON.parse(process.argv[2]);
const setup = JSON.parse(readFileSync(spec.setupFile, "utf8"));
setGlobalDispatcher(
  new Agent({
    connections: spec.maxSockets ?? 256,
    keepAliveTimeout: spec.keepAliveMs ?? 30_000,
    headersTimeout: 120_000,
    bodyTimeout: 120_000,
    // Behind the load balancer (bench/lib/instances.mjs): its test certificate is the only CA.
    ...(spec.ca ? { connect: { ca: spec.ca } } : {}),
  }),
);

const mode = spec.mode ?? "burst";
const joinCode = spec.joinCode ?? setup.joinCode;
const assignmentId = spec.assignmentId ?? setup.assignmentId;

const latencies = [];
const answerLatencies = [];
// The join action's own times: the request that creates the account and hashes the PIN.
const joinLatencies = [];
const acked = [];
let sent = 0;
let requests = 0;
let errors = 0;
const errorKinds = {};
const fail = (kind) => {
  errors += 1;
  errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rand = (a, b) => a + Math.random() * (b - a);

/** A student's cookies as a browser keeps them: replaced or removed by responses, sent with every request. */
class CookieJar {
  #cookies = new Map();
  constructor(header = "") {
    for (const pair of header.split("; ").filter(Boolean)) this.#put(pair);
  }
  #put(pair) {
    const at = pair.indexOf("=");
    this.#cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  absorb(response) {
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(";")[0];
      if (/;\s*max-age=0/i.test(setCookie) || pair.endsWith("="))
        this.#cookies.delete(pair.slice(0, pair.indexOf("=")));
      else this.#put(pair);
    }
  }
  toString() {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * One request, timed (into `into`), with the cookies of `jar` when there is one, which then keeps
 * what the response sets. Like a student clicking again, a request that failed on the network or
 * with a 5xx is sent again (the same answer again is safe: the server answers it as a replay), up
 * to `spec.retries` times, one second apart. Each failed try counts as an error, under `what`
 * (e.g. "answer ") followed by its kind.
 */
async function timed(path, init, { into = latencies, what = "", jar } = {}) {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    requests += 1;
    try {
      const response = await fetch(`${spec.origin}${path}`, {
        redirect: "manual",
        ...init,
        headers: {
          ...init.headers,
          ...(jar ? { cookie: jar.toString() } : {}),
        },
      });
      const body = await response.text();
      into.push(performance.now() - started);
      jar?.absorb(response);
      if (response.status < 500 || attempt >= (spec.retries ?? 0))
        return { response, body };
      fail(`${what}http ${response.status} (retried)`);
    } catch (error) {
      if (attempt >= (spec.retries ?? 0)) throw error;
      fail(
        `${what}network ${error?.cause?.code ?? error?.name ?? "error"} (retried)`,
      );
    }
    await sleep(1000);
  }
}

/** A progressive-enhancement form action, encoded as React does it for useActionState forms. */
function formActionBody(actionId, fields) {
  const form = new FormData();
  form.append("_1_$ACTION_REF_1", "");
  form.append("_1_$ACTION_1:0", JSON.stringify({ id: actionId, bound: "$@1" }));
  form.append("_1_$ACTION_1:1", "[{}]");
  form.append("_1_$ACTION_KEY", "k0");
  for (const [name, value] of Object.entries(fields))
    form.append(`_1_${name}`, value);
  form.append("0", '[{},"$K1"]');
  return form;
}

/**
 * The router state Chromium sends with a navigation or an action from a page of the site: the
 * segments of the page it is on (captured from Chromium on this app, join → progress → assignment
 * → quiz). Next renders only the segments below the ones both pages share.
 */
function routerState(page) {
  const segments = [["locale", "de", "d", null], "(site)", ...page];
  let node = ["__PAGE__", {}, null, null, 0];
  for (const segment of segments.reverse())
    node = [segment, { children: node }, null, null, 0];
  return {
    "next-router-state-tree": encodeURIComponent(
      JSON.stringify(["", { children: node }, null, null, 16]),
    ),
  };
}

/**
 * A client-side navigation as the router makes it from `from` (a page's path and segments): the
 * page's RSC payload, not its HTML, with the router's headers and `_rsc` parameter.
 */
async function navigate(path, jar, from) {
  const headers = {
    rsc: "1",
    "next-url": from.path,
    ...routerState(from.segments),
  };
  const rsc = await computeCacheBustingSearchParam(
    undefined,
    undefined,
    headers["next-router-state-tree"],
    headers["next-url"],
  );
  return timed(
    `${path}${path.includes("?") ? "&" : "?"}_rsc=${rsc}`,
    { headers },
    { jar },
  );
}
/** Where a form action sends the browser next (`redirectTo` in its reply, lib/action-redirect.ts). */
const redirectTo = (body) => /"redirectTo":"([^"]+)"/.exec(body)?.[1];

// What a browser that opened the join link already has: the locale cookie of its first response.
const localeCookie = "NEXT_LOCALE=de";
const actionHeaders = (actionId, segments) => ({
  "next-action": actionId,
  accept: "text/x-component",
  origin: spec.origin,
  ...routerState(segments),
});
// A page opened from outside the app (a bookmark, a link in a message, the class's QR code).
const documentHeaders = {
  accept:
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
  "sec-fetch-dest": "document",
  "sec-fetch-mode": "navigate",
  "sec-fetch-site": "none",
  "upgrade-insecure-requests": "1",
};
const joinPage = { path: "/de/join", segments: ["join"] };
const progressPage = { path: "/de/progress", segments: ["progress"] };
const assignmentPage = {
  path: `/de/assignments/${assignmentId}`,
  segments: ["assignments", ["assignmentId", assignmentId, "d", null]],
};

/**
 * Student `i` joins the class: the action creates the account (a scrypt hash of the PIN on the
 * server) and signs in, and `jar` gets the session. Returns where the action sends the student,
 * or null after counting the failure.
 */
async function joinClass(i, jar) {
  const join = await timed(
    "/de/join",
    {
      method: "POST",
      headers: actionHeaders(spec.actions.joinClassAction, joinPage.segments),
      body: formActionBody(spec.actions.joinClassAction, {
        code: joinCode,
        displayName: `Schüler ${spec.run}-${i}`,
        pin: "4711",
        pinConfirm: "4711",
      }),
    },
    { jar, into: joinLatencies },
  );
  latencies.push(joinLatencies.at(-1));
  const signedIn = join.response.headers
    .getSetCookie()
    .some((c) => !c.startsWith("NEXT_LOCALE="));
  if (join.response.status !== 200 || !signedIn) {
    fail(`join ${join.response.status}`);
    return null;
  }
  const next = redirectTo(join.body);
  if (!next) fail("join: no redirectTo");
  return next ?? null;
}

/** Whether a request of the way answered 200; if not, its failure is counted under `what`. */
function isOk(what, { response }) {
  if (response.status === 200) return true;
  fail(`${what} ${response.status}`);
  return false;
}

/**
 * A student's way from the assignment list to the last answer, step by step, as the browser goes
 * it: the list (the progress page as a document, where a student who joined earlier opens the
 * app), the assignment (RSC), start (the action), the quiz page (RSC), the question bank and the
 * attempt's state it fetches at the same time, and `spec.answers` answers with think time. Each
 * step gets the student's `way` ({ jar }, plus what earlier steps learnt) and returns whether the
 * student goes on; a step that fails counts its error first.
 */
const wayFromList = [
  [
    "list",
    async (way) =>
      isOk(
        "assignment list",
        await timed(
          progressPage.path,
          { headers: documentHeaders },
          { jar: way.jar },
        ),
      ),
  ],
  [
    "assignment",
    async (way) =>
      isOk(
        "assignment page",
        await navigate(assignmentPage.path, way.jar, progressPage),
      ),
  ],
  [
    "start",
    async (way) => {
      const start = await timed(
        assignmentPage.path,
        {
          method: "POST",
          headers: actionHeaders(
            spec.actions.startAssignmentAction,
            assignmentPage.segments,
          ),
          body: formActionBody(spec.actions.startAssignmentAction, {
            assignmentId,
          }),
        },
        { jar: way.jar },
      );
      way.quizPath = redirectTo(start.body) ?? "";
      way.attemptId = /[?&]attempt=([0-9a-f-]{36})/.exec(way.quizPath)?.[1];
      if (way.attemptId) return true;
      fail(`start ${start.response.status}`);
      return false;
    },
  ],
  [
    "quiz",
    // The quiz page (prerendered, as RSC).
    async (way) =>
      isOk("quiz page", await navigate(way.quizPath, way.jar, assignmentPage)),
  ],
  [
    "bank_state",
    // What the quiz page fetches: the question bank of its language and the attempt's state, at
    // the same time.
    async (way) => {
      const [bank, state] = await Promise.all([
        timed("/api/question-bank/de", { headers: {} }, { jar: way.jar }),
        timed(
          `/api/attempts/${way.attemptId}?locale=de`,
          { headers: {} },
          { jar: way.jar },
        ),
      ]);
      return isOk("question bank", bank) && isOk("attempt state", state);
    },
  ],
  [
    "answers",
    async (way) => {
      for (let position = 0; position < spec.answers; position++) {
        await sleep(rand(spec.think[0], spec.think[1]));
        await answer(way, position);
      }
      return true;
    },
  ],
];

/** One answer, as the quiz runner sends it: JSON to the answer route, same origin. */
async function answer(way, position) {
  sent += 1;
  try {
    const { response, body } = await timed(
      `/api/attempts/${way.attemptId}/answers`,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: spec.origin,
          "sec-fetch-site": "same-origin",
        },
        body: JSON.stringify({
          position,
          answer: setup.assignmentAnswers[position],
        }),
      },
      { into: answerLatencies, what: "answer ", jar: way.jar },
    );
    latencies.push(answerLatencies.at(-1));
    // With the time of the acknowledgement: a backup taken later must hold it (deploy/test-instances.mjs).
    if (response.status === 200 && body.includes('"ok":true'))
      acked.push([way.attemptId, position, Date.now()]);
    else fail(`answer ${response.status}`);
  } catch {
    fail("answer network");
  }
}

/** The way from the step named `from` on, one step after the other, for one student. */
async function goFrom(from, jar) {
  const first = wayFromList.findIndex(([name]) => name === from);
  if (first < 0) throw new Error(`no step named ${from}`);
  const way = { jar };
  for (const [, step] of wayFromList.slice(first))
    if (!(await step(way))) return;
}

/**
 * "signed_in" with `spec.phased`: every student takes the first step, then every student the
 * next, and so on; the server's CPU time (of the process group `spec.serverGroup`) is read between
 * the steps, so each step's cost per student is its own.
 */
async function phasedWay() {
  const ways = sessions.map((cookies) => ({ jar: new CookieJar(cookies) }));
  const stepCpuMs = {};
  const stepRequests = {};
  for (const [name, step] of wayFromList) {
    const before = serverCpuSeconds(spec.serverGroup);
    const requestsBefore = requests;
    const going = ways.filter((way) => !way.stopped);
    await Promise.all(
      going.map(async (way) => {
        const goOn = await step(way).catch((error) => {
          fail(`network ${error?.cause?.code ?? error?.name ?? "error"}`);
          return false;
        });
        if (!goOn) way.stopped = true;
      }),
    );
    // No student left to take the step (every one failed earlier, each counted): no figure.
    stepCpuMs[name] = going.length
      ? ((serverCpuSeconds(spec.serverGroup) - before) * 1000) / going.length
      : null;
    stepRequests[name] = going.length
      ? (requests - requestsBefore) / going.length
      : null;
  }
  return { stepCpuMs, stepRequests };
}

// The sessions of "signed_in" (made by a "sessions" run), or the students' slice of them.
const sessions =
  mode === "signed_in"
    ? JSON.parse(readFileSync(spec.sessionsFile, "utf8")).slice(
        ...(spec.sessionRange ?? []),
      )
    : null;
const studentCount = sessions ? sessions.length : spec.students;

async function student(i) {
  await sleep(rand(0, spec.spread));
  if (mode === "signed_in") return goFrom("list", new CookieJar(sessions[i]));
  const jar = new CookieJar(localeCookie);
  if (mode === "join") {
    // The join link opens the form with the class code filled in; name and PIN take a moment.
    const form = await timed(
      `${joinPage.path}?code=${joinCode}`,
      { headers: documentHeaders },
      { jar },
    );
    if (form.response.status !== 200)
      return fail(`join page ${form.response.status}`);
    await sleep(rand(spec.think[0], spec.think[1]));
  }
  const progressPath = await joinClass(i, jar);
  if (!progressPath) return;
  const progress = await navigate(progressPath, jar, joinPage);
  if (progress.response.status !== 200)
    return fail(`progress page ${progress.response.status}`);
  if (mode === "join") return;
  return goFrom("assignment", jar);
}

/** "sessions": students join one after another in `spec.concurrency` lanes; their cookies are kept. */
async function makeSessions() {
  const made = [];
  let next = 0;
  const lane = async () => {
    while (next < spec.students) {
      const i = next++;
      const jar = new CookieJar(localeCookie);
      try {
        if (await joinClass(i, jar)) made.push(jar.toString());
      } catch (error) {
        fail(`network ${error?.cause?.code ?? error?.name ?? "error"}`);
      }
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency ?? 4 }, lane));
  writeFileSync(spec.sessionsFile, JSON.stringify(made));
  return made.length;
}

const wallStart = performance.now();
const sessionsMade = mode === "sessions" ? await makeSessions() : undefined;
const phased =
  mode === "signed_in" && spec.phased ? await phasedWay() : undefined;
if (mode !== "sessions" && !phased)
  await Promise.all(
    Array.from({ length: studentCount }, (_, i) =>
      student(i).catch((error) =>
        fail(`network ${error?.cause?.code ?? error?.name ?? "error"}`),
      ),
    ),
  );
const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
};
if (spec.ackedFile) writeFileSync(spec.ackedFile, JSON.stringify(acked));
process.stdout.write(
  JSON.stringify({
    mode,
    students: studentCount,
    ...(sessionsMade === undefined ? {} : { sessions: sessionsMade }),
    ...(phased
      ? {
          step_cpu_ms: phased.stepCpuMs,
          step_requests: phased.stepRequests,
        }
      : {}),
    requests,
    answers_sent: sent,
    answers_acknowledged: acked.length,
    errors,
    error_kinds: errorKinds,
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    p99_ms: percentile(latencies, 99),
    answer_p50_ms: percentile(answerLatencies, 50),
    answer_p95_ms: percentile(answerLatencies, 95),
    answer_p99_ms: percentile(answerLatencies, 99),
    join_p50_ms: percentile(joinLatencies, 50),
    join_p95_ms: percentile(joinLatencies, 95),
    wall_s: (performance.now() - wallStart) / 1000,
  }) + "\n",
);
