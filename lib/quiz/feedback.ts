// What a learner is told about answers, as it reaches the browser: the reply to one posted answer
// (the quiz runner, POST /api/attempts/[attemptId]/answers) and the review items of a finished
// attempt (the results page). Sent only after the answer, never before. Types only and
// framework-free, so client components import them from here.
import type {
  EvidenceParagraph,
  EvidenceSentence,
} from "@/lib/content/catalog";
import type { Marking } from "./marking";

export type Feedback = {
  score: number;
  correct: boolean;
  correctAnswer: string;
  /** Every option, pair, position or gap marked; null for one-part answers and responses stored without it. */
  marking: Marking | null;
  explanation: string;
  sources: EvidenceSentence[];
  context: EvidenceParagraph[];
  /** The article the sources belong to: where "read in the article" leads. */
  articleId: string;
};

export type SubmitError =
  | "not-found"
  | "finished"
  | "out-of-sequence"
  | "already-answered"
  | "invalid-answer"
  | "time-up"
  | "rate-limited"
  /** The database cannot take the answer now (missing file, locked, full, read-only): nothing was stored. */
  | "unavailable";

export type SubmitOutcome =
  | {
      ok: true;
      position: number;
      finished: boolean;
      replay: boolean;
      feedback: Feedback | null;
    }
  | { ok: false; error: SubmitError };

export type ReviewItem = {
  position: number;
  questionId: string;
  prompt: string;
  given: string;
  score: number;
  feedback: Feedback;
};
