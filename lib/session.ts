// Who is using the app: the guest learner identified by an httpOnly session cookie.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { createLearner, findLearnerBySessionToken, renameLearner, type LearnerDto } from '@/lib/data/learners';

export const LEARNER_COOKIE = 'qq_learner';
const ONE_YEAR_S = 60 * 60 * 24 * 365;

/** The learner of this request, or null for a first-time visitor. Memoised per request. */
export const getCurrentLearner = cache(async (): Promise<LearnerDto | null> => {
  const token = (await cookies()).get(LEARNER_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  return findLearnerBySessionToken(token);
});

/** For server actions: the current learner under this nickname, created (and signed in) if new. */
export async function ensureLearner(nickname: string): Promise<LearnerDto> {
  const current = await getCurrentLearner();
  if (current) return current.nickname === nickname ? current : renameLearner(current.id, nickname);
  const { learner, token } = await createLearner(nickname);
  const forwardedProto = (await headers()).get('x-forwarded-proto');
  (await cookies()).set(LEARNER_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the app is reached over HTTPS; a school server on plain http://host still works.
    secure: process.env.NODE_ENV === 'production' && forwardedProto === 'https',
    path: '/',
    maxAge: ONE_YEAR_S,
  });
  return learner;
}
