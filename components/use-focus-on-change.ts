"use client";

import { useEffect, useRef, type RefObject } from "react";

/**
 * Moves keyboard focus to `target` whenever `value` changes to something present (not null,
 * undefined or false) — never on the first render, so a page does not steal focus on load.
 * Used to take focus to the next question, a verdict or an error after each step of a runner.
 */
export function useFocusOnChange(
  target: RefObject<HTMLElement | null>,
  value: unknown,
) {
  const previous = useRef(value);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    previous.current = value;
    if (value !== null && value !== undefined && value !== false)
      target.current?.focus();
  }, [target, value]);
}
