import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { redirect } from "@/i18n/navigation";
import { getAttemptState } from "@/lib/data/attempts";
import { attemptPath, resultsPath } from "@/lib/quiz/attempt-state";
import { attemptIdSchema } from "@/lib/quiz/input-schema";
import { getCurrentLearner } from "@/lib/session";

// Older links to an attempt: on to the quiz page (prerendered, app/[locale]/(focus)/play) or, for a
// finished attempt, to its results.
export default async function AttemptPage({
  params,
}: {
  params: Promise<{ locale: Locale; attemptId: string }>;
}) {
  const { locale, attemptId } = await params;
  const id = attemptIdSchema.safeParse(attemptId);
  const learner = id.success ? await getCurrentLearner() : null;
  const state =
    id.success && learner ? await getAttemptState(learner.id, id.data) : null;
  if (!state) notFound();
  redirect({
    href:
      state.status === "finished" ? resultsPath(state.id) : attemptPath(state),
    locale,
  });
}
