// Who is asking, in the two words of docs/decisions/033: the actor (the signed-in account, from
// better-auth's session cookie, as the data layer sees it) and the learner (whose quiz, word and
// review progress this is: a guest's, identified by its own httpOnly cookie, or an account's). An
// account has exactly one learner, and a guest's learner moves to the account when the guest signs in.
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "@/lib/auth/auth";
import { getEnv, getTrustedProxies } from "@/lib/env";
import {
  cameOverHttps as cameOverHttpsOf,
  clientAddressOf,
  PEER_HEADER,
  peerHeaderIsStamped,
} from "@/lib/security/client-address";
import { RATE_RULES, retryMinutes, takeLimit } from "@/lib/security/rate-limit";
import {
  adoptGuestProgress,
  createLearner,
  ensureLearnerForUser,
  findLearnerBySessionToken,
  findLearnerByUserId,
  renameLearner,
  type LearnerDto,
} from "@/lib/data/learners";
import type { Actor } from "@/lib/data/actor";

export const LEARNER_COOKIE = "qq_learner";
/** better-auth's session cookie: `qq.session_token`, `__Secure-` prefixed in production. */
const SESSION_COOKIE = "qq.session_token";
const ONE_YEAR_S = 60 * 60 * 24 * 365;

/** The actor of this request (the signed-in account), or null for a guest. Memoised per request. */
export const getActor = cache(
  async (): Promise<(Actor & { name: string }) | null> => {
    // Guests have no session cookie: skip better-auth entirely. (Its session look-up can also answer
    // with cookie headers, which inside a server action makes Next re-render the whole page.)
    const store = await cookies();
    if (!store.getAll().some((c) => c.name.endsWith(SESSION_COOKIE)))
      return null;
    // better-auth reads a signed-in request from its session cookie cache without the database
    // while the cache is fresh (lib/auth/auth.ts, decision 029). It is handed the cookies as the
    // cookie store has them, not as the request brought them: inside a server action that has
    // just signed somebody in or out, the page it renders must already see the new cookies.
    const requestHeaders = new Headers(await headers());
    requestHeaders.set("cookie", store.toString());
    const session = await getAuth().api.getSession({
      headers: requestHeaders,
    });
    if (!session) return null;
    const { id, name, role } = session.user;
    return {
      userId: id,
      name,
      role: role === "teacher" ? "teacher" : "student",
    };
  },
);

/** The learner of this request, or null for a first-time visitor. Memoised per request. */
export const getCurrentLearner = cache(async (): Promise<LearnerDto | null> =>
  learnerOf(await getActor()),
);

/**
 * The learner of a request whose actor is already known: the account's, or the guest's by cookie.
 * For route handlers, where React's per-request memo does not apply and a second getActor would
 * read the session again.
 */
export async function learnerOf(
  actor: Actor | null,
): Promise<LearnerDto | null> {
  if (actor) return findLearnerByUserId(actor.userId);
  const token = (await cookies()).get(LEARNER_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  return findLearnerBySessionToken(token);
}

/** A new guest from an address that has made too many of them lately: how long to wait. */
export type GuestsLimited = { limited: true; minutes: number };

/**
 * For server actions: the current learner (a guest under this nickname), created if new. New
 * guests count against their address (RATE_RULES.guestsPerAddress), so a script cannot fill the
 * database with them.
 */
export async function ensureLearner(
  nickname: string,
): Promise<LearnerDto | GuestsLimited> {
  const actor = await getActor();
  if (actor) return ensureLearnerForUser(actor.userId, actor.name);
  const current = await getCurrentLearner();
  if (current)
    return current.nickname === nickname
      ? current
      : renameLearner(current.id, nickname);
  const limit = await takeLimit(
    `guest:address:${await clientAddress()}`,
    RATE_RULES.guestsPerAddress,
  );
  if (!limit.allowed) return { limited: true, minutes: retryMinutes(limit) };
  const { learner, token } = await createLearner(nickname);
  (await cookies()).set(LEARNER_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    // Secure whenever the app is reached over HTTPS; a school server on plain http://host still works.
    secure: getEnv().NODE_ENV === "production" && (await cameOverHttps()),
    path: "/",
    maxAge: ONE_YEAR_S,
  });
  return learner;
}

export const isGuestsLimited = (
  result: LearnerDto | GuestsLimited,
): result is GuestsLimited => "limited" in result;

/**
 * After a sign-in or join: the guest's progress moves to the account, the guest's token stops
 * working in the database (adoptGuestProgress) and the guest cookie goes.
 */
export async function moveGuestProgressTo(
  userId: string,
  name: string,
): Promise<void> {
  const store = await cookies();
  const token = store.get(LEARNER_COOKIE)?.value;
  if (token && token.length <= 100)
    await adoptGuestProgress(token, userId, name);
  store.delete(LEARNER_COOKIE);
}

/**
 * The client's address for per-address limits: the socket's, or what a trusted proxy says
 * (lib/security/client-address.ts). "unknown" when the server does not stamp the socket's
 * address (not started through scripts/start.mjs): one shared bucket, never a client's say.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const peer = peerHeaderIsStamped() ? h.get(PEER_HEADER) : null;
  return (
    clientAddressOf(peer, h.get("x-forwarded-for"), getTrustedProxies()) ??
    "unknown"
  );
}

/** Whether this request reached us over https (public URL, or a trusted proxy's word). */
export async function cameOverHttps(): Promise<boolean> {
  const h = await headers();
  return cameOverHttpsOf(
    peerHeaderIsStamped() ? h.get(PEER_HEADER) : null,
    h.get("x-forwarded-proto"),
    getTrustedProxies(),
    getEnv().QQ_PUBLIC_URL,
  );
}
