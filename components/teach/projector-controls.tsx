"use client";
// The keys and the full-screen button of a projector view: Escape goes back to the page the view
// was opened from (in browser full screen, the browser's own Escape ends full screen first).

import { useEffect, useSyncExternalStore } from "react";
import { useRouter } from "@/i18n/navigation";

const noSubscription = () => () => {};

export function ProjectorControls({
  backHref,
  fullScreenLabel,
}: {
  backHref: string;
  fullScreenLabel: string;
}) {
  const router = useRouter();
  // Only offered where the browser allows it (not in an iframe, not on iPhones' Safari).
  const canFullScreen = useSyncExternalStore(
    noSubscription,
    () => document.fullscreenEnabled,
    () => false,
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (document.fullscreenElement) return;
      event.preventDefault();
      router.push(backHref);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [backHref, router]);

  if (!canFullScreen) return null;
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen();
      }}
    >
      {fullScreenLabel}
    </button>
  );
}
