"use server";
// Server actions of problem reports: a learner reports a problem with a question from the feedback
// on their own answer (a form that stays on the page); a teacher dismisses a report, marks it
// fixed, or regrades a question's outdated answers (buttons that move on to the inbox, so they
// work without JavaScript). Parse (lib/form-action.ts) → fail early → write → redirect.

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { isTeacher } from "@/lib/data/actor";
import { reportProblem, resolveReport } from "@/lib/data/problem-reports";
import { regradeQuestion } from "@/lib/data/regrade";
import { handleButton, handleForm } from "@/lib/form-action";
import { fieldErrorsFrom, type FormState } from "@/lib/forms";
import { REPORT_COMMENT_MAX } from "@/lib/quiz/problem-report";
import {
  regradeQuestionFormSchema,
  reportProblemFormSchema,
  resolveReportFormSchema,
  type ReportProblemErrorKey,
} from "@/lib/quiz/problem-report-schema";
import { getActor, getCurrentLearner } from "@/lib/session";

const FIELD_ERRORS: readonly string[] = [
  "reasonRequired",
  "commentTooLong",
] satisfies ReportProblemErrorKey[];

export async function reportProblemAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  const t = await getTranslations("ReportProblem");
  const limits = { max: REPORT_COMMENT_MAX };
  return handleForm(
    input,
    {
      schema: reportProblemFormSchema,
      invalid: (error, values) => {
        // The attempt and position are hidden fields: a bad one is an answer that is not there.
        const fieldErrors = fieldErrorsFrom(error, (key) =>
          FIELD_ERRORS.includes(key)
            ? t(`errors.${key as ReportProblemErrorKey}`, limits)
            : t("errors.notFound"),
        );
        if (fieldErrors.attemptId || fieldErrors.position)
          return { formError: t("errors.notFound"), values };
        return { fieldErrors, values };
      },
    },
    async (report, { values }) => {
      const learner = await getCurrentLearner();
      const outcome = learner
        ? await reportProblem(learner.id, report)
        : "not-found";
      if (outcome === "not-found")
        return { formError: t("errors.notFound"), values };
      if (outcome === "already-reported")
        return { formError: t("alreadyReported"), values };
      return { success: t("thanks"), successKey: Date.now() };
    },
  );
}

async function toInbox(query = ""): Promise<void> {
  redirect({ href: `/teach/reports${query}`, locale: await getLocale() });
}

/** Dismiss or mark fixed; back to the inbox, which says what happened. */
export async function resolveReportAction(input: unknown): Promise<void> {
  await handleButton(
    input,
    resolveReportFormSchema,
    async ({ reportId, resolution }) => {
      const actor = await getActor();
      const done =
        isTeacher(actor) && (await resolveReport(actor, reportId, resolution));
      return toInbox(done ? `?resolved=${resolution}` : "");
    },
    () => toInbox(),
  );
}

/** Regrades the teacher's outdated answers to a question; the inbox reports how many changed. */
export async function regradeQuestionAction(input: unknown): Promise<void> {
  await handleButton(
    input,
    regradeQuestionFormSchema,
    async ({ questionId }) => {
      const actor = await getActor();
      const result = isTeacher(actor)
        ? await regradeQuestion(actor, questionId)
        : null;
      return toInbox(
        result ? `?regraded=${result.regraded}&changed=${result.changed}` : "",
      );
    },
    () => toInbox(),
  );
}
