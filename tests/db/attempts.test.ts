// The attempt lifecycle through the data layer on a real (temporary) SQLite database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  correctPublicAnswer,
  wrongPublicAnswer,
} from "@/tests/support/answers";
import { setUpTestDatabase } from "@/tests/support/test-db";
import type { Question } from "@/lib/content/content-schema";
import { questionsForAttempt } from "@/lib/quiz/attempt-state";
import { publicId } from "@/lib/quiz/present";
import { questionBank } from "@/tests/support/question-bank";

const testDb = await setUpTestDatabase();
const { db } = testDb;
const attempts = await import("@/lib/data/attempts");
const answers = await import("@/lib/data/answers");
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
    const outcome = await answers.submitResponse({
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
    // The display text in both languages as before, and now the structured solution beside it.
    expect(Object.keys(JSON.parse(stored.correctAnswer))).toEqual([
      "de",
      "en",
      "solution",
    ]);
  });

  it("records the same answer sent twice only once, and refuses a different second answer", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "en"))!;
    const answer = wrongPublicAnswer(questionAt(0));
    const first = await answers.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer,
    });
    const again = await answers.submitResponse({
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

    const changed = await answers.submitResponse({
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
        answers.submitResponse({ learnerId, attemptId, position: 0, answer }),
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
    const skipped = await answers.submitResponse({
      learnerId,
      attemptId,
      position: 2,
      answer: correctPublicAnswer(questionAt(2)),
    });
    expect(skipped).toEqual({ ok: false, error: "out-of-sequence" });
    const beyond = await answers.submitResponse({
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
      await answers.submitResponse({
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
    expect(await attempts.getAttemptState(strangerId, attemptId)).toBeNull();
    expect(await attempts.getAttemptReview(strangerId, attemptId)).toBeNull();
    expect(
      await answers.submitResponse({
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
      await answers.submitResponse({
        learnerId,
        attemptId,
        position,
        answer: correctPublicAnswer(questionAt(position)),
      });
    }
    const state = (await attempts.getAttemptState(learnerId, attemptId))!;
    const questions = questionsForAttempt(
      state,
      await questionBank(state.language),
    );
    expect(state.answeredCount).toBe(3);
    expect(questions.map((q) => q.position)).toEqual(
      quick.questionIds.slice(3).map((_, i) => i + 3),
    );
    expect(questions[0]!.question.id).toBe(quick.questionIds[3]);
    expect(JSON.stringify({ state, questions })).not.toMatch(
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
      const outcome = await answers.submitResponse({
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
      await answers.submitResponse({
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
    const retry = (await attempts.getAttemptState(learnerId, retryId))!;
    expect(retry.isRetry).toBe(true);
    expect(
      questionsForAttempt(retry, await questionBank(retry.language)).map(
        (q) => q.question.id,
      ),
    ).toEqual(missedPositions.map((p) => quick.questionIds[p]));

    const list = await attempts.listAttempts(learnerId);
    expect(list[0]!.id).toBe(retryId);
    expect(
      list.some((a) => a.id === attemptId && a.status === "finished"),
    ).toBe(true);
  });
});

describe("the feedback marks every part of an answer", () => {
  /** Answers the whole quick quiz (one question of each type) wrongly; returns each outcome. */
  async function answerQuickQuizWrongly(language: "de" | "en") {
    const attemptId = (await attempts.startAttempt(
      learnerId,
      QUICK,
      language,
    ))!;
    const outcomes = [];
    for (let position = 0; position < quick.questionIds.length; position++) {
      const outcome = await answers.submitResponse({
        learnerId,
        attemptId,
        position,
        answer: wrongPublicAnswer(questionAt(position)),
      });
      if (!outcome.ok || !outcome.feedback) throw new Error("no feedback");
      outcomes.push({ q: questionAt(position), feedback: outcome.feedback });
    }
    return { attemptId, outcomes };
  }

  it("in the answer's reply: options by public id, pairs, positions and gaps, each with what was given and what is right", async () => {
    const { outcomes } = await answerQuickQuizWrongly("de");
    const pid = (q: Question, id: string) => publicId(q.id, id);
    for (const { q, feedback } of outcomes) {
      const { marking } = feedback;
      switch (q.type) {
        case "single":
        case "multiple": {
          if (marking?.type !== "choice") throw new Error(q.id);
          const given = wrongPublicAnswer(q);
          const chosen =
            given.type === "single"
              ? [given.optionId]
              : given.type === "multiple"
                ? given.optionIds
                : [];
          expect(
            marking.options.map((o) => o.id).sort(),
            "every option, by its public id",
          ).toEqual(q.options.map((o) => pid(q, o.id)).sort());
          for (const option of q.options) {
            const marked = marking.options.find(
              (o) => o.id === pid(q, option.id),
            )!;
            expect(marked).toEqual({
              id: pid(q, option.id),
              text: option.text.de,
              chosen: chosen.includes(pid(q, option.id)),
              correct: [q.correct].flat().includes(option.id),
            });
          }
          break;
        }
        case "truefalse":
          expect(marking).toEqual({
            type: "truefalse",
            given: !q.correct,
            correct: q.correct,
          });
          break;
        case "matching": {
          if (marking?.type !== "matching") throw new Error(q.id);
          expect(marking.rows.map((r) => r.id)).toEqual(
            q.left.map((l) => pid(q, l.id)),
          );
          for (const [i, left] of q.left.entries()) {
            const right = q.right.find((r) => r.id === q.correct[left.id])!;
            expect(marking.rows[i]).toMatchObject({
              left: left.text.de,
              correct: right.text.de,
              ok: false,
            });
          }
          break;
        }
        case "ordering":
          if (marking?.type !== "ordering") throw new Error(q.id);
          // Given reversed: no item in its place (for an odd count the middle one is).
          expect(marking.positions.map((p) => p.correct)).toEqual(
            q.correct.map((id) => q.items.find((i) => i.id === id)!.text.de),
          );
          expect(marking.positions.map((p) => p.given)).toEqual(
            [...q.correct]
              .reverse()
              .map((id) => q.items.find((i) => i.id === id)!.text.de),
          );
          expect(marking.positions.map((p) => p.ok)).toEqual(
            q.correct.map((_, i) => i === q.correct.length - 1 - i),
          );
          break;
        case "cloze":
          expect(marking).toEqual({
            type: "cloze",
            gaps: q.gaps.map((g) => ({
              given: "Atlantis",
              correct: g.accepted[0],
              ok: false,
            })),
          });
          break;
        default:
          // A number or a short text is one part: verdict and correct answer say it all.
          expect(marking).toBeNull();
      }
    }
  });

  it("a right cloze gap next to a wrong one is marked per gap", async () => {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "en"))!;
    const clozeAt = quick.questionIds.findIndex(
      (id) => catalog.questionsById.get(id)!.type === "cloze",
    );
    for (let position = 0; position <= clozeAt; position++) {
      const q = questionAt(position);
      const outcome = await answers.submitResponse({
        learnerId,
        attemptId,
        position,
        answer:
          position < clozeAt || q.type !== "cloze"
            ? correctPublicAnswer(q)
            : {
                type: "cloze",
                gaps: q.gaps.map((g, i) => (i === 0 ? g.accepted[0]! : "")),
              },
      });
      if (position === clozeAt) {
        if (!outcome.ok || outcome.feedback?.marking?.type !== "cloze")
          throw new Error("no cloze marking");
        expect(outcome.feedback.marking.gaps.map((g) => g.ok)).toEqual(
          q.type === "cloze" ? q.gaps.map((_, i) => i === 0) : [],
        );
      }
    }
  });

  it("keeps the structure in the stored snapshot: the results show the same marks, and a replay returns them", async () => {
    const { attemptId, outcomes } = await answerQuickQuizWrongly("en");
    const review = (await attempts.getAttemptReview(learnerId, attemptId))!;
    expect(review.items.map((i) => i.feedback.marking)).toEqual(
      outcomes.map((o) => o.feedback.marking),
    );
    const replay = await answers.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer: wrongPublicAnswer(questionAt(0)),
    });
    expect(replay).toMatchObject({ ok: true, replay: true });
    if (!replay.ok) throw new Error("no replay");
    expect(replay.feedback?.marking).toEqual(outcomes[0]!.feedback.marking);
    const stored = await db.response.findFirstOrThrow({
      where: { attemptId, position: 0 },
    });
    expect(JSON.parse(stored.correctAnswer).solution).toMatchObject({
      type: "single",
    });
  });

  it("still reads responses stored before the structured form, with their display text and no marks", async () => {
    const { attemptId, outcomes } = await answerQuickQuizWrongly("de");
    // As every response was stored until now: the correct answer as display text only.
    for (const { q } of outcomes)
      await db.response.updateMany({
        where: { attemptId, questionId: q.id },
        data: {
          correctAnswer: JSON.stringify({
            de: `alt: ${q.id}`,
            en: `old: ${q.id}`,
          }),
        },
      });
    const review = (await attempts.getAttemptReview(learnerId, attemptId))!;
    expect(review.items).toHaveLength(outcomes.length);
    for (const item of review.items) {
      expect(item.feedback.correctAnswer).toBe(`alt: ${item.questionId}`);
      expect(item.feedback.marking).toBeNull();
      expect(item.given).not.toBe("");
    }
  });
});

describe("practising what I missed", () => {
  async function finishedWithMisses() {
    const attemptId = (await attempts.startAttempt(learnerId, QUICK, "de"))!;
    for (let position = 0; position < quick.questionIds.length; position++) {
      const q = questionAt(position);
      await answers.submitResponse({
        learnerId,
        attemptId,
        position,
        answer: position < 2 ? wrongPublicAnswer(q) : correctPublicAnswer(q),
      });
    }
    return attemptId;
  }
  const retriesOf = (attemptId: string) =>
    db.attempt.count({ where: { retryOfId: attemptId } });

  it("clicked twice at the same moment starts one retry, and both clicks lead to it", async () => {
    const attemptId = await finishedWithMisses();
    const [first, second] = await Promise.all([
      attempts.startRetryOfMissed(learnerId, attemptId),
      attempts.startRetryOfMissed(learnerId, attemptId),
    ]);
    expect(first).not.toBeNull();
    expect(second).toEqual(first);
    expect(await retriesOf(attemptId)).toBe(1);
  });

  it("clicked again later leads to the same retry, whether it is under way or finished", async () => {
    const attemptId = await finishedWithMisses();
    const retry = (await attempts.startRetryOfMissed(learnerId, attemptId))!;
    expect(await attempts.startRetryOfMissed(learnerId, attemptId)).toEqual(
      retry,
    );
    const state = (await attempts.getAttemptState(learnerId, retry.id))!;
    for (const { position, question } of questionsForAttempt(
      state,
      await questionBank(state.language),
    ))
      await answers.submitResponse({
        learnerId,
        attemptId: retry.id,
        position,
        answer: correctPublicAnswer(catalog.questionsById.get(question.id)!),
      });
    expect(await attempts.startRetryOfMissed(learnerId, attemptId)).toEqual(
      retry,
    );
    expect(await retriesOf(attemptId)).toBe(1);
  });

  it("is another learner's retry for nobody else", async () => {
    const attemptId = await finishedWithMisses();
    expect(await attempts.startRetryOfMissed(strangerId, attemptId)).toBeNull();
    expect(await retriesOf(attemptId)).toBe(0);
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
    await answers.submitResponse({
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
