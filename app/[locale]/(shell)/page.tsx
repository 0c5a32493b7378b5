// The landing page: the article and its quizzes, the same for everybody in a locale and
// prerendered; the learner's open quizzes come in a small hole (components/open-attempts.tsx).
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getCatalog } from "@/lib/content/catalog";
import { ClientMessages } from "@/components/client-messages";
import { OpenAttempts } from "@/components/open-attempts";

export default async function HomePage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const { pack } = getCatalog();

  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("heading")}</h1>
        <p className="lead">{t("intro")}</p>
      </section>

      <ClientMessages namespaces={["Home"]}>
        <OpenAttempts />
      </ClientMessages>

      <section aria-labelledby="article-heading" className="article-card">
        <p className="eyebrow">{t("articleLabel")}</p>
        <h2 id="article-heading" lang="de">
          {pack.article.title.de}
        </h2>
        {locale !== "de" && (
          <p className="translation">{pack.article.title[locale]}</p>
        )}
        <p className="meta">
          {t("sentenceCount", {
            count: pack.article.sentences.length,
            sections: pack.article.sections.length,
          })}
        </p>
        <Link className="button" href={`/read/${pack.article.id}`}>
          {t("readArticle")}
        </Link>
      </section>

      <section aria-labelledby="quizzes-heading">
        <h2 id="quizzes-heading">{t("quizzesHeading")}</h2>
        <ul className="quiz-grid">
          {pack.quizzes.map((quiz) => (
            <li key={quiz.id} className="quiz-card">
              <h3>{quiz.title[locale]}</h3>
              <p>{quiz.description[locale]}</p>
              <p className="meta">
                {t("questionCount", { count: quiz.questionIds.length })} ·{" "}
                {quiz.feedbackMode === "immediate"
                  ? t("feedbackImmediate")
                  : t("feedbackEnd")}
              </p>
              <Link
                className="button"
                href={`/quizzes/${quiz.id}`}
                aria-label={t("startNamed", { title: quiz.title[locale] })}
              >
                {t("start")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
