// The reader of one article of the library: its sentences as words to look up, with their
// translations, read aloud, and the questions asked about each.
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { ReaderShell } from "@/components/reader/reader-shell";
import { readableArticle } from "@/lib/data/library";
import {
  getVocabularyStatuses,
  learnableLemmaIds,
} from "@/lib/data/vocabulary";
import type { Sentence } from "@/lib/content/content-schema";
import { READER_MODE_COOKIE } from "@/lib/reader/reader-mode";
import { readerModeSchema } from "@/lib/reader/reader-mode-schema";
import { tokenizeSentence } from "@/lib/reader/tokenize";
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
  const number = (s: Sentence) => article.sentences.indexOf(s) + 1;

  return (
    <article className="reader-page">
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <ClientMessages namespaces={["Reader"]}>
        <ReaderShell
          initialMode={mode}
          initialStatuses={statuses}
          learnableIds={await learnableLemmaIds(library.id)}
        >
          <h2 lang="de" className="article-title">
            {article.title.de}
          </h2>
          <p lang="en" className="article-title-en">
            {article.title.en}
          </p>
          {article.sections.map((section) => {
            const sentences = article.sentences.filter(
              (s) => s.sectionId === section.id,
            );
            const paragraphs = [...new Set(sentences.map((s) => s.paragraph))];
            return (
              <section
                key={section.id}
                aria-label={section.heading?.de ?? section.label[locale]}
              >
                {section.heading && (
                  <h3 className="section-heading">
                    <span lang="de">{section.heading.de}</span>
                    <span lang="en" className="section-heading-en">
                      {section.heading.en}
                    </span>
                  </h3>
                )}
                {paragraphs.map((paragraph) => (
                  <div key={paragraph} className="reader-paragraph">
                    {sentences
                      .filter((s) => s.paragraph === paragraph)
                      // A space between sentences, for the modes that run them on as a paragraph.
                      .flatMap((sentence, i) => [
                        i > 0 ? " " : null,
                        <SentenceView
                          key={sentence.id}
                          locale={locale}
                          sentence={sentence}
                          questions={questionsBySentence.get(sentence.id) ?? []}
                          labels={{
                            toggleShort: t("translationToggleShort"),
                            show: t("showTranslation", {
                              number: number(sentence),
                            }),
                            speak: t("readAloud", { number: number(sentence) }),
                            questions: t("questionsAbout", {
                              count: (
                                questionsBySentence.get(sentence.id) ?? []
                              ).length,
                            }),
                            translation: t("translationLabel"),
                          }}
                        />,
                      ])}
                  </div>
                ))}
              </section>
            );
          })}
        </ReaderShell>
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
    </article>
  );
}

type SentenceLabels = {
  show: string;
  toggleShort: string;
  speak: string;
  questions: string;
  translation: string;
};

/**
 * One sentence: its words as look-up buttons (handled by ReaderShell), tools, and its translation.
 * The translation toggle and read-aloud button close the German sentence, kept on one line with its
 * last word: where sentences run on as a paragraph, a button that wrapped to the next line looked
 * like the start of the next sentence.
 */
function SentenceView({
  sentence,
  questions,
  labels,
  locale,
}: {
  sentence: Sentence;
  questions: string[];
  labels: SentenceLabels;
  locale: Locale;
}) {
  const tokens = tokenizeSentence(sentence.de);
  const lastWord = tokens.findLastIndex((token) => token.kind === "word");
  let wordIndex = -1;
  // Spaces and punctuation stay plain text and each word is a bare button (ReaderShell finds the
  // sentence from the button's place): the article is 700 words, and every element and attribute
  // here is in the page's HTML and again in its RSC payload.
  const render = (token: (typeof tokens)[number], i: number) => {
    if (token.kind !== "word") return token.text;
    wordIndex++;
    return (
      <button key={i} type="button" data-token={wordIndex}>
        {token.text}
      </button>
    );
  };
  return (
    <div className="sentence" id={sentence.id} data-open="false">
      <p className="sentence-de" lang="de">
        {tokens.slice(0, lastWord).map(render)}
        <span className="sentence-end">
          {tokens
            .slice(lastWord)
            .map((token, i) => render(token, lastWord + i))}
          <button
            type="button"
            className="tool-button tap-toggle"
            lang={locale}
            data-toggle={sentence.id}
            aria-expanded="false"
            aria-controls={`${sentence.id}-en`}
          >
            <span aria-hidden="true">{labels.toggleShort}</span>
            <span className="visually-hidden">{labels.show}</span>
          </button>
          <button
            type="button"
            className="tool-button speak-button"
            lang={locale}
            data-speak={sentence.id}
            aria-label={labels.speak}
          >
            <span aria-hidden="true">🔊</span>
          </button>
        </span>
      </p>
      <p className="sentence-en" lang="en" id={`${sentence.id}-en`}>
        <span className="visually-hidden">{labels.translation}: </span>
        {sentence.en}
      </p>
      {questions.length > 0 && (
        <details className="sentence-questions">
          <summary>{labels.questions}</summary>
          <ul>
            {questions.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
