"use client";
// A form posting to a server action that returns FormState: works without JavaScript (a plain
// POST), shows translated errors next to their fields and keeps what was typed (except secrets).

import {
  createContext,
  useActionState,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";
import type { FormState } from "@/lib/forms";
import { isFileTooLarge } from "@/lib/security/upload-limit";
import { useRedirectTo } from "./use-redirect-to";

const FormStateContext = createContext<FormState>({});

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  children?: ReactNode;
  className?: string;
  /** A secondary look for small inline forms. */
  secondary?: boolean;
  id?: string;
  "aria-labelledby"?: string;
  /**
   * Shows the form folded away under this summary (a <details>), unfolded while it has an error or
   * a confirmation to show, so that neither is hidden (also after a post without JavaScript).
   */
  disclosure?: ReactNode;
  /** The disclosure starts unfolded (the learner asked for the form). */
  startOpen?: boolean;
};

export function ActionForm({
  action,
  disclosure,
  startOpen = false,
  ...props
}: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = (
    <FormBody
      {...props}
      state={state}
      formAction={formAction}
      pending={pending}
    />
  );
  if (!disclosure) return form;
  const unfolded =
    startOpen || Boolean(state.formError || state.fieldErrors || state.success);
  return (
    <details className="form-disclosure" open={unfolded || undefined}>
      <summary>{disclosure}</summary>
      {form}
    </details>
  );
}

function FormBody({
  submitLabel,
  pendingLabel,
  children,
  className,
  secondary,
  id,
  state,
  formAction,
  pending,
  ...aria
}: Omit<Props, "action" | "disclosure" | "startOpen"> & {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
}) {
  const busy = useRedirectTo(state.redirectTo) || pending;
  return (
    <form
      action={formAction}
      className={className ?? "form"}
      noValidate
      id={id}
      aria-labelledby={aria["aria-labelledby"]}
    >
      {state.formError && (
        <p className="form-error" role="alert">
          {state.formError}
        </p>
      )}
      <FormStateContext.Provider value={state}>
        {/* Remount the fields after a success so they are empty again. */}
        <div key={state.successKey ?? 0} className="form-fields">
          {children}
        </div>
      </FormStateContext.Provider>
      <button
        type="submit"
        className={secondary ? "button" : "button primary"}
        disabled={busy}
      >
        {busy ? pendingLabel : submitLabel}
      </button>
      <p className="form-success" role="status">
        {state.success ?? ""}
      </p>
    </form>
  );
}

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> & {
  name: string;
  label: string;
  hint?: string;
  id?: string;
};

export function Field({
  name,
  label,
  hint,
  id,
  defaultValue,
  ...input
}: FieldProps) {
  const state = useContext(FormStateContext);
  const fieldId = id ?? `field-${name}`;
  const errors = state.fieldErrors?.[name];
  const describedBy = describedByOf(fieldId, hint, errors);
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <input
        id={fieldId}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

/**
 * A file field that refuses a file over `maxBytes` before anything is sent: the proxy would
 * answer such a post with a bare 413 the form cannot show. The error (translated by the page)
 * appears as soon as the file is picked, and a submit with it still chosen is stopped. Without
 * JavaScript the post goes out and the proxy answers with its translated 413 page
 * (lib/too-large-page.ts).
 */
export function FileField({
  name,
  label,
  hint,
  id,
  maxBytes,
  tooLargeError,
  ...input
}: Omit<FieldProps, "type" | "defaultValue" | "onChange"> & {
  maxBytes: number;
  tooLargeError: string;
}) {
  const state = useContext(FormStateContext);
  const ref = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const fieldId = id ?? `field-${name}`;
  const errors = tooLarge ? [tooLargeError] : state.fieldErrors?.[name];
  const chosenTooLarge = useCallback(() => {
    const file = ref.current?.files?.[0];
    return file !== undefined && isFileTooLarge(file.size, maxBytes);
  }, [maxBytes]);
  useEffect(() => {
    // On the form itself, so it runs before React's own submit handling (at the root), which
    // leaves the action alone when the submit was prevented.
    const form = ref.current?.form;
    if (!form) return;
    const refuse = (event: SubmitEvent) => {
      if (!chosenTooLarge()) return;
      event.preventDefault();
      setTooLarge(true);
      ref.current?.focus();
    };
    form.addEventListener("submit", refuse);
    return () => form.removeEventListener("submit", refuse);
  }, [chosenTooLarge]);
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <input
        ref={ref}
        id={fieldId}
        name={name}
        type="file"
        onChange={() => setTooLarge(chosenTooLarge())}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedByOf(fieldId, hint, errors)}
        {...input}
      />
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

/** A multi-line text field with the same labels, hints and errors as Field. */
export function TextAreaField({
  name,
  label,
  hint,
  id,
  defaultValue,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & {
  name: string;
  label: string;
  hint?: string;
  id?: string;
}) {
  const state = useContext(FormStateContext);
  const fieldId = id ?? `field-${name}`;
  const errors = state.fieldErrors?.[name];
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <textarea
        id={fieldId}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedByOf(fieldId, hint, errors)}
        {...textarea}
      />
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

/** The hint and the errors under a field; their ids are what the field's aria-describedby names. */
function FieldMessages({
  fieldId,
  hint,
  errors,
}: {
  fieldId: string;
  hint?: string;
  errors?: string[];
}) {
  return (
    <>
      {hint && (
        <p id={`${fieldId}-hint`} className="hint">
          {hint}
        </p>
      )}
      {errors && (
        <p id={`${fieldId}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      )}
    </>
  );
}

const describedByOf = (fieldId: string, hint?: string, errors?: string[]) =>
  [hint ? `${fieldId}-hint` : null, errors ? `${fieldId}-error` : null]
    .filter(Boolean)
    .join(" ") || undefined;

type Choice = { value: string; label: string };

type ChoiceFieldProps = {
  name: string;
  legend: string;
  hint?: string;
  /** A note after the choices (e.g. what one of them does not do), read with the group. */
  note?: ReactNode;
  options: Choice[];
  /** For a select: the options in labelled groups, shown after `options`. */
  groups?: { label: string; options: Choice[] }[];
  defaultValue?: string;
  as?: "radio" | "select";
  /** For a page with several forms of the same fields. */
  id?: string;
};

/** A radio group (or a select for long lists) with the same error handling as Field. */
export function ChoiceField({
  name,
  legend,
  hint,
  note,
  options,
  groups = [],
  defaultValue,
  as = "radio",
  id,
}: ChoiceFieldProps) {
  const state = useContext(FormStateContext);
  const errors = state.fieldErrors?.[name];
  const value = state.values?.[name] ?? defaultValue;
  const fieldId = id ?? `field-${name}`;
  const describedBy =
    [describedByOf(fieldId, hint, errors), note ? `${fieldId}-note` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const messages = (
    <>
      <FieldMessages fieldId={fieldId} hint={hint} errors={errors} />
      {note && (
        <div id={`${fieldId}-note`} className="field-note">
          {note}
        </div>
      )}
    </>
  );
  const optionList = (choices: Choice[]) =>
    choices.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  if (as === "select") {
    return (
      <div className="field">
        <label htmlFor={fieldId}>{legend}</label>
        <select
          // React resets a form after its action; a select only takes a new default when mounted
          // again, so it is keyed by the value to keep (the one sent, after an error).
          key={value}
          id={fieldId}
          name={name}
          defaultValue={value}
          aria-invalid={errors ? true : undefined}
          aria-describedby={describedBy}
        >
          {optionList(options)}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {optionList(group.options)}
            </optgroup>
          ))}
        </select>
        {messages}
      </div>
    );
  }
  return (
    <fieldset className="field" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={value === o.value}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {messages}
    </fieldset>
  );
}

/** A checkbox that keeps its state across an error round-trip. */
export function CheckField({
  name,
  label,
  defaultChecked,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
}) {
  const state = useContext(FormStateContext);
  const checked = state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <label className="choice check-field">
      <input type="checkbox" name={name} defaultChecked={checked} />
      <span>{label}</span>
    </label>
  );
}
