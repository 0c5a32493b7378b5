// The reader of one article of the library: its sentences as words to look up, with their
// translations, read aloud, and the questions asked about each. The article itself is HTML that
// React does not hydrate (lib/reader/article-html.ts); the shell around it is the client part.
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { ReaderShell } from "@/components/reader/reader-shell";
import { Link } from "@/i18n/navigation";
import { readableArticle } from "@/lib/data/library";
import {
  getVocabularyStatuses,
  learnableLemmaIds,
} from "@/lib/data/vocabulary";
import { READER_MODE_COOKIE } from "@/lib/reader/reader-mode";
import { readerModeSchema } from "@/lib/reader/reader-mode-schema";
import { articleHtml } from "@/lib/reader/article-html";
import { getActor, getCurrentLearner } from "@/lib/session";
import { titleFrom } from "@/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ locale: Locale; articleId: string }> };

export const generateMetadata = titleFrom("Reader");

export default async function ReaderPage({ params }: Props) {
  const { locale, articleId } = await params;
  setRequestLocale(locale);
  const library = await readableArticle(await getActor(), articleId);
  if (!library) notFound();
  const [t, format] = await Promise.all([
    getTranslations("Reader"),
    getFormatter(),
  ]);
  const mode = readerModeSchema.parse(
    (await cookies()).get(READER_MODE_COOKIE)?.value,
  );
  const learner = await getCurrentLearner();
  const statuses = learner ? await getVocabularyStatuses(learner.id) : {};
  const { pack } = library.catalog;
  const { article } = pack;
  const questionsBySentence = new Map<string, string[]>();
  for (const q of pack.questions) {
    for (const id of q.sentenceIds)
      questionsBySentence.set(id, [
        ...(questionsBySentence.get(id) ?? []),
        q.prompt[locale],
      ]);
  }
  return (
    <article className="reader-page">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <ClientMessages namespaces={["Reader"]}>
        <ReaderShell
          initialMode={mode}
          initialStatuses={statuses}
          learnableIds={await learnableLemmaIds(library.id)}
          articleHtml={articleHtml(
            article,
            locale,
            {
              toggleShort: t("translationToggleShort"),
              show: (number) => t("showTranslation", { number }),
              speak: (number) => t("readAloud", { number }),
              questions: (count) => t("questionsAbout", { count }),
              translation: t("translationLabel"),
            },
            questionsBySentence,
          )}
        />
      </ClientMessages>
      {article.source && (
        <footer className="article-source hint">
          <p>
            {t("sourceLine", {
              source: article.source.source,
              author: article.source.author,
              date: format.dateTime(new Date(article.source.date), {
                dateStyle: "long",
                timeZone: "UTC",
              }),
            })}
          </p>
          <p>{t("rightsLine", { rights: article.source.rights })}</p>
        </footer>
      )}
      {/* A teacher's article has a glossary the studio drafted from CC BY-SA data, whose licence
          asks for this credit; the installation's own packs have hand-made glossaries. */}
      {library.ownerId !== null && (
        <p className="article-source hint">
          {t("grammarCredit")} <Link href="/licences">{t("creditsLink")}</Link>
        </p>
      )}
    </article>
  );
}
