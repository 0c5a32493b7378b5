// Every server action, sent malformed, oversized, wrong-typed and hostile requests over HTTP with
// fast-check: the answer is always a 2xx/4xx — a form error, "not found", 400 for a body React
// would not decode, 403 from elsewhere — never a 5xx, and no table a learner's or teacher's data
// lives in changes. (Rate-limit counters may count the attempts.) `npm test` sends 150 cases per
// action; `npm run test:fuzz` sends 1,000 per action (28,000 requests, about 12 minutes here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { expect, test } from '@playwright/test';

const CASES = Number(process.env.FUZZ_CASES ?? 150);
const TABLES = ['User', 'Session', 'Account', 'Learner', 'Attempt', 'AttemptItem', 'Response', 'VocabularyWord', 'ReviewCard', 'Classroom', 'Enrollment', 'QuestionSet', 'QuestionSetItem', 'Assignment'];
const ID = '00000000-0000-4000-8000-000000000000';

/** A page that registers the action: its route from the manifest with placeholder params. */
const pathOf = (worker: string) =>
  '/' + worker.replace(/^app\//, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '').replace('[locale]', 'de').replace('[language]', 'de')
    .replace('[...rest]', 'x').replace(/\[[^\]]+\]/g, ID);

const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', "' OR 1=1 --", '../../etc/passwd', '\u0000', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '$K1', '$@0', '$$x', 'NaN', '-0', '1e309'),
  fc.string({ minLength: 20_000, maxLength: 60_000 }),
);
const jsonArgs = fc.oneof(
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
  fc.array(fc.record({ attemptId: hostileText, position: fc.oneof(fc.integer(), fc.double(), hostileText), answer: fc.jsonValue({ maxDepth: 3 }) }), { maxLength: 2 }),
);
const body = fc.oneof(
  { weight: 3, arbitrary: jsonArgs.map((args) => ({ kind: 'text' as const, data: JSON.stringify(args) })) },
  { weight: 1, arbitrary: hostileText.map((text) => ({ kind: 'text' as const, data: text })) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        args: fc.constantFrom('[{},"$K1"]', '["$K1"]', '[{"formError":"x"},"$K1"]', '[]', 'garbage', '["$K1","$K1","$K1"]'),
        fields: fc.dictionary(fc.constantFrom('code', 'displayName', 'pin', 'pinConfirm', 'email', 'password', 'name', 'classId', 'setId', 'questionId', 'assignmentId', 'quizId', 'nickname', 'language', 'dueAt', 'title', 'maxAttempts', 'timeLimitMinutes', 'direction', 'back', 'attemptId', 'entryId'), hostileText, { maxKeys: 6 }),
      })
      .map(({ args, fields }) => ({ kind: 'multipart' as const, args, fields })),
  },
);

test('malformed and hostile requests to every server action never cause a 5xx or a change', async ({ request, baseURL }) => {
  test.setTimeout(900_000);
  const root = process.cwd();
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')).node as Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  const db = new Database(path.join(root, 'data', 'e2e.db'), { readonly: true });
  const counts = () => Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  const before = counts();
  const statuses = new Map<number, number>();

  for (const [id, action] of Object.entries(manifest)) {
    if (action.exportedName === 'signOut') continue; // nothing to send it; it takes no input
    const target = pathOf(Object.keys(action.workers)[0]!);
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const headers = { 'next-action': id, accept: 'text/x-component', origin: baseURL!, cookie: 'NEXT_LOCALE=de' };
        const response =
          b.kind === 'multipart'
            ? await request.post(target, {
                headers,
                multipart: { '0': b.args, ...Object.fromEntries(Object.entries(b.fields).map(([k, v]) => [`1_${k}`, v])) },
                failOnStatusCode: false,
              })
            : await request.post(target, { headers: { ...headers, 'content-type': 'text/plain;charset=UTF-8' }, data: b.data, failOnStatusCode: false });
        statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
        expect(response.status(), `${action.exportedName} at ${target}`).toBeLessThan(500);
      }),
      { numRuns: CASES },
    );
  }
  expect(counts()).toEqual(before);
  db.close();
  console.log(`fuzz: ${CASES} cases × ${Object.keys(manifest).length - 1} actions, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
});
