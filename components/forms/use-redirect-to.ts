"use client";
// The client half of lib/action-redirect.ts: once a form action hands back `redirectTo`, go there
// (a client-side navigation, as a redirect from the action would have done). Returns whether the
// form is on its way out, so it can keep its button busy until the next page is shown.

import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function useRedirectTo(redirectTo: string | undefined): boolean {
  const router = useRouter();
  useEffect(() => {
    if (redirectTo) router.push(redirectTo);
  }, [redirectTo, router]);
  return Boolean(redirectTo);
}
