"use client";
// The static pages' view of who is using the app (lib/me.ts), fetched once per page view from
// GET /api/me and shared by every hole on the page (the header's account links, the landing
// page's open quizzes, the words page's words: lib/me.ts includesFor). Fetched again on every navigation and after a form that changes who is
// signed in (refresh), so a hole never shows the previous page's state for long.
import { useLocale } from "next-intl";
import { usePathname } from "next/navigation";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { includesFor, NOBODY, type MeDto } from "@/lib/me";

/** The pathname without its locale prefix ("/de/words" → "/words"). */
const pagePath = (pathname: string, locale: string) =>
  pathname.replace(new RegExp(`^/${locale}(?=/|$)`), "") || "/";

type MeState = {
  /** undefined until the first answer is in. */
  me: MeDto | undefined;
  refresh: () => void;
};

const MeContext = createContext<MeState>({ me: NOBODY, refresh: () => {} });

export function MeProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const pathname = usePathname();
  const [me, setMe] = useState<MeDto | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const include = includesFor(pagePath(pathname, locale)).join(",");
    fetch(`/api/me?locale=${locale}${include ? `&include=${include}` : ""}`, {
      cache: "no-store",
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : NOBODY))
      .then((body: MeDto) => setMe(body))
      // Offline or refused: the page stays usable as for a visitor the app does not know.
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setMe(NOBODY);
        return error;
      });
    return () => controller.abort();
  }, [locale, pathname, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const state = useMemo(() => ({ me, refresh }), [me, refresh]);
  return <MeContext.Provider value={state}>{children}</MeContext.Provider>;
}

export const useMe = (): MeState => useContext(MeContext);
