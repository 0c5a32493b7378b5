// A risky class action in two steps: the first button only unfolds what will happen and the
// button that does it. A <details> element, so it works without JavaScript and by keyboard, and
// a mis-click on the first button changes nothing.
import type { ReactNode } from "react";

export function ConfirmDisclosure({
  label,
  explanation,
  confirmLabel,
  action,
  children,
}: {
  label: string;
  explanation: string;
  confirmLabel: string;
  action: (formData: FormData) => Promise<void>;
  /** The form's hidden fields. */
  children: ReactNode;
}) {
  return (
    <details className="confirm">
      <summary className="button">{label}</summary>
      <form action={action} className="confirm-body">
        {children}
        <p>{explanation}</p>
        <button type="submit" className="button danger">
          {confirmLabel}
        </button>
      </form>
    </details>
  );
}
