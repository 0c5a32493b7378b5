// Faults on the answer path, on a real SQLite file: a writer killed with SIGKILL loses no
// acknowledged answer; a locked, full or read-only database refuses the answer with an error,
// writes nothing half, and takes answers again once the cause is gone. (Full and read-only are
// produced with SQLite's own limits on the app's connection — max_page_count and query_only —
// because the tests run as root, whom file permissions do not stop.)
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctPublicAnswer } from '@/tests/support/answers';
import { useTestDatabase } from '@/tests/support/test-db';

const testDb = await useTestDatabase();
const { db, url } = testDb;
const attempts = await import('@/lib/data/attempts');
const { createLearner } = await import('@/lib/data/learners');
const { getCatalog } = await import('@/lib/content/catalog');
afterAll(() => testDb.cleanup());

const file = url.replace(/^file:/, '');
const catalog = getCatalog();
const quiz = catalog.quizzesById.get('nordkorea-russland-full')!;
const answerAt = (position: number) => correctPublicAnswer(catalog.questionsById.get(quiz.questionIds[position]!)!);

async function freshAttempt() {
  const { learner } = await createLearner('fault');
  return { learnerId: learner.id, attemptId: (await attempts.startAttempt(learner.id, quiz.id, 'de'))! };
}

describe('a writer killed with SIGKILL', () => {
  it('loses no acknowledged answer, leaves a sound database, and the attempt goes on', async () => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join('tests', 'support', 'answer-writer.ts')], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: [string, number][] = [];
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          const [, attemptId, position] = line.split(' ');
          acked.push([attemptId!, Number(position)]);
        }
        // Kill it in the middle of its stream of writes.
        if (acked.length >= 150) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    expect(acked.length).toBeGreaterThanOrEqual(150);
    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const has = raw.prepare('SELECT COUNT(*) AS n FROM Response WHERE attemptId = ? AND position = ?');
    const missing = acked.filter(([a, p]) => (has.get(a, p) as { n: number }).n !== 1);
    expect(missing).toEqual([]);
    raw.close();
    // Recovery: the interrupted attempt continues at its next unanswered question.
    const [lastAttempt] = acked.at(-1)!;
    const row = await db.attempt.findUniqueOrThrow({ where: { id: lastAttempt } });
    if (row.status === 'in_progress') {
      const outcome = await attempts.submitResponse({ learnerId: row.learnerId, attemptId: row.id, position: row.answeredCount, answer: answerAt(row.answeredCount) });
      expect(outcome.ok).toBe(true);
    }
  }, 60_000);
});

describe('a database that cannot take the write', () => {
  let attempt: { learnerId: string; attemptId: string };
  beforeAll(async () => {
    attempt = await freshAttempt();
  });
  const submit = (position: number) => attempts.submitResponse({ ...attempt, position, answer: answerAt(position) });
  const stored = () => db.response.count({ where: { attemptId: attempt.attemptId } });

  it('locked by another writer: fails after the busy timeout, writes nothing, then works', async () => {
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    await expect(submit(0)).rejects.toThrow();
    other.exec('ROLLBACK');
    other.close();
    expect(await stored()).toBe(0);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } })).answeredCount).toBe(0);
    expect(await submit(0)).toMatchObject({ ok: true, position: 0 });
  }, 20_000);

  it('full: refuses the answer whole (no response without its attempt update), then works', async () => {
    const spare = await Promise.all(Array.from({ length: 30 }, freshAttempt));
    const pages = (await db.$queryRawUnsafe<{ page_count: bigint }[]>('PRAGMA page_count'))[0]!.page_count;
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    // Answer until the database cannot grow any more.
    let failed: { learnerId: string; attemptId: string; position: number } | null = null;
    outer: for (const a of spare) {
      for (let position = 0; position < quiz.questionIds.length; position++) {
        try {
          await attempts.submitResponse({ ...a, position, answer: answerAt(position) });
        } catch (error) {
          expect(String(error)).toMatch(/full/i);
          failed = { ...a, position };
          break outer;
        }
      }
    }
    expect(failed).not.toBeNull();
    const { learnerId, attemptId, position } = failed!;
    const row = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.answeredCount).toBe(position);
    expect(await db.response.count({ where: { attemptId } })).toBe(position);
    await db.$queryRawUnsafe('PRAGMA max_page_count = 1073741823');
    expect(await attempts.submitResponse({ learnerId, attemptId, position, answer: answerAt(position) })).toMatchObject({ ok: true, position });
    expect(await submit(1)).toMatchObject({ ok: true, position: 1 });
  }, 60_000);

  it('read-only: refuses the answer, then works', async () => {
    await db.$queryRawUnsafe('PRAGMA query_only = 1');
    await expect(submit(2)).rejects.toThrow(/readonly|read-only|query_only/i);
    await db.$queryRawUnsafe('PRAGMA query_only = 0');
    expect(await stored()).toBe(2);
    expect(await submit(2)).toMatchObject({ ok: true, position: 2 });
  });
});
