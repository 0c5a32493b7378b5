"use client";
// One card at a time: the front, then (from the server) the answer in its source sentence, then a rating.

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import {
  rateReviewAction,
  revealReviewAction,
  type RevealResult,
} from "@/app/actions/review";
import { useFocusOnChange } from "@/components/use-focus-on-change";
import { Link } from "@/i18n/navigation";
import type { ReviewFront } from "@/lib/review/review-cards";
import { RATINGS, type ReviewRating } from "@/lib/review/ratings";

export function ReviewRunner({ fronts }: { fronts: ReviewFront[] }) {
  const t = useTranslations("Review");
  const [index, setIndex] = useState(0);
  const [back, setBack] = useState<Extract<RevealResult, { ok: true }> | null>(
    null,
  );
  const [error, setError] = useState(false);
  const [pending, startTransition] = useTransition();
  const answerRef = useRef<HTMLHeadingElement>(null);
  const frontRef = useRef<HTMLHeadingElement>(null);
  const front = fronts[index];
  useFocusOnChange(answerRef, back);
  useFocusOnChange(frontRef, index);

  if (!front) {
    return (
      <div className="panel" role="status">
        <p>{t("allDone")}</p>
        <ReviewNextSteps />
      </div>
    );
  }

  const reveal = () =>
    startTransition(async () => {
      try {
        const result = await revealReviewAction({ itemKey: front.itemKey });
        if (!result.ok) throw new Error("reveal");
        setError(false);
        setBack(result);
      } catch {
        setError(true);
      }
    });
  const rate = (rating: ReviewRating) =>
    startTransition(async () => {
      try {
        const result = await rateReviewAction({
          itemKey: front.itemKey,
          rating,
        });
        if (!result.ok) throw new Error("rate");
        setError(false);
        setBack(null);
        setIndex(index + 1);
      } catch {
        setError(true);
      }
    });

  return (
    <>
      {/* Counts down as cards are rated. */}
      <p role="status" className="review-due">
        {t("due", { count: fronts.length - index })}
      </p>
      <div className="question review-card">
        <h2 ref={frontRef} tabIndex={-1} className="question-number">
          {front.kind === "word" ? t("word") : t("fact")}
        </h2>
        {front.kind === "word" ? (
          <>
            <p className="drill-word" lang="de">
              {front.word}
            </p>
            <p className="evidence-context" lang="de">
              {front.sentence.before}
              <mark>{front.sentence.surface}</mark>
              {front.sentence.after}
            </p>
          </>
        ) : (
          <p className="prompt">{front.prompt}</p>
        )}
        {!back ? (
          <button
            type="button"
            className="button primary"
            onClick={reveal}
            disabled={pending}
          >
            {t("showAnswer")}
          </button>
        ) : (
          <>
            <h3 ref={answerRef} tabIndex={-1}>
              {t("answer")}
            </h3>
            <p
              className="correct-answer"
              lang={front.kind === "word" ? "en" : undefined}
            >
              {back.answer}
            </p>
            {back.explanation && (
              <p>
                <span className="evidence-label">{t("explanationLabel")}:</span>{" "}
                {back.explanation}
              </p>
            )}
            <h3>{t("source")}</h3>
            {back.sentences.map((s) => (
              <div key={s.id}>
                <p className="evidence-context" lang="de">
                  {s.de}
                </p>
                <p className="translation" lang="en">
                  {s.en}
                </p>
              </div>
            ))}
            <fieldset className="rating">
              <legend>{t("howWell")}</legend>
              {RATINGS.map((rating) => (
                <button
                  key={rating}
                  type="button"
                  className="button"
                  onClick={() => rate(rating)}
                  disabled={pending}
                >
                  {t(`ratings.${rating}`)}
                </button>
              ))}
            </fieldset>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {t("error")}
          </p>
        )}
      </div>
    </>
  );
}

/** Where to go when nothing is due: what brings new cards. */
export function ReviewNextSteps() {
  const t = useTranslations("Review");
  return (
    <p className="actions">
      <Link className="button primary" href="/read">
        {t("toReader")}
      </Link>
      <Link className="button" href="/">
        {t("toQuizzes")}
      </Link>
    </p>
  );
}
