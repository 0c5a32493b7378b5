"use client";
// The quiz page's client half. The page is prerendered without any questions or learner data; this
// loads the question bank of its language (static JSON, keyless, the same for everybody) and the
// learner's attempt (which questions are left, in which order), and hands the runner those
// questions. Both requests were usually started by the page's inline script before this code
// loaded (earlyFetchScript); it takes those responses once. See decision 011.

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { Link, useRouter } from "@/i18n/navigation";
import type { Language } from "@/lib/content/schema";
import {
  attemptPath,
  attemptStatePath,
  questionBankPath,
  questionsForAttempt,
  resultsPath,
  type AttemptStateDto,
} from "@/lib/quiz/attempt-state";
import type { PublicQuestion } from "@/lib/quiz/present";
import { QuizRunner } from "./quiz-runner";

/** Shown until the attempt's state has arrived (also the page's prerendered HTML). */
export function AttemptLoading() {
  const t = useTranslations("Quiz");
  return (
    <article className="narrow" aria-busy="true">
      <h1>{t("documentTitle")}</h1>
      <p role="status">{t("loading")}</p>
    </article>
  );
}

type Load =
  | { kind: "loading" }
  | { kind: "missing" }
  | { kind: "error" }
  | {
      kind: "ready";
      attempt: AttemptStateDto;
      bank: Map<string, PublicQuestion>;
    };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type EarlyRequests = {
  attempt: string | null;
  bank: Promise<Response>;
  state: Promise<Response> | null;
};
declare global {
  interface Window {
    __qqPlay?: EarlyRequests;
  }
}

/** The requests the page's inline script started, for this attempt, at most once. */
function takeEarlyRequests(attemptId: string): EarlyRequests | null {
  const early = window.__qqPlay;
  delete window.__qqPlay;
  return early && early.attempt === attemptId ? early : null;
}

/** One bank per question language per page load: it is the same for every attempt. */
const banks = new Map<Language, Promise<Map<string, PublicQuestion>>>();
function loadBank(
  language: Language,
  early: Promise<Response> | undefined,
): Promise<Map<string, PublicQuestion>> {
  let bank = banks.get(language);
  if (!bank) {
    bank = (early ?? fetch(questionBankPath(language))).then(
      async (response) => {
        if (!response.ok) throw new Error(`question bank: ${response.status}`);
        const questions = (await response.json()) as PublicQuestion[];
        return new Map(questions.map((q) => [q.id, q]));
      },
    );
    // A failed load is not kept: the learner's retry asks again.
    bank.catch(() => banks.delete(language));
    banks.set(language, bank);
  }
  return bank;
}

export function AttemptPlayer({ language }: { language: Language }) {
  const t = useTranslations("Quiz");
  const tStart = useTranslations("StartQuiz");
  const locale = useLocale();
  const router = useRouter();
  const attemptId = useSearchParams().get("attempt") ?? "";
  const [loaded, setLoad] = useState<Load>({ kind: "loading" });
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  const validId = UUID.test(attemptId);

  useEffect(() => {
    if (!validId) return;
    const controller = new AbortController();
    const early = takeEarlyRequests(attemptId);
    (async () => {
      try {
        const bank = loadBank(language, early?.bank);
        const response = await (early?.state ??
          fetch(attemptStatePath(attemptId, locale), {
            cache: "no-store",
            signal: controller.signal,
          }));
        if (controller.signal.aborted) return;
        if (response.status === 404) return setLoad({ kind: "missing" });
        if (!response.ok) return setLoad({ kind: "error" });
        const attempt = (await response.json()) as AttemptStateDto;
        if (attempt.status === "finished")
          return router.replace(resultsPath(attempt.id));
        if (attempt.language !== language)
          return router.replace(attemptPath(attempt));
        const questions = await bank;
        if (!controller.signal.aborted)
          setLoad({ kind: "ready", attempt, bank: questions });
      } catch {
        if (!controller.signal.aborted) setLoad({ kind: "error" });
      }
    })();
    return () => controller.abort();
  }, [attemptId, validId, locale, language, router, generation]);

  const load = validId ? loaded : ({ kind: "missing" } as const);
  if (load.kind === "loading") return <AttemptLoading />;
  if (load.kind !== "ready") {
    return (
      <article className="narrow">
        <h1>
          {load.kind === "missing"
            ? t("missingHeading")
            : t("loadErrorHeading")}
        </h1>
        <p role="alert">
          {load.kind === "missing" ? t("missingBody") : t("loadErrorBody")}
        </p>
        <p className="actions">
          {load.kind === "error" && (
            <button type="button" className="button primary" onClick={reload}>
              {t("retryLoad")}
            </button>
          )}
          <Link className="button" href="/">
            {t("toQuizzes")}
          </Link>
        </p>
      </article>
    );
  }

  const { attempt, bank } = load;
  const questions = questionsForAttempt(attempt, bank);
  return (
    <article className="narrow">
      <div className="play-head">
        <h1>{attempt.title}</h1>
        <p className="badge">
          {t("languageBadge", {
            language:
              attempt.language === "de"
                ? tStart("languageDe")
                : tStart("languageEn"),
          })}
        </p>
      </div>
      <QuizRunner
        // A fresh runner whenever the server's view of the attempt moved on (e.g. another tab).
        key={attempt.answeredCount}
        attemptId={attempt.id}
        itemCount={attempt.itemCount}
        questions={questions}
        questionLanguage={attempt.language}
        feedbackMode={attempt.feedbackMode}
        deadlineAt={attempt.deadlineAt}
        onStale={reload}
      />
    </article>
  );
}
