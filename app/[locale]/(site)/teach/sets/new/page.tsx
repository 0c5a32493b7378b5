import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { createSetAction, createSetFromQuizAction } from "@/app/actions/teach";
import { ActionForm } from "@/components/forms/action-form";
import { SetSettingsFields } from "@/components/teach/set-settings-fields";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { readableArticles } from "@/lib/data/library";
import { requireTeacher } from "@/lib/teacher-guard";
import { DEFAULT_SET_SETTINGS } from "@/lib/teach/set-schema";

export const generateMetadata = titled("newSet");

export default async function NewSetPage({
  params,
}: {
  params: Promise<{ locale: Locale }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireTeacher(locale);
  const t = await getTranslations("Teach");
  const quizzes = (await readableArticles(actor)).flatMap(
    (a) => a.catalog.pack.quizzes,
  );
  return (
    <article className="narrow">
      <p className="breadcrumbs">
        <Link href="/teach">{t("dashboardHeading")}</Link>
      </p>
      <h1>{t("newSet")}</h1>

      <section aria-labelledby="from-quiz-heading">
        <h2 id="from-quiz-heading">{t("fromQuizHeading")}</h2>
        <p>{t("fromQuizIntro")}</p>
        <ul className="card-list quiz-picks">
          {quizzes.map((quiz) => (
            <li key={quiz.id} className="card">
              <h3>{quiz.title[locale]}</h3>
              <p className="hint">
                {t("quizQuestionCount", { count: quiz.questionIds.length })}
              </p>
              <p>{quiz.description[locale]}</p>
              <form action={createSetFromQuizAction}>
                <input type="hidden" name="quizId" value={quiz.id} />
                <button
                  type="submit"
                  className="button"
                  aria-label={t("useQuizAria", { title: quiz.title[locale] })}
                >
                  {t("useQuiz")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="empty-set-heading">
        <h2 id="empty-set-heading">{t("emptySetHeading")}</h2>
        <p>{t("newSetIntro")}</p>
        <ActionForm
          action={createSetAction}
          submitLabel={t("createSet")}
          pendingLabel={t("saving")}
        >
          <SetSettingsFields settings={DEFAULT_SET_SETTINGS} />
        </ActionForm>
      </section>
    </article>
  );
}
