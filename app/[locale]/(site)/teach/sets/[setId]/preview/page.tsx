import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { sourceSentencesOf } from "@/lib/content/catalog";
import { getLibrary } from "@/lib/data/library";
import { LANGUAGES } from "@/lib/content/content-schema";
import { describeCorrectAnswer } from "@/lib/grading/describe-answer";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/present";
import { requireOwnSet } from "@/lib/teacher-guard";

export const generateMetadata = titled("previewSet");

/** The choices a student sees, as plain text lines (for the preview only). */
function choicesOf(q: PublicQuestion): string[] {
  switch (q.type) {
    case "single":
    case "multiple":
      return q.options.map((o) => o.text);
    case "matching":
      return [...q.left.map((o) => o.text), "⇄", ...q.right.map((o) => o.text)];
    case "ordering":
      return q.items.map((o) => o.text);
    case "cloze":
      return [
        q.segments.map((s) => (s.kind === "text" ? s.text : "___")).join(""),
      ];
    default:
      return [];
  }
}

export default async function PreviewSetPage({
  params,
}: {
  params: Promise<{ locale: Locale; setId: string }>;
}) {
  const { locale, setId } = await params;
  setRequestLocale(locale);
  const { set } = await requireOwnSet(locale, setId);
  const t = await getTranslations("Teach");
  const catalog = await getLibrary();

  return (
    <article>
      <p className="breadcrumbs">
        <Link href={`/teach/sets/${set.id}`}>
          {t("backToSet", { title: set.title })}
        </Link>
      </p>
      <h1>{t("previewHeading", { title: set.title })}</h1>
      <p className="lead">{t("previewIntro")}</p>
      <ol className="preview-list">
        {set.questionIds.map((questionId) => {
          const question = catalog.questionsById.get(questionId);
          if (!question) return null;
          const answer = describeCorrectAnswer(question);
          return (
            <li key={questionId} className="panel">
              <div className="preview-columns">
                {LANGUAGES.map((lang) => {
                  const pub = toPublicQuestion(question, lang);
                  return (
                    <div key={lang} lang={lang}>
                      <p className="badge" lang={locale}>
                        {lang === "de" ? t("languageDe") : t("languageEn")}
                      </p>
                      <p className="prompt">{pub.prompt}</p>
                      {choicesOf(pub).length > 0 && (
                        <ul>
                          {choicesOf(pub).map((c, i) => (
                            <li key={i}>{c}</li>
                          ))}
                        </ul>
                      )}
                      <p>
                        <strong>✓</strong> {answer[lang]}
                      </p>
                    </div>
                  );
                })}
              </div>
              <details>
                <summary>{t("previewSources")}</summary>
                {sourceSentencesOf(catalog, question).map((s) => (
                  <blockquote key={s.id}>
                    <p lang="de">{s.de}</p>
                    <p lang="en" className="hint">
                      {s.en}
                    </p>
                  </blockquote>
                ))}
              </details>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
