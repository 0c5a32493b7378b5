// The classroom load: N students who all start within `spread` ms; each joins the class with its
// code (server action, multipart form as the browser sends it) and goes where the action sends it
// (client-side navigation: RSC), opens the assignment (RSC), starts it (server action, then the
// navigation to the quiz page), loads the question bank and the attempt state, and sends its
// answers (JSON to the answer route) with think time.
// Runs in its own process (pinned to another core than the server). Prints one JSON line.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Agent, FormData, fetch, setGlobalDispatcher } from "undici";

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

const latencies = [];
const answerLatencies = [];
const acked = [];
let sent = 0;
let errors = 0;
const errorKinds = {};
const fail = (kind) => {
  errors += 1;
  errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rand = (a, b) => a + Math.random() * (b - a);

/**
 * One request, timed. Like a student clicking again, a request that failed on the network or with
 * a 5xx is sent again (the same answer again is safe: the server answers it as a replay), up to
 * `spec.retries` times, one second apart. Each failed try counts as an error, under `what` (e.g.
 * "answer ") followed by its kind.
 */
async function timed(path, init, into = latencies, what = "") {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const response = await fetch(`${spec.origin}${path}`, {
        redirect: "manual",
        ...init,
      });
      const body = await response.text();
      into.push(performance.now() - started);
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
async function navigate(path, cookie, from) {
  const headers = {
    cookie,
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
  return timed(`${path}${path.includes("?") ? "&" : "?"}_rsc=${rsc}`, {
    headers,
  });
}
/** Where a form action sends the browser next (`redirectTo` in its reply, lib/action-redirect.ts). */
const redirectTo = (body) => /"redirectTo":"([^"]+)"/.exec(body)?.[1];

// What a browser that opened the join link already has: the locale cookie of its first response.
const localeCookie = "NEXT_LOCALE=de";
const actionHeaders = (actionId, cookie, segments) => ({
  "next-action": actionId,
  accept: "text/x-component",
  origin: spec.origin,
  ...routerState(segments),
  ...(cookie ? { cookie } : {}),
});
const joinPage = { path: "/de/join", segments: ["join"] };
const progressPage = { path: "/de/progress", segments: ["progress"] };
const assignmentPage = {
  path: `/de/assignments/${setup.assignmentId}`,
  segments: ["assignments", ["assignmentId", setup.assignmentId, "d", null]],
};

async function student(i) {
  await sleep(rand(0, spec.spread));
  // Join: creates the account (a scrypt hash on the server) and signs in.
  const join = await timed("/de/join", {
    method: "POST",
    headers: actionHeaders(
      spec.actions.joinClassAction,
      localeCookie,
      joinPage.segments,
    ),
    body: formActionBody(spec.actions.joinClassAction, {
      code: setup.joinCode,
      displayName: `Schüler ${spec.run}-${i}`,
      pin: "4711",
      pinConfirm: "4711",
    }),
  });
  const sessionCookies = join.response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => !c.startsWith("NEXT_LOCALE="));
  if (join.response.status !== 200 || !sessionCookies.length)
    return fail(`join ${join.response.status}`);
  const cookie = [localeCookie, ...sessionCookies].join("; ");
  const progressPath = redirectTo(join.body);
  if (!progressPath) return fail("join: no redirectTo");
  const progress = await navigate(progressPath, cookie, joinPage);
  if (progress.response.status !== 200)
    return fail(`progress page ${progress.response.status}`);
  // From there the student follows the link to the assignment.
  const page = await navigate(assignmentPage.path, cookie, progressPage);
  if (page.response.status !== 200)
    return fail(`assignment page ${page.response.status}`);
  const start = await timed(`/de/assignments/${setup.assignmentId}`, {
    method: "POST",
    headers: actionHeaders(
      spec.actions.startAssignmentAction,
      cookie,
      assignmentPage.segments,
    ),
    body: formActionBody(spec.actions.startAssignmentAction, {
      assignmentId: setup.assignmentId,
    }),
  });
  const quizPath = redirectTo(start.body) ?? "";
  const attemptId = /[?&]attempt=([0-9a-f-]{36})/.exec(quizPath)?.[1];
  if (!attemptId) return fail(`start ${start.response.status}`);
  // The quiz page (prerendered); it then fetches the question bank of its language and the
  // attempt's state, at the same time.
  const quiz = await navigate(quizPath, cookie, assignmentPage);
  if (quiz.response.status !== 200)
    return fail(`quiz page ${quiz.response.status}`);
  const [bank, state] = await Promise.all([
    timed("/api/question-bank/de", { headers: { cookie } }),
    timed(`/api/attempts/${attemptId}?locale=de`, { headers: { cookie } }),
  ]);
  if (bank.response.status !== 200)
    return fail(`question bank ${bank.response.status}`);
  if (state.response.status !== 200)
    return fail(`attempt state ${state.response.status}`);
  for (let position = 0; position < spec.answers; position++) {
    await sleep(rand(spec.think[0], spec.think[1]));
    sent += 1;
    try {
      // As the quiz runner sends it: JSON to the answer route, same origin.
      const { response, body } = await timed(
        `/api/attempts/${attemptId}/answers`,
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: spec.origin,
            "sec-fetch-site": "same-origin",
            cookie,
          },
          body: JSON.stringify({
            position,
            answer: setup.assignmentAnswers[position],
          }),
        },
        answerLatencies,
        "answer ",
      );
      latencies.push(answerLatencies.at(-1));
      // With the time of the acknowledgement: a backup taken later must hold it (deploy/test-instances.mjs).
      if (response.status === 200 && body.includes('"ok":true'))
        acked.push([attemptId, position, Date.now()]);
      else fail(`answer ${response.status}`);
    } catch {
      fail("answer network");
    }
  }
}

const wallStart = performance.now();
await Promise.all(
  Array.from({ length: spec.students }, (_, i) =>
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
    students: spec.students,
    answers_sent: sent,
    answers_acknowledged: acked.length,
    errors,
    error_kinds: errorKinds,
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    p99_ms: percentile(latencies, 99),
    answer_p95_ms: percentile(answerLatencies, 95),
    wall_s: (performance.now() - wallStart) / 1000,
  }) + "\n",
);
