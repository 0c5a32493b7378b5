"use client";
// The controls for answering one question of each type. Controlled: the runner owns the draft answer.
// Once answered, each option, pair, position or gap carries its mark (components/quiz/marks.tsx).

import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { PublicAnswer } from "@/lib/quiz/answer-schema";
import type { Marking } from "@/lib/quiz/marking";
import type { PublicQuestion } from "@/lib/quiz/present";
import { ChoiceMark, Mark, choiceTone } from "./marks";

type Props<Q extends PublicQuestion = PublicQuestion> = {
  question: Q;
  value: PublicAnswer | null;
  onChange: (answer: PublicAnswer) => void;
  /** id of the element that labels the whole question (its prompt). */
  labelledBy: string;
  describedBy: string;
  disabled: boolean;
  /** Language of the question's own texts (the quiz language), which may differ from the UI's. */
  contentLang: "de" | "en";
  /** After the answer: what was right and wrong in it, part by part. */
  marking: Marking | null;
};

type Of<T extends PublicQuestion["type"]> = Extract<
  PublicQuestion,
  { type: T }
>;
type AnswerOf<T extends PublicAnswer["type"]> = Extract<
  PublicAnswer,
  { type: T }
>;

function markingOf<T extends Marking["type"]>(
  marking: Marking | null,
  type: T,
): Extract<Marking, { type: T }> | null {
  return marking?.type === type
    ? (marking as Extract<Marking, { type: T }>)
    : null;
}

function valueOf<T extends PublicAnswer["type"]>(
  value: PublicAnswer | null,
  type: T,
): AnswerOf<T> | null {
  return value?.type === type ? (value as AnswerOf<T>) : null;
}

/** The draft a question starts with: ordering starts from the shown order, the rest from nothing. */
export function initialAnswer(question: PublicQuestion): PublicAnswer | null {
  if (question.type === "ordering")
    return { type: "ordering", order: question.items.map((i) => i.id) };
  if (question.type === "cloze")
    return {
      type: "cloze",
      gaps: question.segments.filter((s) => s.kind === "gap").map(() => ""),
    };
  if (question.type === "matching") return { type: "matching", pairs: {} };
  if (question.type === "multiple") return { type: "multiple", optionIds: [] };
  return null;
}

/** Whether the draft is complete enough to send. */
export function isAnswered(
  question: PublicQuestion,
  value: PublicAnswer | null,
): boolean {
  if (!value) return false;
  switch (value.type) {
    case "single":
    case "truefalse":
    case "ordering":
      return true;
    case "multiple":
      return value.optionIds.length > 0;
    case "numeric":
    case "short":
      return value.text.trim().length > 0;
    case "cloze":
      return value.gaps.every((g) => g.trim().length > 0);
    case "matching":
      return (
        question.type === "matching" &&
        question.left.every((l) => value.pairs[l.id])
      );
  }
}

export function AnswerInput(props: Props) {
  const { question } = props;
  switch (question.type) {
    case "single":
      return <SingleChoice {...props} question={question} />;
    case "multiple":
      return <MultipleSelect {...props} question={question} />;
    case "truefalse":
      return <TrueFalse {...props} question={question} />;
    case "numeric":
    case "short":
      return <TextAnswer {...props} question={question} />;
    case "cloze":
      return <Cloze {...props} question={question} />;
    case "matching":
      return <Matching {...props} question={question} />;
    case "ordering":
      return <Ordering {...props} question={question} />;
  }
}

/** One option of a choice question: its control, its text, and once answered its mark. */
function ChoiceOption({
  input,
  text,
  contentLang,
  mark,
}: {
  input: ReactNode;
  text: string;
  contentLang?: string;
  mark: { chosen: boolean; correct: boolean } | undefined;
}) {
  return (
    <label
      className={
        mark
          ? `choice marked-${choiceTone(mark.chosen, mark.correct)}`
          : "choice"
      }
    >
      {input}
      <span className="choice-body">
        <span className="choice-text" lang={contentLang}>
          {text}
        </span>
        {mark && <ChoiceMark chosen={mark.chosen} correct={mark.correct} />}
      </span>
    </label>
  );
}

type Choice = {
  id: string;
  text: string;
  mark: { chosen: boolean; correct: boolean } | undefined;
};

/**
 * The options of a choice question as one group of radio buttons (pick one) or checkboxes (pick
 * several), labelled by the prompt; single choice, multiple select and true/false all use it.
 */
function ChoiceGroup({
  multiple,
  inline,
  name,
  choices,
  isChecked,
  onPick,
  labelledBy,
  describedBy,
  disabled,
  contentLang,
}: {
  multiple: boolean;
  inline?: boolean;
  /** The radio group's name (checkboxes need none). */
  name: string;
  choices: Choice[];
  isChecked: (id: string) => boolean;
  onPick: (id: string) => void;
  labelledBy: string;
  describedBy: string;
  disabled: boolean;
  /** The choices' language, when they are the question's own texts. */
  contentLang?: string;
}) {
  return (
    <div
      role={multiple ? "group" : "radiogroup"}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={inline ? "options options-inline" : "options"}
    >
      {choices.map((choice) => (
        <ChoiceOption
          key={choice.id}
          input={
            <input
              type={multiple ? "checkbox" : "radio"}
              name={multiple ? undefined : name}
              value={choice.id}
              checked={isChecked(choice.id)}
              disabled={disabled}
              onChange={() => onPick(choice.id)}
            />
          }
          text={choice.text}
          contentLang={contentLang}
          mark={choice.mark}
        />
      ))}
    </div>
  );
}

/** A choice question's options with their marks, once answered. */
function optionChoices(
  question: Of<"single"> | Of<"multiple">,
  marking: Marking | null,
): Choice[] {
  const marks = markingOf(marking, "choice")?.options;
  return question.options.map((option) => ({
    id: option.id,
    text: option.text,
    mark: marks?.find((m) => m.id === option.id),
  }));
}

function SingleChoice({
  question,
  value,
  onChange,
  marking,
  ...group
}: Props<Of<"single">>) {
  const selected = valueOf(value, "single")?.optionId;
  return (
    <ChoiceGroup
      {...group}
      multiple={false}
      name={`q-${question.id}`}
      choices={optionChoices(question, marking)}
      isChecked={(id) => selected === id}
      onPick={(id) => onChange({ type: "single", optionId: id })}
    />
  );
}

function MultipleSelect({
  question,
  value,
  onChange,
  marking,
  ...group
}: Props<Of<"multiple">>) {
  const selected = new Set(valueOf(value, "multiple")?.optionIds ?? []);
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange({
      type: "multiple",
      optionIds: question.options.map((o) => o.id).filter((o) => next.has(o)),
    });
  };
  return (
    <ChoiceGroup
      {...group}
      multiple
      name={`q-${question.id}`}
      choices={optionChoices(question, marking)}
      isChecked={(id) => selected.has(id)}
      onPick={toggle}
    />
  );
}

function TrueFalse({
  question,
  value,
  onChange,
  marking,
  contentLang: _questionLanguage,
  ...group
}: Props<Of<"truefalse">>) {
  const t = useTranslations("Quiz");
  const selected = valueOf(value, "truefalse")?.value;
  const marked = markingOf(marking, "truefalse");
  // "True" and "False" are the UI's words, not the question's: no content language on them.
  const choices = [true, false].map((choice) => ({
    id: String(choice),
    text: choice ? t("trueLabel") : t("falseLabel"),
    mark: marked
      ? {
          chosen: marked.given === choice,
          correct: marked.correct === choice,
        }
      : undefined,
  }));
  return (
    <ChoiceGroup
      {...group}
      multiple={false}
      inline
      name={`q-${question.id}`}
      choices={choices}
      isChecked={(id) => String(selected) === id}
      onPick={(id) => onChange({ type: "truefalse", value: id === "true" })}
    />
  );
}

function TextAnswer({
  question,
  value,
  onChange,
  describedBy,
  disabled,
}: Props<Of<"numeric"> | Of<"short">>) {
  const t = useTranslations("Quiz");
  const text =
    question.type === "numeric"
      ? valueOf(value, "numeric")?.text
      : valueOf(value, "short")?.text;
  const inputId = `answer-${question.id}`;
  return (
    <div className="field">
      <label htmlFor={inputId}>
        {question.type === "numeric" ? t("numericLabel") : t("shortLabel")}
      </label>
      <div className="input-with-unit">
        <input
          id={inputId}
          type="text"
          inputMode={question.type === "numeric" ? "decimal" : "text"}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={text ?? ""}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) =>
            onChange({ type: question.type, text: e.target.value })
          }
        />
        {question.type === "numeric" && question.unit && (
          <span className="unit">{question.unit}</span>
        )}
      </div>
    </div>
  );
}

function Cloze({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  disabled,
  marking,
}: Props<Of<"cloze">>) {
  const t = useTranslations("Quiz");
  const locale = useLocale();
  const gaps = valueOf(value, "cloze")?.gaps ?? [];
  const marks = markingOf(marking, "cloze")?.gaps;
  const setGap = (index: number, text: string) => {
    const next = question.segments
      .filter((s) => s.kind === "gap")
      .map((_, i) => gaps[i] ?? "");
    next[index] = text;
    onChange({ type: "cloze", gaps: next });
  };
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="cloze"
    >
      {question.wordBank && (
        <p className="word-bank">
          <span className="evidence-label">{t("clozeWordBank")}:</span>{" "}
          <span lang="de">{question.wordBank.join(" · ")}</span>
        </p>
      )}
      <p className="cloze-text" lang="de">
        {question.segments.map((segment, i) => {
          if (segment.kind === "text")
            return <span key={i}>{segment.text}</span>;
          const label = t("clozeGap", { number: segment.index + 1 });
          const mark = marks?.[segment.index];
          return (
            <span key={i} className="gap">
              {question.wordBank ? (
                <select
                  aria-label={label}
                  value={gaps[segment.index] ?? ""}
                  disabled={disabled}
                  onChange={(e) => setGap(segment.index, e.target.value)}
                >
                  <option value="">{t("clozeChoose")}</option>
                  {question.wordBank.map((word) => (
                    <option key={word} value={word}>
                      {word}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  type="text"
                  className="gap-input"
                  aria-label={label}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={200}
                  size={Math.max(8, (gaps[segment.index] ?? "").length + 1)}
                  value={gaps[segment.index] ?? ""}
                  disabled={disabled}
                  onChange={(e) => setGap(segment.index, e.target.value)}
                />
              )}
              {mark && (
                // The mark is in the UI's language; the gap's answer stays German.
                <span lang={locale}>
                  {mark.ok ? (
                    <Mark tone="right">{t("mark.right")}</Mark>
                  ) : (
                    <Mark tone="wrong">
                      {t("mark.gapIncorrect", { answer: mark.correct })}
                    </Mark>
                  )}
                </span>
              )}
            </span>
          );
        })}
      </p>
    </div>
  );
}

function Matching({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  disabled,
  contentLang,
  marking,
}: Props<Of<"matching">>) {
  const t = useTranslations("Quiz");
  const pairs = valueOf(value, "matching")?.pairs ?? {};
  const rows = markingOf(marking, "matching")?.rows;
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="matching"
    >
      {question.left.map((left) => {
        const selectId = `match-${question.id}-${left.id}`;
        const mark = rows?.find((row) => row.id === left.id);
        return (
          <div key={left.id} className="matching-row">
            <label htmlFor={selectId} lang={contentLang}>
              {left.text}
            </label>
            <select
              id={selectId}
              lang={contentLang}
              value={pairs[left.id] ?? ""}
              disabled={disabled}
              aria-describedby={mark ? `${selectId}-mark` : undefined}
              onChange={(e) => {
                const next = { ...pairs };
                if (e.target.value) next[left.id] = e.target.value;
                else delete next[left.id];
                onChange({ type: "matching", pairs: next });
              }}
            >
              <option value="">{t("matchingChoose")}</option>
              {question.right.map((right) => (
                <option key={right.id} value={right.id}>
                  {right.text}
                </option>
              ))}
            </select>
            {mark && (
              <Mark tone={mark.ok ? "right" : "wrong"} id={`${selectId}-mark`}>
                {mark.ok
                  ? t("mark.pairCorrect")
                  : t("mark.pairIncorrect", { answer: mark.correct })}
              </Mark>
            )}
          </div>
        );
      })}
    </div>
  );
}

function Ordering({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  disabled,
  contentLang,
  marking,
}: Props<Of<"ordering">>) {
  const t = useTranslations("Quiz");
  const [announcement, setAnnouncement] = useState("");
  const positions = markingOf(marking, "ordering")?.positions;
  const order =
    valueOf(value, "ordering")?.order ?? question.items.map((i) => i.id);
  const textOf = new Map(question.items.map((i) => [i.id, i.text]));
  const move = (from: number, to: number) => {
    const next = [...order];
    const [id] = next.splice(from, 1);
    if (id === undefined) return;
    next.splice(to, 0, id);
    onChange({ type: "ordering", order: next });
    setAnnouncement(
      t("orderingMoved", {
        item: textOf.get(id) ?? "",
        position: to + 1,
        total: next.length,
      }),
    );
    // Keep focus on the same item's button after it moved, so keyboard users can keep moving it.
    requestAnimationFrame(() => {
      const button = document.getElementById(
        `order-${question.id}-${id}-${to < from ? "up" : "down"}`,
      );
      (button && !(button as HTMLButtonElement).disabled
        ? button
        : document.getElementById(
            `order-${question.id}-${id}-${to < from ? "down" : "up"}`,
          )
      )?.focus();
    });
  };
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <ol className="ordering">
        {order.map((id, index) => {
          const mark = positions?.[index];
          return (
            <li
              key={id}
              className={
                mark ? (mark.ok ? "marked-right" : "marked-wrong") : undefined
              }
            >
              <span className="ordering-body">
                <span className="ordering-text" lang={contentLang}>
                  {textOf.get(id)}
                </span>
                {mark && (
                  <Mark tone={mark.ok ? "right" : "wrong"}>
                    {mark.ok
                      ? t("mark.positionCorrect")
                      : t("mark.positionIncorrect", { item: mark.correct })}
                  </Mark>
                )}
              </span>
              <span className="ordering-buttons">
                <button
                  type="button"
                  id={`order-${question.id}-${id}-up`}
                  className="icon-button"
                  disabled={disabled || index === 0}
                  aria-label={t("orderingMoveUp", {
                    item: textOf.get(id) ?? "",
                  })}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  id={`order-${question.id}-${id}-down`}
                  className="icon-button"
                  disabled={disabled || index === order.length - 1}
                  aria-label={t("orderingMoveDown", {
                    item: textOf.get(id) ?? "",
                  })}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
