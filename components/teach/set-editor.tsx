"use client";
// The set editor's two lists: the questions in the set and the question bank. Every button that
// changes the set (add, add all shown, remove, move) submits one form to editSetAction, which
// answers on the same page: without JavaScript the page is rendered again at its own URL (so the
// bank's filters stay), with it only the lists change, and the keyboard focus is put back near
// the button that was pressedRef.

import {
  useActionState,
  useEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from "react";
import { useTranslations } from "next-intl";
import { editSetAction } from "@/app/actions/teach";
import type { BankEntry } from "@/lib/teach/question-bank";
import type { BankFilter } from "@/lib/teach/set-schema";
import { QuestionBank, type FilterOptions } from "./question-bank";
import { EDIT_FORM_ID, type PressedButton } from "./set-edit-form";
import { SetItemList, type SetItem } from "./set-item-list";

export function SetEditor({
  setId,
  items,
  bank,
  filterOptions,
  initialFilter,
  warnings,
}: {
  setId: string;
  items: SetItem[];
  bank: (BankEntry & { meta: string })[];
  filterOptions: FilterOptions;
  initialFilter: BankFilter;
  /** Warnings about the set's questions, shown above them (e.g. one question giving away another). */
  warnings?: ReactNode;
}) {
  const t = useTranslations("Teach");
  const [state, editAction] = useActionState(editSetAction, {});
  const pressedRef = useRef<PressedButton | null>(null);
  const itemsHeading = useRef<HTMLHeadingElement>(null);
  const bankHeading = useRef<HTMLHeadingElement>(null);
  useFocusAfterEdit(
    state.successKey ?? state.formError,
    pressedRef,
    itemsHeading,
    bankHeading,
  );
  const inSet = new Set(items.map((i) => i.questionId));

  return (
    <>
      <form action={editAction} id={EDIT_FORM_ID} hidden>
        <input type="hidden" name="setId" value={setId} />
      </form>
      {state.formError && (
        <p className="form-error" role="alert">
          {state.formError}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {state.success ?? ""}
      </p>
      <div className="set-layout">
        <section className="panel" aria-labelledby="items-heading">
          <h2 id="items-heading" ref={itemsHeading} tabIndex={-1}>
            {t("setItemsHeading", { count: items.length })}
          </h2>
          {warnings}
          {items.length === 0 ? (
            <p>{t("setEmptyHint")}</p>
          ) : (
            <SetItemList setId={setId} items={items} pressedRef={pressedRef} />
          )}
        </section>
        <section className="panel" aria-labelledby="bank-heading">
          <h2 id="bank-heading" ref={bankHeading} tabIndex={-1}>
            {t("bankHeading")}
          </h2>
          <QuestionBank
            entries={bank}
            inSet={inSet}
            filterOptions={filterOptions}
            initialFilter={initialFilter}
            pressedRef={pressedRef}
          />
        </section>
      </div>
    </>
  );
}

/**
 * After an edit the pressedRef button may be gone (an added question shows "in the set", a removed
 * one leaves the list): the focus goes to the same kind of button at the same place, or to the
 * list's heading, instead of falling back to the top of the page.
 */
function useFocusAfterEdit(
  change: unknown,
  pressedRef: RefObject<PressedButton | null>,
  itemsHeading: RefObject<HTMLElement | null>,
  bankHeading: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const last = pressedRef.current;
    pressedRef.current = null;
    if (!last || change === undefined) return;
    const [verb, questionId] = last.intent.split(":");
    const button = (intent: string) =>
      document.querySelector<HTMLButtonElement>(
        `button[value="${CSS.escape(intent)}"]:not(:disabled)`,
      );
    // A question moved to the top or the bottom: its other arrow.
    const opposite = { up: "down", down: "up" }[verb as "up"];
    const heading =
      verb === "add" || verb === "addShown" ? bankHeading : itemsHeading;
    const same =
      button(last.intent) ??
      (opposite ? button(`${opposite}:${questionId}`) : null);
    const siblings = [
      ...document.querySelectorAll<HTMLButtonElement>(
        `button[data-verb="${verb}"]:not(:disabled)`,
      ),
    ];
    const target =
      same ??
      siblings[Math.min(last.index, siblings.length - 1)] ??
      heading.current;
    target?.focus();
  }, [change, pressedRef, itemsHeading, bankHeading]);
}
