"use client";
// The studio's editor of one question draft, folded under "Edit question": the fields of its type,
// a preview of the question as learners see it in both languages, and the checks publishing runs,
// shown as the teacher types (a debounced call of checkQuestionAction). Save posts the form to
// saveQuestionAction, which works without JavaScript and refuses with the same problems. This is
// the teacher's own draft page: the answer key is hers to edit.
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
import {
  LANGUAGES,
  NUMBER_QUALIFIERS,
  type Language,
  type Question,
} from "@/lib/content/content-schema";
import type { FormState } from "@/lib/forms";
import type { EditProblem } from "@/lib/studio/question-edit";
import {
  questionFormDefaults,
  questionFormOf,
  questionFormSchema,
  questionFromForm,
  type QuestionForm,
  type QuestionFormField,
} from "@/lib/studio/question-form";
import { problemText, type StudioTranslate } from "./problem-text";

const CHECK_DELAY_MS = 400;

type Props = { draftId: string; question: Question; number: number };

export function QuestionEditor({ draftId, question, number }: Props) {
  const t = useTranslations("Studio");
  const tr = t as unknown as StudioTranslate;
  const [state, formAction, pending] = useActionState<FormState, FormData>(
    saveQuestionAction,
    {},
  );
  const busy = useRedirectTo(state.redirectTo) || pending;
  const initial = fieldsOf(question, state);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastCheck = useRef(0);
  const [preview, setPreview] = useState(() =>
    questionFromForm(question, initial),
  );
  const [problems, setProblems] = useState<EditProblem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkFailed, setCheckFailed] = useState(false);

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

  const onEdit = () => {
    const form = readForm();
    if (!form) return;
    setPreview(questionFromForm(question, form));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(form), CHECK_DELAY_MS);
  };

  // After a save (or a saved draft coming back) the fields show what was kept: preview that.
  useEffect(() => {
    const form = readForm();
    if (form) setPreview(questionFromForm(question, form));
  }, [state, question, readForm]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const base = `qe-${question.id}`;
  const headingId = `${base}-heading`;
  const problemsId = `${base}-problems`;
  const value = (name: QuestionFormField, k = 0) => initial[name][k] ?? "";
  const textField = (
    name: QuestionFormField,
    label: string,
    options: {
      k?: number;
      lang?: Language;
      rows?: number;
      inputMode?: "decimal";
    } = {},
  ) => {
    const id = `${base}-${name}${options.k === undefined ? "" : `-${options.k}`}`;
    const common = {
      id,
      name,
      lang: options.lang,
      defaultValue: value(name, options.k),
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
    k?: number,
  ) => {
    const id = `${base}-${name}${k === undefined ? "" : `-${k}`}`;
    return (
      <div className="field" key={id}>
        <label htmlFor={id}>{label}</label>
        <select id={id} name={name} defaultValue={value(name, k)}>
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
    k: number,
    labels: [string, string],
  ) => (
    <div className="studio-pair" key={`${de}-${k}`}>
      {textField(de, labels[0], { k, lang: "de", rows: 2 })}
      {textField(en, labels[1], { k, lang: "en", rows: 2 })}
    </div>
  );
  const group = (legend: string, children: ReactNode, hint?: string) => (
    <fieldset className="field question-editor-group">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </fieldset>
  );

  const e = (key: string, values?: Record<string, string | number>) =>
    tr(`questionEditor.${key}`, values);
  const isStatement = question.type === "truefalse";

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
          question.options.map((option, k) => (
            <div key={option.id} className="question-editor-item">
              <label className="choice">
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name="correct"
                  value={option.id}
                  defaultChecked={chosen.has(option.id)}
                />
                <span>{e("optionCorrect", { number: k + 1 })}</span>
              </label>
              {pairOfTexts("optionDe", "optionEn", k, [
                e("optionDe", { number: k + 1 }),
                e("optionEn", { number: k + 1 }),
              ])}
            </div>
          )),
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
            {question.gaps.map((_, k) =>
              textField("gap", e("gap", { number: k + 1 }), {
                k,
                lang: "de",
                rows: 2,
              }),
            )}
            {textField("wordBank", e("wordBank"), { lang: "de", rows: 3 })}
          </>
        );
      case "matching":
        return (
          <>
            {group(
              e("pairsLegend"),
              question.left.map((item, k) => (
                <div key={item.id} className="question-editor-item">
                  {pairOfTexts("leftDe", "leftEn", k, [
                    e("leftDe", { number: k + 1 }),
                    e("leftEn", { number: k + 1 }),
                  ])}
                  {select(
                    "pair",
                    e("pair", { number: k + 1 }),
                    question.right.map((right, r) => ({
                      value: right.id,
                      label: `${r + 1}: ${right.text.de}`,
                    })),
                    k,
                  )}
                </div>
              )),
            )}
            {group(
              e("rightLegend"),
              question.right.map((item, k) => (
                <div key={item.id} className="question-editor-item">
                  {pairOfTexts("rightDe", "rightEn", k, [
                    e("rightDe", { number: k + 1 }),
                    e("rightEn", { number: k + 1 }),
                  ])}
                </div>
              )),
            )}
          </>
        );
      case "ordering":
        return group(
          e("itemsLegend"),
          question.correct.map((id, k) => (
            <div key={id} className="question-editor-item">
              {select(
                "position",
                e("position", { number: k + 1 }),
                question.correct.map((_, place) => ({
                  value: String(place + 1),
                  label: String(place + 1),
                })),
                k,
              )}
              {pairOfTexts("itemDe", "itemEn", k, [
                e("itemDe", { number: k + 1 }),
                e("itemEn", { number: k + 1 }),
              ])}
            </div>
          )),
        );
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
