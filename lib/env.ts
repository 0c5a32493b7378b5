// The environment, checked once by a zod schema. Everything that reads configuration reads it here.
import { z } from "zod";
import {
  parseTrustedProxies,
  type TrustedProxies,
} from "./security/client-address";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^(?:file:|postgres(?:ql)?:\/\/)/,
      "DATABASE_URL must be an SQLite file: URL or a postgresql:// URL (docs/decisions/025).",
    )
    .default("file:./data/quellenquiz.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  /** Signs session cookies. `npm start` creates one in data/.auth-secret when it is not set. */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters")
    .optional(),
  /** The address users reach the app at; used for join links and QR codes when set. */
  QQ_PUBLIC_URL: z.url().optional(),
  /** Session cookies are Secure in production; "false" allows a trial over plain http on a LAN. */
  QQ_COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  /**
   * Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses and CIDR ranges,
   * comma-separated. Unset: none, and a client's address is the one it connected from (decision 021).
   */
  QQ_TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((list, ctx) => {
      try {
        parseTrustedProxies(list);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /** "1" lets a cookie move the review clock: browser tests only (lib/clock.ts). */
  QQ_ALLOW_TEST_CLOCK: z.enum(["0", "1"]).optional(),
  /** "1" mounts the benchmark's no-op twin of the answer route (npm run bench only). */
  QQ_BENCH: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;
let trustedProxies: TrustedProxies | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** QQ_TRUSTED_PROXIES, parsed once. */
export function getTrustedProxies(): TrustedProxies {
  trustedProxies ??= parseTrustedProxies(getEnv().QQ_TRUSTED_PROXIES);
  return trustedProxies;
}

/** File path of an SQLite `file:` URL; a relative path stays relative to the working directory (the project root). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}

export type DatabaseEngine = "sqlite" | "postgresql";

/** Which engine a DATABASE_URL names: `file:` is SQLite, `postgres(ql)://` PostgreSQL. */
export function databaseEngine(databaseUrl: string): DatabaseEngine {
  return /^postgres(?:ql)?:\/\//.test(databaseUrl) ? "postgresql" : "sqlite";
}
