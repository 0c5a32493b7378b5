"use client";
// Runs an attempt in the browser: one question at a time, each answer sent to the server and graded
// there. Holds only keyless questions; the verdict and evidence arrive with each answer's response.

import { useTranslations } from "next-intl";
import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  useTransition,
} from "react";
import { useRouter } from "@/i18n/navigation";
import type { Feedback, SubmitError, SubmitOutcome } from "@/lib/quiz/feedback";
import type { PublicAnswer } from "@/lib/quiz/answer-schema";
import type { PublicQuestion } from "@/lib/quiz/present";
import { answersPath, resultsPath } from "@/lib/quiz/attempt-state";
import { useFocusOnChange } from "@/components/use-focus-on-change";
import { AnswerInput, initialAnswer, isAnswered } from "./answer-input";
import { FeedbackPanel } from "./feedback-panel";
import { ReportProblem } from "./report-problem";

type Props = {
  attemptId: string;
  itemCount: number;
  /** Questions still to answer, in order, starting with the next one. */
  questions: { position: number; question: PublicQuestion }[];
  questionLanguage: "de" | "en";
  feedbackMode: "immediate" | "end";
  /** End of the time limit (ISO), if the question set has one. */
  deadlineAt?: string | null;
  /** The server's view of the attempt moved on (another tab): fetch it again. */
  onStale: () => void;
};

type ErrorKey = SubmitError | "empty" | "network";

/**
 * Sends one answer; the reply (any status) carries the outcome. Throws when there is none.
 * `keepalive`: an answer sent just before the learner closes or leaves the page still reaches the
 * server (the browser would otherwise cancel it). Answers are far below keepalive's 64 KB limit.
 */
async function postAnswer(
  attemptId: string,
  position: number,
  answer: PublicAnswer,
): Promise<SubmitOutcome> {
  const response = await fetch(answersPath(attemptId), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ position, answer }),
    keepalive: true,
  });
  const outcome = (await response.json()) as SubmitOutcome;
  if (typeof outcome?.ok !== "boolean")
    throw new Error(`No outcome (HTTP ${response.status})`);
  return outcome;
}

export function QuizRunner({
  attemptId,
  itemCount,
  questions,
  questionLanguage,
  feedbackMode,
  deadlineAt,
  onStale,
}: Props) {
  const t = useTranslations("Quiz");
  const router = useRouter();
  const baseId = useId();
  const [index, setIndex] = useState(0);
  const current = questions[index];
  const [draft, setDraft] = useState<PublicAnswer | null>(
    current ? initialAnswer(current.question) : null,
  );
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [finished, setFinished] = useState(false);
  const [answered, setAnswered] = useState(false);
  const [error, setError] = useState<ErrorKey | null>(null);
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const verdictHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  const resultsHref = resultsPath(attemptId);

  useFocusOnChange(questionHeading, index);
  useFocusOnChange(verdictHeading, feedback);
  useFocusOnChange(errorRef, error);

  if (!current) return null;
  const { position, question } = current;
  const promptId = `${baseId}-prompt`;
  const hintId = `${baseId}-hint`;

  const goToNext = () => {
    if (finished) {
      router.push(resultsHref);
      return;
    }
    const next = questions[index + 1];
    setIndex(index + 1);
    setDraft(next ? initialAnswer(next.question) : null);
    setFeedback(null);
    setAnswered(false);
    setError(null);
  };

  const send = () => {
    if (!isAnswered(question, draft) || !draft) {
      setError("empty");
      return;
    }
    setError(null);
    startTransition(async () => {
      let result: SubmitOutcome;
      try {
        result = await postAnswer(attemptId, position, draft);
      } catch {
        setError("network");
        return;
      }
      if (!result.ok) {
        setError(result.error);
        if (
          result.error === "out-of-sequence" ||
          result.error === "finished" ||
          result.error === "already-answered"
        )
          onStale();
        if (result.error === "time-up") router.push(resultsHref);
        return;
      }
      setFinished(result.finished);
      if (result.feedback) {
        setAnswered(true);
        setFeedback(result.feedback);
      } else if (result.finished) {
        router.push(resultsHref);
      } else {
        setStatus(t("saved", { current: position + 1, total: itemCount }));
        goToNext();
      }
    });
  };

  return (
    <div className="runner">
      <div className="progress-row">
        <h2
          ref={questionHeading}
          tabIndex={-1}
          id={`${baseId}-progress`}
          className="question-number"
        >
          {t("progress", { current: position + 1, total: itemCount })}
        </h2>
        <progress
          aria-labelledby={`${baseId}-progress`}
          max={itemCount}
          value={position + (answered ? 1 : 0)}
        />
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {deadlineAt && (
        <Countdown
          deadlineAt={deadlineAt}
          onTimeUp={() => router.push(resultsHref)}
        />
      )}

      <form
        className="question"
        onSubmit={(e) => {
          e.preventDefault();
          if (answered) goToNext();
          else send();
        }}
      >
        <p id={promptId} className="prompt" lang={questionLanguage}>
          {question.prompt}
        </p>
        <p id={hintId} className="hint">
          {t(`hint.${question.type}`)}
        </p>
        <AnswerInput
          question={question}
          value={draft}
          onChange={(answer) => {
            setDraft(answer);
            if (error === "empty") setError(null);
          }}
          labelledBy={promptId}
          describedBy={hintId}
          disabled={answered || pending}
          contentLang={questionLanguage}
          marking={feedback?.marking ?? null}
        />
        {error && (
          <p ref={errorRef} tabIndex={-1} className="form-error" role="alert">
            {t(`errors.${error}`)}
          </p>
        )}
        {!answered && (
          <button type="submit" className="button primary" disabled={pending}>
            {pending
              ? t("submitting")
              : feedbackMode === "immediate"
                ? t("submit")
                : t("submitEnd")}
          </button>
        )}
      </form>

      {feedback && (
        <div className="after-answer">
          <FeedbackPanel
            feedback={feedback}
            contentLang={questionLanguage}
            headingRef={verdictHeading}
            id={`${baseId}-feedback`}
          />
          <button type="button" className="button primary" onClick={goToNext}>
            {finished ? t("seeResults") : t("next")}
          </button>
          <ReportProblem
            key={position}
            attemptId={attemptId}
            position={position}
          />
        </div>
      )}
    </div>
  );
}

// The clock as an external store: a tick every second in the browser, nothing on the server (the
// server's time would not match the browser's at hydration).
const subscribeToSeconds = (onTick: () => void) => {
  const timer = setInterval(onTick, 1000);
  return () => clearInterval(timer);
};
const currentSecond = () => Math.floor(Date.now() / 1000);
const noSecondOnServer = () => null;

/** Time left under a time limit. Announced to screen readers only at whole minutes and at the end. */
function Countdown({
  deadlineAt,
  onTimeUp,
}: {
  deadlineAt: string;
  onTimeUp: () => void;
}) {
  const t = useTranslations("Quiz");
  const deadline = new Date(deadlineAt).getTime();
  const nowS = useSyncExternalStore(
    subscribeToSeconds,
    currentSecond,
    noSecondOnServer,
  );
  const left =
    nowS === null ? null : Math.max(0, Math.round(deadline / 1000 - nowS));
  useEffect(() => {
    if (left === 0) onTimeUp();
  }, [left, onTimeUp]);
  if (left === null) return null;
  const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
  return (
    <p className={left < 60 ? "countdown urgent" : "countdown"}>
      <span aria-hidden="true">
        {left === 0 ? t("timeUp") : t("timeLeft", { time })}
      </span>
      <span className="visually-hidden" role="status">
        {left === 0
          ? t("timeUp")
          : left % 60 === 0
            ? t("timeLeft", { time })
            : ""}
      </span>
    </p>
  );
}
