"use client";
// The studio's editor of one question draft, folded under "Edit question": the fields of its type,
// a preview of the question as learners see it in both languages, and the checks publishing runs,
// shown as the teacher types (a debounced call of checkQuestionAction). Save posts the form to
// saveQuestionAction, which works without JavaScript and refuses with the same problems. This is
// the teacher's own draft page: the answer key is hers to edit.
//
// Options, gaps, pairs, right-hand items and ordering items can be added and removed. These
// controls need JavaScript and render only once it runs: without it the editor saves edits of the
// items the question has, as before. Each row posts its item's id, or "" for a new item, whose id
// the server chooses (lib/studio/question-form.ts); the preview and the answer key's fields name
// a new item by the same id, worked out here with the same rule.
import {
  useActionState,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useTranslations } from "next-intl";
import {
  checkQuestionAction,
  saveQuestionAction,
} from "@/app/actions/question-editor";
import { useRedirectTo } from "@/components/forms/use-redirect-to";
import { useHydrated } from "@/components/use-hydrated";
import {
  LANGUAGES,
  NUMBER_QUALIFIERS,
  type Language,
  type Question,
} from "@/lib/content/content-schema";
import type { FormState } from "@/lib/forms";
import type { EditProblem } from "@/lib/studio/question-edit";
import {
  clozeTextWithoutGap,
  formItemIds,
  ITEM_ID_FIELD,
  ITEM_LIMITS,
  questionFormDefaults,
  questionFormOf,
  questionFormSchema,
  questionFromForm,
  type EditableList,
  type QuestionForm,
  type QuestionFormField,
} from "@/lib/studio/question-form";
import { problemText, type StudioTranslate } from "./problem-text";

const CHECK_DELAY_MS = 400;

/**
 * One row of a list in the editor: `id` is the item's id ("" for a new item), `source` its place
 * in the fields the editor started from (null for a new row), `key` a name that stays with the row
 * while rows before it come and go.
 */
type Row = {
  key: string;
  id: string;
  source: number | null;
  /** Starting values of a new row's fields. */
  start?: Partial<Record<QuestionFormField, string>>;
  /** An ordering item's place (its select is controlled, so places can close up on removal). */
  place?: string;
};
type Rows = Partial<Record<EditableList, Row[]>>;

/** The field of a row that takes the focus when the row is added or its neighbour removed. */
const FIRST_FIELD: Record<EditableList, QuestionFormField> = {
  options: "optionDe",
  gaps: "gap",
  left: "leftDe",
  right: "rightDe",
  items: "itemDe",
};

/** Lists of a published question that take new items: answers given before do not cover them. */
const OPEN_WHEN_PUBLISHED = new Set<EditableList>(["options", "right"]);

type Props = {
  draftId: string;
  question: Question;
  number: number;
  /** The question is already published (the draft edits a published article). */
  published?: boolean;
};

export function QuestionEditor({
  draftId,
  question,
  number,
  published = false,
}: Props) {
  const t = useTranslations("Studio");
  const tr = t as unknown as StudioTranslate;
  const hydrated = useHydrated();
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    saveQuestionAction,
    {},
  );
  const busy = useRedirectTo(state.redirectTo) || pending;
  const initial = fieldsOf(question, state);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastCheck = useRef(0);
  const nextKey = useRef(0);
  const focusAfter = useRef<string | null>(null);
  const [preview, setPreview] = useState(() =>
    questionFromForm(question, initial),
  );
  const [problems, setProblems] = useState<EditProblem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkFailed, setCheckFailed] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  const rowsOf = (form: QuestionForm): Rows => {
    const list = (ids: readonly string[]): Row[] =>
      ids.map((id, k) => ({ key: `${k}`, id, source: k }));
    switch (question.type) {
      case "single":
      case "multiple":
        return { options: list(form.optionId) };
      case "cloze":
        return { gaps: list(form.gap.map(() => "")) };
      case "matching":
        return { left: list(form.leftId), right: list(form.rightId) };
      case "ordering":
        return {
          items: list(form.itemId).map((row, k) => ({
            ...row,
            place: form.position[k] ?? String(k + 1),
          })),
        };
      default:
        return {};
    }
  };
  // The rows start again from the question whenever it comes back saved (with its new ids).
  const [rows, setRows] = useState(() => rowsOf(initial));
  const [rowsFrom, setRowsFrom] = useState({
    question,
    saved: state.successKey,
  });
  if (rowsFrom.question !== question || rowsFrom.saved !== state.successKey) {
    setRowsFrom({ question, saved: state.successKey });
    setRows(rowsOf(initial));
  }
  const rowIds = formItemIds(question, {
    optionId: (rows.options ?? []).map((r) => r.id),
    leftId: (rows.left ?? []).map((r) => r.id),
    rightId: (rows.right ?? []).map((r) => r.id),
    itemId: (rows.items ?? []).map((r) => r.id),
  });
  const idsOf = (list: EditableList) =>
    list === "gaps" ? [] : (rowIds[list]?.ids ?? []);

  const readForm = useCallback((): QuestionForm | null => {
    if (!formRef.current) return null;
    const parsed = questionFormSchema.safeParse(
      questionFormOf(new FormData(formRef.current)),
    );
    return parsed.success ? parsed.data : null;
  }, []);

  const check = useCallback(
    async (form: QuestionForm) => {
      const call = ++lastCheck.current;
      setChecking(true);
      try {
        const result = await checkQuestionAction({
          draftId,
          questionId: question.id,
          form,
        });
        if (call !== lastCheck.current) return;
        setCheckFailed(!result.ok);
        if (result.ok) setProblems(result.problems);
      } catch {
        if (call === lastCheck.current) setCheckFailed(true);
      } finally {
        if (call === lastCheck.current) setChecking(false);
      }
    },
    [draftId, question.id],
  );

  const onEdit = useCallback(() => {
    const form = readForm();
    if (!form) return;
    setPreview(questionFromForm(question, form));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(form), CHECK_DELAY_MS);
  }, [readForm, question, check]);

  // After a save (or a saved draft coming back) the fields show what was kept: preview that.
  useEffect(() => {
    const form = readForm();
    if (form) setPreview(questionFromForm(question, form));
  }, [state, question, readForm]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const base = `qe-${question.id}`;
  const headingId = `${base}-heading`;
  const problemsId = `${base}-problems`;
  const fieldId = (name: QuestionFormField, row?: Row) =>
    `${base}-${name}${row ? `-${row.key}` : ""}`;

  // A row added or removed: the preview and the check follow, and the focus moves on.
  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    document.getElementById(target)?.focus();
    onEdit();
  }, [rows, onEdit]);

  const limits = (list: EditableList) =>
    ITEM_LIMITS[question.type]?.[list] ?? { min: 0, max: 0 };
  const mayAdd = (list: EditableList) =>
    hydrated && (!published || OPEN_WHEN_PUBLISHED.has(list));
  const mayRemove = hydrated && !published;
  const newRow = (start?: Row["start"]): Row => ({
    key: `new-${nextKey.current++}`,
    id: "",
    source: null,
    ...(start ? { start } : {}),
  });
  const element = <T extends HTMLElement>(id: string) =>
    document.getElementById(id) as T | null;

  const addRow = (list: EditableList) => {
    const current = rows[list] ?? [];
    const next: Rows = { ...rows };
    let row = newRow();
    if (list === "gaps") {
      // Words selected in the text become the new gap, and its first answer.
      const text = element<HTMLTextAreaElement>(fieldId("text"));
      const number = current.length + 1;
      if (text && text.selectionStart < text.selectionEnd) {
        const words = text.value.slice(text.selectionStart, text.selectionEnd);
        text.value = `${text.value.slice(0, text.selectionStart)}{{${number}}}${text.value.slice(text.selectionEnd)}`;
        row = newRow({ gap: words.trim() });
      }
    }
    if (list === "items") row.place = String(current.length + 1);
    next[list] = [...current, row];
    if (list === "left") {
      // A pair: a left-hand item and its partner on the right.
      const partner = newRow();
      next.right = [...(rows.right ?? []), partner];
      const rightIds = formItemIds(question, {
        optionId: [],
        leftId: [],
        itemId: [],
        rightId: next.right.map((r) => r.id),
      }).right!.ids;
      row.start = { pair: rightIds.at(-1)! };
    }
    setRows(next);
    focusAfter.current = fieldId(FIRST_FIELD[list], row);
    setAnnouncement(e("itemAdded", { list, number: current.length + 1 }));
  };

  const removeRow = (list: EditableList, k: number) => {
    const current = rows[list] ?? [];
    const row = current[k];
    if (!row) return;
    const next: Rows = { ...rows, [list]: current.filter((_, j) => j !== k) };
    if (list === "gaps") {
      const text = element<HTMLTextAreaElement>(fieldId("text"));
      const answers = element<HTMLTextAreaElement>(fieldId("gap", row));
      const words = (answers?.value ?? "").split(/\r?\n/)[0]?.trim() ?? "";
      if (text) text.value = clozeTextWithoutGap(text.value, k + 1, words);
    }
    if (list === "left") {
      // The pair's partner goes too, unless another left-hand item still points at it.
      const partnerOf = (r: Row) =>
        element<HTMLSelectElement>(fieldId("pair", r))?.value;
      const partner = partnerOf(row);
      const shared = next.left!.some((r) => partnerOf(r) === partner);
      const rightIds = idsOf("right");
      const rights = rows.right ?? [];
      if (!shared && rights.length > limits("right").min)
        next.right = rights.filter((_, j) => rightIds[j] !== partner);
    }
    if (list === "items") {
      // Later places close up, so every place stays within the shorter list.
      const gone = Number(row.place);
      next.items = next.items!.map((r) => {
        const place = Number(r.place);
        return {
          ...r,
          place: String(
            Math.min(place > gone ? place - 1 : place, next.items!.length),
          ),
        };
      });
    }
    setRows(next);
    const neighbour = next[list]![Math.min(k, next[list]!.length - 1)];
    focusAfter.current = neighbour
      ? fieldId(FIRST_FIELD[list], neighbour)
      : `${base}-add-${list}`;
    setAnnouncement(e("itemRemoved", { list, number: k + 1 }));
  };

  const value = (name: QuestionFormField, row?: Row) =>
    row
      ? (row.start?.[name] ??
        (row.source === null ? "" : (initial[name][row.source] ?? "")))
      : (initial[name][0] ?? "");
  const textField = (
    name: QuestionFormField,
    label: string,
    options: {
      row?: Row;
      lang?: Language;
      rows?: number;
      inputMode?: "decimal";
    } = {},
  ) => {
    const id = fieldId(name, options.row);
    const common = {
      id,
      name,
      lang: options.lang,
      defaultValue: value(name, options.row),
      "aria-describedby": problemsId,
    };
    return (
      <div className="field" key={id}>
        <label htmlFor={id}>{label}</label>
        {options.rows ? (
          <textarea rows={options.rows} {...common} />
        ) : (
          <input inputMode={options.inputMode} {...common} />
        )}
      </div>
    );
  };
  const select = (
    name: QuestionFormField,
    label: string,
    choices: { value: string; label: string }[],
    row?: Row,
    controlled?: { value: string; onChange: (value: string) => void },
  ) => {
    const id = fieldId(name, row);
    return (
      <div className="field" key={id}>
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          name={name}
          {...(controlled
            ? {
                value: controlled.value,
                onChange: (event) => controlled.onChange(event.target.value),
              }
            : { defaultValue: value(name, row) })}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const pairOfTexts = (
    de: QuestionFormField,
    en: QuestionFormField,
    row: Row,
    labels: [string, string],
  ) => (
    <div className="studio-pair">
      {textField(de, labels[0], { row, lang: "de", rows: 2 })}
      {textField(en, labels[1], { row, lang: "en", rows: 2 })}
    </div>
  );
  const group = (legend: string, children: ReactNode, hint?: string) => (
    <fieldset className="field question-editor-group">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </fieldset>
  );
  /** A list's rows, each with its id field and its remove button, and the list's add button. */
  const list = (
    name: EditableList,
    labels: { add: string; remove: string },
    item: (row: Row, k: number, id: string) => ReactNode,
  ) => {
    const current = rows[name] ?? [];
    const ids = idsOf(name);
    const { min, max } = limits(name);
    return (
      <>
        {current.map((row, k) => (
          <div key={row.key} className="question-editor-item">
            {name !== "gaps" && (
              <input type="hidden" name={ITEM_ID_FIELD[name]} value={row.id} />
            )}
            {item(row, k, ids[k] ?? "")}
            {mayRemove && (
              <button
                type="button"
                className="button small"
                disabled={current.length <= min}
                onClick={() => removeRow(name, k)}
              >
                {e(labels.remove, { number: k + 1 })}
              </button>
            )}
          </div>
        ))}
        {mayAdd(name) && (
          <p className="question-editor-add">
            <button
              type="button"
              id={`${base}-add-${name}`}
              className="button small"
              disabled={current.length >= max}
              onClick={() => addRow(name)}
            >
              {e(labels.add)}
            </button>
          </p>
        )}
      </>
    );
  };

  const e = (key: string, values?: Record<string, string | number>) =>
    tr(`questionEditor.${key}`, values);
  const isStatement = question.type === "truefalse";
  const hasLists = Object.keys(rows).length > 0;

  return (
    <details
      className="question-editor"
      open={state.formError ? true : undefined}
    >
      <summary>{e("summary")}</summary>
      <div className="question-editor-grid">
        <form
          ref={formRef}
          action={formAction}
          noValidate
          className="form studio-form"
          aria-labelledby={headingId}
          onInput={onEdit}
          onChange={onEdit}
        >
          <h5 id={headingId}>{e("formHeading", { number })}</h5>
          {state.formError && (
            <p className="form-error" role="alert">
              {state.formError}
            </p>
          )}
          <input type="hidden" name="draftId" value={draftId} />
          <input type="hidden" name="questionId" value={question.id} />
          <div key={state.successKey ?? 0} className="form-fields">
            <div className="studio-pair">
              {textField(
                "promptDe",
                e(isStatement ? "statementDe" : "promptDe"),
                {
                  lang: "de",
                  rows: 2,
                },
              )}
              {textField(
                "promptEn",
                e(isStatement ? "statementEn" : "promptEn"),
                {
                  lang: "en",
                  rows: 2,
                },
              )}
            </div>
            {published && hasLists && (
              <p className="hint">{e("publishedItemsHint")}</p>
            )}
            {typeFields()}
            <div className="studio-pair">
              {textField("explanationDe", e("explanationDe"), {
                lang: "de",
                rows: 3,
              })}
              {textField("explanationEn", e("explanationEn"), {
                lang: "en",
                rows: 3,
              })}
            </div>
          </div>
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
          <div
            id={problemsId}
            className="question-editor-check"
            aria-live="polite"
          >
            {checking ? (
              <p className="hint">{e("checking")}</p>
            ) : checkFailed ? (
              <p className="hint">{e("checkFailed")}</p>
            ) : problems === null ? null : problems.length === 0 ? (
              <p className="studio-ready">
                <span aria-hidden="true">✓ </span>
                {e("checkOk")}
              </p>
            ) : (
              <>
                <p className="studio-warning">
                  <span aria-hidden="true">⚠ </span>
                  {e("problemsHeading", { count: problems.length })}
                </p>
                <ul className="studio-warnings">
                  {problems.map((p, k) => (
                    <li key={k} className="studio-warning">
                      {problemText(tr, p)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t("saving") : e("save")}
          </button>
          <p className="form-success" role="status">
            {state.success ?? ""}
          </p>
        </form>
        <section
          className="question-preview"
          aria-labelledby={`${base}-preview`}
        >
          <h5 id={`${base}-preview`}>{e("previewHeading")}</h5>
          <noscript>
            <p className="hint">{e("previewNoScript")}</p>
          </noscript>
          {LANGUAGES.map((lang) => (
            <div key={lang} className="card question-preview-card">
              <h6>{e("previewLanguage", { lang })}</h6>
              <div lang={lang}>
                <Preview question={preview as Question} lang={lang} e={e} />
              </div>
            </div>
          ))}
        </section>
      </div>
    </details>
  );

  function typeFields(): ReactNode {
    switch (question.type) {
      case "single":
      case "multiple": {
        const multiple = question.type === "multiple";
        const chosen = new Set(initial.correct);
        return group(
          e("optionsLegend"),
          list(
            "options",
            { add: "addOption", remove: "removeOption" },
            (row, k, id) => (
              <>
                <label className="choice">
                  <input
                    type={multiple ? "checkbox" : "radio"}
                    name="correct"
                    value={id}
                    defaultChecked={chosen.has(id)}
                  />
                  <span>{e("optionCorrect", { number: k + 1 })}</span>
                </label>
                {pairOfTexts("optionDe", "optionEn", row, [
                  e("optionDe", { number: k + 1 }),
                  e("optionEn", { number: k + 1 }),
                ])}
              </>
            ),
          ),
          e(multiple ? "multipleHint" : "singleHint"),
        );
      }
      case "truefalse":
        return group(
          e("statementIs"),
          <div className="choice-row">
            {(["true", "false"] as const).map((answer) => (
              <label key={answer} className="choice">
                <input
                  type="radio"
                  name="correct"
                  value={answer}
                  defaultChecked={value("correct") === answer}
                />
                <span>{e(answer)}</span>
              </label>
            ))}
          </div>,
        );
      case "numeric":
        return (
          <>
            <div className="studio-pair">
              {textField("value", e("value"), { inputMode: "decimal" })}
              {textField("tolerance", e("tolerance"), {
                inputMode: "decimal",
              })}
            </div>
            <div className="studio-pair">
              {textField("unitDe", e("unitDe"), { lang: "de" })}
              {textField("unitEn", e("unitEn"), { lang: "en" })}
            </div>
            {select(
              "qualifier",
              e("qualifier"),
              NUMBER_QUALIFIERS.map((qualifier) => ({
                value: qualifier,
                label: e("qualifierOption", { qualifier }),
              })),
            )}
          </>
        );
      case "short":
        return (
          <>
            <div className="studio-pair">
              {textField("acceptedDe", e("acceptedDe"), {
                lang: "de",
                rows: 3,
              })}
              {textField("acceptedEn", e("acceptedEn"), {
                lang: "en",
                rows: 3,
              })}
            </div>
            <label className="choice check-field">
              <input
                type="checkbox"
                name="typoTolerance"
                defaultChecked={value("typoTolerance") === "on"}
              />
              <span>{e("typoTolerance")}</span>
            </label>
          </>
        );
      case "cloze":
        return (
          <>
            {textField("text", e("clozeText"), { lang: "de", rows: 3 })}
            {hydrated && !published && <p className="hint">{e("gapHint")}</p>}
            {list("gaps", { add: "addGap", remove: "removeGap" }, (row, k) =>
              textField("gap", e("gap", { number: k + 1 }), {
                row,
                lang: "de",
                rows: 2,
              }),
            )}
            {textField("wordBank", e("wordBank"), { lang: "de", rows: 3 })}
          </>
        );
      case "matching": {
        const rightItems = preview.type === "matching" ? preview.right : [];
        const rightIds = idsOf("right");
        return (
          <>
            {group(
              e("pairsLegend"),
              list(
                "left",
                { add: "addPair", remove: "removePair" },
                (row, k) => (
                  <>
                    {pairOfTexts("leftDe", "leftEn", row, [
                      e("leftDe", { number: k + 1 }),
                      e("leftEn", { number: k + 1 }),
                    ])}
                    {select(
                      "pair",
                      e("pair", { number: k + 1 }),
                      rightIds.map((id, r) => ({
                        value: id,
                        label: `${r + 1}: ${rightItems.find((item) => item.id === id)?.text.de ?? ""}`,
                      })),
                      row,
                    )}
                  </>
                ),
              ),
            )}
            {group(
              e("rightLegend"),
              list(
                "right",
                { add: "addRight", remove: "removeRight" },
                (row, k) =>
                  pairOfTexts("rightDe", "rightEn", row, [
                    e("rightDe", { number: k + 1 }),
                    e("rightEn", { number: k + 1 }),
                  ]),
              ),
            )}
          </>
        );
      }
      case "ordering": {
        const items = rows.items ?? [];
        const setPlace = (key: string, place: string) =>
          setRows({
            ...rows,
            items: items.map((r) => (r.key === key ? { ...r, place } : r)),
          });
        return group(
          e("itemsLegend"),
          list("items", { add: "addItem", remove: "removeItem" }, (row, k) => (
            <>
              {select(
                "position",
                e("position", { number: k + 1 }),
                items.map((_, place) => ({
                  value: String(place + 1),
                  label: String(place + 1),
                })),
                row,
                {
                  value: row.place ?? String(k + 1),
                  onChange: (place) => setPlace(row.key, place),
                },
              )}
              {pairOfTexts("itemDe", "itemEn", row, [
                e("itemDe", { number: k + 1 }),
                e("itemEn", { number: k + 1 }),
              ])}
            </>
          )),
        );
      }
    }
  }
}

/** The fields as the teacher last sent them (after a refusal), or the question as it stands. */
function fieldsOf(question: Question, state: FormState): QuestionForm {
  const defaults = questionFormDefaults(question);
  if (!state.values || state.success) return defaults;
  const sent: Record<string, string[]> = {};
  for (const name of Object.keys(defaults)) {
    try {
      const list: unknown = JSON.parse(state.values[name] ?? "null");
      if (Array.isArray(list)) sent[name] = list.map(String);
    } catch {
      // A value that is not the editor's own: keep the question's.
    }
  }
  const parsed = questionFormSchema.safeParse({ ...defaults, ...sent });
  return parsed.success ? parsed.data : defaults;
}

/** The question as a learner meets it, before answering (no key is shown). */
function Preview({
  question,
  lang,
  e,
}: {
  question: Question;
  lang: Language;
  e: (key: string, values?: Record<string, string | number>) => string;
}) {
  const box = (
    <span className="question-preview-box">{e("previewAnswer", { lang })}</span>
  );
  const prompt = (
    <p className="question-preview-prompt">{question.prompt[lang]}</p>
  );
  switch (question.type) {
    case "single":
    case "multiple":
      return (
        <>
          {prompt}
          <ul className="question-preview-options">
            {question.options.map((o) => (
              <li key={o.id}>
                <span aria-hidden="true">
                  {question.type === "single" ? "○ " : "☐ "}
                </span>
                {o.text[lang]}
              </li>
            ))}
          </ul>
        </>
      );
    case "truefalse":
      return (
        <>
          {prompt}
          <p className="question-preview-choices">
            <span className="question-preview-box">
              {e("previewTrue", { lang })}
            </span>{" "}
            <span className="question-preview-box">
              {e("previewFalse", { lang })}
            </span>
          </p>
        </>
      );
    case "numeric":
      return (
        <>
          {prompt}
          <p>
            {box} {question.unit?.[lang]}
          </p>
        </>
      );
    case "short":
      return (
        <>
          {prompt}
          <p>{box}</p>
        </>
      );
    case "cloze":
      return (
        <>
          {prompt}
          <p lang="de">
            {question.text.split(/(\{\{\d+\}\})/).map((part, k) => {
              const gap = /^\{\{(\d+)\}\}$/.exec(part);
              return gap ? (
                <span key={k} className="question-preview-box">
                  {gap[1]}
                </span>
              ) : (
                <span key={k}>{part}</span>
              );
            })}
          </p>
          {question.wordBank && (
            <p>
              {e("previewWordBank", { lang })}:{" "}
              <span lang="de">{question.wordBank.join(" · ")}</span>
            </p>
          )}
        </>
      );
    case "matching":
      return (
        <>
          {prompt}
          <ul className="question-preview-options">
            {question.left.map((item) => (
              <li key={item.id}>
                {item.text[lang]} →{" "}
                <span className="question-preview-box">
                  {e("previewChoose", { lang })}
                </span>
              </li>
            ))}
          </ul>
          <ul className="question-preview-options">
            {question.right.map((item) => (
              <li key={item.id}>{item.text[lang]}</li>
            ))}
          </ul>
        </>
      );
    case "ordering":
      return (
        <>
          {prompt}
          <ol className="question-preview-options">
            {question.items.map((item) => (
              <li key={item.id}>{item.text[lang]}</li>
            ))}
          </ol>
        </>
      );
  }
}
