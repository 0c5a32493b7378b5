import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { addQuestionAction, updateSetAction } from "@/app/actions/teach";
import { ActionForm } from "@/components/forms/action-form";
import { SetItemList } from "@/components/teach/set-item-list";
import { SetSettingsFields } from "@/components/teach/set-settings-fields";
import { Link } from "@/i18n/navigation";
import { titled } from "@/i18n/metadata";
import { getCatalog } from "@/lib/content/catalog";
import { QUESTION_TYPES } from "@/lib/content/schema";
import { filterQuestions } from "@/lib/teach/question-bank";
import { bankFilterSchema, DIFFICULTIES } from "@/lib/teach/set-schema";
import { requireOwnSet } from "@/lib/teach/guard";

export const generateMetadata = titled("editSet");

type Props = {
  params: Promise<{ locale: Locale; setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SetPage({ params, searchParams }: Props) {
  const { locale, setId } = await params;
  setRequestLocale(locale);
  const { set } = await requireOwnSet(locale, setId);
  const raw = await searchParams;
  const filter = bankFilterSchema.parse({
    section: raw.section,
    type: raw.type,
    fact: raw.fact,
    difficulty: raw.difficulty,
  });
  const back = `?${new URLSearchParams(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  ).toString()}`;
  const t = await getTranslations("Teach");
  const tTypes = await getTranslations("Teach.types");
  const { pack, questionsById } = getCatalog();
  const bank = filterQuestions(pack, filter);
  const inSet = new Set(set.questionIds);
  const meta = (questionId: string) => {
    const q = questionsById.get(questionId)!;
    return t("questionMeta", {
      id: q.id,
      type: tTypes(q.type),
      difficulty: q.difficulty,
    });
  };

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

      <div className="set-layout">
        <section className="panel" aria-labelledby="items-heading">
          <h2 id="items-heading">
            {t("setItemsHeading", { count: set.questionIds.length })}
          </h2>
          {set.questionIds.length === 0 ? (
            <p>{t("setEmptyHint")}</p>
          ) : (
            <SetItemList
              setId={set.id}
              back={back}
              items={set.questionIds.map((questionId) => ({
                questionId,
                prompt:
                  questionsById.get(questionId)?.prompt[locale] ?? questionId,
                meta: meta(questionId),
              }))}
              labels={{
                up: t("moveUp"),
                down: t("moveDown"),
                remove: t("removeQuestion"),
                dragHint: t("dragHint"),
                moved: t("orderSaved"),
                failed: t("orderFailed"),
              }}
            />
          )}
        </section>

        <section className="panel" aria-labelledby="bank-heading">
          <h2 id="bank-heading">{t("bankHeading")}</h2>
          <form method="get" className="filters" aria-label={t("filtersLabel")}>
            <label>
              {t("filterSection")}
              <select name="section" defaultValue={filter.section ?? ""}>
                <option value="">{t("filterAll")}</option>
                {pack.article.sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label[locale]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filterType")}
              <select name="type" defaultValue={filter.type ?? ""}>
                <option value="">{t("filterAll")}</option>
                {QUESTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {tTypes(type)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filterFact")}
              <select name="fact" defaultValue={filter.fact ?? ""}>
                <option value="">{t("filterAll")}</option>
                {pack.facts.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.id}:{" "}
                    {f.statement[locale].length > 70
                      ? `${f.statement[locale].slice(0, 70)}…`
                      : f.statement[locale]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("filterDifficulty")}
              <select
                name="difficulty"
                defaultValue={
                  filter.difficulty ? String(filter.difficulty) : ""
                }
              >
                <option value="">{t("filterAll")}</option>
                {DIFFICULTIES.map((d) => (
                  <option key={d} value={d}>
                    {t("difficulty", { level: d })}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button">
              {t("applyFilters")}
            </button>
          </form>
          <p role="status">{t("bankCount", { count: bank.length })}</p>
          <ul className="bank-list">
            {bank.map((q) => (
              <li key={q.id}>
                <div>
                  <span className="hint block">{meta(q.id)}</span>
                  {q.prompt[locale]}
                </div>
                {inSet.has(q.id) ? (
                  <span className="badge">{t("inSet")}</span>
                ) : (
                  <form action={addQuestionAction}>
                    <input type="hidden" name="setId" value={set.id} />
                    <input type="hidden" name="questionId" value={q.id} />
                    <input type="hidden" name="back" value={back} />
                    <button
                      type="submit"
                      className="button small"
                      aria-label={t("addQuestionAria", { id: q.id })}
                    >
                      {t("addQuestion")}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="panel" aria-labelledby="set-settings-heading">
        <h2 id="set-settings-heading">{t("setSettingsHeading")}</h2>
        <ActionForm
          action={updateSetAction}
          submitLabel={t("saveSettings")}
          pendingLabel={t("saving")}
        >
          <input type="hidden" name="setId" value={set.id} />
          <SetSettingsFields settings={set} />
        </ActionForm>
      </section>
    </article>
  );
}
