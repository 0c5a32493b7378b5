"use client";
// The word card: a non-modal dialog for one word of the article, in the way learners know from
// LingQ or Readlang — the meaning first, the grammar in one line in the interface's language, and
// large buttons to save the word or mark it as known. On wide screens it is a popover next to the
// word (below it, or above when it does not fit below) that never covers the word or the site
// header; on phones it is a sheet at the bottom of the screen, and the page scrolls so the word
// stays visible above it. Escape or the close button closes it and returns focus to the word; a
// click elsewhere closes it and leaves focus where the click put it.

import { useLocale, useTranslations } from "next-intl";
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from "react";
import type { GlossaryCard } from "@/lib/reader/glossary";
import { WORD_BUTTON } from "@/lib/reader/article-markup";
import { parseGrammarForm } from "@/lib/reader/grammar-form";
import type { WordStatus } from "@/lib/reader/vocabulary-schema";
import type { CardState } from "./reader-shell";

type StatusProps = {
  status: WordStatus | null;
  statusError: boolean;
  onSetStatus: (status: WordStatus | null) => void;
};

/** Below this width the card is a bottom sheet (matches reader.css). */
const SHEET_QUERY = "(max-width: 40rem)";
/** Room kept between the card and the word, the header or the window's edge, in px. */
const GAP = 8;

export function GlossaryCardView({
  state,
  onClose,
  ...statusProps
}: {
  state: CardState;
  /** Closes the card; Escape and the close button take focus back to the word, a click elsewhere does not. */
  onClose: (returnFocus: boolean) => void;
} & StatusProps) {
  const t = useTranslations("Reader.glossary");
  const heading = useRef<HTMLHeadingElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const spacer = useRef<HTMLDivElement>(null);
  useCardPlacement(card, spacer, state.anchor, `${state.key}:${state.status}`);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [state.key, state.status]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose(true);
    // A click outside the card closes it; a click on another word opens that word instead.
    const onClickOutside = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (card.current?.contains(target) || target?.closest(WORD_BUTTON))
        return;
      onClose(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClickOutside);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClickOutside);
    };
  }, [onClose]);

  return (
    <>
      <div
        ref={card}
        className="glossary-card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="glossary-card-heading"
      >
        <div className="glossary-head">
          {state.status === "ready" ? (
            <h2 id="glossary-card-heading" ref={heading} tabIndex={-1}>
              <span lang="de">{state.card.surface}</span>
            </h2>
          ) : (
            <h2
              id="glossary-card-heading"
              ref={heading}
              tabIndex={-1}
              role={state.status === "error" ? "alert" : undefined}
            >
              {t(state.status === "error" ? "error" : "loading")}
            </h2>
          )}
          <button
            type="button"
            className="tool-button glossary-close"
            aria-label={t("close")}
            onClick={() => onClose(true)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        {state.status === "ready" && (
          <CardBody
            card={state.card}
            actions={<WordActions {...statusProps} />}
          />
        )}
      </div>
      {/* Room below the article for the sheet, so the page can scroll any word above it. */}
      <div ref={spacer} aria-hidden="true" className="glossary-sheet-room" />
    </>
  );
}

/** Places the card for its word when it opens, when its content changes and when the window does. */
function useCardPlacement(
  card: RefObject<HTMLDivElement | null>,
  spacer: RefObject<HTMLDivElement | null>,
  anchor: HTMLElement,
  content: string,
) {
  useLayoutEffect(() => {
    const place = (scroll: boolean) => {
      if (card.current && spacer.current)
        placeCard(card.current, spacer.current, anchor, scroll);
    };
    place(true);
    // Phones resize the window as their address bar comes and goes while the learner scrolls:
    // the card follows, the page is not scrolled back.
    const onResize = () => place(false);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, [card, spacer, anchor, content]);
}

/** Puts the card next to its word (or the sheet's room below the article), scrolling if `scroll`. */
function placeCard(
  card: HTMLElement,
  spacer: HTMLElement,
  anchor: HTMLElement,
  scroll: boolean,
) {
  const word = anchor.getBoundingClientRect();
  if (window.matchMedia(SHEET_QUERY).matches) {
    card.style.removeProperty("top");
    card.style.removeProperty("left");
    const height = card.offsetHeight;
    spacer.style.height = `${height}px`;
    // Keep the word above the sheet: scroll it up when the sheet would cover it.
    const covered = word.bottom + GAP - (window.innerHeight - height);
    if (scroll && covered > 0)
      window.scrollBy({ top: covered, behavior: "instant" });
    return;
  }
  spacer.style.height = "0";
  const headerBottom = Math.max(
    0,
    document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0,
  );
  const height = card.offsetHeight;
  const width = card.offsetWidth;
  const below = window.innerHeight - word.bottom - GAP;
  const above = word.top - headerBottom - GAP;
  const goAbove = height > below && above >= height;
  const viewportWidth = document.documentElement.clientWidth;
  card.style.top = `${window.scrollY + (goAbove ? word.top - GAP - height : word.bottom + GAP)}px`;
  card.style.left = `${
    window.scrollX +
    Math.max(GAP * 2, Math.min(word.left, viewportWidth - width - GAP * 2))
  }px`;
  // Below a word near the bottom of the window, the page scrolls to show the whole card.
  if (scroll && !goAbove)
    card.scrollIntoView({ block: "nearest", behavior: "instant" });
}

function CardBody({
  card,
  actions,
}: {
  card: GlossaryCard;
  actions: ReactNode;
}) {
  const t = useTranslations("Reader.glossary");
  const grammar = useTranslations("Reader.grammar");
  const locale = useLocale() as "de" | "en";
  const lemma = card.article ? `${card.article} ${card.lemma}` : card.lemma;
  const others = card.glosses.filter((g) => g !== card.gloss);
  const genderTerm = card.gender
    ? ({ m: "masculine", f: "feminine", n: "neuter" } as const)[card.gender]
    : null;
  const isNoun = card.pos === "noun";
  return (
    <>
      <p className="glossary-gloss">
        <span className="visually-hidden">{t("meaningHere")}: </span>
        <span lang="en">{card.gloss}</span>
      </p>
      {others.length > 0 && (
        <p className="glossary-also">
          {t("otherMeanings")}: <span lang="en">{others.join("; ")}</span>
        </p>
      )}
      <dl className="glossary-grammar">
        <div>
          <dt className="visually-hidden">{t("lemma")}</dt>
          <dd lang="de" className="glossary-lemma">
            {lemma}
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t("partOfSpeech")}</dt>
          <dd>
            {card.separable
              ? card.separable.parts.length > 1
                ? t("separable", { prefix: card.separable.prefix })
                : t("separableWith", { prefix: card.separable.prefix })
              : t(`pos.${card.pos}`)}
            {genderTerm && isNoun && <>, {grammar(genderTerm)}</>}
          </dd>
        </div>
        {isNoun && card.plural !== undefined && (
          <div>
            {card.plural ? (
              <>
                <dt>{card.pluralRare ? t("pluralRare") : t("plural")}:</dt>{" "}
                <dd lang="de">die {card.plural}</dd>
              </>
            ) : (
              <>
                <dt className="visually-hidden">{t("plural")}</dt>
                <dd>{t("noPlural")}</dd>
              </>
            )}
          </div>
        )}
        {card.participle && (
          <div>
            <dt>{t("participle")}:</dt> <dd lang="de">{card.participle}</dd>
          </div>
        )}
        {card.form && (
          <div>
            <dt>{t("form")}:</dt>{" "}
            <dd>
              <GrammarNote note={card.form} />
            </dd>
          </div>
        )}
      </dl>
      {card.expression && (
        <p className="glossary-expression">
          {t("expression")}: <span lang="de">{card.expression.lemma}</span> —{" "}
          <span lang="en">{card.expression.gloss}</span>
        </p>
      )}
      {actions}
      {card.note && (
        <p className="glossary-note">
          <span className="visually-hidden">{t("note")}: </span>
          {card.note[locale]}
        </p>
      )}
      <p className="glossary-sentence">
        {t("sentenceTranslation")}: <span lang="en">{card.sentence.en}</span>
      </p>
    </>
  );
}

/** The glossary's English grammar note in the interface's language (lib/reader/grammar-form.ts). */
function GrammarNote({ note }: { note: string }) {
  const grammar = useTranslations("Reader.grammar");
  return parseGrammarForm(note).map((part, i) =>
    part.kind === "term" ? (
      grammar(part.term)
    ) : part.kind === "german" ? (
      <span key={i} lang="de">
        {part.quoted ? grammar("quoted", { text: part.text }) : part.text}
      </span>
    ) : part.kind === "meaning" ? (
      <span key={i} lang="en">
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}

/** Save the word or mark it as known; pressing the pressed button again removes it. */
function WordActions({ status, statusError, onSetStatus }: StatusProps) {
  const t = useTranslations("Reader.glossary");
  return (
    <div className="word-actions">
      <button
        type="button"
        className="button"
        aria-pressed={status === "saved"}
        onClick={() => onSetStatus(status === "saved" ? null : "saved")}
      >
        <span aria-hidden="true">{status === "saved" ? "✓ " : ""}</span>
        {t("save")}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={status === "known"}
        onClick={() => onSetStatus(status === "known" ? null : "known")}
      >
        <span aria-hidden="true">{status === "known" ? "✓ " : ""}</span>
        {t("markKnown")}
      </button>
      {statusError && (
        <p role="alert" className="form-error">
          {t("saveError")}
        </p>
      )}
    </div>
  );
}
