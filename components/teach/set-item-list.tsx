"use client";
// The questions of a set, in order. Reordering works with the Up/Down buttons (by keyboard and
// without JavaScript, through the editor's form) and, with a mouse or touch, by dragging a row
// onto another. A long set shows its first questions and folds the rest away.

import { useOptimistic, useState, useTransition, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { reorderQuestionsAction } from "@/app/actions/teach";
import { useRouter } from "@/i18n/navigation";
import { EDIT_FORM_ID, type PressedButton } from "./set-edit-form";

export type SetItem = { questionId: string; prompt: string; meta: string };

/** Questions shown before "show more": enough to see the start of a set at a glance. */
const VISIBLE_ITEMS = 10;

export function SetItemList({
  setId,
  items,
  pressedRef,
}: {
  setId: string;
  items: SetItem[];
  pressedRef: RefObject<PressedButton | null>;
}) {
  const t = useTranslations("Teach");
  const router = useRouter();
  const [optimistic, setOptimistic] = useOptimistic(items);
  const [dragged, setDragged] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [, startTransition] = useTransition();

  const dropOn = (targetId: string) => {
    if (!dragged || dragged === targetId) return;
    const ids = optimistic
      .map((i) => i.questionId)
      .filter((id) => id !== dragged);
    ids.splice(
      ids.indexOf(targetId) +
        (optimistic.findIndex((i) => i.questionId === dragged) <
        optimistic.findIndex((i) => i.questionId === targetId)
          ? 1
          : 0),
      0,
      dragged,
    );
    const next = ids.map((id) => optimistic.find((i) => i.questionId === id)!);
    setDragged(null);
    startTransition(async () => {
      setOptimistic(next);
      const ok = await reorderQuestionsAction({ setId, questionIds: ids });
      setStatus(ok ? t("orderSaved") : t("orderFailed"));
      router.refresh();
    });
  };

  const row = (item: SetItem, index: number) => {
    const button = (
      verb: "up" | "down" | "remove",
      label: string,
      text: string,
      disabled = false,
    ) => (
      <button
        type="submit"
        form={EDIT_FORM_ID}
        name="intent"
        value={`${verb}:${item.questionId}`}
        data-verb={verb}
        className="button small"
        disabled={disabled}
        aria-label={`${label}: ${index + 1}. ${item.prompt}`}
        onClick={() => {
          pressedRef.current = { intent: `${verb}:${item.questionId}`, index };
        }}
      >
        {text}
      </button>
    );
    return (
      <li
        key={item.questionId}
        draggable
        onDragStart={(e) => {
          setDragged(item.questionId);
          e.dataTransfer.effectAllowed = "move";
        }}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          dropOn(item.questionId);
        }}
        className={dragged === item.questionId ? "dragging" : undefined}
      >
        <span className="set-item-number">{index + 1}.</span>
        <div className="set-item-text">
          <span className="hint block">{item.meta}</span>
          {item.prompt}
        </div>
        <div className="set-item-actions">
          {button("up", t("moveUp"), "↑", index === 0)}
          {button("down", t("moveDown"), "↓", index === optimistic.length - 1)}
          {button("remove", t("removeQuestion"), t("removeQuestion"))}
        </div>
      </li>
    );
  };

  const rest = optimistic.slice(VISIBLE_ITEMS);
  return (
    <>
      <p className="hint">{t("dragHint")}</p>
      <ol className="set-items">
        {optimistic.slice(0, VISIBLE_ITEMS).map(row)}
      </ol>
      {rest.length > 0 && (
        <details className="more">
          <summary>{t("showMore", { count: rest.length })}</summary>
          <ol className="set-items">
            {rest.map((item, i) => row(item, VISIBLE_ITEMS + i))}
          </ol>
        </details>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
