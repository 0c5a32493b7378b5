// The learner dashboard's numbers: reviews due, words known and saved, finished quizzes.
import "server-only";
import { db } from "@/lib/db/client";
import { syncReviewItems } from "./reviews";

export type LearnerStats = {
  reviewsDue: number;
  wordsKnown: number;
  wordsSaved: number;
  quizzesFinished: number;
};

export async function getLearnerStats(
  learnerId: string,
  now: Date,
): Promise<LearnerStats> {
  await syncReviewItems(learnerId, now);
  const [reviewsDue, wordsKnown, wordsSaved, quizzesFinished] =
    await Promise.all([
      db.reviewCard.count({ where: { learnerId, due: { lte: now } } }),
      db.vocabularyWord.count({ where: { learnerId, status: "known" } }),
      db.vocabularyWord.count({ where: { learnerId, status: "saved" } }),
      db.attempt.count({ where: { learnerId, status: "finished" } }),
    ]);
  return { reviewsDue, wordsKnown, wordsSaved, quizzesFinished };
}
