import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { ReviewList } from "@/components/quiz/review-list";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { getAttemptForTeacher } from "@/lib/data/gradebook";
import { attemptIdSchema } from "@/lib/quiz/input-schema";
import { attemptTitle } from "@/lib/quiz/attempt-title";
import { getLibrary } from "@/lib/data/library";
import { requireTeacher } from "@/lib/teacher-guard";

export const generateMetadata = titled("studentAttempt");

export default async function TeacherAttemptPage({
  params,
}: {
  params: Promise<{ locale: Locale; attemptId: string }>;
}) {
  const { locale, attemptId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const id = attemptIdSchema.safeParse(attemptId);
  const view = id.success ? await getAttemptForTeacher(actor, id.data) : null;
  if (!view) notFound();
  const { quizzesById } = await getLibrary();
  const t = await getTranslations("Teach");
  const format = await getFormatter();
  const { attempt } = view;
  const percent = format.number(
    attempt.itemCount ? attempt.points / attempt.itemCount : 0,
    { style: "percent", maximumFractionDigits: 0 },
  );
  const late =
    attempt.assignment?.dueAt &&
    attempt.finishedAt &&
    attempt.finishedAt > attempt.assignment.dueAt;

  return (
    <article className="narrow">
      <p className="breadcrumbs">
        <Link href={`/teach/classes/${view.classId}`}>{t("backToClass")}</Link>
        {attempt.assignment && (
          <>
            {" › "}
            <Link href={`/teach/assignments/${attempt.assignment.id}`}>
              {attempt.assignment.title}
            </Link>
          </>
        )}
      </p>
      <h1>
        {t("attemptHeading", {
          name: view.studentName,
          title: attemptTitle(attempt, locale, quizzesById),
        })}
      </h1>
      <dl className="facts">
        <dt>{t("score")}</dt>
        <dd>
          {t("scoreValue", {
            points: format.number(attempt.points, { maximumFractionDigits: 2 }),
            total: attempt.itemCount,
            percent,
          })}
        </dd>
        <dt>{t("questionLanguage")}</dt>
        <dd>{attempt.language === "de" ? t("languageDe") : t("languageEn")}</dd>
        <dt>{t("started")}</dt>
        <dd>
          {format.dateTime(attempt.startedAt, {
            dateStyle: "medium",
            timeStyle: "short",
          })}
        </dd>
        <dt>{t("finished")}</dt>
        <dd>
          {attempt.finishedAt
            ? format.dateTime(attempt.finishedAt, {
                dateStyle: "medium",
                timeStyle: "short",
              })
            : t("statusInProgress")}
          {late && <span className="badge late"> {t("statusLate")}</span>}
        </dd>
      </dl>
      {view.unanswered > 0 && (
        <p>{t("unanswered", { count: view.unanswered })}</p>
      )}
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t("answersHeading")}</h2>
        <p className="hint">{t("snapshotNote")}</p>
        <ReviewList
          items={view.items}
          language={attempt.language}
          answerLabel={t("studentAnswer")}
        />
      </section>
    </article>
  );
}
