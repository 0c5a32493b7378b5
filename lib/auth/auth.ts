// The one better-auth instance: e-mail + password accounts for teachers, class-code + name + PIN
// accounts for students (docs/decisions/008-accounts-with-better-auth.md). It is only called from
// our server actions (auth.api.*), never mounted as an HTTP handler, so every sign-in passes our
// zod schemas and rate limits first.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { databaseEngine, getEnv } from "@/lib/env";
import { PASSWORD_MAX, PIN_MIN, SESSION_CACHE_S } from "./limits";
import { isStudentEmail } from "./names";
import { hashSecret, pinSecret, verifySecret } from "./pin-hash";

const DEV_SECRET = "quellenquiz-development-secret-not-for-production-use";

function createAuth() {
  const env = getEnv();
  if (!env.BETTER_AUTH_SECRET && env.NODE_ENV === "production") {
    throw new Error(
      "BETTER_AUTH_SECRET is not set (npm start creates one in data/.auth-secret).",
    );
  }
  return betterAuth({
    appName: "Quellenquiz",
    secret: env.BETTER_AUTH_SECRET ?? DEV_SECRET,
    baseURL: env.QQ_PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    database: prismaAdapter(db, {
      provider: databaseEngine(env.DATABASE_URL),
    }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      // The lowest bound any account has (a student PIN); teachers' passwords are held to
      // TEACHER_PASSWORD_MIN by our own schema before better-auth sees them.
      minPasswordLength: PIN_MIN,
      // A PIN reaches better-auth marked (pinSecret), a few characters longer than typed.
      maxPasswordLength: PASSWORD_MAX + pinSecret("").length,
      autoSignIn: true,
      // Students' PINs cost less to hash than teachers' passwords (lib/auth/pin-hash.ts, decision 012).
      password: { hash: hashSecret, verify: verifySecret },
    },
    user: {
      additionalFields: {
        role: {
          type: "string",
          required: false,
          defaultValue: "student",
          input: false,
        },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
      // A signed copy of the session in a second cookie spares every request of a signed-in
      // account the database; a session ended elsewhere (a PIN reset, a removal from a class) is
      // refused once the copy is older than SESSION_CACHE_S. Decision 029.
      cookieCache: {
        enabled: true,
        maxAge: SESSION_CACHE_S,
        strategy: "compact",
      },
    },
    // Our limits (lib/security/rate-limit.ts) guard the server actions; this router is not mounted.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "qq",
      useSecureCookies:
        env.NODE_ENV === "production" && env.QQ_COOKIE_SECURE !== "false",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      user: {
        create: {
          // The role follows from the kind of account, decided when it is created and never by input:
          // student accounts carry a reserved e-mail under the .invalid top-level domain.
          before: async (user) => ({
            data: {
              ...user,
              role: isStudentEmail(user.email) ? "student" : "teacher",
            },
          }),
        },
      },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { quellenquizAuth?: Auth };

/** Built on first use, so `next build` needs no secret. */
export function getAuth(): Auth {
  globalForAuth.quellenquizAuth ??= createAuth();
  return globalForAuth.quellenquizAuth;
}
