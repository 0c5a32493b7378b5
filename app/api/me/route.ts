// Who is using the app, for the static pages' small per-learner holes (lib/me.ts): the header's
// account state, the landing page's open quizzes, the words page's words, the review page's due
// cards. Private and never cached; only from this site (sameSiteOnly). One request per page view
// instead of rendering each page per learner.
import { NextResponse } from "next/server";
import { hasLocale } from "next-intl";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { listAttempts } from "@/lib/data/attempts";
import { getDueReviews, syncReviewItems } from "@/lib/data/reviews";
import { listVocabulary } from "@/lib/data/vocabulary";
import { getNow } from "@/lib/clock";
import { ME_INCLUDES, type MeDto } from "@/lib/me";
import { attemptPath } from "@/lib/quiz/attempt-state";
import { attemptTitle } from "@/lib/quiz/attempt-title";
import { getLibrary } from "@/lib/data/library";
import { sameSiteOnly } from "@/lib/security/origin";
import { getActor, learnerOf } from "@/lib/session";

// Unknown names are ignored, not refused: an older page asking for less still gets its header.
const includeSchema = z
  .string()
  .transform((list) => list.split(","))
  .pipe(z.array(z.string()))
  .transform((names) => ME_INCLUDES.filter((name) => names.includes(name)));

export const GET = sameSiteOnly(async (request: Request) => {
  const { searchParams } = new URL(request.url);
  const requested = searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested)
    ? requested
    : routing.defaultLocale;
  const include = includeSchema.parse(searchParams.get("include") ?? "");
  const actor = await getActor();
  const learner = await learnerOf(actor);
  const open = learner ? await listAttempts(learner.id, "in_progress") : [];
  // Read once for the whole answer: React's per-request memo does not reach route handlers.
  const library =
    open.length > 0 || (learner && include.length > 0)
      ? await getLibrary()
      : undefined;
  const quizzesById = library?.quizzesById ?? new Map();
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
  if (include.includes("words"))
    body.words = (learner ? await listVocabulary(learner.id, library) : []).map(
      (word) => ({
        entryId: word.entryId,
        name: word.article ? `${word.article} ${word.lemma}` : word.lemma,
        pos: word.pos,
        glosses: word.glosses.slice(0, 3),
        status: word.status,
        sentenceId: word.sentenceId,
        tokenIndex: word.tokenIndex,
        savedAt: word.savedAt.toISOString(),
        contextHref: `/read/${word.articleId}#${word.sentenceId}`,
      }),
    );
  if (include.includes("review")) {
    const now = await getNow();
    // New saved words and newly answered questions join the queue when the learner opens it.
    if (learner) await syncReviewItems(learner.id, now);
    body.review = learner
      ? await getDueReviews(learner.id, now, locale, library)
      : [];
  }
  return NextResponse.json(body, {
    headers: { "Cache-Control": "private, no-store" },
  });
});
