import type { Locale } from "next-intl";
import { notFound } from "next/navigation";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { createClassAction } from "@/app/actions/teach";
import { ActionForm, Field } from "@/components/forms/action-form";
import { TableRegion } from "@/components/table-region";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { CLASS_NAME_MAX } from "@/lib/auth/limits";
import { listClasses } from "@/lib/data/classes";
import { countOpenReports } from "@/lib/data/problem-reports";
import { listSets } from "@/lib/data/question-sets";
import { getActor } from "@/lib/session";

export const generateMetadata = titled("teach");

export default async function TeachPage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Teach");
  const actor = await getActor();
  if (!actor) {
    const tAuth = await getTranslations("Auth");
    return (
      <article className="narrow">
        <h1>{t("welcomeHeading")}</h1>
        <p className="lead">{t("welcomeIntro")}</p>
        <ol className="steps">
          <li>{t("stepSignUp")}</li>
          <li>{t("stepClass")}</li>
          <li>{t("stepSet")}</li>
          <li>{t("stepAssign")}</li>
          <li>{t("stepResults")}</li>
        </ol>
        <div className="actions">
          <Link className="button primary" href="/teach/sign-up">
            {tAuth("teacherSignUpTitle")}
          </Link>
          <Link className="button" href="/teach/sign-in">
            {tAuth("teacherSignInTitle")}
          </Link>
        </div>
      </article>
    );
  }
  if (actor.role !== "teacher") notFound();
  const [classes, sets, openReports] = await Promise.all([
    listClasses(actor),
    listSets(actor),
    countOpenReports(actor),
  ]);
  const format = await getFormatter();
  const tStudio = await getTranslations("Studio");

  return (
    <article>
      <h1>{t("dashboardHeading")}</h1>
      <p>
        <Link className="button" href="/teach/studio">
          {tStudio("heading")}
        </Link>
      </p>
      <section className="panel" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t("reportsHeading")}</h2>
        <p>
          <Link href="/teach/reports">
            {t("reportsLink", { count: openReports })}
          </Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="classes-heading">
        <h2 id="classes-heading">{t("classesHeading")}</h2>
        {classes.length === 0 ? (
          <p className="next-step">{t("noClasses")}</p>
        ) : (
          <ul className="card-list">
            {classes.map((c) => (
              <li key={c.id} className="card">
                <h3>
                  <Link href={`/teach/classes/${c.id}`}>{c.name}</Link>
                </h3>
                <p>
                  {t("classCounts", {
                    students: c.students,
                    assignments: c.assignments,
                  })}
                  {c.archived && (
                    <span className="badge"> {t("archived")}</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        <h3 id="new-class-heading">{t("newClassHeading")}</h3>
        <ActionForm
          action={createClassAction}
          submitLabel={t("createClass")}
          pendingLabel={t("saving")}
          aria-labelledby="new-class-heading"
        >
          <Field
            name="name"
            label={t("classNameLabel")}
            hint={t("classNameHint")}
            required
            maxLength={CLASS_NAME_MAX * 2}
          />
        </ActionForm>
      </section>

      <section className="panel" aria-labelledby="sets-heading">
        <h2 id="sets-heading">{t("setsHeading")}</h2>
        <p>
          <Link className="button primary" href="/teach/sets/new">
            {t("newSet")}
          </Link>
        </p>
        {sets.length === 0 ? (
          <p className="next-step">
            {t("noSets")} {t("readyMadeHint")}
          </p>
        ) : (
          <TableRegion captionId="sets-caption" caption={t("setsCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("setTitle")}</th>
                <th scope="col">{t("setQuestions")}</th>
                <th scope="col">{t("setAssigned")}</th>
                <th scope="col">{t("setUpdated")}</th>
              </tr>
            </thead>
            <tbody>
              {sets.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link href={`/teach/sets/${s.id}`}>{s.title}</Link>
                  </th>
                  <td>{s.questionIds.length}</td>
                  <td>{s.assignmentCount}</td>
                  <td>
                    {format.dateTime(s.updatedAt, { dateStyle: "medium" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>
    </article>
  );
}
