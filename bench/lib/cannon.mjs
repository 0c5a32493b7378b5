// One autocannon run, in its own process so `npm run bench` can pin it to another core than the
// server (taskset). Input: a JSON spec as argv[2]; output: one JSON line on stdout.
//   { kind: 'get', url, headers, connections, duration }
//   { kind: 'answer', origin, connections, duration, path: 'attempt' | 'bench', setupFile }
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const spec = JSON.parse(process.argv[2]);

function answerRequests() {
  // Each connection works through its own learners' attempts, one position after the other, so
  // every request is a new answer at the next position: the real grading-and-storing path.
  const setup = JSON.parse(readFileSync(spec.setupFile, 'utf8'));
  // Each run gets its own slice of learners, so every answer of every run is a new one.
  const [from, to] = spec.learnerRange ?? [0, setup.learners.length];
  const learners = setup.learners.slice(from, to);
  let nextLearner = 0;
  return {
    setupClient(client) {
      client.cursor = null;
    },
    setupRequest(req, context) {
      if (!context.cursor || context.cursor.position >= context.cursor.learner.answers.length) {
        const learner = learners[nextLearner++ % learners.length];
        context.cursor = { learner, position: 0 };
      }
      const { learner, position } = context.cursor;
      context.cursor.position += 1;
      // What the quiz runner's fetch sends (same-origin, so the browser adds Origin and Sec-Fetch-Site).
      return {
        ...req,
        method: 'POST',
        // The no-op twin has the same dynamic segment, so Next matches the route the same way.
        path: `${spec.path === 'bench' ? '/api/bench' : '/api'}/attempts/${learner.attemptId}/answers`,
        headers: {
          'content-type': 'application/json',
          origin: spec.origin,
          'sec-fetch-site': 'same-origin',
          cookie: `NEXT_LOCALE=de; qq_learner=${learner.token}`,
        },
        body: JSON.stringify({ position, answer: learner.answers[position] }),
      };
    },
  };
}

const base = { connections: spec.connections, duration: spec.duration, pipelining: 1 };
const options =
  spec.kind === 'get'
    ? { ...base, url: spec.url, headers: spec.headers ?? {} }
    : (() => {
        const gen = answerRequests();
        return { ...base, url: spec.origin, requests: [{ setupRequest: gen.setupRequest }], initialContext: {} };
      })();

const result = await autocannon(options);
process.stdout.write(
  JSON.stringify({
    rps: result.requests.average,
    total: result.requests.total,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }) + '\n',
);
