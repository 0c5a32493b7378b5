import { Suspense } from "react";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { MainRegion } from "@/components/main-region";
import {
  AttemptLoading,
  AttemptPlayer,
} from "@/components/quiz/attempt-player";
import { titleFrom } from "@/i18n/metadata";
import { languageSchema } from "@/lib/content/content-schema";
import { earlyFetchScript } from "@/lib/quiz/attempt-state";
import { ClientMessages } from "@/components/client-messages";

// The quiz page, prerendered per locale and question language, with nothing of any learner in it
// (decision 011). Its inline script starts the two requests the page needs right away: the
// question bank of its language (static JSON) and the learner's attempt state (which questions are
// left, in which order). Nothing here reads the request.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return languageSchema.options.map((language) => ({ language }));
}

export const generateMetadata = titleFrom("Quiz");

export default async function PlayPage({
  params,
}: {
  params: Promise<{ locale: Locale; language: string }>;
}) {
  const { locale, language } = await params;
  setRequestLocale(locale);
  const lang = languageSchema.safeParse(language);
  if (!lang.success) notFound();
  return (
    <MainRegion>
      <script
        dangerouslySetInnerHTML={{
          __html: earlyFetchScript(lang.data, locale),
        }}
      />
      <ClientMessages namespaces={["Quiz", "StartQuiz", "ReportProblem"]}>
        <Suspense fallback={<AttemptLoading />}>
          <AttemptPlayer language={lang.data} />
        </Suspense>
      </ClientMessages>
    </MainRegion>
  );
}
