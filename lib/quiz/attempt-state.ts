// What the quiz page fetches: about one attempt (GET /api/attempts/[attemptId]), small and per
// learner; and the question bank of its language (GET /api/question-bank/[language]), the same for
// everybody and prerendered at build time. See decision 011.
import type { FeedbackMode, Language } from "@/lib/content/content-schema";
import { orderForAttempt } from "./attempt-order";
import type { PublicQuestion } from "./present";

export type AttemptStateDto = {
  id: string;
  title: string;
  language: Language;
  feedbackMode: FeedbackMode;
  status: "in_progress" | "finished";
  itemCount: number;
  answeredCount: number;
  /** End of the time limit (ISO), if the question set has one. */
  deadlineAt: string | null;
  shuffleOptions: boolean;
  /** Questions still to answer, in order. */
  remaining: { position: number; questionId: string }[];
  /**
   * The keyless questions of `remaining` that the shared bank does not carry (of articles not open
   * to everybody's practice); the others come from the bank.
   */
  questions: PublicQuestion[];
};

/**
 * The questions still to answer, in the order and form this attempt shows them: picked from the
 * attempt's own questions or the bank of its language, options reordered per attempt when its set
 * shuffles them.
 */
export function questionsForAttempt(
  state: Pick<AttemptStateDto, "id" | "shuffleOptions" | "remaining"> &
    Partial<Pick<AttemptStateDto, "questions">>,
  bank: ReadonlyMap<string, PublicQuestion>,
): { position: number; question: PublicQuestion }[] {
  const own = new Map((state.questions ?? []).map((q) => [q.id, q]));
  return state.remaining.flatMap(({ position, questionId }) => {
    const question = own.get(questionId) ?? bank.get(questionId);
    if (!question) return [];
    return [
      {
        position,
        question: state.shuffleOptions
          ? orderForAttempt(question, state.id)
          : question,
      },
    ];
  });
}

/** Where an attempt is taken: the prerendered quiz page of its language. */
export const attemptPath = (attempt: { id: string; language: Language }) =>
  `/play/${attempt.language}?attempt=${attempt.id}`;

export const resultsPath = (attemptId: string) =>
  `/attempts/${attemptId}/results`;

/** The keyless questions of one question language: a static JSON file, built with the app. */
export const questionBankPath = (language: Language) =>
  `/api/question-bank/${language}`;

/** Where the quiz runner posts one answer of an attempt. */
export const answersPath = (attemptId: string) =>
  `/api/attempts/${attemptId}/answers`;

/** The learner's attempt state, as the quiz page requests it. */
export const attemptStatePath = (attemptId: string, locale: string) =>
  `/api/attempts/${attemptId}?locale=${locale}`;

/**
 * A tiny inline script for the prerendered quiz page: it starts both requests while the HTML is
 * still being parsed, before the page's JavaScript has loaded and hydrated; the player then takes
 * the responses (window.__qqPlay) instead of asking again. Static text per page, so the page's
 * hash-based CSP covers it (scripts/prerender-csp.ts).
 */
export function earlyFetchScript(language: Language, locale: string): string {
  const [stateBefore, stateAfter] = attemptStatePath("\u0000", locale)
    .split("\u0000")
    .map((part) => JSON.stringify(part));
  return [
    "(function(){try{",
    `var m=/[?&]attempt=([0-9a-f-]{36})(?:&|$)/i.exec(location.search);`,
    `window.__qqPlay={attempt:m?m[1]:null,bank:fetch(${JSON.stringify(questionBankPath(language))}),`,
    `state:m?fetch(${stateBefore}+m[1]+${stateAfter},{cache:"no-store"}):null}`,
    "}catch(e){}})();",
  ].join("");
}
