"use server";
// Server actions of the quiz: parse (lib/form-action.ts) → fail early → write → continueTo
// (lib/action-redirect.ts) or a redirect.
// Answers go to a route handler (app/api/attempts/[attemptId]/answers).

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { continueTo } from "@/lib/action-redirect";
import { attemptPath } from "@/lib/quiz/attempt-state";
import { startAttempt, startRetryOfMissed } from "@/lib/data/attempts";
import { handleButton, handleForm } from "@/lib/form-action";
import { fieldErrorsFrom, type FormState } from "@/lib/forms";
import {
  retryMissedFormSchema,
  startQuizAccountFormSchema,
  startQuizFormSchema,
  type StartQuizErrorKey,
} from "@/lib/quiz/input-schema";
import { NICKNAME_MAX } from "@/lib/quiz/limits";
import {
  ensureLearner,
  getActor,
  getCurrentLearner,
  isGuestsLimited,
} from "@/lib/session";
import { practiceQuiz } from "@/lib/data/library";

export async function startQuizAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  const t = await getTranslations("StartQuiz.errors");
  const actor = await getActor();
  return handleForm(
    input,
    {
      schema: actor ? startQuizAccountFormSchema : startQuizFormSchema,
      invalid: (error, values) => {
        const fieldErrors = fieldErrorsFrom(error, (key) =>
          t(key as StartQuizErrorKey, { max: NICKNAME_MAX }),
        );
        // The quiz is a hidden field: a bad one is a quiz that is not there.
        if (fieldErrors.quizId) return { formError: t("quizNotFound"), values };
        return { fieldErrors, values };
      },
    },
    async (data, { values }) => {
      const { quizId, language } = data;
      if (!(await practiceQuiz(quizId, actor)))
        return { formError: t("quizNotFound"), values };
      // An account plays under its own name (ensureLearner takes it from the session).
      const nickname =
        "nickname" in data && typeof data.nickname === "string"
          ? data.nickname
          : "";
      const learner = await ensureLearner(nickname);
      if (isGuestsLimited(learner))
        return {
          formError: t("tooManyGuests", { minutes: learner.minutes }),
          values,
        };
      const attemptId = await startAttempt(learner.id, quizId, language, actor);
      if (!attemptId) return { formError: t("quizNotFound"), values };
      return continueTo(attemptPath({ id: attemptId, language }));
    },
  );
}

/** Starts a new attempt with the questions of a finished attempt that were not fully correct. */
export async function retryMissedQuestionsAction(
  input: unknown,
): Promise<void> {
  const locale = await getLocale();
  const toProgress = async () => redirect({ href: "/progress", locale });
  await handleButton(
    input,
    retryMissedFormSchema,
    async ({ attemptId }) => {
      const learner = await getCurrentLearner();
      const retry = learner
        ? await startRetryOfMissed(learner.id, attemptId)
        : null;
      if (!retry) return toProgress();
      redirect({ href: attemptPath(retry), locale });
    },
    toProgress,
  );
}
