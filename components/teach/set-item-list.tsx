"use client";
// The questions of a set, in order. Reordering works with the Up/Down buttons (plain forms, by
// keyboard and without JavaScript) and, with a mouse or touch, by dragging a row onto another.

import { useOptimistic, useState, useTransition } from "react";
import {
  moveQuestionAction,
  removeQuestionAction,
  reorderQuestionsAction,
} from "@/app/actions/teach";
import { useRouter } from "@/i18n/navigation";

type Item = { questionId: string; prompt: string; meta: string };
type Labels = {
  up: string;
  down: string;
  remove: string;
  dragHint: string;
  moved: string;
  failed: string;
};

export function SetItemList({
  setId,
  items,
  labels,
  back,
}: {
  setId: string;
  items: Item[];
  labels: Labels;
  back: string;
}) {
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
      setStatus(ok ? labels.moved : labels.failed);
      router.refresh();
    });
  };

  return (
    <>
      <p className="hint">{labels.dragHint}</p>
      <ol className="set-items">
        {optimistic.map((item, index) => (
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
            <div className="set-item-text">
              <span className="hint block">{item.meta}</span>
              {item.prompt}
            </div>
            <div className="set-item-actions">
              {(["up", "down"] as const).map((direction) => (
                <form key={direction} action={moveQuestionAction}>
                  <input type="hidden" name="setId" value={setId} />
                  <input
                    type="hidden"
                    name="questionId"
                    value={item.questionId}
                  />
                  <input type="hidden" name="direction" value={direction} />
                  <input type="hidden" name="back" value={back} />
                  <button
                    type="submit"
                    className="button small"
                    disabled={
                      direction === "up"
                        ? index === 0
                        : index === optimistic.length - 1
                    }
                    aria-label={`${direction === "up" ? labels.up : labels.down}: ${index + 1}. ${item.prompt}`}
                  >
                    {direction === "up" ? "↑" : "↓"}
                  </button>
                </form>
              ))}
              <form action={removeQuestionAction}>
                <input type="hidden" name="setId" value={setId} />
                <input
                  type="hidden"
                  name="questionId"
                  value={item.questionId}
                />
                <input type="hidden" name="back" value={back} />
                <button
                  type="submit"
                  className="button small"
                  aria-label={`${labels.remove}: ${index + 1}. ${item.prompt}`}
                >
                  {labels.remove}
                </button>
              </form>
            </div>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
