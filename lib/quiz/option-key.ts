// The install's secret for public option ids (docs/decisions/022). Derived with HKDF from
// BETTER_AUTH_SECRET, which every install already has and keeps (npm start writes one to
// data/.auth-secret), under a label of its own, so the two uses never share a key.
import { createHmac, hkdfSync } from "node:crypto";
import { getEnv } from "@/lib/env";

/** Outside production (tests, `next dev`) without a secret: fixed, like the auth's own fallback. */
const DEVELOPMENT_SECRET =
  "quellenquiz-development-option-key-not-for-production";

let key: Buffer | undefined;

function optionKey(): Buffer {
  if (!key) {
    const env = getEnv();
    if (!env.BETTER_AUTH_SECRET && env.NODE_ENV === "production") {
      throw new Error(
        "BETTER_AUTH_SECRET is not set (npm start creates one in data/.auth-secret); public option ids are keyed by it.",
      );
    }
    key = Buffer.from(
      hkdfSync(
        "sha256",
        env.BETTER_AUTH_SECRET ?? DEVELOPMENT_SECRET,
        "quellenquiz",
        "public option ids",
        32,
      ),
    );
  }
  return key;
}

/** HMAC-SHA256 of `text` under the install's option key, as hex. */
export function keyedHash(text: string): string {
  return createHmac("sha256", optionKey()).update(text).digest("hex");
}
