// The print view of a set's worksheet: the article with numbered sentences, the glossary of the
// set's words, the questions in the chosen language and the answer key (lib/exchange/worksheet.ts),
// laid out for the browser's print dialog by app/styles/worksheet.css. The PDF download of the
// set page is the same worksheet laid out by pdfkit.
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrintButton } from "@/components/teach/print-button";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { getLibrary, worksheetArticleOf } from "@/lib/data/library";
import { LANGUAGES, languageSchema } from "@/lib/content/content-schema";
import { notFound } from "next/navigation";
import { buildWorksheet } from "@/lib/exchange/worksheet";
import { worksheetBodyHtml } from "@/lib/exchange/worksheet-html";
import { setWords } from "@/lib/exchange/set-export";
import { requireOwnSet } from "@/lib/teacher-guard";
import "../../../../../../styles/worksheet.css";

export const generateMetadata = titled("setWorksheet");

type Props = {
  params: Promise<{ locale: Locale; setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function WorksheetPage({ params, searchParams }: Props) {
  const { locale, setId } = await params;
  setRequestLocale(locale);
  const { set } = await requireOwnSet(locale, setId);
  const language = languageSchema
    .catch(locale)
    .parse((await searchParams).lang);
  const t = await getTranslations("Teach");
  const tForm = await getTranslations("Teach.setForm");
  const library = await getLibrary();
  // A worksheet holds one article (an empty set's shows the newest) and that article's questions.
  const article =
    worksheetArticleOf(library, set.questionIds) ?? library.articles[0];
  if (!article) notFound();
  const { pack } = article.catalog;
  const { glossary } = article;
  const questionIds = set.questionIds.filter((id) =>
    article.catalog.questionsById.has(id),
  );
  const worksheet = buildWorksheet(pack, glossary, {
    questionIds,
    entryIds: setWords(pack, glossary, questionIds).map((w) => w.entryId),
    language,
    t: await getTranslations({ locale: language, namespace: "Exports" }),
  });

  return (
    <div className="worksheet-page">
      <div className="no-print">
        <p className="breadcrumbs">
          <Link href={`/teach/sets/${set.id}`}>
            {t("backToSet", { title: set.title })}
          </Link>
        </p>
        <h1>{t("worksheetHeading", { title: set.title })}</h1>
        <p className="hint">{t("worksheetPrintHint")}</p>
        {questionIds.length === 0 && (
          <p className="note">{t("worksheetEmpty")}</p>
        )}
        <p className="actions">
          <PrintButton label={t("worksheetPrint")} />
          {LANGUAGES.filter((l) => l !== language).map((l) => (
            <Link
              key={l}
              className="button"
              href={`/teach/sets/${set.id}/worksheet?lang=${l}`}
            >
              {t("worksheetPrintLink", { language: tForm(`languages.${l}`) })}
            </Link>
          ))}
        </p>
      </div>
      {/* worksheetBodyHtml escapes every text it writes (tests/unit/exchange/worksheet.test.ts). */}
      <div
        lang={language}
        dangerouslySetInnerHTML={{ __html: worksheetBodyHtml(worksheet) }}
      />
    </div>
  );
}
