// What the quiz page fetches about one attempt (GET /api/attempts/[attemptId]): small and per
// learner. The questions themselves are prerendered into the page (app/[locale]/(focus)/play).
import type { FeedbackMode, Language } from '@/lib/content/schema';

export type AttemptStateDto = {
  id: string;
  title: string;
  language: Language;
  feedbackMode: FeedbackMode;
  status: 'in_progress' | 'finished';
  itemCount: number;
  answeredCount: number;
  /** End of the time limit (ISO), if the question set has one. */
  deadlineAt: string | null;
  shuffleOptions: boolean;
  /** Questions still to answer, in order. */
  remaining: { position: number; questionId: string }[];
};

/** Where an attempt is taken: the prerendered quiz page of its language. */
export const attemptPath = (attempt: { id: string; language: Language }) => `/play/${attempt.language}?attempt=${attempt.id}`;

export const resultsPath = (attemptId: string) => `/attempts/${attemptId}/results`;
