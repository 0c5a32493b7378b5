// A small classroom load inside `npm test`, with the benchmark's own scenario (bench/lib/classroom.mjs):
// 25 students join a class over HTTP at nearly the same time, start the assignment and send 20
// answers each. Every answer must be acknowledged and stored, with no errors. The full-size run
// (3,000 students) is `npm run bench`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';

test('25 students join at once and every acknowledged answer is stored', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const root = process.cwd();
  const work = path.join(root, 'test-results', 'load');
  const setupFile = path.join(work, 'setup.json');
  const ackedFile = path.join(work, 'acked.json');
  const dbFile = path.join(root, 'data', 'e2e.db');
  const env = {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    NODE_ENV: 'production' as const,
    BETTER_AUTH_SECRET: readFileSync(path.join(root, 'data', '.auth-secret'), 'utf8').trim(),
  };
  execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'bench/setup.ts', '2', setupFile], { cwd: root, env, stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(path.join(root, '.next/server/server-reference-manifest.json'), 'utf8')).node as Record<string, { exportedName: string }>;
  const actionId = (name: string) => Object.entries(manifest).find(([, v]) => v.exportedName === name)![0];
  const spec = {
    origin: baseURL, setupFile, ackedFile, students: 25, answers: 20, think: [20, 80], spread: 1000, run: Date.now(),
    actions: Object.fromEntries(['joinClass', 'startAssignmentAction'].map((n) => [n, actionId(n)])),
  };
  const out = execFileSync(process.execPath, ['bench/lib/classroom.mjs', JSON.stringify(spec)], { cwd: root, env: process.env }).toString();
  const result = JSON.parse(out.trim().split('\n').at(-1)!);
  expect(result.error_kinds).toEqual({});
  expect(result.errors).toBe(0);
  expect(result.answers_sent).toBe(500);
  expect(result.answers_acknowledged).toBe(500);

  const acked = JSON.parse(readFileSync(ackedFile, 'utf8')) as [string, number][];
  const db = new Database(dbFile, { readonly: true });
  const has = db.prepare('SELECT COUNT(*) AS n FROM Response WHERE attemptId = ? AND position = ?');
  expect(acked.filter(([a, p]) => (has.get(a, p) as { n: number }).n !== 1)).toEqual([]);
  db.close();
});
