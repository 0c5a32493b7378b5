import type { Locale } from "next-intl";
import { NextIntlClientProvider } from "next-intl";
import {
  getMessages,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { updateSetAction } from "@/app/actions/teach";
import { ActionForm } from "@/components/forms/action-form";
import { SetEditor } from "@/components/teach/set-editor";
import { SetSettingsFields } from "@/components/teach/set-settings-fields";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import {
  getLibrary,
  worksheetArticleOf,
  readableArticles,
} from "@/lib/data/library";
import { LANGUAGES, QUESTION_TYPES } from "@/lib/content/content-schema";
import { DownloadForm } from "@/components/forms/download-form";
import { describeSkipReason } from "@/lib/exchange/exports-common";
import { SET_EXPORT_FORMATS, skippedByFormat } from "@/lib/exchange/set-export";
import { bankEntries, shortLabel } from "@/lib/teach/question-bank";
import { setGiveaways } from "@/lib/teach/set-giveaways";
import { bankFilterSchema, DIFFICULTIES } from "@/lib/teach/set-schema";
import { requireOwnSet } from "@/lib/teacher-guard";

export const generateMetadata = titled("editSet");

/** The tools' own names, the same in every language. */
const FORMAT_NAMES = { kahoot: "Kahoot", quizlet: "Quizlet" } as const;

/** The message key of each export format's name (`Teach.exportFormats`). */
const FORMAT_LABELS = {
  moodle: "moodle",
  gift: "gift",
  anki: "anki",
  "anki-text": "ankiText",
  quizlet: "quizlet",
  kahoot: "kahoot",
  pdf: "pdf",
} as const satisfies Record<(typeof SET_EXPORT_FORMATS)[number], string>;

/** The Teach messages the editor's lists use in the browser (the rest stay on the server). */
const EDITOR_MESSAGES = [
  "setItemsHeading",
  "setEmptyHint",
  "dragHint",
  "moveUp",
  "moveDown",
  "removeQuestion",
  "orderSaved",
  "orderFailed",
  "bankHeading",
  "filtersLabel",
  "filterSection",
  "filterType",
  "filterFact",
  "filterDifficulty",
  "filterAll",
  "applyFilters",
  "bankCount",
  "addShown",
  "allShownInSet",
  "showMore",
  "addQuestion",
  "addQuestionAria",
  "inSet",
] as const;

type Props = {
  params: Promise<{ locale: Locale; setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SetPage({ params, searchParams }: Props) {
  const { locale, setId } = await params;
  setRequestLocale(locale);
  const { actor, set } = await requireOwnSet(locale, setId);
  const raw = await searchParams;
  const filter = bankFilterSchema.parse({
    section: raw.section,
    type: raw.type,
    fact: raw.fact,
    difficulty: raw.difficulty,
  });
  const t = await getTranslations("Teach");
  const tTypes = await getTranslations("Teach.types");
  const tForm = await getTranslations("Teach.setForm");
  const library = await getLibrary();
  const { questionsById } = library;
  // The bank holds every article this teacher may build sets from.
  const packs = (await readableArticles(actor)).map((a) => a.catalog.pack);
  const meta = (type: (typeof QUESTION_TYPES)[number], difficulty: number) =>
    t("questionMeta", { type: tTypes(type), difficulty });
  const teach = (await getMessages()).Teach;
  const setQuestions = set.questionIds.flatMap((id) => {
    const q = questionsById.get(id);
    return q ? [q] : [];
  });
  const giveaways = setGiveaways(setQuestions, set);
  const exportLanguage =
    set.language === "de" || set.language === "en" ? set.language : locale;
  // The files hold one article (the export route's rule): what they would leave out of it.
  const exported = worksheetArticleOf(library, set.questionIds);
  const leftOut = exported
    ? skippedByFormat(
        setQuestions.filter((q) => exported.catalog.questionsById.has(q.id)),
        exported.catalog.pack,
        exportLanguage,
        await getTranslations({ locale: exportLanguage, namespace: "Exports" }),
      ).filter(({ skipped }) => skipped.length > 0)
    : [];
  const tExports = await getTranslations("Exports");
  const promptOf = (id: string) =>
    shortLabel(questionsById.get(id)?.prompt[locale] ?? id, 90);

  return (
    <article>
      <p className="breadcrumbs">
        <Link href="/teach">{t("dashboardHeading")}</Link>
      </p>
      <h1>{set.title}</h1>
      <p className="actions">
        <Link className="button" href={`/teach/sets/${set.id}/preview`}>
          {t("preview")}
        </Link>
      </p>

      <section
        className="panel set-options"
        aria-labelledby="set-settings-heading"
      >
        <ActionForm
          action={updateSetAction}
          submitLabel={t("saveSettings")}
          pendingLabel={t("saving")}
          disclosure={
            <h2 id="set-settings-heading">
              {t("setSettingsHeading")}{" "}
              <span className="hint">
                {t("setOptionsSummary", {
                  language: tForm(`languages.${set.language}`),
                  review: tForm(`reviewModes.${set.reviewMode}`),
                  attempts: set.maxAttempts,
                })}
              </span>
            </h2>
          }
        >
          <input type="hidden" name="setId" value={set.id} />
          <SetSettingsFields settings={set} />
        </ActionForm>
      </section>

      <NextIntlClientProvider
        messages={{
          Teach: Object.fromEntries(EDITOR_MESSAGES.map((k) => [k, teach[k]])),
        }}
      >
        <SetEditor
          setId={set.id}
          items={set.questionIds.map((questionId) => {
            const q = questionsById.get(questionId);
            return {
              questionId,
              prompt: q?.prompt[locale] ?? questionId,
              meta: q ? meta(q.type, q.difficulty) : "",
            };
          })}
          bank={packs
            .flatMap((pack) => bankEntries(pack, locale))
            .map((e) => ({
              ...e,
              meta: meta(e.type, e.difficulty),
            }))}
          initialFilter={filter}
          filterOptions={{
            section: packs.flatMap((pack) =>
              pack.article.sections.map((s) => ({
                value: s.id,
                label: s.label[locale],
              })),
            ),
            type: QUESTION_TYPES.map((type) => ({
              value: type,
              label: tTypes(type),
            })),
            fact: packs.flatMap((pack) =>
              pack.facts.map((f) => ({
                value: f.id,
                label: shortLabel(f.statement[locale], 80),
              })),
            ),
            difficulty: DIFFICULTIES.map((d) => ({
              value: String(d),
              label: t("difficulty", { level: d }),
            })),
          }}
          warnings={
            giveaways.length > 0 ? (
              <div className="note giveaways" role="note">
                <p>
                  <strong>
                    {t("giveawaysHeading", { count: giveaways.length })}
                  </strong>{" "}
                  {t(
                    set.shuffleQuestions
                      ? "giveawaysIntroShuffled"
                      : "giveawaysIntro",
                  )}
                </p>
                <ul>
                  {giveaways.map((g) => (
                    <li key={`${g.earlierId}|${g.laterId}`}>
                      {t("giveawayPair", {
                        earlier: promptOf(g.earlierId),
                        later: promptOf(g.laterId),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null
          }
        />
      </NextIntlClientProvider>

      <section
        className="panel set-export"
        aria-labelledby="set-export-heading"
      >
        <h2 id="set-export-heading">{t("exportHeading")}</h2>
        <p>{t("exportIntro")}</p>
        <DownloadForm
          id="export"
          action={`/api/sets/${set.id}/export`}
          locale={locale}
          formats={SET_EXPORT_FORMATS.map((format) => ({
            value: format,
            label: t(`exportFormats.${FORMAT_LABELS[format]}`),
          }))}
          defaultFormat="pdf"
          formatLabel={t("exportFormat")}
          formatHint={t("exportFormatsHint")}
          languageLegend={t("exportLanguage")}
          languageNames={{
            de: tForm("languages.de"),
            en: tForm("languages.en"),
          }}
          defaultLanguage={exportLanguage}
          submitLabel={t("exportDownload")}
        />
        {leftOut.length > 0 && (
          <details className="export-left-out">
            <summary>{t("exportLeftOutHeading")}</summary>
            {leftOut.map(({ format, skipped }) => (
              <section key={format} aria-label={FORMAT_NAMES[format]}>
                <h3>
                  {t("exportLeftOutFormat", {
                    format: FORMAT_NAMES[format],
                    count: skipped.length,
                  })}
                </h3>
                <ul>
                  {skipped.map((item) => (
                    <li key={item.id}>
                      {promptOf(item.id)}{" "}
                      <span className="hint">
                        ({describeSkipReason(tExports, item.reason)})
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </details>
        )}
        <p className="actions">
          <span>{t("worksheetPrintLinks")}</span>{" "}
          {LANGUAGES.map((language) => (
            <Link
              key={language}
              className="button"
              href={`/teach/sets/${set.id}/worksheet?lang=${language}`}
            >
              {t("worksheetPrintLink", {
                language: tForm(`languages.${language}`),
              })}
            </Link>
          ))}
        </p>
      </section>
    </article>
  );
}
