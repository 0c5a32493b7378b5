// What server actions take and return, and the one place a form action reads its input.
//
// The rule for every action in app/actions/ (names: verb + object + `Action`, e.g.
// `createClassAction`):
// - A form that stays on the page (useActionState, ActionForm) returns `FormState`.
// - A form button that moves on (a plain POST works without JavaScript) returns `void` and
//   redirects, to the same place whether or not its input was good.
// - An action that browser code calls with a plain object (not a form) returns `ActionResult`.
// Every form action reads its raw argument through `parseForm` (lib/form-action.ts wraps it with the
// translated errors): a hand-made POST can deliver anything, not only FormData, so the envelope is
// checked by zod as well as the fields. Messages are translated on the server; passwords and PINs
// are never echoed back in `values`.
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

/** What an action called from browser code returns: its result, or a short reason it has none. */
export type ActionResult<T extends object = object, E extends string = string> =
  ({ ok: true } & T) | { ok: false; error: E };

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

/**
 * A form's schema: an object of its fields, or such an object piped into a transform. Each field
 * of the object is read from the form by name: the first value (null when missing), or every value
 * for a field whose schema is an array (several checkboxes or hidden inputs of one name).
 */
export type FormSchema = z.ZodObject | z.ZodPipe<z.ZodObject, z.ZodType>;

/** The envelope: what a form action's argument must be before any field is looked at. */
export const formDataSchema = z.instanceof(FormData);

export type ParsedForm<T> =
  | { ok: true; data: T; formData: FormData; values: Record<string, string> }
  /** Not a form at all: there are no fields to blame, and nothing to refill. */
  | { ok: false; error: null; values: Record<string, string> }
  | { ok: false; error: z.ZodError; values: Record<string, string> };

/** FormData → the plain object the schema's fields describe. */
function fieldsOf(
  schema: FormSchema,
  formData: FormData,
): Record<string, unknown> {
  const shape = (schema instanceof z.ZodPipe ? schema.in : schema).shape;
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => [
      name,
      field instanceof z.ZodArray ? formData.getAll(name) : formData.get(name),
    ]),
  );
}

/** A form action's raw argument, checked: FormData first, then the fields the schema names. */
export function parseForm<S extends FormSchema>(
  schema: S,
  input: unknown,
): ParsedForm<z.output<S>> {
  const envelope = formDataSchema.safeParse(input);
  if (!envelope.success) return { ok: false, error: null, values: {} };
  const formData = envelope.data;
  const values = formValues(formData);
  const fields = schema.safeParse(fieldsOf(schema, formData));
  return fields.success
    ? { ok: true, data: fields.data as z.output<S>, formData, values }
    : { ok: false, error: fields.error, values };
}
