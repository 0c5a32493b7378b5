import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { editArticleAgainAction } from "@/app/actions/studio";
import { ActionForm } from "@/components/forms/action-form";
import { TableRegion } from "@/components/table-region";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { listDrafts, listOwnArticles } from "@/lib/data/drafts";
import { requireTeacher } from "@/lib/teacher-guard";

export const generateMetadata = titled("studio");

export default async function StudioPage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const [t, tTeach, format] = await Promise.all([
    getTranslations("Studio"),
    getTranslations("Teach"),
    getFormatter(),
  ]);
  const [drafts, articles] = await Promise.all([
    listDrafts(actor),
    listOwnArticles(actor),
  ]);
  return (
    <article>
      <p className="breadcrumbs">
        <Link href="/teach">{tTeach("dashboardHeading")}</Link>
      </p>
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link className="button primary" href="/teach/studio/new">
          {t("newArticle")}
        </Link>
      </p>

      <section className="panel" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">{t("draftsHeading")}</h2>
        {drafts.length === 0 ? (
          <p className="next-step">{t("noDrafts")}</p>
        ) : (
          <TableRegion captionId="drafts-caption" caption={t("draftsCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("draftTitle")}</th>
                <th scope="col">{t("draftSentences")}</th>
                <th scope="col">{t("draftOpen")}</th>
                <th scope="col">{t("draftUpdated")}</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link href={`/teach/studio/${d.id}`}>{d.title}</Link>
                  </th>
                  <td>{d.sentences}</td>
                  <td>{t("blockerCount", { count: d.blockers })}</td>
                  <td>
                    {format.dateTime(d.updatedAt, { dateStyle: "medium" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
      </section>

      <section className="panel" aria-labelledby="published-heading">
        <h2 id="published-heading">{t("publishedHeading")}</h2>
        {articles.length === 0 ? (
          <p className="next-step">{t("noPublished")}</p>
        ) : (
          <ul className="card-list">
            {articles.map((a) => (
              <li key={a.id} className="card">
                <h3>{a.title}</h3>
                <p>
                  {t("visibility", { visibility: a.visibility })} ·{" "}
                  {format.dateTime(a.publishedAt, { dateStyle: "medium" })}
                </p>
                <p className="card-actions">
                  <Link href={`/read/${a.id}`}>{t("readArticle")}</Link>
                </p>
                <ActionForm
                  action={editArticleAgainAction}
                  submitLabel={t("editAgain", { title: a.title })}
                  pendingLabel={t("opening")}
                  className="inline-form"
                >
                  <input type="hidden" name="articleId" value={a.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
