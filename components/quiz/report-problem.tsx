"use client";
// "Report a problem with this question", folded away under the feedback on an answered question
// (the quiz's feedback and the results' review): a reason and an optional comment, sent to the
// question's teachers. A plain form post without JavaScript.

import { useTranslations } from "next-intl";
import { reportProblemAction } from "@/app/actions/problem-reports";
import {
  ActionForm,
  ChoiceField,
  TextAreaField,
} from "@/components/forms/action-form";
import { REPORT_COMMENT_MAX, REPORT_REASONS } from "@/lib/quiz/problem-report";

export function ReportProblem({
  attemptId,
  position,
  reported = false,
  startOpen = false,
}: {
  attemptId: string;
  position: number;
  /** The learner has an open report on this answer. */
  reported?: boolean;
  /** Unfolded from the start (the learner asked for the form). */
  startOpen?: boolean;
}) {
  const t = useTranslations("ReportProblem");
  if (reported) return <p className="report-done">{t("alreadyReported")}</p>;
  // Several answers on one page: each form's fields need ids of their own.
  const idOf = (name: string) => `report-${position}-${name}`;
  return (
    <ActionForm
      action={reportProblemAction}
      disclosure={t("summary")}
      submitLabel={t("submit")}
      pendingLabel={t("sending")}
      secondary
      startOpen={startOpen}
      className="form report-form"
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="position" value={position} />
      <ChoiceField
        id={idOf("reason")}
        name="reason"
        legend={t("reasonLegend")}
        options={REPORT_REASONS.map((reason) => ({
          value: reason,
          label: t(`reasons.${reason}`),
        }))}
      />
      <TextAreaField
        id={idOf("comment")}
        name="comment"
        label={t("commentLabel")}
        hint={t("commentHint", { max: REPORT_COMMENT_MAX })}
        // Above the limit, so that a long comment gets the translated error, not a silent cut.
        maxLength={REPORT_COMMENT_MAX * 2}
        rows={3}
      />
    </ActionForm>
  );
}
