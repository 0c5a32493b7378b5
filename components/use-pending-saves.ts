"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * For changes the page shows at once, before the server has them (a word saved or marked as known).
 * `track(promise)` counts the request as pending until it settles; while any is pending, leaving or
 * reloading the page first asks the browser's "leave this page?" question, because leaving would
 * cancel the request and lose the change the learner already sees. The listener is only attached
 * while something is pending, so it costs nothing otherwise (and does not keep the page out of the
 * back/forward cache). `data-saves-pending` on the root element says the same to styles and
 * tests: the server's reply has arrived some time before the request here settles.
 */
export function usePendingSaves() {
  const pending = useRef(0);
  useEffect(
    () => () => window.removeEventListener("beforeunload", askBeforeLeaving),
    [],
  );

  return useCallback(async <T>(request: Promise<T>): Promise<T> => {
    if (pending.current++ === 0) {
      window.addEventListener("beforeunload", askBeforeLeaving);
      document.documentElement.dataset.savesPending = "";
    }
    try {
      return await request;
    } finally {
      if (--pending.current === 0) {
        window.removeEventListener("beforeunload", askBeforeLeaving);
        delete document.documentElement.dataset.savesPending;
      }
    }
  }, []);
}

function askBeforeLeaving(event: BeforeUnloadEvent) {
  event.preventDefault();
  // Browsers that predate preventDefault() here read returnValue instead.
  event.returnValue = "";
}
