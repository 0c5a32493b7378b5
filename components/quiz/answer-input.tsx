"use client";
// The controls for answering one question of each type. Controlled: the runner owns the draft answer.

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PublicAnswer } from "@/lib/quiz/answer-schema";
import type { PublicQuestion } from "@/lib/quiz/present";

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
};

type Of<T extends PublicQuestion["type"]> = Extract<
  PublicQuestion,
  { type: T }
>;
type AnswerOf<T extends PublicAnswer["type"]> = Extract<
  PublicAnswer,
  { type: T }
>;

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

function SingleChoice({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  disabled,
  contentLang,
}: Props<Of<"single">>) {
  const selected = valueOf(value, "single")?.optionId;
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="options"
    >
      {question.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="radio"
            name={`q-${question.id}`}
            value={option.id}
            checked={selected === option.id}
            disabled={disabled}
            onChange={() => onChange({ type: "single", optionId: option.id })}
          />
          <span lang={contentLang}>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

function MultipleSelect({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  disabled,
  contentLang,
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
    <div
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="options"
    >
      {question.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="checkbox"
            value={option.id}
            checked={selected.has(option.id)}
            disabled={disabled}
            onChange={() => toggle(option.id)}
          />
          <span lang={contentLang}>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

function TrueFalse({
  question,
  value,
  onChange,
  labelledBy,
  describedBy,
  disabled,
}: Props<Of<"truefalse">>) {
  const t = useTranslations("Quiz");
  const selected = valueOf(value, "truefalse")?.value;
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="options options-inline"
    >
      {[true, false].map((choice) => (
        <label key={String(choice)} className="choice">
          <input
            type="radio"
            name={`q-${question.id}`}
            checked={selected === choice}
            disabled={disabled}
            onChange={() => onChange({ type: "truefalse", value: choice })}
          />
          <span>{choice ? t("trueLabel") : t("falseLabel")}</span>
        </label>
      ))}
    </div>
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
}: Props<Of<"cloze">>) {
  const t = useTranslations("Quiz");
  const gaps = valueOf(value, "cloze")?.gaps ?? [];
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
    >
      {question.wordBank && (
        <p className="word-bank">
          <span className="evidence-label">{t("clozeWordBank")}:</span>{" "}
          <span lang="de">{question.wordBank.join(" · ")}</span>
        </p>
      )}
      <p className="cloze-text" lang="de">
        {question.segments.map((segment, i) =>
          segment.kind === "text" ? (
            <span key={i}>{segment.text}</span>
          ) : question.wordBank ? (
            <select
              key={i}
              aria-label={t("clozeGap", { number: segment.index + 1 })}
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
              key={i}
              type="text"
              className="gap-input"
              aria-label={t("clozeGap", { number: segment.index + 1 })}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              size={Math.max(8, (gaps[segment.index] ?? "").length + 1)}
              value={gaps[segment.index] ?? ""}
              disabled={disabled}
              onChange={(e) => setGap(segment.index, e.target.value)}
            />
          ),
        )}
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
}: Props<Of<"matching">>) {
  const t = useTranslations("Quiz");
  const pairs = valueOf(value, "matching")?.pairs ?? {};
  return (
    <div
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="matching"
    >
      {question.left.map((left) => {
        const selectId = `match-${question.id}-${left.id}`;
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
}: Props<Of<"ordering">>) {
  const t = useTranslations("Quiz");
  const [announcement, setAnnouncement] = useState("");
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
        {order.map((id, index) => (
          <li key={id}>
            <span className="ordering-text" lang={contentLang}>
              {textOf.get(id)}
            </span>
            <span className="ordering-buttons">
              <button
                type="button"
                id={`order-${question.id}-${id}-up`}
                className="icon-button"
                disabled={disabled || index === 0}
                aria-label={t("orderingMoveUp", { item: textOf.get(id) ?? "" })}
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
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
