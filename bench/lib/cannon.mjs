// One autocannon run, in its own process so `npm run bench` can pin it to another core than the
// server (taskset). Input: a JSON spec as argv[2]; output: one JSON line on stdout.
//   { kind: 'get', url, headers, connections, duration | amount }  (amount: that many requests)
//   { kind: 'answer', origin, connections, duration, path: 'attempt' | 'bench', setupFile, learnerRange }
import autocannon from "autocannon";
import { readFileSync } from "node:fs";

const spec = JSON.parse(process.argv[2]);

/**
 * The answer requests: one autocannon request per question of the quiz, so that one pass over
 * them is one learner's attempt, answered position after position — every request is a new
 * answer, graded and stored. (autocannon gives each connection a fresh context at the start of
 * every pass; the learner is chosen there, at position 0.) Each learner is used once; a run that
 * runs out of them starts over and is answered with replays, which the counts below show.
 */
function answerSetup() {
  const setup = JSON.parse(readFileSync(spec.setupFile, "utf8"));
  // Each run gets its own slice of learners, so every answer of every run is a new one.
  const [from, to] = spec.learnerRange ?? [0, setup.learners.length];
  const learners = setup.learners.slice(from, to);
  const answerCount = learners[0].answers.length;
  let nextLearner = 0;
  const outcomes = { stored: 0, other: 0 };
  const request = (position) => ({
    setupRequest(req, context) {
      if (position === 0)
        context.learner = learners[nextLearner++ % learners.length];
      const { learner } = context;
      // What the quiz runner's fetch sends (same-origin, so the browser adds Origin and Sec-Fetch-Site).
      return {
        ...req,
        method: "POST",
        // The no-op twin has the same dynamic segment, so Next matches the route the same way.
        path: `${spec.path === "bench" ? "/api/bench" : "/api"}/attempts/${learner.attemptId}/answers`,
        headers: {
          "content-type": "application/json",
          origin: spec.origin,
          "sec-fetch-site": "same-origin",
          cookie: `NEXT_LOCALE=de; qq_learner=${learner.token}`,
        },
        body: JSON.stringify({ position, answer: learner.answers[position] }),
      };
    },
    // The real route says whether it stored a new answer; anything else (a replay, a refusal) is
    // counted, so a run that did not measure grading and storing shows it.
    onResponse(status, body) {
      if (spec.path === "bench") return;
      if (status === 200 && body.includes('"replay":false'))
        outcomes.stored += 1;
      else outcomes.other += 1;
    },
  });
  return {
    requests: Array.from({ length: answerCount }, (_, position) =>
      request(position),
    ),
    outcomes,
  };
}

const base = {
  connections: spec.connections,
  ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
  pipelining: 1,
};
const answers = spec.kind === "answer" ? answerSetup() : null;
const options = answers
  ? { ...base, url: spec.origin, requests: answers.requests }
  : { ...base, url: spec.url, headers: spec.headers ?? {} };

const result = await autocannon(options);
process.stdout.write(
  JSON.stringify({
    rps: result.requests.average,
    total: result.requests.total,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(answers && spec.path !== "bench"
      ? {
          answers_stored: answers.outcomes.stored,
          answers_not_stored: answers.outcomes.other,
        }
      : {}),
  }) + "\n",
);
