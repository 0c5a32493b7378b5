"use client";
// The question bank in the set editor: filters by article section, question type, fact and
// difficulty that apply as they are chosen (and are kept in the address, so a reload or a link
// shows the same), "add all shown", and a list that shows its first questions and folds the rest
// away. Without JavaScript the filters are a plain GET form and the server filters the list.

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { matchesBankFilter, type BankEntry } from "@/lib/teach/question-bank";
import type { BankFilter } from "@/lib/teach/set-schema";
import { useHydrated } from "@/components/use-hydrated";
import { EDIT_FORM_ID, type PressedButton } from "./set-edit-form";

type Choice = { value: string; label: string };
export type FilterOptions = {
  section: Choice[];
  type: Choice[];
  fact: Choice[];
  difficulty: Choice[];
};
type FilterName = keyof FilterOptions;
const FILTERS: { name: FilterName; label: string }[] = [
  { name: "section", label: "filterSection" },
  { name: "type", label: "filterType" },
  { name: "fact", label: "filterFact" },
  { name: "difficulty", label: "filterDifficulty" },
];

/** Questions shown before "show more": the list stays about a screen long. */
const VISIBLE_ENTRIES = 10;

export function QuestionBank({
  entries,
  inSet,
  filterOptions,
  initialFilter,
  pressedRef,
}: {
  entries: (BankEntry & { meta: string })[];
  inSet: ReadonlySet<string>;
  filterOptions: FilterOptions;
  initialFilter: BankFilter;
  pressedRef: RefObject<PressedButton | null>;
}) {
  const t = useTranslations("Teach");
  const hydrated = useHydrated();
  const [filter, setFilter] = useState<BankFilter>(initialFilter);
  const shown = entries.filter((e) => matchesBankFilter(e, filter));
  const addable = shown.filter((e) => !inSet.has(e.id));

  const choose = (name: FilterName, value: string) => {
    const next: BankFilter = { ...filter };
    if (value === "") delete next[name];
    else if (name === "difficulty") next.difficulty = Number(value) as 1;
    else next[name] = value as never;
    setFilter(next);
    const query = new URLSearchParams(
      Object.entries(next).map(([k, v]) => [k, String(v)]),
    ).toString();
    // Keeps the filters in the address without a navigation (Next's router follows replaceState).
    window.history.replaceState(
      null,
      "",
      `${window.location.pathname}${query ? `?${query}` : ""}`,
    );
  };

  const entry = (e: (typeof shown)[number]) => (
    <li key={e.id}>
      <div>
        <span className="hint block">{e.meta}</span>
        {e.label}
      </div>
      {inSet.has(e.id) ? (
        <span className="badge">{t("inSet")}</span>
      ) : (
        <button
          type="submit"
          form={EDIT_FORM_ID}
          name="intent"
          value={`add:${e.id}`}
          data-verb="add"
          className="button small"
          aria-label={t("addQuestionAria", { label: e.label })}
          onClick={() => {
            pressedRef.current = {
              intent: `add:${e.id}`,
              index: addable.indexOf(e),
            };
          }}
        >
          {t("addQuestion")}
        </button>
      )}
    </li>
  );

  const rest = shown.slice(VISIBLE_ENTRIES);
  return (
    <>
      <form
        method="get"
        className="filters"
        aria-label={t("filtersLabel")}
        onSubmit={(event) => event.preventDefault()}
      >
        {FILTERS.map(({ name, label }) => (
          <div className="field" key={name}>
            <label htmlFor={`filter-${name}`}>{t(label as "filterType")}</label>
            <select
              id={`filter-${name}`}
              name={name}
              value={filter[name] === undefined ? "" : String(filter[name])}
              onChange={(event) => choose(name, event.target.value)}
            >
              <option value="">{t("filterAll")}</option>
              {filterOptions[name].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {!hydrated && (
          <button type="submit" className="button">
            {t("applyFilters")}
          </button>
        )}
      </form>
      <div className="bank-summary">
        <p role="status">{t("bankCount", { count: shown.length })}</p>
        {addable.length > 0 ? (
          <>
            {addable.map((e) => (
              <input
                key={e.id}
                type="hidden"
                form={EDIT_FORM_ID}
                name="shown"
                value={e.id}
              />
            ))}
            <button
              type="submit"
              form={EDIT_FORM_ID}
              name="intent"
              value="addShown"
              data-verb="addShown"
              className="button"
              onClick={() => {
                pressedRef.current = { intent: "addShown", index: 0 };
              }}
            >
              {t("addShown", { count: addable.length })}
            </button>
          </>
        ) : (
          shown.length > 0 && <p className="hint">{t("allShownInSet")}</p>
        )}
      </div>
      <ul className="bank-list">
        {shown.slice(0, VISIBLE_ENTRIES).map(entry)}
      </ul>
      {rest.length > 0 && (
        <details className="more">
          <summary>{t("showMore", { count: rest.length })}</summary>
          <ul className="bank-list">{rest.map(entry)}</ul>
        </details>
      )}
    </>
  );
}
