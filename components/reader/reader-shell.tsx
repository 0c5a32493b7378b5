"use client";
// The interactive layer over the server-rendered article: the view mode, translation toggles,
// read-aloud, and the glossary card for any word. Words and tools are plain buttons rendered on the
// server; one delegated click handler here serves all of them.

import { useFormatter, useTranslations } from "next-intl";
import { setWordStatusAction } from "@/app/actions/vocabulary";
import type { WordStatus } from "@/lib/reader/vocabulary-schema";
import { wordPlace } from "@/lib/reader/article-markup";
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
} from "react";
import type { GlossaryCard } from "@/lib/reader/glossary";
import {
  READER_MODE_COOKIE,
  READER_MODES,
  type ReaderMode,
} from "@/lib/reader/reader-mode";
import { usePendingSaves } from "@/components/use-pending-saves";
import { GlossaryCardView } from "./glossary-card";

/** The open word card: which word (sentence:token), its button, and what is known of it yet. */
type CardState = { key: string; anchor: HTMLElement } & (
  | { status: "loading" }
  | { status: "error" }
  | { status: "ready"; card: GlossaryCard }
);

const ONE_YEAR_S = 60 * 60 * 24 * 365;

function rememberReaderMode(mode: ReaderMode) {
  document.cookie = `${READER_MODE_COOKIE}=${mode}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}

type Props = {
  initialMode: ReaderMode;
  /** The learner's words by glossary entry id. */
  initialStatuses: Record<string, WordStatus>;
  /** The article's learnable lemmas (entry ids), for the known-words count. */
  learnableIds: string[];
  /** The article, as lib/reader/article-html.ts writes it (escaped there). */
  articleHtml: string;
};

export function ReaderShell({
  initialMode,
  initialStatuses,
  learnableIds,
  articleHtml,
}: Props) {
  const t = useTranslations("Reader");
  const format = useFormatter();
  const [mode, setMode] = useState<ReaderMode>(initialMode);
  const [statuses, setStatuses] = useState(initialStatuses);
  const [statusError, setStatusError] = useState(false);
  const known = learnableIds.filter((id) => statuses[id] === "known").length;
  const [card, setCard] = useState<CardState | null>(null);
  const [speech, setSpeech] = useState<SpeechSynthesisVoice | null>(null);
  const [linked, setLinked] = useState<number | null>(null);
  const cache = useRef(new Map<string, Promise<GlossaryCard[]>>());
  const trackSave = usePendingSaves();

  // Offer read-aloud only where the browser has a German voice.
  useEffect(() => {
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return;
    const pick = () =>
      setSpeech(
        window.speechSynthesis
          .getVoices()
          .find((v) => v.lang.toLowerCase().startsWith("de")) ?? null,
      );
    pick();
    window.speechSynthesis.addEventListener("voiceschanged", pick);
    return () =>
      window.speechSynthesis.removeEventListener("voiceschanged", pick);
  }, []);

  const chooseMode = (next: ReaderMode) => {
    setMode(next);
    rememberReaderMode(next);
  };

  const cardsOf = useCallback((sentenceId: string) => {
    let cards = cache.current.get(sentenceId);
    if (!cards) {
      cards = fetch(`/api/glossary/${sentenceId}`).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<GlossaryCard[]>;
      });
      cards.catch(() => cache.current.delete(sentenceId));
      cache.current.set(sentenceId, cards);
    }
    return cards;
  }, []);

  const anchor = card?.anchor;
  const closeCard = useCallback(
    (returnFocus: boolean) => {
      setCard(null);
      if (returnFocus) anchor?.focus();
    },
    [anchor],
  );

  // A link to a sentence ("read in the article", "in context": /read#s03) marks it, also when the
  // page was reached by a client-side navigation, where the browser's :target does not apply.
  useEffect(() => {
    const markLinkedSentence = () => {
      for (const old of document.querySelectorAll(".sentence[data-linked]"))
        old.removeAttribute("data-linked");
      const id = decodeURIComponent(window.location.hash.slice(1));
      const sentence = id ? document.getElementById(id) : null;
      if (!sentence?.classList.contains("sentence")) return setLinked(null);
      sentence.setAttribute("data-linked", "true");
      sentence.tabIndex = -1;
      sentence.scrollIntoView({ block: "center", behavior: "instant" });
      sentence.focus({ preventScroll: true });
      setLinked(
        [...document.querySelectorAll(".reader .sentence")].indexOf(sentence) +
          1,
      );
    };
    markLinkedSentence();
    window.addEventListener("hashchange", markLinkedSentence);
    return () => window.removeEventListener("hashchange", markLinkedSentence);
  }, []);

  const setStatus = async (
    sentenceId: string,
    tokenIndex: number,
    entryId: string,
    status: WordStatus | null,
  ) => {
    const previous = statuses;
    setStatusError(false);
    setStatuses(({ [entryId]: _, ...rest }) =>
      status ? { ...rest, [entryId]: status } : rest,
    );
    try {
      // The button already shows the new status: keep the page from being left before it is stored.
      const result = await trackSave(
        setWordStatusAction({ sentenceId, tokenIndex, status }),
      );
      if (!result.ok) throw new Error(result.error);
    } catch {
      setStatuses(previous);
      setStatusError(true);
    }
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("button");
    if (!target) return;
    const { toggle, speak } = target.dataset;
    const word = wordPlace(target);
    if (word) {
      const key = `${word.sentenceId}:${word.index}`;
      const anchor = target;
      setCard({ key, anchor, status: "loading" });
      cardsOf(word.sentenceId)
        .then((cards) => {
          const found = cards[word.index];
          setCard((current) =>
            current?.key !== key
              ? current
              : found
                ? { key, anchor, status: "ready", card: found }
                : { key, anchor, status: "error" },
          );
        })
        .catch(() =>
          setCard((current) =>
            current?.key === key ? { key, anchor, status: "error" } : current,
          ),
        );
    } else if (toggle) {
      const element = document.getElementById(toggle);
      const open = element?.dataset.open !== "true";
      element?.setAttribute("data-open", String(open));
      target.setAttribute("aria-expanded", String(open));
    } else if (speak && speech) {
      // The German sentence without the buttons that close it.
      const german = document
        .querySelector(`#${CSS.escape(speak)} .sentence-de`)
        ?.cloneNode(true) as HTMLElement | undefined;
      german?.querySelectorAll(".tool-button").forEach((b) => b.remove());
      const text = german?.textContent ?? "";
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = speech;
      utterance.lang = speech.lang;
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(utterance);
    }
  };

  return (
    <>
      <p className="visually-hidden" role="status">
        {linked !== null && t("linkedSentence", { number: linked })}
      </p>
      <p className="known-words" role="status">
        {t("knownWords", {
          known,
          total: learnableIds.length,
          percent: format.number(
            learnableIds.length ? known / learnableIds.length : 0,
            { style: "percent", maximumFractionDigits: 0 },
          ),
        })}{" "}
        <span className="hint">{t("knownWordsHint")}</span>
      </p>
      <fieldset className="reader-modes">
        <legend>{t("modeLegend")}</legend>
        {READER_MODES.map((m) => (
          <label key={m} className="choice">
            <input
              type="radio"
              name="reader-mode"
              value={m}
              checked={mode === m}
              onChange={() => chooseMode(m)}
            />
            <span>{t(`modes.${m}`)}</span>
          </label>
        ))}
      </fieldset>
      {/* Clicks bubble up from the article's word and tool buttons; keyboard activation of a button is a click too. */}
      {/* The article is server HTML React leaves alone (lib/reader/article-html.ts): no fiber per word. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegated from the buttons inside */}
      <div
        className="reader"
        data-mode={mode}
        data-speech={speech ? "on" : "off"}
        onClick={onClick}
        dangerouslySetInnerHTML={{ __html: articleHtml }}
      />
      {card && (
        <GlossaryCardView
          state={card}
          onClose={closeCard}
          status={
            card.status === "ready"
              ? (statuses[card.card.entryId] ?? null)
              : null
          }
          statusError={statusError}
          onSetStatus={(status) => {
            if (card.status === "ready")
              void setStatus(
                card.card.sentence.id,
                card.card.tokenIndex,
                card.card.entryId,
                status,
              );
          }}
        />
      )}
    </>
  );
}

export type { CardState };
