import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { retryMissed } from '@/app/actions/quiz';
import { FeedbackPanel } from '@/components/quiz/feedback-panel';
import { Link } from '@/i18n/navigation';
import { getCatalog } from '@/lib/content/catalog';
import { getAttemptReview } from '@/lib/data/attempts';
import { attemptIdSchema } from '@/lib/quiz/input-schemas';
import { getCurrentLearner } from '@/lib/session';
import { titleFrom } from '@/i18n/metadata';

export const generateMetadata = titleFrom('Results');

export default async function ResultsPage({ params }: { params: Promise<{ locale: Locale; attemptId: string }> }) {
  const { locale, attemptId } = await params;
  setRequestLocale(locale);
  const id = attemptIdSchema.safeParse(attemptId);
  const learner = await getCurrentLearner();
  const review = id.success && learner ? await getAttemptReview(learner.id, id.data) : null;
  if (!review) notFound();
  const { attempt, items } = review;
  const t = await getTranslations('Results');
  const tQuiz = await getTranslations('Quiz');
  const format = await getFormatter();
  const quiz = getCatalog().quizzesById.get(attempt.quizId);
  const title = quiz?.title[locale] ?? attempt.quizId;

  if (attempt.status !== 'finished') {
    return (
      <article className="narrow">
        <h1>{t('heading', { title })}</h1>
        <p>{t('notFinished')}</p>
        <Link className="button primary" href={`/attempts/${attempt.id}`}>
          {t('continue')}
        </Link>
      </article>
    );
  }

  const missed = items.filter((item) => !item.feedback.correct).length;
  const points = format.number(attempt.points, { maximumFractionDigits: 2 });
  const percent = format.number(attempt.itemCount ? attempt.points / attempt.itemCount : 0, { style: 'percent', maximumFractionDigits: 0 });

  return (
    <article className="narrow">
      <h1>{t('heading', { title })}</h1>
      {attempt.isRetry && <p className="badge">{t('retryBadge')}</p>}
      <section className="score-card" aria-label={t('score', { points, total: attempt.itemCount })}>
        <p className="score">{t('score', { points, total: attempt.itemCount })}</p>
        <p className="score-percent">{t('percent', { percent })}</p>
        <meter min={0} max={attempt.itemCount} value={attempt.points} aria-label={t('percent', { percent })} />
      </section>
      <div className="actions">
        {missed > 0 ? (
          <form action={retryMissed}>
            <input type="hidden" name="attemptId" value={attempt.id} />
            <button type="submit" className="button primary">
              {t('retryMissed', { count: missed })}
            </button>
          </form>
        ) : (
          <p className="success">{t('allCorrect')}</p>
        )}
        <Link className="button" href={`/quizzes/${attempt.quizId}`}>
          {t('retryAll')}
        </Link>
      </div>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading">{t('reviewHeading')}</h2>
        <ol className="review-list">
          {items.map((item) => (
            <li key={item.position} className="review-item">
              <p className="question-number">{tQuiz('questionHeading', { number: item.position + 1 })}</p>
              <p className="prompt" lang={attempt.language}>
                {item.prompt}
              </p>
              <p>
                <span className="evidence-label">{t('yourAnswer')}:</span> <span lang={attempt.language}>{item.given}</span>
              </p>
              <FeedbackPanel feedback={item.feedback} level={3} id={`review-${item.position}`} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
