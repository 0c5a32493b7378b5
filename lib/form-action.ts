// The one entry of every form action (app/actions/*): the raw argument is checked by zod
// (parseForm: FormData, then the form's fields), the signed-in actor by role where the form asks
// for one, and only then does the action's own work run. A hand-made POST that is not a form gets
// the same translated error on every form and changes nothing. The rules for what actions return
// are in lib/forms.ts.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Actor } from "@/lib/data/actor";
import { parseForm, type FormSchema, type FormState } from "@/lib/forms";
import { getActor } from "@/lib/session";

type Values = Record<string, string>;

/** A failed parse of the form's fields, turned into its translated errors. */
export type InvalidForm = (
  error: z.ZodError,
  values: Values,
) => FormState | Promise<FormState>;

export type FormInput = { formData: FormData; values: Values };
const formInput = ({ formData, values }: FormInput): FormInput => ({
  formData,
  values,
});

/** Not a form: the argument was no FormData (a hand-made request). */
export async function unreadableForm(): Promise<FormState> {
  return { formError: (await getTranslations("Forms"))("unreadable") };
}

/** The signed-in actor may not do this (wrong role, or not their class, set or assignment). */
export async function notAllowed(values?: Values): Promise<FormState> {
  return {
    formError: (await getTranslations("Auth.errors"))("notAllowed"),
    values,
  };
}

/** A form anybody may send (sign-in, join, start a quiz). */
export async function handleForm<S extends FormSchema>(
  input: unknown,
  form: { schema: S; invalid: InvalidForm },
  handle: (data: z.output<S>, input: FormInput) => Promise<FormState>,
): Promise<FormState> {
  const parsed = parseForm(form.schema, input);
  if (parsed.ok) return handle(parsed.data, formInput(parsed));
  if (!parsed.error) return unreadableForm();
  return form.invalid(parsed.error, parsed.values);
}

/**
 * A form for one role (`isTeacher`, `isStudent`). Who is asking is checked before the fields, so
 * the wrong actor learns nothing about the form but that it is not theirs (`refused`, by default
 * "not allowed"). The data layer checks ownership again on every read and write.
 */
export async function handleFormAs<S extends FormSchema, A extends Actor>(
  role: (actor: Actor | null) => actor is A,
  input: unknown,
  form: {
    schema: S;
    invalid: InvalidForm;
    refused?: (values: Values) => Promise<FormState>;
  },
  handle: (
    actor: A & { name: string },
    data: z.output<S>,
    input: FormInput,
  ) => Promise<FormState>,
): Promise<FormState> {
  const parsed = parseForm(form.schema, input);
  if (!parsed.ok && !parsed.error) return unreadableForm();
  const actor = await getActor();
  if (!role(actor)) return (form.refused ?? notAllowed)(parsed.values);
  if (parsed.ok) return handle(actor, parsed.data, formInput(parsed));
  return parsed.error
    ? form.invalid(parsed.error, parsed.values)
    : unreadableForm();
}

/**
 * A form button that moves on (its action returns void): `handle` with good input, `otherwise`
 * with anything else (a redirect to a safe page, or nothing), so a forged post changes nothing.
 */
export async function handleButton<S extends FormSchema>(
  input: unknown,
  schema: S,
  handle: (data: z.output<S>) => Promise<void>,
  otherwise: () => Promise<void>,
): Promise<void> {
  const parsed = parseForm(schema, input);
  return parsed.ok ? handle(parsed.data) : otherwise();
}
