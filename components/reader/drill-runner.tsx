"use client";
// Runs the drills on saved words one at a time; each answer is graded on the server.

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import {
  checkDrillAction,
  type CheckDrillResult,
} from "@/app/actions/vocabulary";
import { useFocusOnChange } from "@/components/use-focus-on-change";
import type { PublicDrill } from "@/lib/reader/drill";

type Verdict = Extract<CheckDrillResult, { ok: true }>;

export function DrillRunner({ drills }: { drills: PublicDrill[] }) {
  const t = useTranslations("Drill");
  const [index, setIndex] = useState(0);
  const [answer, setAnswer] = useState("");
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<"empty-answer" | "error" | null>(null);
  const [score, setScore] = useState(0);
  const [pending, startTransition] = useTransition();
  const verdictRef = useRef<HTMLHeadingElement>(null);
  const promptRef = useRef<HTMLHeadingElement>(null);
  const drill = drills[index];
  useFocusOnChange(verdictRef, verdict);
  useFocusOnChange(promptRef, index);

  if (!drill) {
    return (
      <div className="panel" role="status">
        <p>{t("done", { correct: score, total: drills.length })}</p>
        <button
          type="button"
          className="button primary"
          onClick={() => window.location.reload()}
        >
          {t("again")}
        </button>
      </div>
    );
  }

  const check = () => {
    if (!answer.trim()) {
      setError("empty-answer");
      return;
    }
    setError(null);
    startTransition(async () => {
      try {
        const result = await checkDrillAction({
          entryId: drill.entryId,
          kind: drill.kind,
          answer,
        });
        if (!result.ok) throw new Error(result.error);
        setVerdict(result);
        if (result.correct) setScore((s) => s + 1);
      } catch {
        setError("error");
      }
    });
  };
  const next = () => {
    setIndex(index + 1);
    setAnswer("");
    setVerdict(null);
    setError(null);
  };

  return (
    <div className="runner">
      <p className="progress-row">
        {t("progress", { current: index + 1, total: drills.length })}
      </p>
      <form
        className="question"
        onSubmit={(e) => {
          e.preventDefault();
          if (verdict) next();
          else check();
        }}
      >
        <h2 ref={promptRef} tabIndex={-1} className="prompt">
          {drill.kind === "de-en"
            ? t("promptDeEn")
            : drill.kind === "en-de"
              ? t("promptEnDe")
              : drill.kind === "article"
                ? t("promptArticle")
                : t.rich("promptCloze", {
                    word: drill.word,
                    de: (chunks) => <span lang="de">{chunks}</span>,
                  })}
        </h2>
        {drill.kind === "de-en" && (
          <p className="drill-word" lang="de">
            {drill.word}
          </p>
        )}
        {drill.kind === "en-de" && (
          <p className="drill-word" lang="en">
            {drill.meaning}
          </p>
        )}
        {drill.kind === "article" && (
          <p className="drill-word" lang="de">
            {drill.noun}
          </p>
        )}
        {drill.kind === "article" ? (
          // The noun stands once above; each option shows its article (and names the noun for
          // screen readers), so a long compound cannot overflow the option's box.
          <div
            role="radiogroup"
            aria-label={t("answerLabel")}
            className="options drill-articles"
          >
            {(["der", "die", "das"] as const).map((article) => (
              <label key={article} className="choice">
                <input
                  type="radio"
                  name="article"
                  value={article}
                  checked={answer === article}
                  disabled={!!verdict || pending}
                  onChange={() => setAnswer(article)}
                />
                <span lang="de">
                  {article}
                  <span className="visually-hidden"> {drill.noun}</span>
                </span>
              </label>
            ))}
          </div>
        ) : drill.kind === "cloze" ? (
          <>
            <p className="cloze-text" lang="de">
              {drill.before}
              <input
                type="text"
                className="gap-input"
                aria-label={t("gapLabel")}
                autoComplete="off"
                spellCheck={false}
                maxLength={200}
                value={answer}
                disabled={!!verdict || pending}
                onChange={(e) => setAnswer(e.target.value)}
              />
              {drill.after}
            </p>
            <p className="translation" lang="en">
              {drill.translation}
            </p>
          </>
        ) : (
          <div className="field">
            <label htmlFor="drill-answer">{t("answerLabel")}</label>
            <input
              id="drill-answer"
              type="text"
              lang={drill.kind === "de-en" ? "en" : "de"}
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              value={answer}
              disabled={!!verdict || pending}
              onChange={(e) => setAnswer(e.target.value)}
            />
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {t(error)}
          </p>
        )}
        {!verdict && (
          <button type="submit" className="button primary" disabled={pending}>
            {t("check")}
          </button>
        )}
      </form>
      {verdict && (
        <div className="after-answer">
          <div
            className={`feedback feedback-${verdict.correct ? "correct" : "incorrect"}`}
          >
            <h2 ref={verdictRef} tabIndex={-1} className="verdict">
              <span aria-hidden="true">{verdict.correct ? "✓" : "✗"}</span>{" "}
              {verdict.correct ? t("verdictCorrect") : t("verdictIncorrect")}
            </h2>
            <dl className="feedback-facts">
              <dt>{t("expected")}</dt>
              <dd>{verdict.expected}</dd>
              <dt>{t("inSentence")}</dt>
              <dd>
                <span lang="de">{verdict.sentence.de}</span>
                <br />
                <span lang="en" className="translation">
                  {verdict.sentence.en}
                </span>
              </dd>
            </dl>
          </div>
          <button type="button" className="button primary" onClick={next}>
            {t("next")}
          </button>
        </div>
      )}
    </div>
  );
}
