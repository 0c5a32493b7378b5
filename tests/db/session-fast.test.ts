// lib/auth/session-fast.ts against the real better-auth instance: it may only ever accept a
// session that better-auth accepts (with the same account), and it leaves every other case to it.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const { getAuth } = await import("@/lib/auth/auth");
const { readSessionFast, verifySignedToken } =
  await import("@/lib/auth/session-fast");
afterAll(() => testDb.cleanup());

const auth = getAuth();
const context = await auth.$context;
const cookieName = context.authCookies.sessionToken.name;
const rules = {
  secret: context.secret,
  expiresInS: context.sessionConfig.expiresIn,
  updateAgeS: context.sessionConfig.updateAge,
};

/** What better-auth itself makes of this cookie value: the user id, or null. */
async function betterAuthUser(value: string): Promise<string | null> {
  const session = await auth.api.getSession({
    headers: new Headers({
      cookie: `${cookieName}=${encodeURIComponent(value)}`,
    }),
  });
  return session?.user.id ?? null;
}

let cookie: string;
let userId: string;
let token: string;
async function signIn() {
  const { headers, response } = await auth.api.signInEmail({
    body: { email: "fast@schule.example", password: "sicheres-passwort-1" },
    returnHeaders: true,
  });
  const set = headers
    .getSetCookie()
    .find((c) => c.startsWith(`${cookieName}=`))!;
  return {
    value: decodeURIComponent(set.slice(cookieName.length + 1).split(";")[0]!),
    userId: response.user.id,
    token: response.token,
  };
}

beforeAll(async () => {
  await auth.api.signUpEmail({
    body: {
      name: "Frau Fast",
      email: "fast@schule.example",
      password: "sicheres-passwort-1",
    },
  });
  ({ value: cookie, userId, token } = await signIn());
});

describe("verifySignedToken", () => {
  it("returns the token of a value signed with the secret, and null for anything else", () => {
    expect(verifySignedToken(cookie, rules.secret)).toBe(token);
    expect(verifySignedToken(cookie, `${rules.secret}x`)).toBeNull();
    expect(verifySignedToken(`x${cookie}`, rules.secret)).toBeNull();
    expect(verifySignedToken(token, rules.secret)).toBeNull();
    expect(verifySignedToken("", rules.secret)).toBeNull();
    // The same bytes in URL-safe base64 are not the canonical signature: refused, as better-call does.
    const [t, sig] = [
      cookie.slice(0, cookie.lastIndexOf(".")),
      cookie.slice(cookie.lastIndexOf(".") + 1),
    ];
    if (/[+/]/.test(sig))
      expect(
        verifySignedToken(
          `${t}.${sig.replace(/\+/g, "-").replace(/\//g, "_")}`,
          rules.secret,
        ),
      ).toBeNull();
  });
});

describe("readSessionFast", () => {
  it("reads a valid, fresh session as the account better-auth reads", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await readSessionFast(cookie, rules)).toEqual({
      userId,
      name: user.name,
      role: user.role,
    });
    expect(await betterAuthUser(cookie)).toBe(userId);
  });

  it("leaves a missing, forged, deleted or expired session to better-auth", async () => {
    expect(await readSessionFast(undefined, rules)).toBeUndefined();
    const forged = `${token}.${"A".repeat(43)}=`;
    expect(await readSessionFast(forged, rules)).toBeUndefined();
    expect(await betterAuthUser(forged)).toBeNull();

    const expiring = await signIn();
    await db.session.update({
      where: { token: expiring.token },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await readSessionFast(expiring.value, rules)).toBeUndefined();
    expect(await betterAuthUser(expiring.value)).toBeNull();

    const deleted = await signIn();
    await db.session.delete({ where: { token: deleted.token } });
    expect(await readSessionFast(deleted.value, rules)).toBeUndefined();
    expect(await betterAuthUser(deleted.value)).toBeNull();
  });

  it("leaves a session that is due for its sliding refresh to better-auth, which refreshes it", async () => {
    const due = await signIn();
    const expiresAt = new Date(
      Date.now() + (rules.expiresInS - rules.updateAgeS) * 1000 - 60_000,
    );
    await db.session.update({
      where: { token: due.token },
      data: { expiresAt },
    });
    expect(await readSessionFast(due.value, rules)).toBeUndefined();
    expect(await betterAuthUser(due.value)).toBe(userId);
    const refreshed = await db.session.findUniqueOrThrow({
      where: { token: due.token },
    });
    expect(refreshed.expiresAt.getTime()).toBeGreaterThan(expiresAt.getTime());
    // Now fresh again: the fast path takes it.
    expect(await readSessionFast(due.value, rules)).toMatchObject({ userId });
  });

  it("never accepts a cookie value that better-auth refuses, nor reads another account (fast-check)", async () => {
    const mutated = fc
      .tuple(
        fc.nat({ max: cookie.length - 1 }),
        fc.string({ minLength: 1, maxLength: 1 }),
      )
      .map(([i, c]) => cookie.slice(0, i) + c + cookie.slice(i + 1));
    const value = fc.oneof(
      fc.string({ maxLength: 120 }),
      mutated,
      fc.constant(cookie),
      fc.string().map((s) => `${token}.${s}`),
    );
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        const fast = await readSessionFast(v, rules);
        if (fast !== undefined)
          expect(fast.userId).toBe(await betterAuthUser(v));
      }),
      { numRuns: 300 },
    );
  });
});
