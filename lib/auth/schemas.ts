// Form input for accounts, parsed at the boundary. Issue messages are keys of Auth.errors.
import { z } from "zod";
import {
  CLASS_NAME_MAX,
  DISPLAY_NAME_MAX,
  PASSWORD_MAX,
  PIN_MIN,
  TEACHER_PASSWORD_MIN,
} from "./limits";
import {
  hasInvisibleCharacters,
  hasVisibleLetterOrDigit,
} from "@/lib/security/visible-text";
import type { PasswordWeakness } from "./password-strength";
import { isStudentEmail, joinCodePattern, normalizeJoinCode } from "./names";

const visible = (s: string) => !hasInvisibleCharacters(s);

/**
 * A name people read in lists: stored in NFKC with single spaces, no invisible or reordering
 * characters, at least one letter or digit (lib/security/visible-text.ts).
 */
const readableName = (
  max: number,
  keys: { required: string; tooLong: string },
) =>
  z
    .string({ error: keys.required })
    .trim()
    .min(1, keys.required)
    .max(max, keys.tooLong)
    .refine(visible, "nameInvisible")
    .refine(hasVisibleLetterOrDigit, "nameInvalid")
    .transform((s) => s.normalize("NFKC").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, keys.tooLong));

export const emailSchema = z
  .string({ error: "emailInvalid" })
  .trim()
  .toLowerCase()
  .max(254, "emailInvalid")
  .pipe(z.email("emailInvalid"))
  .refine((e) => !isStudentEmail(e) && !e.endsWith(".invalid"), "emailInvalid");

export const displayNameSchema = readableName(DISPLAY_NAME_MAX, {
  required: "nameRequired",
  tooLong: "nameTooLong",
});

export const joinCodeSchema = z
  .string({ error: "codeInvalid" })
  .max(40, "codeInvalid")
  .transform(normalizeJoinCode)
  .pipe(z.string().regex(joinCodePattern, "codeInvalid"));

// No control characters: nobody types them, and a student's PIN reaches better-auth marked with one
// (lib/auth/pin-hash.ts), so a teacher's password must never look like a marked PIN.
const teacherPassword = z
  .string({ error: "passwordTooShort" })
  .min(TEACHER_PASSWORD_MIN, "passwordTooShort")
  .max(PASSWORD_MAX, "passwordTooLong")
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "passwordInvalid");
export const pinSchema = z
  .string({ error: "pinTooShort" })
  .min(PIN_MIN, "pinTooShort")
  .max(PASSWORD_MAX, "passwordTooLong");

export const teacherSignUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: teacherPassword,
});
export const teacherSignInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "passwordRequired" })
    .min(1, "passwordRequired")
    .max(PASSWORD_MAX, "passwordTooLong"),
});

export const joinClassSchema = z
  .object({
    code: joinCodeSchema,
    displayName: displayNameSchema,
    pin: pinSchema,
    pinConfirm: z
      .string({ error: "pinMismatch" })
      .max(PASSWORD_MAX, "passwordTooLong")
      .nullable(),
  })
  .refine((v) => v.pin === v.pinConfirm, {
    path: ["pinConfirm"],
    message: "pinMismatch",
  });

export const studentSignInSchema = z.object({
  code: joinCodeSchema,
  displayName: displayNameSchema,
  pin: z
    .string({ error: "pinRequired" })
    .min(1, "pinRequired")
    .max(PASSWORD_MAX, "passwordTooLong"),
});

export const classNameSchema = readableName(CLASS_NAME_MAX, {
  required: "classNameRequired",
  tooLong: "classNameTooLong",
});

export type AuthErrorKey =
  | "emailInvalid"
  | "nameRequired"
  | "nameTooLong"
  | "nameInvalid"
  | "nameInvisible"
  | "codeInvalid"
  | "passwordTooShort"
  | "passwordTooLong"
  | "passwordInvalid"
  | PasswordWeakness
  | "passwordRequired"
  | "pinTooShort"
  | "pinRequired"
  | "pinMismatch"
  | "classNameRequired"
  | "classNameTooLong";
