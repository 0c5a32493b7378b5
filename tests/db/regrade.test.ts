// Regrade after a fix: an edited content pack gives the question a new version (content-sync), and
// the teacher's regrade grades the stored answers again against it, keeps the old grade, recomputes
// the attempts' scores, and changes nothing when run a second time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentPack, Question } from "@/lib/content/content-schema";
import { describeCorrectAnswer } from "@/lib/grading/describe-answer";
import { classroomKit, SETTINGS } from "@/tests/support/classroom";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const { db, classes, sets, assignments } = kit;
const { regradeQuestion, countRegradable, regradeNotes } =
  await import("@/lib/data/regrade");
const { syncContentPack } = await import("@/lib/data/content-sync");
const { getContentPack } = await import("@/lib/content/load");
afterAll(() => testDb.cleanup());

type Single = Extract<Question, { type: "single" }>;
const quick = kit.catalog.quizzesById.get("nordkorea-russland-quick")!;
const questions = quick.questionIds.map((id) =>
  kit.catalog.questionsById.get(id)!,
);
const fixed = questions.find((q): q is Single => q.type === "single")!;
const untouched = questions.find((q) => q.id !== fixed.id)!;
/** The option the tests' wrong answer picks (tests/support/answers.ts): the fix makes it the key. */
const newKey = fixed.options.find((o) => o.id !== fixed.correct)!.id;

type Student = Awaited<ReturnType<typeof kit.student>>;
let teacher: Awaited<ReturnType<typeof kit.user>>;
let colleague: Awaited<ReturnType<typeof kit.user>>;
const attemptOf = new Map<Student, string>();
let wrongThenRight: Student;
let rightThenWrong: Student;
let colleaguesStudent: Student;

async function assignAndAnswer(
  owner: Awaited<ReturnType<typeof kit.user>>,
  classId: string,
  student: Student,
  pattern: boolean[],
) {
  const setId = (await sets.createSet(owner, SETTINGS, [
    fixed.id,
    untouched.id,
  ]))!;
  const assigned = await assignments.assignSet(owner, classId, setId, null);
  if (!assigned.ok) throw new Error(assigned.error);
  const started = await assignments.startAssignmentAttempt(
    student.actor,
    student.learnerId,
    assigned.id,
    null,
    new Date(),
  );
  if (!started.ok) throw new Error(started.error);
  await kit.complete(student.learnerId, started.attemptId, pattern);
  attemptOf.set(student, started.attemptId);
}

const responseTo = (student: Student, questionId: string) =>
  db.response.findFirstOrThrow({
    where: { attemptId: attemptOf.get(student)!, questionId },
  });
const attemptScore = async (student: Student) =>
  (
    await db.attempt.findUniqueOrThrow({
      where: { id: attemptOf.get(student)! },
    })
  ).score;

beforeAll(async () => {
  teacher = await kit.user("teacher", "Frau Neu");
  colleague = await kit.user("teacher", "Herr Nachbar");
  const classId = (await classes.createClass(teacher, "8c"))!;
  const otherClass = (await classes.createClass(colleague, "8d"))!;
  wrongThenRight = await kit.student(classId, "Ada");
  rightThenWrong = await kit.student(classId, "Ben");
  colleaguesStudent = await kit.student(otherClass, "Cem");
  await assignAndAnswer(teacher, classId, wrongThenRight, [false, true]);
  await assignAndAnswer(teacher, classId, rightThenWrong, [true, true]);
  await assignAndAnswer(colleague, otherClass, colleaguesStudent, [
    false,
    true,
  ]);
});

describe("regrading a fixed question", () => {
  it("has nothing to regrade while the question is unchanged", async () => {
    expect(await countRegradable(teacher, [fixed.id])).toEqual(
      new Map([[fixed.id, 0]]),
    );
    expect(await regradeQuestion(teacher, fixed.id)).toEqual({
      regraded: 0,
      changed: 0,
    });
  });

  it("regrades the teacher's outdated responses against the new version, keeping the old grade", async () => {
    const pack: ContentPack = structuredClone(getContentPack());
    const edited = pack.questions.find((q) => q.id === fixed.id) as Single;
    edited.correct = newKey;
    const sync = await syncContentPack(db, pack);
    expect(sync.questions.updated).toBe(1);
    expect(
      (await db.question.findUniqueOrThrow({ where: { id: fixed.id } }))
        .version,
    ).toBe(2);

    const before = await responseTo(wrongThenRight, fixed.id);
    expect(before).toMatchObject({ score: 0, correct: false });
    expect(await attemptScore(wrongThenRight)).toBe(1);
    expect(await attemptScore(rightThenWrong)).toBe(2);

    // The colleague's class is not this teacher's to regrade (a question of the installation's pack).
    expect(await countRegradable(teacher, [fixed.id])).toEqual(
      new Map([[fixed.id, 2]]),
    );
    expect(await regradeQuestion(teacher, fixed.id)).toEqual({
      regraded: 2,
      changed: 2,
    });

    const after = await responseTo(wrongThenRight, fixed.id);
    expect(after).toMatchObject({
      score: 1,
      correct: true,
      questionVersion: 2,
      regradedFrom: 1,
      regradedAt: expect.any(Date),
      answer: before.answer,
    });
    const correctAnswer = JSON.parse(after.correctAnswer);
    expect({ de: correctAnswer.de, en: correctAnswer.en }).toEqual(
      describeCorrectAnswer(edited),
    );
    expect(correctAnswer.solution.options).toContainEqual(
      expect.objectContaining({ id: newKey, correct: true }),
    );
    expect(
      JSON.parse(after.sourceSentences).map((s: { id: string }) => s.id),
    ).toEqual(edited.sentenceIds);
    expect(
      await db.responseRegrade.findMany({ where: { responseId: after.id } }),
    ).toEqual([
      expect.objectContaining({
        questionVersion: 1,
        score: 0,
        correct: false,
        correctAnswer: before.correctAnswer,
        sourceSentences: before.sourceSentences,
      }),
    ]);
    expect(await responseTo(rightThenWrong, fixed.id)).toMatchObject({
      score: 0,
      correct: false,
    });
    expect(await attemptScore(wrongThenRight)).toBe(2);
    expect(await attemptScore(rightThenWrong)).toBe(1);
    // The untouched question's responses stay as they were.
    expect(await responseTo(wrongThenRight, untouched.id)).toMatchObject({
      questionVersion: 1,
      regradedAt: null,
    });
    // So do the colleague's student's.
    expect(await responseTo(colleaguesStudent, fixed.id)).toMatchObject({
      score: 0,
      questionVersion: 1,
      regradedAt: null,
    });

    const notes = await regradeNotes(
      wrongThenRight.learnerId,
      attemptOf.get(wrongThenRight)!,
    );
    expect([...notes.entries()]).toEqual([
      [expect.any(Number), { regradedAt: after.regradedAt, was: 0, now: 1 }],
    ]);
    // Another learner asking about this attempt hears nothing.
    expect(
      await regradeNotes(
        rightThenWrong.learnerId,
        attemptOf.get(wrongThenRight)!,
      ),
    ).toEqual(new Map());
  });

  it("changes nothing when run a second time", async () => {
    const snapshot = await db.response.findMany({ orderBy: { id: "asc" } });
    expect(await countRegradable(teacher, [fixed.id])).toEqual(
      new Map([[fixed.id, 0]]),
    );
    expect(await regradeQuestion(teacher, fixed.id)).toEqual({
      regraded: 0,
      changed: 0,
    });
    expect(await db.response.findMany({ orderBy: { id: "asc" } })).toEqual(
      snapshot,
    );
    expect(await db.responseRegrade.count()).toBe(2);
  });

  it("is refused to a teacher the question is nothing to, and to students", async () => {
    const stranger = await kit.user("teacher", "Frau Fremd");
    expect(await regradeQuestion(stranger, fixed.id)).toBeNull();
    expect(await regradeQuestion(wrongThenRight.actor, fixed.id)).toBeNull();
    // The colleague regrades their own class's response.
    expect(await regradeQuestion(colleague, fixed.id)).toEqual({
      regraded: 1,
      changed: 1,
    });
  });
});
