// The state a form's server action returns, and helpers to fill it from zod errors. Messages are
// translated on the server; passwords and PINs are never echoed back in `values`.
import { z } from "zod";

export type FormState = {
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** A confirmation to announce (e.g. "Saved."), for forms that stay on the page. */
  success?: string;
  /** Changes on every success, so the form can reset its fields. */
  successKey?: number;
  /** Where the browser goes next (lib/action-redirect.ts): set only for a client with JavaScript. */
  redirectTo?: string;
};

const SECRET_FIELDS = new Set(["password", "pin", "pinConfirm"]);

/** The submitted text fields, minus secrets, to refill the form after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (
      typeof value === "string" &&
      !SECRET_FIELDS.has(key) &&
      !key.startsWith("$")
    )
      values[key] = value.slice(0, 500);
  }
  return values;
}

/** zod issues → translated field errors; each issue message is a key of the form's error namespace. */
export function fieldErrorsFrom(
  error: z.ZodError,
  translate: (key: string) => string,
): Record<string, string[]> {
  const { fieldErrors } = z.flattenError(error);
  const result: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(fieldErrors)) {
    if (Array.isArray(keys) && keys.length)
      result[field] = [...new Set(keys.map((key) => translate(key)))];
  }
  return result;
}

/** FormData → plain object for zod (only the first value of each field). */
export function formObject(
  formData: FormData,
  fields: readonly string[],
): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(fields.map((f) => [f, formData.get(f)]));
}

/**
 * A server action's FormData argument as it may arrive from a hand-made request: anything that is
 * not FormData becomes an empty form, so the action's own validation answers with its usual
 * translated error instead of crashing with a 500.
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
