import { resultsPath } from "@/lib/quiz/attempt-state";
import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { z } from "zod";
import { startAssignmentAction } from "@/app/actions/assignments";
import { AssignmentStatusBadge } from "@/components/assignment-list";
import { ActionForm, ChoiceField } from "@/components/forms/action-form";
import { Link, redirect } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { getNow } from "@/lib/clock";
import { getStudentAssignment } from "@/lib/data/assignments";
import { getCurrentLearner, getActor } from "@/lib/session";

export const generateMetadata = titled("assignment");

export default async function AssignmentPage({
  params,
}: {
  params: Promise<{ locale: Locale; assignmentId: string }>;
}) {
  const { locale, assignmentId } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  if (!actor) redirect({ href: "/sign-in", locale });
  const id = z.uuid().safeParse(assignmentId);
  const learner = await getCurrentLearner();
  const assignment =
    actor && id.success
      ? await getStudentAssignment(
          actor,
          learner?.id ?? null,
          id.data,
          await getNow(),
        )
      : null;
  if (!assignment) notFound();
  const t = await getTranslations("Assignments");
  const format = await getFormatter();
  const attemptsLeft =
    assignment.maxAttempts === 0
      ? null
      : Math.max(0, assignment.maxAttempts - assignment.attemptsUsed);
  const canStart =
    assignment.openAttemptId !== null ||
    attemptsLeft === null ||
    attemptsLeft > 0;

  return (
    <article className="narrow">
      <p className="breadcrumbs">
        <Link href="/progress">{t("backToDashboard")}</Link>
      </p>
      <h1>{assignment.title}</h1>
      <p>
        <AssignmentStatusBadge
          status={assignment.status}
          label={t(`status.${assignment.status}`)}
        />{" "}
        {assignment.className}
      </p>
      <dl className="facts">
        <dt>{t("dueLabel")}</dt>
        <dd>
          {assignment.dueAt
            ? format.dateTime(assignment.dueAt, {
                dateStyle: "full",
                timeStyle: "short",
              })
            : t("noDue")}
        </dd>
        <dt>{t("questionsLabel")}</dt>
        <dd>{assignment.questionCount}</dd>
        <dt>{t("attemptsLabel")}</dt>
        <dd>
          {attemptsLeft === null
            ? t("attemptsUnlimited", { used: assignment.attemptsUsed })
            : t("attemptsLeft", {
                left: attemptsLeft,
                max: assignment.maxAttempts,
              })}
        </dd>
        {assignment.timeLimitMinutes && (
          <>
            <dt>{t("timeLimitLabel")}</dt>
            <dd>
              {t("timeLimitValue", { minutes: assignment.timeLimitMinutes })}
            </dd>
          </>
        )}
        <dt>{t("feedbackLabel")}</dt>
        <dd>{t(`review.${assignment.reviewMode}`)}</dd>
      </dl>
      {assignment.status === "overdue" && (
        <p className="hint">{t("lateWarning")}</p>
      )}
      {assignment.bestPercent !== null && (
        <p>
          {t("best", {
            percent: format.number(assignment.bestPercent / 100, {
              style: "percent",
              maximumFractionDigits: 0,
            }),
          })}{" "}
          {assignment.bestAttemptId && (
            <Link href={resultsPath(assignment.bestAttemptId)}>
              {t("seeResults")}
            </Link>
          )}
        </p>
      )}
      {assignment.resultsHiddenUntil && assignment.attemptsUsed > 0 && (
        <p>
          {t("resultsFrom", {
            date: format.dateTime(assignment.resultsHiddenUntil, {
              dateStyle: "medium",
              timeStyle: "short",
            }),
          })}
        </p>
      )}
      {canStart ? (
        <ActionForm
          action={startAssignmentAction}
          submitLabel={
            assignment.openAttemptId
              ? t("continue")
              : assignment.attemptsUsed > 0
                ? t("startAgain")
                : t("start")
          }
          pendingLabel={t("starting")}
        >
          <input type="hidden" name="assignmentId" value={assignment.id} />
          {assignment.language === "choice" && !assignment.openAttemptId && (
            <ChoiceField
              name="language"
              legend={t("languageLegend")}
              defaultValue={locale}
              options={[
                { value: "de", label: t("languageDe") },
                { value: "en", label: t("languageEn") },
              ]}
            />
          )}
        </ActionForm>
      ) : (
        <p>{t("noAttemptsLeft")}</p>
      )}
    </article>
  );
}
