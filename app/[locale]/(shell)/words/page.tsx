// The learner's words: a static shell (decision 034). Heading, introduction and the export form
// are the same for everybody in a locale and prerendered; the words themselves come from
// GET /api/me in the page's one hole (components/words/my-words.tsx).
import type { Locale } from "next-intl";
import {
  getMessages,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DownloadForm } from "@/components/forms/download-form";
import { MyWords } from "@/components/words/my-words";
import { titleFrom } from "@/i18n/metadata";
import { WORDS_EXPORT_FORMATS } from "@/lib/exchange/words-export";

/** The message key of each format's name (`Words.exportFormats`). */
const FORMAT_LABELS = {
  anki: "anki",
  "anki-text": "ankiText",
  quizlet: "quizlet",
} as const satisfies Record<(typeof WORDS_EXPORT_FORMATS)[number], string>;

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = titleFrom("Words");

export default async function WordsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Words");

  return (
    <article>
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <noscript>
        <p>{t("needsScript")}</p>
      </noscript>
      <ClientMessages namespaces={["Words"]}>
        <MyWords
          posLabels={(await getMessages()).Reader.glossary.pos}
          exportForm={
            <section className="panel" aria-labelledby="words-export-heading">
              <h2 id="words-export-heading">{t("exportHeading")}</h2>
              <p>{t("exportIntro")}</p>
              <DownloadForm
                id="words-export"
                action="/api/words/export"
                locale={locale}
                formats={WORDS_EXPORT_FORMATS.map((format) => ({
                  value: format,
                  label: t(`exportFormats.${FORMAT_LABELS[format]}`),
                }))}
                defaultFormat="anki"
                formatLabel={t("exportFormat")}
                languageLegend={t("exportLanguage")}
                languageNames={{
                  de: t("languages.de"),
                  en: t("languages.en"),
                }}
                defaultLanguage={locale}
                submitLabel={t("exportDownload")}
              />
            </section>
          }
        />
      </ClientMessages>
    </article>
  );
}
