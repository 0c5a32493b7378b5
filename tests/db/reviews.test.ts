// The review queue through the data layer, with the clock moved by hand.
import { afterAll, describe, expect, it } from "vitest";
import { correctPublicAnswer } from "@/tests/support/answers";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const reviews = await import("@/lib/data/reviews");
const attempts = await import("@/lib/data/attempts");
const answers = await import("@/lib/data/answers");
const vocabulary = await import("@/lib/data/vocabulary");
const { createLearner } = await import("@/lib/data/learners");
const { getCatalog } = await import("@/lib/content/catalog");
afterAll(() => testDb.cleanup());

const DAY = 24 * 60 * 60 * 1000;

describe("the review queue", () => {
  it("holds saved words and answered questions, hides answers until revealed, and schedules by rating", async () => {
    const learnerId = (await createLearner("Wiederholer")).learner.id;
    const stranger = (await createLearner("Fremd")).learner.id;
    const quiz = getCatalog().quizzesById.get("nordkorea-russland-quick")!;
    const attemptId = (await attempts.startAttempt(learnerId, quiz.id, "de"))!;
    const question = getCatalog().questionsById.get(quiz.questionIds[0]!)!;
    await answers.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(question),
    });
    await vocabulary.setWordStatus(learnerId, {
      sentenceId: "s01",
      tokenIndex: 7,
      status: "saved",
    });

    const now = new Date("2026-12-01T10:00:00Z");
    await reviews.syncReviewItems(learnerId, now);
    await reviews.syncReviewItems(learnerId, now); // idempotent
    const due = await reviews.getDueReviews(learnerId, now, "de");
    expect(due.map((d) => d.kind).sort()).toEqual(["fact", "word"]);
    // The facts behind the answered question, for the learner's own Anki package.
    const library = await (await import("@/lib/data/library")).getLibrary();
    expect(await reviews.reviewedFactIds(learnerId, library)).toEqual(
      new Map([["nordkorea-russland", question.factIds]]),
    );
    expect((await reviews.reviewedFactIds(stranger, library)).size).toBe(0);
    expect(JSON.stringify(due)).not.toContain(question.explanation.de);

    const fact = due.find((d) => d.kind === "fact")!;
    expect(await reviews.revealReview(stranger, fact.itemKey, "de")).toBeNull();
    const back = (await reviews.revealReview(learnerId, fact.itemKey, "de"))!;
    expect(back.explanation).toBe(question.explanation.de);
    expect(back.sentences.map((s) => s.id)).toEqual(question.sentenceIds);

    for (const item of due)
      expect(
        await reviews.rateReviewItem(learnerId, item.itemKey, "good", now),
      ).not.toBeNull();
    expect(await reviews.getDueReviews(learnerId, now, "de")).toEqual([]);
    expect(
      await reviews.getDueReviews(
        learnerId,
        new Date(now.getTime() + 30 * DAY),
        "de",
      ),
    ).toHaveLength(2);
    expect(
      await reviews.rateReviewItem(stranger, fact.itemKey, "good", now),
    ).toBeNull();
  });
});
