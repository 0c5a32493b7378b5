// The attempt lifecycle through the data layer on a real (temporary) SQLite database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  correctPublicAnswer,
  wrongPublicAnswer,
} from "@/tests/support/answers";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const attempts = await import("@/lib/data/attempts");
const { createLearner } = await import("@/lib/data/learners");
const { getCatalog } = await import("@/lib/content/catalog");
const { syncContentPack } = await import("@/lib/data/content-sync");
const { getContentPack } = await import("@/lib/content/load");

const catalog = getCatalog();
const QUICK = "nordkorea-russland-quick";
const quick = catalog.quizzesById.get(QUICK)!;
const questionAt = (position: number) =>
  catalog.questionsById.get(quick.questionIds[position]!)!;

let learnerId: string;
let strangerId: string;
beforeAll(async () => {
  learnerId = (await createLearner("Lena")).learner.id;
  strangerId = (await createLearner("Mallory")).learner.id;
});
afterAll(() => testDb.cleanup());

const responseCount = (attemptId: string) =>
  db.response.count({ where: { attemptId } });

describe("an attempt", () => {
  it("grades each answer on the server and stores it with snapshots of the key and the source sentences", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    const q = questionAt(0);
    const outcome = await attempts.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(q),
    });
    expect(outcome).toMatchObject({
      ok: true,
      finished: false,
      replay: false,
      feedback: { correct: true, score: 1 },
    });
    if (!outcome.ok || !outcome.feedback) throw new Error("expected feedback");
    expect(outcome.feedback.sources.map((s) => s.id)).toEqual(q.sentenceIds);
    expect(outcome.feedback.explanation).toBe(q.explanation.de);

    const stored = await db.response.findFirstOrThrow({
      where: { attemptId, position: 0 },
    });
    expect(stored).toMatchObject({
      questionId: q.id,
      questionVersion: 1,
      correct: true,
      score: 1,
    });
    expect(JSON.parse(stored.sourceSentences)).toEqual(
      q.sentenceIds.map((id) => {
        const s = catalog.sentencesById.get(id)!;
        return { id, de: s.de, en: s.en };
      }),
    );
    expect(Object.keys(JSON.parse(stored.correctAnswer))).toEqual(["de", "en"]);
  });

  it("records the same answer sent twice only once, and refuses a different second answer", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "en"))!;
    const answer = wrongPublicAnswer(questionAt(0));
    const first = await attempts.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer,
    });
    const again = await attempts.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer,
    });
    expect(first).toMatchObject({ ok: true, replay: false });
    expect(again).toMatchObject({
      ok: true,
      replay: true,
      feedback: { correct: false },
    });
    expect(await responseCount(attemptId)).toBe(1);

    const changed = await attempts.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(questionAt(0)),
    });
    expect(changed).toEqual({ ok: false, error: "already-answered" });
    expect(await responseCount(attemptId)).toBe(1);
  });

  it("records answers sent at the same moment (double click, two tabs) exactly once", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    const answer = correctPublicAnswer(questionAt(0));
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        attempts.submitResponse({ learnerId, attemptId, position: 0, answer }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.replay)).toHaveLength(1);
    expect(await responseCount(attemptId)).toBe(1);
    expect(
      (await db.attempt.findUniqueOrThrow({ where: { id: attemptId } }))
        .answeredCount,
    ).toBe(1);
  });

  it("rejects answers out of sequence, like Moodle’s sequence check", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    const skipped = await attempts.submitResponse({
      learnerId,
      attemptId,
      position: 2,
      answer: correctPublicAnswer(questionAt(2)),
    });
    expect(skipped).toEqual({ ok: false, error: "out-of-sequence" });
    const beyond = await attempts.submitResponse({
      learnerId,
      attemptId,
      position: 99,
      answer: correctPublicAnswer(questionAt(0)),
    });
    expect(beyond).toEqual({ ok: false, error: "not-found" });
    expect(await responseCount(attemptId)).toBe(0);
  });

  it("rejects an answer of the wrong type or with unknown options and changes nothing", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    const q = questionAt(0);
    const wrongType =
      q.type === "truefalse"
        ? ({ type: "short", text: "x" } as const)
        : ({ type: "truefalse", value: true } as const);
    expect(
      await attempts.submitResponse({
        learnerId,
        attemptId,
        position: 0,
        answer: wrongType,
      }),
    ).toEqual({ ok: false, error: "invalid-answer" });
    expect(await responseCount(attemptId)).toBe(0);
  });

  it("belongs to its learner only", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    expect(await attempts.getAttemptRunner(strangerId, attemptId)).toBeNull();
    expect(await attempts.getAttemptReview(strangerId, attemptId)).toBeNull();
    expect(
      await attempts.submitResponse({
        learnerId: strangerId,
        attemptId,
        position: 0,
        answer: correctPublicAnswer(questionAt(0)),
      }),
    ).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(await attempts.startRetryOfMissed(strangerId, attemptId)).toBeNull();
    expect(await responseCount(attemptId)).toBe(0);
  });

  it("resumes at the next unanswered question with keyless questions", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    for (const position of [0, 1, 2]) {
      await attempts.submitResponse({
        learnerId,
        attemptId,
        position,
        answer: correctPublicAnswer(questionAt(position)),
      });
    }
    const runner = (await attempts.getAttemptRunner(learnerId, attemptId))!;
    expect(runner.answeredCount).toBe(3);
    expect(runner.questions.map((q) => q.position)).toEqual(
      quick.questionIds.slice(3).map((_, i) => i + 3),
    );
    expect(runner.questions[0]!.question.id).toBe(quick.questionIds[3]);
    expect(JSON.stringify(runner)).not.toMatch(
      /"(correct|accepted|explanation|sentenceIds|tolerance)"/,
    );
  });

  it("finishes with a score, refuses further answers, and can retry exactly the missed questions", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    const missedPositions = [1, 4];
    for (let position = 0; position < quick.questionIds.length; position++) {
      const q = questionAt(position);
      const answer = missedPositions.includes(position)
        ? wrongPublicAnswer(q)
        : correctPublicAnswer(q);
      const outcome = await attempts.submitResponse({
        learnerId,
        attemptId,
        position,
        answer,
      });
      expect(outcome.ok).toBe(true);
    }
    const review = (await attempts.getAttemptReview(learnerId, attemptId))!;
    expect(review.attempt.status).toBe("finished");
    expect(review.items).toHaveLength(quick.questionIds.length);
    const missed = review.items
      .filter((i) => !i.feedback.correct)
      .map((i) => i.position);
    expect(missed).toEqual(missedPositions);
    expect(review.attempt.points).toBeCloseTo(
      review.items.reduce((sum, i) => sum + i.score, 0),
    );

    expect(
      await attempts.submitResponse({
        learnerId,
        attemptId,
        position: 0,
        answer: wrongPublicAnswer(questionAt(0)),
      }),
    ).toEqual({
      ok: false,
      error: "already-answered",
    });

    const retryId = (await attempts.startRetryOfMissed(learnerId, attemptId))!
      .id;
    const retry = (await attempts.getAttemptRunner(learnerId, retryId))!;
    expect(retry.isRetry).toBe(true);
    expect(retry.questions.map((q) => q.question.id)).toEqual(
      missedPositions.map((p) => quick.questionIds[p]),
    );

    const list = await attempts.listAttempts(learnerId);
    expect(list[0]!.id).toBe(retryId);
    expect(
      list.some((a) => a.id === attemptId && a.status === "finished"),
    ).toBe(true);
  });
});

describe("seeding the content", () => {
  it("changes nothing when run again", async () => {
    const before = await db.question.findMany({ orderBy: { id: "asc" } });
    const report = await syncContentPack(db, getContentPack());
    expect(report.articleChanged).toBe(false);
    expect(await db.question.findMany({ orderBy: { id: "asc" } })).toEqual(
      before,
    );
  });

  it("updates an edited question to a new version without touching the responses graded against the old one", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    const q = questionAt(0);
    await attempts.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(q),
    });
    const snapshot = await db.response.findFirstOrThrow({
      where: { attemptId },
    });

    const pack = structuredClone(getContentPack());
    const edited = pack.questions.find((x) => x.id === q.id)!;
    edited.explanation.de = `${edited.explanation.de} (überarbeitet)`;
    const sentence = pack.article.sentences.find(
      (s) => s.id === q.sentenceIds[0],
    )!;
    sentence.en = `${sentence.en} (revised)`;
    const report = await syncContentPack(db, pack);
    expect(report.questions).toEqual({ created: 0, updated: 1, retired: 0 });
    expect(report.sentences.updated).toBe(1);

    expect(
      (await db.question.findUniqueOrThrow({ where: { id: q.id } })).version,
    ).toBe(2);
    expect(
      await db.response.findFirstOrThrow({ where: { attemptId } }),
    ).toEqual(snapshot);

    // Putting the original back is another edit: version 3, still no response changed.
    await syncContentPack(db, getContentPack());
    expect(
      (await db.question.findUniqueOrThrow({ where: { id: q.id } })).version,
    ).toBe(3);
    expect(
      await db.response.findFirstOrThrow({ where: { attemptId } }),
    ).toEqual(snapshot);
  });
});
