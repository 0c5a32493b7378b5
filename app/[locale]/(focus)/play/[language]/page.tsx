import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { MainRegion } from '@/components/main-region';
import { AttemptLoading, AttemptPlayer } from '@/components/quiz/attempt-player';
import { titleFrom } from '@/i18n/metadata';
import { getCatalog } from '@/lib/content/catalog';
import { languageSchema } from '@/lib/content/schema';
import { toPublicQuestion } from '@/lib/quiz/present';

// The quiz page, prerendered per locale and question language: every question of the content pack
// in its public (keyless) form. Which of them an attempt asks, and in which order, the page fetches
// per learner from /api/attempts/[attemptId] (decision 011). Nothing here reads the request.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return languageSchema.options.map((language) => ({ language }));
}

export const generateMetadata = titleFrom('Quiz');

export default async function PlayPage({ params }: { params: Promise<{ locale: Locale; language: string }> }) {
  const { locale, language } = await params;
  setRequestLocale(locale);
  const lang = languageSchema.safeParse(language);
  if (!lang.success) notFound();
  const bank = [...getCatalog().questionsById.values()].map((question) => toPublicQuestion(question, lang.data));
  return (
    <MainRegion>
      <Suspense fallback={<AttemptLoading />}>
        <AttemptPlayer bank={bank} language={lang.data} />
      </Suspense>
    </MainRegion>
  );
}
