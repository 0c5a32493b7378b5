"use server";
// Accounts: teacher sign-up and sign-in (e-mail + password), student join and sign-in (class code
// + name + PIN), sign-out. Each action: zod → rate limit → better-auth → move guest progress → continueTo
// (the next page; lib/action-redirect.ts). Every try at a secret is counted before the secret is
// checked; no per-address limit refuses a right code, name and PIN (decision 021).

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import type { ZodError } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { continueTo } from "@/lib/action-redirect";
import { getAuth } from "@/lib/auth/auth";
import { AUTH_ERROR_LIMITS } from "@/lib/auth/limits";
import { pinSecret, verifySecret } from "@/lib/auth/pin-hash";
import { passwordWeakness } from "@/lib/auth/password-strength";
import { joinCodeProblem, nameKey, studentEmail } from "@/lib/auth/names";
import {
  joinClassSchema,
  studentSignInSchema,
  teacherSignInSchema,
  teacherSignUpSchema,
} from "@/lib/auth/schemas";
import {
  deleteUser,
  enrollStudent,
  findClassByJoinCode,
  findStudentAccount,
  isNameTaken,
} from "@/lib/data/classes";
import {
  asFormData,
  fieldErrorsFrom,
  formObject,
  formValues,
  type FormState,
} from "@/lib/forms";
import {
  peekLimit,
  pinFailuresKey,
  retryMinutes,
  RATE_RULES,
  takeLimit,
  trySecret,
  type RateDecision,
} from "@/lib/security/rate-limit";
import { clientAddress, moveGuestProgressTo } from "@/lib/session";

async function errors() {
  return getTranslations("Auth.errors");
}

async function lockedOut(
  decision: RateDecision,
  values: Record<string, string>,
): Promise<FormState> {
  const t = await errors();
  return {
    formError: t("tooManyAttempts", { minutes: retryMinutes(decision) }),
    values,
  };
}

async function invalid(
  error: ZodError,
  values: Record<string, string>,
): Promise<FormState> {
  const t = await errors();
  const fieldErrors = fieldErrorsFrom(error, (key) =>
    t(key as "emailInvalid", AUTH_ERROR_LIMITS),
  );
  // A code that cannot be one: say what is wrong with it, down to the characters no code uses.
  const problem = fieldErrors.code ? joinCodeProblem(values.code ?? "") : null;
  if (problem?.kind === "characters")
    fieldErrors.code = [
      t("codeCharacters", {
        characters: problem.characters.join(" "),
        count: problem.characters.length,
      }),
    ];
  else if (problem?.kind === "length")
    fieldErrors.code = [t("codeLength", { length: problem.length })];
  return { fieldErrors, values };
}

export async function signUpTeacher(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const parsed = teacherSignUpSchema.safeParse(
    formObject(formData, ["name", "email", "password"]),
  );
  if (!parsed.success) return invalid(parsed.error, values);
  const limit = await takeLimit(
    `signup:address:${await clientAddress()}`,
    RATE_RULES.signUpsPerAddress,
  );
  if (!limit.allowed) return lockedOut(limit, values);
  // Common, leaked and patterned passwords are the ones tried first on every account. Weighed
  // after the sign-up limit: zxcvbn costs real time per password.
  const weakness = passwordWeakness(parsed.data.password, [
    parsed.data.name,
    parsed.data.email,
  ]);
  if (weakness)
    return { fieldErrors: { password: [(await errors())(weakness)] }, values };

  let userId: string;
  try {
    const result = await getAuth().api.signUpEmail({
      body: parsed.data,
      headers: await headers(),
    });
    userId = result.user.id;
  } catch (error) {
    if (error instanceof APIError)
      return {
        fieldErrors: { email: [(await errors())("emailTaken")] },
        values,
      };
    throw error;
  }
  await moveGuestProgressTo(userId, parsed.data.name);
  return continueTo("/teach");
}

export async function signInTeacher(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const parsed = teacherSignInSchema.safeParse(
    formObject(formData, ["email", "password"]),
  );
  if (!parsed.success) return invalid(parsed.error, values);
  const attempt = await trySecret(
    `signin:${parsed.data.email}`,
    RATE_RULES.teacherSignInFailures,
    async () => {
      try {
        return (
          await getAuth().api.signInEmail({
            body: parsed.data,
            headers: await headers(),
          })
        ).user;
      } catch (error) {
        if (error instanceof APIError) return null;
        throw error;
      }
    },
  );
  if (!attempt.allowed) return lockedOut(attempt, values);
  const user = attempt.found;
  if (!user)
    return { formError: (await errors())("wrongEmailOrPassword"), values };
  await moveGuestProgressTo(user.id, user.name);
  return continueTo("/teach");
}

/**
 * The class a join or sign-in form names, and whether its answer may say so. A code that matches
 * no class takes a slot of the address's limit of unknown codes before anybody is told it is
 * unknown, so a burst cannot outrun the limit; a code that exists uses none, so a school signing in
 * does not use up its own budget. Over the limit (`overLimit`), joining waits, whatever the code
 * (a join cannot hide whether its code exists), while signing in goes on and answers an unknown
 * code like a wrong name or PIN, so guessing codes there needs the name and PIN too (decision 021).
 */
async function lookUpJoinCode(code: string): Promise<{
  classroom: { id: string; name: string } | null;
  overLimit: RateDecision | null;
}> {
  const key = `joincode:address:${await clientAddress()}`;
  const classroom = await findClassByJoinCode(code);
  const decision = classroom
    ? await peekLimit(key, RATE_RULES.unknownJoinCodes)
    : await takeLimit(key, RATE_RULES.unknownJoinCodes);
  return { classroom, overLimit: decision.allowed ? null : decision };
}

async function codeUnknown(values: Record<string, string>): Promise<FormState> {
  return { fieldErrors: { code: [(await errors())("codeUnknown")] }, values };
}

/** What a wrong PIN costs, paid where there is no PIN to check, so timing tells nothing either. */
const UNUSED_PIN_HASH = `pin1$${"0".repeat(32)}$${"0".repeat(64)}`;

export async function joinClass(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const t = await errors();
  const parsed = joinClassSchema.safeParse(
    formObject(formData, ["code", "displayName", "pin", "pinConfirm"]),
  );
  if (!parsed.success) return invalid(parsed.error, values);
  const { classroom, overLimit } = await lookUpJoinCode(parsed.data.code);
  if (overLimit) return lockedOut(overLimit, values);
  if (!classroom) return codeUnknown(values);
  const { displayName, pin } = parsed.data;
  if (await isNameTaken(classroom.id, displayName))
    return { fieldErrors: { displayName: [t("nameTaken")] }, values };

  const requestHeaders = await headers();
  const created = await getAuth().api.signUpEmail({
    body: {
      name: displayName,
      email: studentEmail(randomUUID()),
      password: pinSecret(pin),
    },
    headers: requestHeaders,
  });
  if (!(await enrollStudent(classroom.id, created.user.id, displayName))) {
    // Somebody took the name between the check and now: undo the account.
    await deleteUser(created.user.id);
    return { fieldErrors: { displayName: [t("nameTaken")] }, values };
  }
  await moveGuestProgressTo(created.user.id, displayName);
  return continueTo("/progress");
}

export async function signInStudent(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const t = await errors();
  const parsed = studentSignInSchema.safeParse(
    formObject(formData, ["code", "displayName", "pin"]),
  );
  if (!parsed.success) return invalid(parsed.error, values);
  const { classroom, overLimit } = await lookUpJoinCode(parsed.data.code);
  if (!classroom && !overLimit) return codeUnknown(values);

  // Wrong PINs count per name in the class, whether or not the name exists (no name probing), and
  // each try is counted before its PIN is checked. Over the address's limit an unknown code goes
  // the same way, counted per name under the code, so neither the answer nor a lock-out tells it
  // from a code that exists.
  const attempt = await trySecret(
    pinFailuresKey(
      classroom?.id ?? `unknown-code:${parsed.data.code}`,
      nameKey(parsed.data.displayName),
    ),
    RATE_RULES.studentPinFailures,
    async () => {
      const account =
        classroom &&
        (await findStudentAccount(classroom.id, parsed.data.displayName));
      if (!account) {
        await verifySecret({
          hash: UNUSED_PIN_HASH,
          password: pinSecret(parsed.data.pin),
        });
        return null;
      }
      try {
        return (
          await getAuth().api.signInEmail({
            body: {
              email: account.email,
              password: pinSecret(parsed.data.pin),
            },
            headers: await headers(),
          })
        ).user;
      } catch (error) {
        if (error instanceof APIError) return null;
        throw error;
      }
    },
  );
  if (!attempt.allowed) return lockedOut(attempt, values);
  const user = attempt.found;
  if (!user) return { formError: t("wrongNameOrPin"), values };
  await moveGuestProgressTo(user.id, user.name);
  return continueTo("/progress");
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: "/", locale: await getLocale() });
}
