// Question-set options on the assignment path: attempts limit, resume, shuffling, review after the
// due date, the time limit, late hand-ins; and the gradebook and item analysis built from them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classroomKit, SETTINGS } from "@/tests/support/classroom";
import { correctPublicAnswer } from "@/tests/support/answers";
import { settingsFromQuiz } from "@/lib/teach/set-schema";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const { db, classes, sets, assignments, attempts, answers } = kit;
const gradebook = await import("@/lib/data/gradebook");
const reviews = await import("@/lib/data/reviews");
afterAll(() => testDb.cleanup());

const HOUR = 3600_000;
let teacher: Awaited<ReturnType<typeof kit.user>>;
let classId: string;

beforeAll(async () => {
  teacher = await kit.user("teacher", "Frau Test");
  classId = (await classes.createClass(teacher, "10b"))!;
});

async function assign(
  settings: Partial<typeof SETTINGS>,
  questionIds: string[],
  dueAt: Date | null = null,
) {
  const setId = (await sets.createSet(
    teacher,
    { ...SETTINGS, ...settings },
    questionIds,
  ))!;
  const result = await assignments.assignSet(teacher, classId, setId, dueAt);
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

async function start(
  student: Awaited<ReturnType<typeof kit.student>>,
  assignmentId: string,
  language: "de" | "en" | null = null,
  now = new Date(),
) {
  const result = await assignments.startAssignmentAttempt(
    student.actor,
    student.learnerId,
    assignmentId,
    language,
    now,
  );
  if (!result.ok) throw new Error(result.error);
  return result.attemptId;
}

describe("assigning", () => {
  it('refuses an empty set and a review "after the due date" without a due date', async () => {
    const empty = (await sets.createSet(teacher, SETTINGS))!;
    expect(await assignments.assignSet(teacher, classId, empty, null)).toEqual({
      ok: false,
      error: "empty-set",
    });
    const afterDue = (await sets.createSet(
      teacher,
      { ...SETTINGS, reviewMode: "after_due" },
      ["q001"],
    ))!;
    expect(
      await assignments.assignSet(teacher, classId, afterDue, null),
    ).toEqual({ ok: false, error: "due-required" });
  });
});

describe("attempts at an assignment", () => {
  it("resume an open attempt and stop at the attempts limit", async () => {
    const id = await assign({ maxAttempts: 1 }, ["q001", "q002"]);
    const s = await kit.student(classId, "Anna");
    const first = await start(s, id);
    expect(await start(s, id)).toBe(first);
    await kit.complete(s.learnerId, first, [true, true]);
    expect(
      await assignments.startAssignmentAttempt(
        s.actor,
        s.learnerId,
        id,
        null,
        new Date(),
      ),
    ).toEqual({ ok: false, error: "no-attempts-left" });
    expect(
      await assignments.getStudentAssignment(
        s.actor,
        s.learnerId,
        id,
        new Date(),
      ),
    ).toMatchObject({ status: "done", bestPercent: 100, attemptsUsed: 1 });
  });

  it("ask for the language when the students choose, and use the set language otherwise", async () => {
    const choice = await assign({ language: "choice" }, ["q001"]);
    const fixed = await assign({ language: "en" }, ["q001"]);
    const s = await kit.student(classId, "Ben");
    expect(
      await assignments.startAssignmentAttempt(
        s.actor,
        s.learnerId,
        choice,
        null,
        new Date(),
      ),
    ).toEqual({ ok: false, error: "language-required" });
    const a = await start(s, choice, "en");
    expect((await attempts.getAttemptState(s.learnerId, a))!.language).toBe(
      "en",
    );
    const b = await start(s, fixed, "de");
    expect((await attempts.getAttemptState(s.learnerId, b))!.language).toBe(
      "en",
    );
  });

  it("shuffle questions per attempt (a permutation) and options per attempt without changing grading", async () => {
    const ids = [
      "q001",
      "q002",
      "q003",
      "q004",
      "q005",
      "q006",
      "q007",
      "q008",
      "q009",
      "q010",
    ];
    const id = await assign(
      { shuffleQuestions: true, shuffleOptions: true },
      ids,
    );
    const orders: string[][] = [];
    for (const name of ["C1", "C2", "C3"]) {
      const s = await kit.student(classId, name);
      const attemptId = await start(s, id);
      const items = await db.attemptItem.findMany({
        where: { attemptId },
        orderBy: { position: "asc" },
      });
      orders.push(items.map((i) => i.questionId));
      expect([...orders.at(-1)!].sort()).toEqual(ids);
      // Grading through opaque ids still works on the shuffled options.
      await kit.complete(
        s.learnerId,
        attemptId,
        ids.map(() => true),
      );
      expect(
        (await attempts.getAttemptReview(s.learnerId, attemptId))!.attempt
          .points,
      ).toBe(10);
    }
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1);
  });

  it("keep results and answers hidden until the due date when the set says so", async () => {
    const due = new Date(Date.now() + HOUR);
    const id = await assign({ reviewMode: "after_due" }, ["q001", "q002"], due);
    const s = await kit.student(classId, "Dora");
    const attemptId = await start(s, id);
    const q = kit.catalog.questionsById.get("q001")!;
    const outcome = await answers.submitResponse({
      learnerId: s.learnerId,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(q),
    });
    expect(outcome).toMatchObject({ ok: true, feedback: null });
    await kit.complete(s.learnerId, attemptId, [true]);
    const review = (await attempts.getAttemptReview(s.learnerId, attemptId))!;
    expect(review.items).toEqual([]);
    expect(review.attempt.reviewHiddenUntil).toEqual(due);
    expect(
      await attempts.startRetryOfMissed(s.learnerId, attemptId),
    ).toBeNull();
    expect(
      (await assignments.getStudentAssignment(
        s.actor,
        s.learnerId,
        id,
        new Date(),
      ))!.bestPercent,
    ).toBeNull();
    // Nor does the review queue show those answers early.
    await reviews.syncReviewItems(s.learnerId, new Date());
    expect(
      await db.reviewCard.count({ where: { learnerId: s.learnerId } }),
    ).toBe(0);
    // Once the due date has passed, the review is there.
    await db.assignment.update({
      where: { id },
      data: { dueAt: new Date(Date.now() - 1000) },
    });
    expect(
      (await attempts.getAttemptReview(s.learnerId, attemptId))!.items,
    ).toHaveLength(2);
    await reviews.syncReviewItems(s.learnerId, new Date());
    expect(
      await db.reviewCard.count({ where: { learnerId: s.learnerId } }),
    ).toBe(2);
  });

  it("end at the time limit: a late answer is refused, the attempt is finished, nothing is lost", async () => {
    const id = await assign({ timeLimitMinutes: 5 }, ["q001", "q002", "q003"]);
    const s = await kit.student(classId, "Emil");
    const attemptId = await start(
      s,
      id,
      null,
      new Date(Date.now() - 10 * 60_000),
    );
    const state = (await attempts.getAttemptState(s.learnerId, attemptId))!;
    expect(state.deadlineAt!.getTime()).toBeLessThan(Date.now());
    const q = kit.catalog.questionsById.get("q001")!;
    expect(
      await answers.submitResponse({
        learnerId: s.learnerId,
        attemptId,
        position: 0,
        answer: correctPublicAnswer(q),
      }),
    ).toEqual({ ok: false, error: "time-up" });
    const after = await db.attempt.findUniqueOrThrow({
      where: { id: attemptId },
    });
    expect(after).toMatchObject({ status: "finished", answeredCount: 0 });
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
  });

  it("mark a hand-in after the due date as late", async () => {
    const id = await assign({}, ["q001"], new Date(Date.now() - HOUR));
    const s = await kit.student(classId, "Fritz");
    expect(
      (await assignments.getStudentAssignment(
        s.actor,
        s.learnerId,
        id,
        new Date(),
      ))!.status,
    ).toBe("overdue");
    const attemptId = await start(s, id);
    await kit.complete(s.learnerId, attemptId, [true]);
    expect(
      (await assignments.getStudentAssignment(
        s.actor,
        s.learnerId,
        id,
        new Date(),
      ))!.status,
    ).toBe("late");
    const book = (await gradebook.getGradebook(teacher, classId, new Date()))!;
    expect(book.cells[`${s.actor.userId}:${id}`]).toMatchObject({
      status: "late",
      bestPercent: 100,
    });
  });
});

describe("gradebook and item analysis", () => {
  it("take each student's best attempt, compute facility and discrimination, and find the missed sentences", async () => {
    const questionIds = ["q001", "q002", "q003"];
    const id = await assign({ maxAttempts: 0 }, questionIds);
    // Three students: strong (all right), middle (q003 wrong), weak (only q003 right).
    const patterns = {
      Strong: [true, true, true],
      Middle: [true, true, false],
      Weak: [false, false, true],
    };
    for (const [name, pattern] of Object.entries(patterns)) {
      const s = await kit.student(classId, `${name} ${id.slice(0, 4)}`);
      await kit.complete(s.learnerId, await start(s, id), pattern);
      // A worse second attempt does not replace the best one.
      if (name === "Strong")
        await kit.complete(s.learnerId, await start(s, id), [
          false,
          false,
          false,
        ]);
    }
    const book = (await gradebook.getGradebook(teacher, classId, new Date()))!;
    const column = book.assignments.find((a) => a.id === id)!;
    expect(column.meanPercent).toBeCloseTo((100 + 200 / 3 + 100 / 3) / 3, 6);

    const report = (await gradebook.getAssignmentReport(teacher, id, "de"))!;
    expect(report.gradedAttempts).toBe(3);
    const stat = Object.fromEntries(
      report.questions.map((q) => [q.questionId, q]),
    );
    expect(stat.q001!.facility).toBeCloseTo(200 / 3, 6);
    // q001 is right for the two students who do better on the rest: positive discrimination;
    // q003 is right for the weakest student: negative.
    expect(stat.q001!.discrimination!).toBeGreaterThan(0);
    expect(stat.q003!.discrimination!).toBeLessThan(0);
    expect(stat.q001!.commonWrongAnswers).toHaveLength(1);
    const rates = new Map(
      report.sentences.map((s) => [s.sentenceId, s.missRate]),
    );
    for (const sid of kit.catalog.questionsById.get("q001")!.sentenceIds)
      expect(rates.get(sid)).not.toBeNull();
    expect(report.histogram.reduce((n, b) => n + b.count, 0)).toBe(3);
    const responses = (await gradebook.getAssignmentResponses(
      teacher,
      id,
      "en",
    ))!;
    expect(responses.rows).toHaveLength(12);
    expect(responses.rows.filter((r) => r.attempt === 2)).toHaveLength(3);
  });
});

describe("ready-made quizzes", () => {
  const quiz = kit.catalog.pack.quizzes.find((q) => q.kind === "mix")!;

  it("start a new set with the quiz's questions in its order, titled in the teacher's language", async () => {
    const setId = (await sets.createSetFromQuiz(teacher, quiz.id, "en"))!;
    const set = (await sets.getSet(teacher, setId))!;
    expect(set.questionIds).toEqual(quiz.questionIds);
    expect(set.title).toBe(quiz.title.en);
    expect(set.reviewMode).toBe(
      quiz.feedbackMode === "immediate" ? "immediately" : "after_submission",
    );
    // The copy is the teacher's own: editing it leaves the quiz alone.
    expect(
      await sets.removeQuestion(teacher, setId, quiz.questionIds[0]!),
    ).toBe(true);
    expect(kit.catalog.quizzesById.get(quiz.id)!.questionIds).toHaveLength(
      quiz.questionIds.length,
    );
    expect(await sets.createSetFromQuiz(teacher, "no-such-quiz", "en")).toBe(
      null,
    );
  });

  it("are assigned directly: a set is made once and reused while unchanged, and the results work as for any set", async () => {
    const other = (await classes.createClass(teacher, "10c"))!;
    const due = new Date(Date.now() + 24 * HOUR);
    const first = await assignments.assignToClass(
      teacher,
      classId,
      { kind: "quiz", quizId: quiz.id },
      due,
      "de",
    );
    const second = await assignments.assignToClass(
      teacher,
      other,
      { kind: "quiz", quizId: quiz.id },
      null,
      "de",
    );
    if (!first.ok || !second.ok) throw new Error("not assigned");
    const [a, b] = await Promise.all(
      [first.id, second.id].map((id) =>
        db.assignment.findUniqueOrThrow({ where: { id } }),
      ),
    );
    expect(a!.setId).toBe(b!.setId);
    expect(a!.dueAt).toEqual(due);
    const set = (await sets.getSet(teacher, a!.setId))!;
    expect(set).toMatchObject({
      title: quiz.title.de,
      questionIds: quiz.questionIds,
    });

    // Once the teacher changes that set, the next assignment of the quiz gets a fresh copy.
    await sets.updateSetSettings(teacher, a!.setId, {
      ...settingsFromQuiz(quiz, "de"),
      maxAttempts: 3,
    });
    const third = await assignments.assignToClass(
      teacher,
      other,
      { kind: "quiz", quizId: quiz.id },
      null,
      "de",
    );
    if (!third.ok) throw new Error(third.error);
    const thirdRow = await db.assignment.findUniqueOrThrow({
      where: { id: third.id },
    });
    expect(thirdRow.setId).not.toBe(a!.setId);

    // A student answers it; the gradebook and the item analysis see the attempt.
    const s = await kit.student(classId, `Quiz ${first.id.slice(0, 4)}`);
    await kit.complete(
      s.learnerId,
      await start(s, first.id, "de"),
      quiz.questionIds.map((_, i) => i % 2 === 0),
    );
    const book = (await gradebook.getGradebook(teacher, classId, new Date()))!;
    expect(book.cells[`${s.actor.userId}:${first.id}`]!.bestPercent).toBe(
      (100 * Math.ceil(quiz.questionIds.length / 2)) / quiz.questionIds.length,
    );
    const report = (await gradebook.getAssignmentReport(
      teacher,
      first.id,
      "de",
    ))!;
    expect(report.questions.map((q) => q.questionId)).toEqual(quiz.questionIds);
  });

  it("are not assigned to another teacher's class, to an archived class, or when unknown, and nothing is created then", async () => {
    const stranger = await kit.user("teacher", "Herr Fremd");
    const setsBefore = await db.questionSet.count();
    const quizSource = { kind: "quiz" as const, quizId: quiz.id };
    expect(
      await assignments.assignToClass(
        stranger,
        classId,
        quizSource,
        null,
        "de",
      ),
    ).toEqual({ ok: false, error: "not-found" });
    expect(
      await assignments.assignToClass(
        teacher,
        classId,
        { kind: "quiz", quizId: "no-such-quiz" },
        null,
        "de",
      ),
    ).toEqual({ ok: false, error: "not-found" });
    const archived = (await classes.createClass(teacher, "alt"))!;
    await classes.setClassArchived(teacher, archived, true);
    expect(
      await assignments.assignToClass(
        teacher,
        archived,
        quizSource,
        null,
        "de",
      ),
    ).toEqual({ ok: false, error: "class-archived" });
    const ownSet = (await sets.createSet(teacher, SETTINGS, ["q001"]))!;
    expect(
      await assignments.assignSet(teacher, archived, ownSet, null),
    ).toEqual({ ok: false, error: "class-archived" });
    expect(await db.questionSet.count()).toBe(setsBefore + 1);
    expect(
      await db.assignment.count({ where: { classroomId: archived } }),
    ).toBe(0);
  });

  it("add questions in bulk, keeping the ones already there and their order", async () => {
    const setId = (await sets.createSet(teacher, SETTINGS, ["q002"]))!;
    expect(
      await sets.addQuestions(teacher, setId, ["q001", "q002", "q003", "q001"]),
    ).toBe(true);
    expect((await sets.getSet(teacher, setId))!.questionIds).toEqual([
      "q002",
      "q001",
      "q003",
    ]);
    // An unknown id refuses the whole change.
    expect(await sets.addQuestions(teacher, setId, ["q004", "q999"])).toBe(
      false,
    );
    expect((await sets.getSet(teacher, setId))!.questionIds).toHaveLength(3);
  });
});
