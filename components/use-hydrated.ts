"use client";
// Whether React runs in the browser: controls that only work with JavaScript render once it does,
// so the server's HTML (and a page without JavaScript) never shows a button that does nothing.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False while the page is the server's HTML, true once React runs in the browser. */
export const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
