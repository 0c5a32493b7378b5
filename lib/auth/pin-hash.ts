// Hashing of account secrets. Teachers' passwords: better-auth's scrypt (N=16384, r=16: ~75 ms of
// CPU here). Students' PINs: scrypt with N=1024, r=8 (~2 ms), marked `pin1$`. A PIN of four digits
// falls to an offline search in minutes whatever the cost (10,000 guesses × 75 ms = 12.5 min), so
// the full cost buys it nothing, while a class of 30 joining at once pays it 30 times on one core
// and a school of 3,000 pays 225 s. What protects a PIN is that the database stays private and the
// online limit (5 wrong PINs per name per 15 min). Decision 012.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";

const PIN_PREFIX = "pin1$";
const PIN_SCRYPT = { N: 1024, r: 8, p: 1, maxmem: 16 * 1024 * 1024 } as const;
const KEY_BYTES = 32;

const pinScope = new AsyncLocalStorage<true>();

/** Runs `work` (a better-auth sign-up of a student) so that the secret it hashes is a PIN. */
export const hashingPin = <T>(work: () => Promise<T>): Promise<T> =>
  pinScope.run(true, work);

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

/** better-auth's `password.hash`: a PIN inside `hashingPin`, a password otherwise. */
export const hashSecret = (secret: string): Promise<string> =>
  pinScope.getStore() ? hashPin(secret) : hashPassword(secret);

/** better-auth's `password.verify`: by the stored hash's format. */
export async function verifySecret({
  hash,
  password,
}: {
  hash: string;
  password: string;
}): Promise<boolean> {
  if (!hash.startsWith(PIN_PREFIX)) return verifyPassword({ hash, password });
  const [saltHex, keyHex] = hash.slice(PIN_PREFIX.length).split("$");
  if (
    !saltHex ||
    !keyHex ||
    !/^[0-9a-f]{32}$/.test(saltHex) ||
    !/^[0-9a-f]{64}$/.test(keyHex)
  )
    return false;
  return timingSafeEqual(
    await derive(password, Buffer.from(saltHex, "hex")),
    Buffer.from(keyHex, "hex"),
  );
}
