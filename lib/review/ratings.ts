// How a learner rates a review; shared by the scheduler (server) and the rating buttons (browser).
export const RATINGS = ["again", "hard", "good", "easy"] as const;
export type ReviewRating = (typeof RATINGS)[number];
