// The review queue shows a question's answer on request, so a question joins the queue only once
// the attempt it was answered in may show its answers: not while an attempt with feedback at the
// end is running (a teacher's set reviewed "after submission", the public quiz with feedback at
// the end), and not before the due date of a set reviewed "after the due date".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classroomKit, SETTINGS } from "@/tests/support/classroom";
import { correctPublicAnswer } from "@/tests/support/answers";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const { classes, sets, assignments, attempts, answers } = kit;
const reviews = await import("@/lib/data/reviews");
const { createLearner } = await import("@/lib/data/learners");
const { getCatalog } = await import("@/lib/content/catalog");
afterAll(() => testDb.cleanup());

const HOUR = 3600_000;
let teacher: Awaited<ReturnType<typeof kit.user>>;
let classId: string;

beforeAll(async () => {
  teacher = await kit.user("teacher", "Frau Queue");
  classId = (await classes.createClass(teacher, "9c"))!;
});

/** The question ids in the learner's review queue at `now`. */
async function queued(learnerId: string, now: Date): Promise<string[]> {
  await reviews.syncReviewItems(learnerId, now);
  const due = await reviews.getDueReviews(learnerId, now, "de");
  return due.flatMap((d) =>
    d.kind === "fact" ? [d.itemKey.slice("fact:".length)] : [],
  );
}

async function answerFirst(learnerId: string, attemptId: string) {
  const state = (await attempts.getAttemptState(learnerId, attemptId))!;
  const first = state.remaining[0]!;
  const question = getCatalog().questionsById.get(first.questionId)!;
  const outcome = await answers.submitResponse({
    learnerId,
    attemptId,
    position: first.position,
    answer: correctPublicAnswer(question),
  });
  expect(outcome).toMatchObject({ ok: true });
  return question.id;
}

describe("questions join the review queue only when their answers may be shown", () => {
  it('a set reviewed "after submission": not while the attempt runs, then once it is handed in', async () => {
    const setId = (await sets.createSet(
      teacher,
      { ...SETTINGS, reviewMode: "after_submission" },
      ["q001", "q002"],
    ))!;
    const assigned = await assignments.assignSet(teacher, classId, setId, null);
    if (!assigned.ok) throw new Error(assigned.error);
    const s = await kit.student(classId, "Quentin");
    const now = new Date();
    const started = await assignments.startAssignmentAttempt(
      s.actor,
      s.learnerId,
      assigned.id,
      null,
      now,
    );
    if (!started.ok) throw new Error(started.error);
    const questionId = await answerFirst(s.learnerId, started.attemptId);
    expect(await queued(s.learnerId, now)).not.toContain(questionId);
    expect(
      await reviews.revealReview(s.learnerId, `fact:${questionId}`, "de"),
    ).toBeNull();

    await kit.complete(s.learnerId, started.attemptId, [true, true]);
    expect(await queued(s.learnerId, new Date())).toContain(questionId);
  });

  it('a set reviewed "after the due date": not before the due date, even once handed in', async () => {
    const due = new Date(Date.now() + 48 * HOUR);
    const setId = (await sets.createSet(
      teacher,
      { ...SETTINGS, reviewMode: "after_due" },
      ["q003"],
    ))!;
    const assigned = await assignments.assignSet(teacher, classId, setId, due);
    if (!assigned.ok) throw new Error(assigned.error);
    const s = await kit.student(classId, "Rita");
    const started = await assignments.startAssignmentAttempt(
      s.actor,
      s.learnerId,
      assigned.id,
      null,
      new Date(),
    );
    if (!started.ok) throw new Error(started.error);
    await kit.complete(s.learnerId, started.attemptId, [true]);
    expect(await queued(s.learnerId, new Date())).not.toContain("q003");
    expect(await queued(s.learnerId, new Date(due.getTime() + HOUR))).toContain(
      "q003",
    );
  });

  it("the public quiz with feedback at the end: not while it runs", async () => {
    const quiz = [...getCatalog().quizzesById.values()].find(
      (q) => q.feedbackMode === "end",
    )!;
    const learnerId = (await createLearner("Sam")).learner.id;
    const attemptId = (await attempts.startAttempt(learnerId, quiz.id, "de"))!;
    const questionId = await answerFirst(learnerId, attemptId);
    expect(await queued(learnerId, new Date())).not.toContain(questionId);
  });

  it("a quiz with feedback after each answer: at once", async () => {
    const quiz = [...getCatalog().quizzesById.values()].find(
      (q) => q.feedbackMode === "immediate",
    )!;
    const learnerId = (await createLearner("Tom")).learner.id;
    const attemptId = (await attempts.startAttempt(learnerId, quiz.id, "de"))!;
    const questionId = await answerFirst(learnerId, attemptId);
    expect(await queued(learnerId, new Date())).toContain(questionId);
  });
});
