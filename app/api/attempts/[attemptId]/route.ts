// The learner's own state of one attempt, for the prerendered quiz page: which questions are left,
// in which order, under which title, and the keyless questions the shared bank does not carry.
// Private and never cached; no answer key in it. Only from this site (sameSiteOnly).
import { NextResponse } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getAttemptState } from "@/lib/data/attempts";
import { attemptTitle } from "@/lib/quiz/attempt-title";
import { getLibrary } from "@/lib/data/library";
import { attemptOnlyQuestions } from "@/lib/data/question-bank";
import type { AttemptStateDto } from "@/lib/quiz/attempt-state";
import { attemptIdSchema } from "@/lib/quiz/input-schema";
import { sameSiteOnly } from "@/lib/security/origin";
import { getCurrentLearner } from "@/lib/session";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ attemptId: string }> },
  ) => {
    const id = attemptIdSchema.safeParse((await params).attemptId);
    const requested = new URL(request.url).searchParams.get("locale");
    const locale = hasLocale(routing.locales, requested)
      ? requested
      : routing.defaultLocale;
    const learner = id.success ? await getCurrentLearner() : null;
    const state =
      id.success && learner ? await getAttemptState(learner.id, id.data) : null;
    if (!state)
      return NextResponse.json(
        { error: "not-found" },
        { status: 404, headers: PRIVATE },
      );
    const library = await getLibrary();
    const body: AttemptStateDto = {
      id: state.id,
      title: attemptTitle(state, locale, library.quizzesById),
      language: state.language,
      feedbackMode: state.feedbackMode,
      status: state.status,
      itemCount: state.itemCount,
      answeredCount: state.answeredCount,
      deadlineAt: state.deadlineAt?.toISOString() ?? null,
      shuffleOptions: state.shuffleOptions,
      remaining: state.remaining,
      questions: attemptOnlyQuestions(
        library,
        state.language,
        state.remaining.map((r) => r.questionId),
      ),
    };
    return NextResponse.json(body, { headers: PRIVATE });
  },
);
