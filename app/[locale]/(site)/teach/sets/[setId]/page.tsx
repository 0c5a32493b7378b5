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
import { getLibrary, readableArticles } from "@/lib/data/library";
import { LANGUAGES, QUESTION_TYPES } from "@/lib/content/content-schema";
import { SET_EXPORT_FORMATS } from "@/lib/exchange/set-export";
import { bankEntries, shortLabel } from "@/lib/teach/question-bank";
import { setGiveaways } from "@/lib/teach/set-giveaways";
import { bankFilterSchema, DIFFICULTIES } from "@/lib/teach/set-schema";
import { requireOwnSet } from "@/lib/teacher-guard";

export const generateMetadata = titled("editSet");

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
  const { questionsById } = await getLibrary();
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
        {/* A plain GET form: the browser downloads the route's attachment, with or without JavaScript. */}
        <form
          className="form"
          method="get"
          action={`/api/sets/${set.id}/export`}
        >
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="export-format">{t("exportFormat")}</label>
            <select
              id="export-format"
              name="format"
              defaultValue="pdf"
              aria-describedby="export-format-hint"
            >
              {SET_EXPORT_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`exportFormats.${FORMAT_LABELS[format]}`)}
                </option>
              ))}
            </select>
            <p id="export-format-hint" className="hint">
              {t("exportFormatsHint")}
            </p>
          </div>
          <fieldset className="field">
            <legend>{t("exportLanguage")}</legend>
            <div className="choice-row">
              {LANGUAGES.map((language) => (
                <label key={language} className="choice">
                  <input
                    type="radio"
                    name="lang"
                    value={language}
                    defaultChecked={language === exportLanguage}
                  />
                  <span>{tForm(`languages.${language}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p className="actions">
            <button type="submit" className="button primary">
              {t("exportDownload")}
            </button>
          </p>
        </form>
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
