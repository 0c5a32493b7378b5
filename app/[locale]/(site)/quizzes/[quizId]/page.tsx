import { attemptPath } from "@/lib/quiz/attempt-state";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StartQuizForm } from "@/components/start-quiz-form";
import { Link } from "@/i18n/navigation";
import { practiceQuiz } from "@/lib/data/library";
import { findOpenAttempt } from "@/lib/data/attempts";
import { quizIdSchema } from "@/lib/quiz/input-schema";
import { getActor, getCurrentLearner } from "@/lib/session";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ locale: Locale; quizId: string }> };

/** A quiz offered to this visitor for practice; any other id is a page that is not there. */
async function quizFromParams(quizId: string) {
  const parsed = quizIdSchema.safeParse(quizId);
  return parsed.success
    ? practiceQuiz(parsed.data, await getActor())
    : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, quizId } = await params;
  return { title: (await quizFromParams(quizId))?.title[locale] };
}

export default async function StartQuizPage({ params }: Props) {
  const { locale, quizId } = await params;
  setRequestLocale(locale);
  const quiz = await quizFromParams(quizId);
  if (!quiz) notFound();
  const t = await getTranslations("StartQuiz");
  const [actor, learner] = await Promise.all([getActor(), getCurrentLearner()]);
  const open = learner ? await findOpenAttempt(learner.id, quiz.id) : null;

  return (
    <article className="narrow start-quiz">
      <p className="back-link">
        <Link href="/">← {t("back")}</Link>
      </p>
      <h1>{quiz.title[locale]}</h1>
      <p className="lead">{quiz.description[locale]}</p>

      {open && (
        <section className="panel" aria-labelledby="open-attempt-heading">
          <h2 id="open-attempt-heading">{t("openAttemptHeading")}</h2>
          <p>
            {t("openAttempt", {
              answered: open.answeredCount,
              total: open.itemCount,
            })}
          </p>
          <Link className="button" href={attemptPath(open)}>
            {t("continue")}
          </Link>
        </section>
      )}

      <section aria-labelledby="start-form-heading">
        <h2 id="start-form-heading">{t("formHeading")}</h2>
        <ClientMessages namespaces={["StartQuiz"]}>
          <StartQuizForm
            quizId={quiz.id}
            defaultNickname={learner?.nickname ?? ""}
            defaultLanguage={locale}
            signedInAs={actor?.name}
          />
        </ClientMessages>
        {/* Below the form, so that on a phone "Start quiz" is on the first screen. */}
        <p className="meta">
          {t("questionCount", { count: quiz.questionIds.length })} ·{" "}
          {quiz.feedbackMode === "immediate"
            ? t("feedbackImmediate")
            : t("feedbackEnd")}
        </p>
      </section>
    </article>
  );
}
