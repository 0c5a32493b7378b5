'use server';
// The no-op twin of submitAnswer for `npm run bench`: the same server-action path and the same
// input parsing, but no session, grading or database. It answers only on a server started with
// QQ_BENCH=1; everywhere else it refuses without looking at its input.

import { submitAnswerInputSchema } from '@/lib/quiz/input-schemas';

export async function noopAnswer(input: unknown): Promise<{ ok: boolean }> {
  if (process.env.QQ_BENCH !== '1') return { ok: false };
  return { ok: submitAnswerInputSchema.safeParse(input).success };
}
