// Who is using the app, for the static pages' small per-learner holes (lib/me.ts): the header's
// account state and the landing page's open quizzes. Private and never cached; only from this site
// (sameSiteOnly). One request per page view instead of rendering each page per learner.
import { NextResponse } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { listAttempts } from "@/lib/data/attempts";
import type { MeDto } from "@/lib/me";
import { attemptPath } from "@/lib/quiz/attempt-state";
import { attemptTitle } from "@/lib/quiz/attempt-title";
import { getLibrary } from "@/lib/data/library";
import { sameSiteOnly } from "@/lib/security/origin";
import { getActor, learnerOf } from "@/lib/session";

export const GET = sameSiteOnly(async (request: Request) => {
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested)
    ? requested
    : routing.defaultLocale;
  const actor = await getActor();
  const learner = await learnerOf(actor);
  const open = learner
    ? (await listAttempts(learner.id)).filter((a) => a.status === "in_progress")
    : [];
  const { quizzesById } =
    open.length > 0 ? await getLibrary() : { quizzesById: new Map() };
  const body: MeDto = {
    account: actor ? { name: actor.name, role: actor.role } : null,
    guest: !actor && learner ? { nickname: learner.nickname } : null,
    openAttempts: open.map((attempt) => ({
      id: attempt.id,
      href: attemptPath(attempt),
      title: attemptTitle(attempt, locale, quizzesById),
      answered: attempt.answeredCount,
      total: attempt.itemCount,
    })),
  };
  return NextResponse.json(body, {
    headers: { "Cache-Control": "private, no-store" },
  });
});
