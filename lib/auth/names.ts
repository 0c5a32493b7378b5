// Framework-free helpers for student accounts and join codes.
import { randomInt } from "node:crypto";
import { lookAlikeKey } from "@/lib/security/visible-text";
import { JOIN_CODE_LENGTH } from "./limits";

const STUDENT_EMAIL_DOMAIN = "students.quellenquiz.invalid";

/** Student accounts have no e-mail; better-auth needs one, so they get a reserved, undeliverable one. */
export function studentEmail(userId: string): string {
  return `${userId}@${STUDENT_EMAIL_DOMAIN}`;
}

export function isStudentEmail(email: string): boolean {
  return email.toLowerCase().endsWith(`@${STUDENT_EMAIL_DOMAIN}`);
}

/**
 * A display name reduced to what tells two names apart when read in a class list or typed again:
 * case, spaces, umlaut spellings (ü/ue), ß/ss, accents, compatibility forms and Cyrillic or
 * Greek look-alikes of Latin letters do not (lib/security/visible-text.ts). Enrolments are unique
 * by this key, so a name that looks the same as one in the class is refused.
 */
export function nameKey(displayName: string): string {
  return lookAlikeKey(displayName);
}

// No 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes are read off a projector and typed on phones.
const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed as a join code, tolerant of case, spaces and dashes. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export const joinCodePattern = new RegExp(
  `^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`,
);

/**
 * Why a typed join code cannot be one, for the error message: the characters no code uses (in the
 * order typed, each once), or else a wrong length. Null for a code that could exist.
 */
export function joinCodeProblem(
  input: string,
):
  | { kind: "characters"; characters: string[] }
  | { kind: "length"; length: number }
  | null {
  const code = normalizeJoinCode(input);
  const unused = [
    ...new Set([...code].filter((c) => !JOIN_CODE_ALPHABET.includes(c))),
  ];
  if (unused.length) return { kind: "characters", characters: unused };
  if (code.length !== JOIN_CODE_LENGTH)
    return { kind: "length", length: JOIN_CODE_LENGTH };
  return null;
}
