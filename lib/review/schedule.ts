// Spaced-repetition scheduling glue: FSRS (the algorithm in Anki) from ts-fsrs, mapped to and from
// the flat state we store per review item. Framework-free; `now` is always passed in.
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  type Card,
  type Grade,
} from "ts-fsrs";

import type { ReviewRating } from "./ratings";

/** What the database keeps per item (columns of ReviewCard). */
export type ReviewState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

const GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
// No fuzz: the same history gives the same schedule, which keeps tests and support questions simple.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const toState = (card: Card): ReviewState => ({
  due: card.due,
  stability: card.stability,
  difficulty: card.difficulty,
  elapsedDays: card.elapsed_days,
  scheduledDays: card.scheduled_days,
  learningSteps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  lastReview: card.last_review ?? null,
});

const toCard = (s: ReviewState): Card => ({
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: s.elapsedDays,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state,
  last_review: s.lastReview ?? undefined,
});

/** A new item, due at once. */
export function newReviewState(now: Date): ReviewState {
  return toState(createEmptyCard(now));
}

/** The state after the learner rated how well they remembered the item at `now`. */
export function rateReview(
  state: ReviewState,
  rating: ReviewRating,
  now: Date,
): ReviewState {
  return toState(scheduler.next(toCard(state), now, GRADE[rating]).card);
}

export function isDue(state: Pick<ReviewState, "due">, now: Date): boolean {
  return state.due.getTime() <= now.getTime();
}
