// Every server action, sent malformed, oversized, wrong-typed and hostile requests over HTTP with
// fast-check: no table a learner's or teacher's data lives in changes, and every request a client
// can make — argument lists and forms as React's own client writes them, with hostile values — is
// answered 2xx/3xx/4xx (a form error, "not found", 403 from elsewhere), never a 5xx. An envelope
// React cannot decode (a broken reference, an argument list that is no list) is Next's business:
// it may answer 500 and log it, which is all we ask of it (issue 16), but it must change nothing. (Rate-limit counters may count the attempts.) Both ways an action is called:
// by the client (a fetch with a Next-Action header) and as a plain form post without JavaScript
// (multipart with `$ACTION_ID_…` or `$ACTION_REF_…` fields, no header). `npm test` sends 150 fetch
// cases and 20 form posts per action; `npm run test:fuzz` sends 1,000 of each per action.
import { readFileSync } from "node:fs";
import path from "node:path";
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

/** Every action but signOutAction (nothing to send it; it takes no input), with a page that registers it. */
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
    .filter(([, action]) => action.exportedName !== "signOutAction")
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
  "position",
  "reason",
  "comment",
  "reportId",
  "resolution",
  "draftId",
  "kind",
  "text",
  "english",
  "sentenceId",
  "visibility",
  "practicePublic",
  "questionId",
  "language",
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
/**
 * Strings that begin with "$" are how React marks references between the parts of an action's
 * body; an argument list without any is one that any client could send as plain JSON.
 */
const hasDollarString = (value: unknown): boolean =>
  typeof value === "string"
    ? value.startsWith("$")
    : Array.isArray(value)
      ? value.some(hasDollarString)
      : !!value &&
        typeof value === "object" &&
        Object.entries(value).some(
          ([k, v]) => k.startsWith("$") || hasDollarString(v),
        );

/** The argument lists React's client writes for a form action: `[form]` or `[previous state, form]`. */
const REACT_FORM_ARGS = ['[{},"$K1"]', '["$K1"]', '[{"formError":"x"},"$K1"]'];

/** What a server-action request may be answered with: under 500, or 500 for an undecodable envelope. */
function expectNoServerError(status: number, decodable: boolean, what: string) {
  if (decodable || status !== 500) expect(status, what).toBeLessThan(500);
}

const body = fc.oneof(
  {
    weight: 3,
    arbitrary: jsonArgs.map((args) => ({
      kind: "text" as const,
      data: JSON.stringify(args),
      decodable: !hasDollarString(args),
    })),
  },
  {
    weight: 1,
    arbitrary: hostileText.map((text) => ({
      kind: "text" as const,
      data: text,
      decodable: false,
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
        decodable: REACT_FORM_ARGS.includes(args),
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
    fields.map((f) => ({
      form: { [`$ACTION_ID_${id}`]: "", ...f },
      decodable: true,
    })),
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
        form: {
          $ACTION_REF_1: "",
          "$ACTION_1:0": descriptor,
          "$ACTION_1:1": bound,
          ...(key === undefined ? {} : { $ACTION_KEY: key }),
          ...fields,
        } as Record<string, string>,
        // What React writes for a form without bound state; anything else may be undecodable.
        decodable: descriptor === `{"id":"${id}","bound":null}`,
      })),
  );

/** The actions of forms that stay on the page: their answer is a FormState the form shows. */
const FORM_STATE_ACTIONS = new Set([
  "signUpTeacherAction",
  "signInTeacherAction",
  "joinClassAction",
  "signInStudentAction",
  "startQuizAction",
  "startAssignmentAction",
  "createClassAction",
  "renameClassAction",
  "resetPinAction",
  "createSetAction",
  "updateSetAction",
  "editSetAction",
  "assignToClassAction",
  "reportProblemAction",
  "createDraftAction",
  "editDraftAction",
  "publishDraftAction",
  "importQuestionsAction",
  "linkQuestionAction",
]);

test("a form action sent a plain object instead of a form answers with the translated 'form could not be read'", async ({
  request,
  baseURL,
}) => {
  const unreadable = (
    JSON.parse(
      readFileSync(path.join(process.cwd(), "messages", "de.json"), "utf8"),
    ) as { Forms: { unreadable: string } }
  ).Forms.unreadable;
  const targets = actions().filter(({ name }) => FORM_STATE_ACTIONS.has(name));
  expect(targets.map(({ name }) => name).sort()).toEqual(
    [...FORM_STATE_ACTIONS].sort(),
  );
  for (const { id, name, target } of targets) {
    // What a script could send in place of the form: the same fields, as JSON.
    const response = await request.post(target, {
      headers: {
        accept: "text/x-component",
        origin: baseURL!,
        cookie: "NEXT_LOCALE=de",
        "next-action": id,
        "content-type": "text/plain;charset=UTF-8",
      },
      data: JSON.stringify([
        {},
        { name: "Klasse 9b", email: "a@b.de", password: "x", classId: ID },
      ]),
      failOnStatusCode: false,
    });
    expect(response.status(), name).toBe(200);
    expect(await response.text(), name).toContain(unreadable);
  }
});

test("malformed and hostile requests to every server action change nothing, and what a client can send never causes a 5xx", async ({
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
      expectNoServerError(
        response.status(),
        b.decodable,
        `${name} at ${target}: ${("data" in b ? b.data : b.args).slice(0, 200)}`,
      );
      return response.status();
    },
  );
});

test("hostile form posts without JavaScript to every server action change nothing, and forms React writes never cause a 5xx", async ({
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
    async ({ name, target }, { form, decodable }) => {
      const response = await request.post(target, {
        headers: { origin: baseURL!, cookie: "NEXT_LOCALE=de" },
        multipart: form,
        failOnStatusCode: false,
        maxRedirects: 0,
      });
      expectNoServerError(
        response.status(),
        decodable,
        `${name} at ${target}: ${JSON.stringify(form).slice(0, 300)}`,
      );
      return response.status();
    },
  );
});
