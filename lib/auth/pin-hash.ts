// Hashing of account secrets. Teachers' passwords: better-auth's scrypt (N=16384, r=16: ~75 ms of
// CPU here). Students' PINs: scrypt with N=1024, r=8 (~2 ms), marked `pin1$`. A PIN of four digits
// falls to an offline search in minutes whatever the cost (10,000 guesses × 75 ms = 12.5 min), so
// the full cost buys it nothing, while a class of 30 joining at once pays it 30 times on one core
// and a school of 3,000 pays 225 s. What protects a PIN is that the database stays private and the
// online limit (5 wrong PINs per name per 15 min). Decision 012.
//
// better-auth's documented `password.hash` hook is handed only the secret, so a student's PIN
// travels through better-auth marked (`pinSecret`): the hook gives a marked secret the PIN's cost.
// The mark begins with a NUL, which no teacher's password can contain (lib/auth/schemas.ts), so a
// teacher's password is always hashed at the full cost. Decision 028.
import "server-only";
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";

const PIN_PREFIX = "pin1$";
const PIN_SCRYPT = { N: 1024, r: 8, p: 1, maxmem: 16 * 1024 * 1024 } as const;
const KEY_BYTES = 32;

const PIN_MARK = "\u0000pin\u0000";

/** A student's PIN as it is handed to better-auth (sign-up and sign-in). */
export const pinSecret = (pin: string): string => `${PIN_MARK}${pin}`;

const unmarked = (secret: string) =>
  secret.startsWith(PIN_MARK) ? secret.slice(PIN_MARK.length) : secret;

function derive(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      secret.normalize("NFKC"),
      salt,
      KEY_BYTES,
      PIN_SCRYPT,
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  return `${PIN_PREFIX}${salt.toString("hex")}$${(await derive(pin, salt)).toString("hex")}`;
}

/** better-auth's `password.hash`: a marked PIN at the PIN's cost, a password at the full cost. */
export const hashSecret = (secret: string): Promise<string> =>
  secret.startsWith(PIN_MARK)
    ? hashPin(unmarked(secret))
    : hashPassword(secret);

/**
 * better-auth's `password.verify`, by the stored hash's format: a PIN hash takes only a marked PIN,
 * a password hash only an unmarked password, so neither kind of secret opens the other kind of
 * account.
 */
export async function verifySecret({
  hash,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  const isPin = password.startsWith(PIN_MARK);
  if (!hash.startsWith(PIN_PREFIX))
    return !isPin && verifyPassword({ hash, password });
  const [saltHex, keyHex] = hash.slice(PIN_PREFIX.length).split("$");
  if (
    !saltHex ||
    !keyHex ||
    !/^[0-9a-f]{32}$/.test(saltHex) ||
    !/^[0-9a-f]{64}$/.test(keyHex)
  )
    return false;
  // Derived either way, so that a wrong kind of secret costs as long as a wrong PIN.
  const matches = timingSafeEqual(
    await derive(unmarked(password), Buffer.from(saltHex, "hex")),
    Buffer.from(keyHex, "hex"),
  );
  return isPin && matches;
}
