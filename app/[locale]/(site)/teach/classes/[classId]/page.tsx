import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import QRCode from "qrcode";
import { z } from "zod";
import {
  archiveClassAction,
  assignToClassAction,
  regenerateJoinCodeAction,
  removeStudentAction,
  renameClassAction,
  resetPinAction,
  withdrawAssignmentAction,
} from "@/app/actions/teach";
import { ActionForm, ChoiceField, Field } from "@/components/forms/action-form";
import { ScoreChart } from "@/components/score-chart";
import { TableRegion } from "@/components/table-region";
import { ConfirmDisclosure } from "@/components/teach/confirm-disclosure";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { CLASS_NAME_MAX, PIN_MIN } from "@/lib/auth/limits";
import { getClass } from "@/lib/data/classes";
import { gradebookOf } from "@/lib/data/gradebook";
import { listSets } from "@/lib/data/question-sets";
import { readableArticles } from "@/lib/data/library";
import { getNow } from "@/lib/clock";
import { publicOrigin } from "@/lib/public-url";
import { sourceValue } from "@/lib/teach/assign-schema";
import {
  calendarDateOf,
  END_OF_DAY,
  formatDateEntry,
  formatTimeEntry,
} from "@/lib/teach/due-date";
import { requireTeacher } from "@/lib/teacher-guard";
import { APP_TIME_ZONE } from "@/lib/time-zone";

export const generateMetadata = titled("class");

type Props = { params: Promise<{ locale: Locale; classId: string }> };

export default async function ClassPage({ params }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const id = z.uuid().safeParse(classId);
  const now = await getNow();
  const [classroom, sets] = id.success
    ? await Promise.all([getClass(actor, id.data), listSets(actor)])
    : [null, []];
  if (!classroom) notFound();
  const gradebook = await gradebookOf(classroom, now);
  const t = await getTranslations("Teach");
  const tAuth = await getTranslations("Auth");
  const format = await getFormatter();
  const joinUrl = `${await publicOrigin()}/${locale}/join?code=${classroom.joinCode}`;
  // An archived class's code no longer works: no QR code that looks as if it did.
  const qrSvg = classroom.archived
    ? ""
    : await QRCode.toString(joinUrl, {
        type: "svg",
        margin: 1,
        errorCorrectionLevel: "M",
      });
  const presentHref = `/teach/classes/${classroom.id}/present`;
  const dueExample = formatDateEntry(
    calendarDateOf(new Date(now.getTime() + 7 * 86_400_000), APP_TIME_ZONE),
    locale,
  );
  // Ready-made quizzes by article: every article has a "whole article" quiz, told apart by its group.
  const quizGroups = (await readableArticles(actor)).map((a) => ({
    article: a.catalog.pack.article.title[locale],
    quizzes: a.catalog.pack.quizzes,
  }));
  const percent = (p: number | null) =>
    p === null
      ? "–"
      : format.number(p / 100, { style: "percent", maximumFractionDigits: 0 });
  const attemptsPerAssignment = (assignmentId: string) =>
    gradebook.students.reduce(
      (n, s) =>
        n + (gradebook.cells[`${s.userId}:${assignmentId}`]?.attempts ?? 0),
      0,
    );
  const chartPoints = gradebook.assignments
    .filter((a) => a.meanPercent !== null)
    .map((a, i) => ({ label: String(i + 1), percent: a.meanPercent! }));

  return (
    <article>
      <p className="breadcrumbs">
        <Link href="/teach">{t("dashboardHeading")}</Link>
      </p>
      <h1>
        {classroom.name}{" "}
        {classroom.archived && <span className="badge">{t("archived")}</span>}
      </h1>

      {classroom.archived ? (
        <section
          className="panel archived-notice"
          aria-labelledby="join-heading"
        >
          <h2 id="join-heading">{t("joinHeading")}</h2>
          <p>{t("archivedNotice")}</p>
        </section>
      ) : (
        <section className="panel join-panel" aria-labelledby="join-heading">
          <h2 id="join-heading">{t("joinHeading")}</h2>
          <div className="join-grid">
            <div>
              <p>{t("joinExplain")}</p>
              <p
                className="join-code"
                aria-label={t("joinCodeAria", {
                  code: classroom.joinCode.split("").join(" "),
                })}
              >
                {classroom.joinCode}
              </p>
              <p>
                {t("joinLinkLabel")} <a href={joinUrl}>{joinUrl}</a>
              </p>
              <p className="actions">
                <Link className="button primary" href={presentHref}>
                  {t("presentJoin")}
                </Link>
              </p>
              <ConfirmDisclosure
                label={t("regenerateCode")}
                explanation={t("regenerateHint")}
                confirmLabel={t("regenerateConfirm")}
                action={regenerateJoinCodeAction}
              >
                <input type="hidden" name="classId" value={classroom.id} />
              </ConfirmDisclosure>
            </div>
            <figure
              className="qr"
              role="img"
              aria-label={t("qrAlt", { code: classroom.joinCode })}
            >
              <div dangerouslySetInnerHTML={{ __html: qrSvg }} />
            </figure>
          </div>
        </section>
      )}

      <section className="panel" aria-labelledby="gradebook-heading">
        <h2 id="gradebook-heading">{t("gradebookHeading")}</h2>
        {gradebook.assignments.length === 0 ||
        gradebook.students.length === 0 ? (
          <NextStep
            text={
              gradebook.students.length > 0
                ? t("noAssignmentsYet")
                : classroom.archived
                  ? t("noStudentsArchived")
                  : t("noStudentsYet")
            }
            link={
              gradebook.students.length > 0
                ? classroom.archived
                  ? null
                  : { href: "#assign-heading", label: t("assignSomething") }
                : classroom.archived
                  ? null
                  : { href: presentHref, label: t("presentJoin") }
            }
          />
        ) : (
          <>
            <TableRegion
              captionId="gradebook-caption"
              caption={t("gradebookCaption")}
              className="gradebook"
            >
              <thead>
                <tr>
                  <th scope="col">{t("student")}</th>
                  {gradebook.assignments.map((a, i) => (
                    <th scope="col" key={a.id}>
                      <Link href={`/teach/assignments/${a.id}`}>
                        {i + 1}. {a.title}
                      </Link>
                      {a.dueAt && (
                        <span className="hint block">
                          {t("dueShort", {
                            date: format.dateTime(a.dueAt, {
                              dateStyle: "short",
                              timeStyle: "short",
                            }),
                          })}
                        </span>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {gradebook.students.map((s) => (
                  <tr key={s.userId}>
                    <th scope="row">{s.displayName}</th>
                    {gradebook.assignments.map((a) => {
                      const cell = gradebook.cells[`${s.userId}:${a.id}`]!;
                      return (
                        <td key={a.id}>
                          {cell.bestAttemptId ? (
                            <Link
                              href={`/teach/attempts/${cell.bestAttemptId}`}
                            >
                              {percent(cell.bestPercent)}
                            </Link>
                          ) : (
                            "–"
                          )}
                          {cell.status === "late" && (
                            <span className="badge late">
                              {" "}
                              {t("statusLate")}
                            </span>
                          )}
                          {cell.inProgress && (
                            <span className="badge">
                              {" "}
                              {t("statusInProgress")}
                            </span>
                          )}
                          {cell.status === "overdue" && !cell.inProgress && (
                            <span className="badge late">
                              {" "}
                              {t("statusMissing")}
                            </span>
                          )}
                          {cell.attempts > 1 && (
                            <span className="hint block">
                              {t("attemptsCount", { count: cell.attempts })}
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("classAverage")}</th>
                  {gradebook.assignments.map((a) => (
                    <td key={a.id}>{percent(a.meanPercent)}</td>
                  ))}
                </tr>
              </tfoot>
            </TableRegion>
            <p className="actions">
              <a
                className="button"
                href={`/api/classes/${classroom.id}/gradebook?locale=${locale}`}
                download
              >
                {t("downloadGradebook")}
              </a>
              <a
                className="button"
                href={`/api/classes/${classroom.id}/gradebook?format=xlsx&locale=${locale}`}
                download
              >
                {t("downloadGradebookXlsx")}
              </a>
            </p>
            {chartPoints.length > 0 && (
              <ScoreChart
                points={chartPoints}
                title={t("averageChartTitle")}
                summary={t("averageChartSummary", {
                  count: chartPoints.length,
                })}
              />
            )}
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t("assignmentsHeading")}</h2>
        {classroom.assignments.length > 0 && (
          <ul className="card-list">
            {classroom.assignments.map((a) => (
              <li key={a.id} className="card">
                <h3>
                  <Link href={`/teach/assignments/${a.id}`}>{a.title}</Link>
                </h3>
                <p>
                  {a.dueAt
                    ? t("dueOn", {
                        date: format.dateTime(a.dueAt, {
                          dateStyle: "medium",
                          timeStyle: "short",
                        }),
                      })
                    : t("noDue")}
                </p>
                <p className="card-actions">
                  <Link href={`/teach/assignments/${a.id}`}>
                    {t("openReport")}
                  </Link>
                  <Link href={`/teach/sets/${a.setId}`}>
                    {t("editAssignedSet")}
                  </Link>
                  {!classroom.archived && (
                    <Link href={`/teach/assignments/${a.id}/present`}>
                      {t("presentAssignment")}
                    </Link>
                  )}
                  {attemptsPerAssignment(a.id) === 0 && (
                    <form
                      action={withdrawAssignmentAction}
                      className="inline-form"
                    >
                      <input
                        type="hidden"
                        name="classId"
                        value={classroom.id}
                      />
                      <input type="hidden" name="assignmentId" value={a.id} />
                      <button type="submit" className="link-button">
                        {t("withdraw", { title: a.title })}
                      </button>
                    </form>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        <h3 id="assign-heading" tabIndex={-1}>
          {t("assignHeading")}
        </h3>
        {classroom.archived ? (
          <p>{t("archivedNoAssign")}</p>
        ) : (
          <ActionForm
            action={assignToClassAction}
            submitLabel={t("assign")}
            pendingLabel={t("saving")}
            aria-labelledby="assign-heading"
          >
            <input type="hidden" name="classId" value={classroom.id} />
            <ChoiceField
              as="select"
              name="source"
              legend={t("sourceLabel")}
              options={[]}
              groups={[
                {
                  label: t("sourceSets"),
                  options: sets.map((s) => ({
                    value: sourceValue({ kind: "set", setId: s.id }),
                    label: t("setOption", {
                      title: s.title,
                      count: s.questionIds.length,
                    }),
                  })),
                },
                ...quizGroups.map((group) => ({
                  label: t("sourceArticleQuizzes", { article: group.article }),
                  options: group.quizzes.map((q) => ({
                    value: sourceValue({ kind: "quiz", quizId: q.id }),
                    label: t("setOption", {
                      title: q.title[locale],
                      count: q.questionIds.length,
                    }),
                  })),
                })),
              ].filter((group) => group.options.length > 0)}
            />
            <fieldset className="field">
              <legend>{t("dueLabel")}</legend>
              <div className="field-row">
                <Field
                  name="dueDate"
                  label={t("dueDateLabel")}
                  hint={t("dueDateHint", { example: dueExample })}
                  inputMode="numeric"
                  autoComplete="off"
                  className="input-short"
                  maxLength={40}
                />
                <Field
                  name="dueTime"
                  label={t("dueTimeLabel")}
                  hint={t("dueTimeHint", { time: formatTimeEntry(END_OF_DAY) })}
                  inputMode="numeric"
                  autoComplete="off"
                  className="input-short"
                  maxLength={40}
                />
              </div>
              <p className="hint">{t("dueHint")}</p>
            </fieldset>
          </ActionForm>
        )}
      </section>

      <section className="panel" aria-labelledby="roster-heading">
        <h2 id="roster-heading">
          {t("rosterHeading", { count: classroom.students.length })}
        </h2>
        {classroom.students.length === 0 ? (
          <NextStep
            text={
              classroom.archived ? t("noStudentsArchived") : t("noStudentsYet")
            }
            link={
              classroom.archived
                ? null
                : { href: presentHref, label: t("presentJoin") }
            }
          />
        ) : (
          <TableRegion captionId="roster-caption" caption={t("rosterCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("student")}</th>
                <th scope="col">{t("joined")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {classroom.students.map((s) => (
                <tr key={s.enrollmentId}>
                  <th scope="row">{s.displayName}</th>
                  <td>
                    {format.dateTime(s.joinedAt, { dateStyle: "medium" })}
                  </td>
                  <td className="roster-actions">
                    <details>
                      <summary>
                        {t("resetPin", { name: s.displayName })}
                      </summary>
                      <ActionForm
                        action={resetPinAction}
                        submitLabel={t("setPin")}
                        pendingLabel={t("saving")}
                        secondary
                      >
                        <input
                          type="hidden"
                          name="classId"
                          value={classroom.id}
                        />
                        <input
                          type="hidden"
                          name="enrollmentId"
                          value={s.enrollmentId}
                        />
                        <Field
                          id={`pin-${s.enrollmentId}`}
                          name="pin"
                          type="password"
                          label={t("newPin")}
                          hint={tAuth("pinHint", { min: PIN_MIN })}
                          autoComplete="new-password"
                          maxLength={128}
                        />
                      </ActionForm>
                    </details>
                    <ConfirmDisclosure
                      label={t("remove", { name: s.displayName })}
                      explanation={t("removeHint")}
                      confirmLabel={t("removeConfirm", { name: s.displayName })}
                      action={removeStudentAction}
                    >
                      <input
                        type="hidden"
                        name="classId"
                        value={classroom.id}
                      />
                      <input
                        type="hidden"
                        name="enrollmentId"
                        value={s.enrollmentId}
                      />
                    </ConfirmDisclosure>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>

      <section className="panel" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t("classSettingsHeading")}</h2>
        <ActionForm
          action={renameClassAction}
          submitLabel={t("rename")}
          pendingLabel={t("saving")}
          secondary
        >
          <input type="hidden" name="classId" value={classroom.id} />
          <Field
            name="name"
            label={t("classNameLabel")}
            defaultValue={classroom.name}
            required
            maxLength={CLASS_NAME_MAX * 2}
          />
        </ActionForm>
        {classroom.archived ? (
          <form action={archiveClassAction} className="actions">
            <input type="hidden" name="classId" value={classroom.id} />
            <input type="hidden" name="archived" value="false" />
            <button type="submit" className="button">
              {t("unarchive")}
            </button>
          </form>
        ) : (
          <div className="actions">
            <ConfirmDisclosure
              label={t("archive")}
              explanation={t("archiveHint")}
              confirmLabel={t("archiveConfirm", { name: classroom.name })}
              action={archiveClassAction}
            >
              <input type="hidden" name="classId" value={classroom.id} />
              <input type="hidden" name="archived" value="true" />
            </ConfirmDisclosure>
          </div>
        )}
      </section>
    </article>
  );
}

/** An empty list's message with what to do next. */
function NextStep({
  text,
  link,
}: {
  text: string;
  link: { href: string; label: string } | null;
}) {
  return (
    <p className="next-step">
      {text}{" "}
      {link &&
        (link.href.startsWith("#") ? (
          <a href={link.href}>{link.label}</a>
        ) : (
          <Link href={link.href}>{link.label}</Link>
        ))}
    </p>
  );
}
