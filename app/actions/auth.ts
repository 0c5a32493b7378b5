"use server";
// Accounts: teacher sign-up and sign-in (e-mail + password), student join and sign-in (class code
// + name + PIN), sign-out. Each action: zod → rate limit → better-auth → move guest progress → continueTo
// (the next page; lib/action-redirect.ts).

import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { APIError } from "better-auth/api";
import type { ZodError } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { continueTo } from "@/lib/action-redirect";
import { getAuth } from "@/lib/auth/auth";
import { AUTH_ERROR_LIMITS } from "@/lib/auth/limits";
import { hashingPin } from "@/lib/auth/pin-hash";
import { nameKey, studentEmail } from "@/lib/auth/names";
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
  checkLimit,
  clearLimit,
  consumeLimit,
  pinFailuresKey,
  recordHit,
  retryMinutes,
  RATE_RULES,
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
  return {
    fieldErrors: fieldErrorsFrom(error, (key) =>
      t(key as "emailInvalid", AUTH_ERROR_LIMITS),
    ),
    values,
  };
}

/** Counts one request from this address against the shared per-address limit. */
async function addressLimit(): Promise<RateDecision> {
  return consumeLimit(
    `auth:address:${await clientAddress()}`,
    RATE_RULES.requestsPerAddress,
  );
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
  const limit = await consumeLimit(
    `signup:address:${await clientAddress()}`,
    RATE_RULES.signUpsPerAddress,
  );
  if (!limit.allowed) return lockedOut(limit, values);

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
  const failuresKey = `signin:${parsed.data.email}`;
  const address = await addressLimit();
  if (!address.allowed) return lockedOut(address, values);
  const failures = await checkLimit(
    failuresKey,
    RATE_RULES.teacherSignInFailures,
  );
  if (!failures.allowed) return lockedOut(failures, values);

  let user: { id: string; name: string };
  try {
    user = (
      await getAuth().api.signInEmail({
        body: parsed.data,
        headers: await headers(),
      })
    ).user;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordHit(failuresKey, RATE_RULES.teacherSignInFailures);
    return { formError: (await errors())("wrongEmailOrPassword"), values };
  }
  await clearLimit(failuresKey);
  await moveGuestProgressTo(user.id, user.name);
  return continueTo("/teach");
}

/**
 * The class a join or sign-in form names, after the per-address limit; a code that matches no class
 * counts against the address (guessing codes). Returns the form state to show when there is none.
 */
async function classForCode(
  code: string,
  values: Record<string, string>,
): Promise<{ id: string; name: string } | FormState> {
  const address = await addressLimit();
  if (!address.allowed) return lockedOut(address, values);
  const key = `joincode:address:${await clientAddress()}`;
  const decision = await checkLimit(key, RATE_RULES.unknownJoinCodes);
  if (!decision.allowed) return lockedOut(decision, values);
  const classroom = await findClassByJoinCode(code);
  if (classroom) return classroom;
  await recordHit(key, RATE_RULES.unknownJoinCodes);
  return { fieldErrors: { code: [(await errors())("codeUnknown")] }, values };
}

const isClass = (
  found: { id: string; name: string } | FormState,
): found is { id: string; name: string } => "id" in found;

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
  const classroom = await classForCode(parsed.data.code, values);
  if (!isClass(classroom)) return classroom;
  const { displayName, pin } = parsed.data;
  if (await isNameTaken(classroom.id, displayName))
    return { fieldErrors: { displayName: [t("nameTaken")] }, values };

  const requestHeaders = await headers();
  const created = await hashingPin(() =>
    getAuth().api.signUpEmail({
      body: {
        name: displayName,
        email: studentEmail(randomUUID()),
        password: pin,
      },
      headers: requestHeaders,
    }),
  );
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
  const classroom = await classForCode(parsed.data.code, values);
  if (!isClass(classroom)) return classroom;

  // Wrong PINs count per name in the class, whether or not the name exists (no name probing).
  const failuresKey = pinFailuresKey(
    classroom.id,
    nameKey(parsed.data.displayName),
  );
  const failures = await checkLimit(failuresKey, RATE_RULES.studentPinFailures);
  if (!failures.allowed) return lockedOut(failures, values);
  const account = await findStudentAccount(
    classroom.id,
    parsed.data.displayName,
  );
  let user: { id: string; name: string } | null = null;
  if (account) {
    try {
      user = (
        await getAuth().api.signInEmail({
          body: { email: account.email, password: parsed.data.pin },
          headers: await headers(),
        })
      ).user;
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
    }
  }
  if (!user) {
    await recordHit(failuresKey, RATE_RULES.studentPinFailures);
    return { formError: t("wrongNameOrPin"), values };
  }
  await clearLimit(failuresKey);
  await moveGuestProgressTo(user.id, user.name);
  return continueTo("/progress");
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: "/", locale: await getLocale() });
}
