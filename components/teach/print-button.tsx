"use client";

/** Opens the browser's print dialog (the print view's only script: without it, Ctrl+P works). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="button primary"
      onClick={() => window.print()}
    >
      {label}
    </button>
  );
}
