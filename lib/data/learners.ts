// Guest learners: a nickname and a session token whose hash is stored (the token lives only in a cookie).
import 'server-only';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';

export type LearnerDto = { id: string; nickname: string };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function findLearnerBySessionToken(token: string): Promise<LearnerDto | null> {
  return db.learner.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, nickname: true } });
}

export async function createLearner(nickname: string): Promise<{ learner: LearnerDto; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const learner = await db.learner.create({
    data: { id: randomUUID(), nickname, tokenHash: hashToken(token) },
    select: { id: true, nickname: true },
  });
  return { learner, token };
}

export async function renameLearner(learnerId: string, nickname: string): Promise<LearnerDto> {
  return db.learner.update({ where: { id: learnerId }, data: { nickname }, select: { id: true, nickname: true } });
}
