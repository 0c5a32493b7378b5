// Every server action, sent malformed, oversized, wrong-typed and hostile requests over HTTP with
// fast-check: the answer is always a 2xx/3xx/4xx — a form error, "not found", 400 for a body React
// would not decode, 403 from elsewhere — never a 5xx, and no table a learner's or teacher's data
// lives in changes. (Rate-limit counters may count the attempts.) Both ways an action is called:
// by the client (a fetch with a Next-Action header) and as a plain form post without JavaScript
// (multipart with `$ACTION_ID_…` or `$ACTION_REF_…` fields, no header). `npm test` sends 150 fetch
// cases and 20 form posts per action; `npm run test:fuzz` sends 1,000 of each per action.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import {
  buildFile,
  fuzzCases,
  fuzzEach,
  hostileText,
  ID,
} from "./support/fuzz";

// No trace: it would record every request and reply body (tens of thousands, some of 60 KB), and
// writing that kept the test process, not the server, at full CPU (2 GB of trace in 20 minutes).
test.use({ trace: "off" });

type Manifest = {
  node: Record<
    string,
    { exportedName: string; workers: Record<string, unknown> }
  >;
};

/** Every action but signOut (nothing to send it; it takes no input), with a page that registers it. */
function actions() {
  const pathOf = (worker: string) =>
    "/" +
    worker
      .replace(/^app\//, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace("[locale]", "de")
      .replace("[language]", "de")
      .replace("[...rest]", "x")
      .replace(/\[[^\]]+\]/g, ID);
  return Object.entries(
    buildFile<Manifest>("server", "server-reference-manifest.json").node,
  )
    .filter(([, action]) => action.exportedName !== "signOut")
    .map(([id, action]) => ({
      id,
      name: action.exportedName,
      target: pathOf(Object.keys(action.workers)[0]!),
    }));
}

const FIELDS = [
  "code",
  "displayName",
  "pin",
  "pinConfirm",
  "email",
  "password",
  "name",
  "classId",
  "setId",
  "questionId",
  "assignmentId",
  "quizId",
  "nickname",
  "language",
  "dueAt",
  "title",
  "maxAttempts",
  "timeLimitMinutes",
  "direction",
  "back",
  "attemptId",
  "entryId",
];
const fields = fc.dictionary(fc.constantFrom(...FIELDS), hostileText, {
  maxKeys: 6,
});

const jsonArgs = fc.oneof(
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
  fc.array(
    fc.record({
      attemptId: hostileText,
      position: fc.oneof(fc.integer(), fc.double(), hostileText),
      answer: fc.jsonValue({ maxDepth: 3 }),
    }),
    { maxLength: 2 },
  ),
);
const body = fc.oneof(
  {
    weight: 3,
    arbitrary: jsonArgs.map((args) => ({
      kind: "text" as const,
      data: JSON.stringify(args),
    })),
  },
  {
    weight: 1,
    arbitrary: hostileText.map((text) => ({
      kind: "text" as const,
      data: text,
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        args: fc.constantFrom(
          '[{},"$K1"]',
          '["$K1"]',
          '[{"formError":"x"},"$K1"]',
          "[]",
          "garbage",
          '["$K1","$K1","$K1"]',
        ),
        fields,
      })
      .map(({ args, fields }) => ({
        kind: "multipart" as const,
        args,
        fields,
      })),
  },
);

/**
 * A form post without JavaScript: `$ACTION_ID_<id>` for a plain `<form action={…}>`; for a
 * useActionState form React writes `$ACTION_REF_1`, the descriptor `$ACTION_1:0` naming the action
 * and its bound arguments (the previous state) in `$ACTION_1:1`, and `$ACTION_KEY`. Any of them hostile.
 */
const formPost = (id: string) =>
  fc.oneof(
    fields.map((f) => ({ [`$ACTION_ID_${id}`]: "", ...f })),
    fc
      .record({
        descriptor: fc.oneof(
          fc.constantFrom(
            `{"id":"${id}","bound":"$@1"}`,
            `{"id":"${id}","bound":null}`,
            `{"id":"${id}"}`,
            `{"id":"${id}","bound":"$@9"}`,
            `{"id":"${id}","bound":"$K1"}`,
          ),
          hostileText.map((t) => `{"id":"${id}",${t}`),
          hostileText,
        ),
        bound: fc.oneof(
          fc.constantFrom(
            "[{}]",
            '[{"formError":"x"}]',
            '["$K1"]',
            '["$@0"]',
            "[]",
            "{}",
            "garbage",
            '["$undefined"]',
          ),
          jsonArgs.map((a) => JSON.stringify(a)),
          hostileText,
        ),
        key: fc.option(hostileText, { nil: undefined }),
        fields,
      })
      .map(({ descriptor, bound, key, fields }) => ({
        $ACTION_REF_1: "",
        "$ACTION_1:0": descriptor,
        "$ACTION_1:1": bound,
        ...(key === undefined ? {} : { $ACTION_KEY: key }),
        ...fields,
      })),
  );

test("malformed and hostile requests to every server action never cause a 5xx or a change", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(900_000);
  const headers = {
    accept: "text/x-component",
    origin: baseURL!,
    cookie: "NEXT_LOCALE=de",
  };
  await fuzzEach(
    "server actions, called by the client",
    fuzzCases(150),
    actions(),
    () => body,
    async ({ id, name, target }, b) => {
      const response =
        b.kind === "multipart"
          ? await request.post(target, {
              headers: { ...headers, "next-action": id },
              multipart: {
                "0": b.args,
                ...Object.fromEntries(
                  Object.entries(b.fields).map(([k, v]) => [`1_${k}`, v]),
                ),
              },
              failOnStatusCode: false,
            })
          : await request.post(target, {
              headers: {
                ...headers,
                "next-action": id,
                "content-type": "text/plain;charset=UTF-8",
              },
              data: b.data,
              failOnStatusCode: false,
            });
      expect(response.status(), `${name} at ${target}`).toBeLessThan(500);
      return response.status();
    },
  );
});

test("hostile form posts without JavaScript to every server action never cause a 5xx or a change", async ({
  request,
  baseURL,
}) => {
  const cases = fuzzCases(20);
  const targets = actions();
  // Up to 250 ms a post (a successful sign-up hashes a password), never less than 30 minutes. The
  // 1,000-case run (26,000 posts) took 5.2 minutes once the spec stopped recording a trace.
  test.setTimeout(Math.max(1_800_000, cases * targets.length * 250));
  await fuzzEach(
    "server actions, posted as forms without JavaScript",
    cases,
    targets,
    ({ id }) => formPost(id),
    async ({ name, target }, form) => {
      const response = await request.post(target, {
        headers: { origin: baseURL!, cookie: "NEXT_LOCALE=de" },
        multipart: form,
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      expect(
        response.status(),
        `${name} at ${target}: ${JSON.stringify(form).slice(0, 300)}`,
      ).toBeLessThan(500);
      return response.status();
    },
  );
});
