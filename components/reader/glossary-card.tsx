"use client";
// The glossary card for one word of the article, as a non-modal dialog: Escape or the close button
// returns focus to the word.

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { WordStatus } from "@/lib/reader/vocabulary-schema";
import type { CardState } from "./reader-shell";

type StatusProps = {
  status: WordStatus | null;
  statusError: boolean;
  onSetStatus: (status: WordStatus | null) => void;
};

export function GlossaryCardView({
  state,
  onClose,
  ...statusProps
}: { state: CardState; onClose: () => void } & StatusProps) {
  const t = useTranslations("Reader.glossary");
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [state.key, state.status]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  return (
    <div
      className="glossary-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="glossary-card-heading"
    >
      <button
        type="button"
        className="tool-button glossary-close"
        onClick={onClose}
      >
        {t("close")}
      </button>
      {state.status === "loading" && (
        <h2 id="glossary-card-heading" ref={heading} tabIndex={-1}>
          {t("loading")}
        </h2>
      )}
      {state.status === "error" && (
        <h2 id="glossary-card-heading" ref={heading} tabIndex={-1} role="alert">
          {t("error")}
        </h2>
      )}
      {state.status === "ready" && (
        <>
          <CardBody card={state.card} headingRef={heading} />
          <WordActions {...statusProps} />
        </>
      )}
    </div>
  );
}

function CardBody({
  card,
  headingRef,
}: {
  card: Extract<CardState, { status: "ready" }>["card"];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const t = useTranslations("Reader.glossary");
  const locale = useLocale();
  const lemma = card.article ? `${card.article} ${card.lemma}` : card.lemma;
  const others = card.glosses.filter((g) => g !== card.gloss);
  return (
    <>
      <h2 id="glossary-card-heading" ref={headingRef} tabIndex={-1}>
        <span lang="de">{card.surface}</span>
      </h2>
      <dl className="glossary-facts">
        <dt>{t("lemma")}</dt>
        <dd lang="de">{lemma}</dd>
        <dt>{t("partOfSpeech")}</dt>
        <dd>{t(`pos.${card.pos}`)}</dd>
        {card.plural !== undefined && card.pos === "noun" && (
          <>
            <dt>{t("plural")}</dt>
            <dd lang="de">
              {card.plural ? `die ${card.plural}` : t("noPlural")}
            </dd>
          </>
        )}
        {card.infinitive && (
          <>
            <dt>{t("infinitive")}</dt>
            <dd lang="de">
              {card.infinitive}
              {card.separable && (
                <span className="glossary-note">
                  {" — "}
                  {card.separable.parts.length > 1
                    ? t("separable", { prefix: card.separable.prefix })
                    : t("separableWith", { prefix: card.separable.prefix })}
                </span>
              )}
            </dd>
          </>
        )}
        {card.participle && (
          <>
            <dt>{t("participle")}</dt>
            <dd lang="de">{card.participle}</dd>
          </>
        )}
        {card.form && (
          <>
            <dt>{t("form")}</dt>
            <dd lang="en">{card.form}</dd>
          </>
        )}
        <dt>{t("meaningHere")}</dt>
        <dd lang="en" className="glossary-gloss">
          {card.gloss}
        </dd>
        {others.length > 0 && (
          <>
            <dt>{t("otherMeanings")}</dt>
            <dd lang="en">{others.join("; ")}</dd>
          </>
        )}
        {card.expression && (
          <>
            <dt>{t("expression")}</dt>
            <dd>
              <span lang="de">{card.expression.lemma}</span> —{" "}
              <span lang="en">{card.expression.gloss}</span>
            </dd>
          </>
        )}
        {card.note && (
          <>
            <dt>{t("note")}</dt>
            <dd>{card.note[locale]}</dd>
          </>
        )}
        <dt>{t("sentenceTranslation")}</dt>
        <dd lang="en">{card.sentence.en}</dd>
      </dl>
    </>
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
