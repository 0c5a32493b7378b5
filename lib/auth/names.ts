// Framework-free helpers for student accounts and join codes.
import { randomInt } from "node:crypto";
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
 * A display name reduced to what tells two names apart when typed again: case, surrounding and
 * repeated spaces, umlaut spellings (ü/ue) and ß/ss do not.
 */
export function nameKey(displayName: string): string {
  return displayName
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
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
