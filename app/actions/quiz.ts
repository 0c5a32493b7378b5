"use server";
// Server actions of the quiz: parse → fail early → write → continueTo (lib/action-redirect.ts) or
// return a small result.
// Answers go to a route handler (app/api/attempts/[attemptId]/answers).

import { asFormData, type FormState } from "@/lib/forms";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { continueTo } from "@/lib/action-redirect";
import { attemptPath } from "@/lib/quiz/attempt-state";
import { getCatalog } from "@/lib/content/catalog";
import { startAttempt, startRetryOfMissed } from "@/lib/data/attempts";
import {
  attemptIdSchema,
  startQuizFormSchema,
  type StartQuizErrorKey,
} from "@/lib/quiz/input-schemas";
import { NICKNAME_MAX } from "@/lib/quiz/limits";
import {
  ensureLearner,
  getCurrentLearner,
  isGuestsLimited,
} from "@/lib/session";

export type StartQuizState = Pick<FormState, "formError" | "redirectTo"> & {
  fieldErrors?: { nickname?: string[]; language?: string[] };
  values?: { nickname: string; language: string };
};

export async function startQuiz(
  _prev: StartQuizState,
  formData: FormData,
): Promise<StartQuizState> {
  formData = asFormData(formData);
  const t = await getTranslations("StartQuiz.errors");
  const raw = {
    quizId: formData.get("quizId"),
    nickname: formData.get("nickname"),
    language: formData.get("language"),
  };
  const values = {
    nickname: typeof raw.nickname === "string" ? raw.nickname : "",
    language: typeof raw.language === "string" ? raw.language : "",
  };

  const parsed = startQuizFormSchema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    const translate = (keys?: string[]) =>
      keys?.map((key) => t(key as StartQuizErrorKey, { max: NICKNAME_MAX }));
    if (fieldErrors.quizId) return { formError: t("quizNotFound"), values };
    return {
      fieldErrors: {
        nickname: translate(fieldErrors.nickname),
        language: translate(fieldErrors.language),
      },
      values,
    };
  }
  const { quizId, nickname, language } = parsed.data;
  if (!getCatalog().quizzesById.has(quizId))
    return { formError: t("quizNotFound"), values };

  const learner = await ensureLearner(nickname);
  if (isGuestsLimited(learner))
    return {
      formError: t("tooManyGuests", { minutes: learner.minutes }),
      values,
    };
  const attemptId = await startAttempt(learner.id, quizId, language);
  if (!attemptId) return { formError: t("quizNotFound"), values };
  return continueTo(attemptPath({ id: attemptId, language }));
}

/** Starts a new attempt with the questions of a finished attempt that were not fully correct. */
export async function retryMissed(formData: FormData): Promise<void> {
  formData = asFormData(formData);
  const locale = await getLocale();
  const attemptId = attemptIdSchema.safeParse(formData.get("attemptId"));
  const learner = await getCurrentLearner();
  const retry =
    attemptId.success && learner
      ? await startRetryOfMissed(learner.id, attemptId.data)
      : null;
  redirect({ href: retry ? attemptPath(retry) : "/progress", locale });
}
