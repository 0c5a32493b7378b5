// The session of a signed-in account as getViewer reads it: through better-auth's getSession with
// its cookie cache (decision 029). What matters for users: a real session is recognised with its
// role, a forged or altered cookie is not, and a session ended in the database stops working once
// the cached copy is older than SESSION_CACHE_S.
import fc from "fast-check";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const { getAuth } = await import("@/lib/auth/auth");
const { SESSION_CACHE_S } = await import("@/lib/auth/limits");
afterAll(() => testDb.cleanup());
afterEach(() => vi.useRealTimers());

const auth = getAuth();
const EMAIL = "cache@schule.example";
const PASSWORD = "sicheres-passwort-1";

/** Signs in and returns the cookies better-auth set, as a Cookie header's name=value pairs. */
async function signIn(): Promise<Map<string, string>> {
  const { headers } = await auth.api.signInEmail({
    body: { email: EMAIL, password: PASSWORD },
    returnHeaders: true,
  });
  return new Map(
    headers.getSetCookie().map((c) => {
      const pair = c.split(";")[0]!;
      const eq = pair.indexOf("=");
      return [pair.slice(0, eq), pair.slice(eq + 1)];
    }),
  );
}

const cookieHeader = (cookies: Map<string, string>) =>
  new Headers({
    cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
  });

async function userOf(cookies: Map<string, string>) {
  return (await auth.api.getSession({ headers: cookieHeader(cookies) }))?.user;
}

const named = (cookies: Map<string, string>, suffix: string) =>
  [...cookies.keys()].find((name) => name.endsWith(suffix))!;

let userId: string;
beforeAll(async () => {
  userId = (
    await auth.api.signUpEmail({
      body: { name: "Frau Cache", email: EMAIL, password: PASSWORD },
    })
  ).user.id;
});

describe("the session cookie cache", () => {
  it("is set at sign-in, and a signed-in request is recognised with its role", async () => {
    const cookies = await signIn();
    expect(named(cookies, "session_token")).toBeDefined();
    expect(named(cookies, "session_data")).toBeDefined();
    const user = await userOf(cookies);
    expect(user?.id).toBe(userId);
    expect(user?.role).toBe("teacher");
  });

  it("answers from the cached copy without the database while it is fresh, and asks the database once it is stale", async () => {
    const cookies = await signIn();
    const token = (
      await db.session.findFirstOrThrow({
        where: { userId },
        orderBy: { createdAt: "desc" },
      })
    ).token;
    await db.session.deleteMany({ where: { token } });
    // Ended in the database, still believed from the fresh copy …
    expect((await userOf(cookies))?.id).toBe(userId);
    // … but no longer without the copy, or once the copy has aged past SESSION_CACHE_S.
    const tokenOnly = new Map(
      [...cookies].filter(([name]) => name.endsWith("session_token")),
    );
    expect(await userOf(tokenOnly)).toBeUndefined();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + (SESSION_CACHE_S + 5) * 1000);
    expect(await userOf(cookies)).toBeUndefined();
  });

  it("does not believe an altered copy: it goes to the database, which has the truth", async () => {
    const cookies = await signIn();
    const data = named(cookies, "session_data");
    const value = decodeURIComponent(cookies.get(data)!);
    // A copy claiming to be a student, or anybody else, with the signature of the real one.
    const [payload] = value.split(".");
    const forged = new Map(cookies);
    forged.set(
      data,
      encodeURIComponent(
        value.replace(payload!, Buffer.from('{"x":1}').toString("base64url")),
      ),
    );
    expect((await userOf(forged))?.role).toBe("teacher");
    await db.session.deleteMany({ where: { userId } });
    expect(await userOf(forged)).toBeUndefined();
  });

  it("never recognises random cookie values as anybody (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 200 }),
        async (token, data) => {
          const cookies = new Map([
            ["qq.session_token", encodeURIComponent(token)],
            ["qq.session_data", encodeURIComponent(data)],
          ]);
          expect(await userOf(cookies)).toBeUndefined();
        },
      ),
      { numRuns: 100 },
    );
  });
});
