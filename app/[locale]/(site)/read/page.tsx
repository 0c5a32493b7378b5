// The library: every article the visitor may read, newest first, with its length, level and how
// much of it the learner already knows, each with its reader and the quizzes offered for practice.
import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { titleFrom } from "@/i18n/metadata";
import { listLibrary } from "@/lib/data/library";
import { getVocabularyStatuses } from "@/lib/data/vocabulary";
import { knownShare } from "@/lib/reader/known-share";
import { getActor, getCurrentLearner } from "@/lib/session";

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = titleFrom("Library");

export default async function LibraryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Library");
  const format = await getFormatter();
  const [articles, learner] = await Promise.all([
    getActor().then(listLibrary),
    getCurrentLearner(),
  ]);
  const statuses = learner ? await getVocabularyStatuses(learner.id) : {};
  const hasVocabulary = Object.keys(statuses).length > 0;
  const known = new Set(
    Object.entries(statuses)
      .filter(([, status]) => status === "known")
      .map(([entryId]) => entryId),
  );

  return (
    <article>
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      {articles.length === 0 && <p>{t("empty")}</p>}
      <ul className="library-list">
        {articles.map((article) => {
          const title = article.title[locale];
          const share = knownShare(article.lemmaIds, known);
          const headingId = `article-${article.id}`;
          return (
            <li key={article.id}>
              <section className="article-card" aria-labelledby={headingId}>
                <h2 id={headingId} lang={locale}>
                  {title}
                </h2>
                <p className="meta">
                  {t("published", {
                    date: format.dateTime(article.publishedAt, {
                      dateStyle: "long",
                    }),
                  })}{" "}
                  · {t("wordCount", { count: article.wordCount })}
                  {article.level && (
                    <> · {t("level", { level: article.level })}</>
                  )}
                  {article.visibility !== "public" && (
                    <> · {t(`visibility.${article.visibility}`)}</>
                  )}
                </p>
                {hasVocabulary && (
                  <p className="known-share">
                    {t("known", {
                      percent: share.percent,
                      known: share.known,
                      total: share.total,
                    })}
                  </p>
                )}
                <Link
                  className="button"
                  href={`/read/${article.id}`}
                  aria-label={t("readNamed", { title })}
                >
                  {t("read")}
                </Link>
                {article.quizzes.length > 0 && (
                  <>
                    <h3>{t("quizzesHeading")}</h3>
                    <ul className="link-list">
                      {article.quizzes.map((quiz) => (
                        <li key={quiz.id}>
                          <Link
                            href={`/quizzes/${quiz.id}`}
                            aria-label={t("startNamed", {
                              title: quiz.title[locale],
                            })}
                          >
                            {quiz.title[locale]}
                          </Link>{" "}
                          <span className="meta">
                            ({t("questionCount", { count: quiz.questionCount })}
                            )
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
