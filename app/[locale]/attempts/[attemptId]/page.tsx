import { attemptTitle } from '@/lib/quiz/attempt-title';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QuizRunner } from '@/components/quiz/quiz-runner';
import { redirect } from '@/i18n/navigation';
import { getAttemptRunner } from '@/lib/data/attempts';
import { attemptIdSchema } from '@/lib/quiz/input-schemas';
import { getCurrentLearner } from '@/lib/session';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('Quiz');

export default async function AttemptPage({ params }: { params: Promise<{ locale: Locale; attemptId: string }> }) {
  const { locale, attemptId } = await params;
  setRequestLocale(locale);
  const id = attemptIdSchema.safeParse(attemptId);
  const learner = await getCurrentLearner();
  const runner = id.success && learner ? await getAttemptRunner(learner.id, id.data) : null;
  if (!runner) notFound();
  if (runner.status === 'finished') redirect({ href: `/attempts/${runner.id}/results`, locale });

  const t = await getTranslations('Quiz');
  const tStart = await getTranslations('StartQuiz');

  return (
    <article className="narrow">
      <h1>{attemptTitle(runner, locale)}</h1>
      <p className="badge">
        {t('languageBadge', { language: runner.language === 'de' ? tStart('languageDe') : tStart('languageEn') })}
      </p>
      <QuizRunner
        // A fresh runner whenever the server's view of the attempt moved on (e.g. after a refresh).
        key={runner.answeredCount}
        attemptId={runner.id}
        itemCount={runner.itemCount}
        questions={runner.questions}
        questionLanguage={runner.language}
        feedbackMode={runner.feedbackMode}
        deadlineAt={runner.deadlineAt?.toISOString() ?? null}
      />
    </article>
  );
}
