// Every role against every resource (IDOR): another teacher's ids, a student's, an outsider's.
// Each door must answer "not found" (null / false → 404 in pages and routes) and change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classroomKit, SETTINGS } from "@/tests/support/classroom";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const { db, classes, sets, assignments, attempts } = kit;
const gradebook = await import("@/lib/data/gradebook");
afterAll(() => testDb.cleanup());

const now = new Date();
let owner: Awaited<ReturnType<typeof kit.user>>;
let other: Awaited<ReturnType<typeof kit.user>>;
let classId: string;
let otherClassId: string;
let setId: string;
let otherSetId: string;
let assignmentId: string;
let enrollmentId: string;
let pupil: Awaited<ReturnType<typeof kit.student>>;
let outsider: Awaited<ReturnType<typeof kit.student>>;
let attemptId: string;

beforeAll(async () => {
  owner = await kit.user("teacher", "Frau Owner");
  other = await kit.user("teacher", "Herr Other");
  classId = (await classes.createClass(owner, "10b"))!;
  otherClassId = (await classes.createClass(other, "9a"))!;
  setId = (await sets.createSet(owner, SETTINGS, ["q001", "q002", "q003"]))!;
  otherSetId = (await sets.createSet(other, SETTINGS, ["q004"]))!;
  const assigned = await assignments.assignSet(owner, classId, setId, null);
  if (!assigned.ok) throw new Error(assigned.error);
  assignmentId = assigned.id;
  pupil = await kit.student(classId, "Jonas");
  outsider = await kit.student(otherClassId, "Mallory");
  enrollmentId = (
    await db.enrollment.findFirstOrThrow({
      where: { userId: pupil.actor.userId },
    })
  ).id;
  const started = await assignments.startAssignmentAttempt(
    pupil.actor,
    pupil.learnerId,
    assignmentId,
    null,
    now,
  );
  if (!started.ok) throw new Error(started.error);
  attemptId = started.attemptId;
  await kit.complete(pupil.learnerId, attemptId, [true, false, true]);
});

/** A snapshot of everything a door could change. */
const snapshot = async () =>
  JSON.stringify(
    await Promise.all([
      db.classroom.findMany({ orderBy: { id: "asc" } }),
      db.enrollment.findMany({ orderBy: { id: "asc" } }),
      db.questionSet.findMany({
        orderBy: { id: "asc" },
        include: { items: { orderBy: { position: "asc" } } },
      }),
      db.assignment.findMany({ orderBy: { id: "asc" } }),
      db.attempt.count(),
      db.account.findMany({ orderBy: { id: "asc" } }),
      db.session.count(),
    ]),
  );

describe("the owner", () => {
  it("sees their class, set, assignment, attempts and report", async () => {
    expect(await classes.getClass(owner, classId)).toMatchObject({
      name: "10b",
      students: [{ displayName: "Jonas" }],
    });
    expect(await sets.getSet(owner, setId)).toMatchObject({
      questionIds: ["q001", "q002", "q003"],
    });
    expect(
      (await gradebook.getGradebook(owner, classId, now))!.cells[
        `${pupil.actor.userId}:${assignmentId}`
      ],
    ).toMatchObject({ attempts: 1 });
    expect(
      await gradebook.getAttemptForTeacher(owner, attemptId),
    ).toMatchObject({ studentName: "Jonas", items: { length: 3 } });
    expect(
      (await gradebook.getAssignmentReport(owner, assignmentId, "de"))!
        .gradedAttempts,
    ).toBe(1);
    expect(
      (await gradebook.getAssignmentResponses(owner, assignmentId, "de"))!.rows,
    ).toHaveLength(3);
  });
});

describe.each([
  ["another teacher", () => other],
  ["a student of the class", () => pupil.actor],
  ["a student of another class", () => outsider.actor],
])("%s", (_who, actorOf) => {
  it("cannot read the class, its roster, gradebook, set, attempts or report", async () => {
    const actor = actorOf();
    expect(await classes.getClass(actor, classId)).toBeNull();
    expect(
      await classes.studentOfClass(actor, classId, enrollmentId),
    ).toBeNull();
    expect(await gradebook.getGradebook(actor, classId, now)).toBeNull();
    expect(await sets.getSet(actor, setId)).toBeNull();
    expect(await gradebook.getAttemptForTeacher(actor, attemptId)).toBeNull();
    expect(
      await gradebook.getAssignmentReport(actor, assignmentId, "de"),
    ).toBeNull();
    expect(
      await gradebook.getAssignmentResponses(actor, assignmentId, "en"),
    ).toBeNull();
    expect((await classes.listClasses(actor)).map((c) => c.id)).not.toContain(
      classId,
    );
    expect((await sets.listSets(actor)).map((s) => s.id)).not.toContain(setId);
  });

  it("cannot change anything of it, and nothing changes", async () => {
    const actor = actorOf();
    const before = await snapshot();
    expect(await classes.renameClass(actor, classId, "pwned")).toBe(false);
    expect(await classes.setClassArchived(actor, classId, true)).toBe(false);
    expect(await classes.regenerateJoinCode(actor, classId)).toBe(false);
    expect(await classes.removeStudent(actor, classId, enrollmentId)).toBe(
      false,
    );
    expect(
      await sets.updateSetSettings(actor, setId, {
        ...SETTINGS,
        title: "pwned",
      }),
    ).toBe(false);
    expect(await sets.addQuestions(actor, setId, ["q010"])).toBe(false);
    expect(await sets.removeQuestion(actor, setId, "q001")).toBe(false);
    expect(await sets.moveQuestion(actor, setId, "q002", "up")).toBe(false);
    expect(
      await sets.reorderQuestions(actor, setId, ["q003", "q002", "q001"]),
    ).toBe(false);
    expect(await assignments.assignSet(actor, classId, setId, null)).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(
      await assignments.assignSet(actor, classId, otherSetId, null),
    ).toEqual({ ok: false, error: "not-found" });
    expect(
      await assignments.assignSet(actor, otherClassId, setId, null),
    ).toEqual({ ok: false, error: "not-found" });
    const quizId = kit.catalog.pack.quizzes[0]!.id;
    expect(
      await assignments.assignToClass(
        actor,
        classId,
        { kind: "quiz", quizId },
        null,
        "de",
      ),
    ).toEqual({ ok: false, error: "not-found" });
    expect(await assignments.withdrawAssignment(actor, assignmentId)).toBe(
      false,
    );
    expect(await snapshot()).toBe(before);
  });
});

describe("students", () => {
  it("see only the assignments of their own classes", async () => {
    expect(
      (
        await assignments.listStudentAssignments(
          pupil.actor,
          pupil.learnerId,
          now,
        )
      ).map((a) => a.id),
    ).toEqual([assignmentId]);
    expect(
      await assignments.listStudentAssignments(
        outsider.actor,
        outsider.learnerId,
        now,
      ),
    ).toEqual([]);
    expect(
      await assignments.getStudentAssignment(
        outsider.actor,
        outsider.learnerId,
        assignmentId,
        now,
      ),
    ).toBeNull();
    expect(
      await assignments.startAssignmentAttempt(
        outsider.actor,
        outsider.learnerId,
        assignmentId,
        "de",
        now,
      ),
    ).toEqual({ ok: false, error: "not-found" });
  });

  it("never see another student's attempt, and teachers cannot act as students", async () => {
    expect(
      await attempts.getAttemptReview(outsider.learnerId, attemptId),
    ).toBeNull();
    expect(
      await attempts.getAttemptState(outsider.learnerId, attemptId),
    ).toBeNull();
    expect(
      await assignments.getStudentAssignment(owner, null, assignmentId, now),
    ).toBeNull();
    expect(await assignments.listStudentAssignments(owner, null, now)).toEqual(
      [],
    );
  });

  it("lose access when removed from the class, but keep what they answered", async () => {
    const leaver = await kit.student(classId, "Leaver");
    const started = await assignments.startAssignmentAttempt(
      leaver.actor,
      leaver.learnerId,
      assignmentId,
      null,
      now,
    );
    if (!started.ok) throw new Error(started.error);
    const enrollment = await db.enrollment.findFirstOrThrow({
      where: { userId: leaver.actor.userId },
    });
    expect(await classes.removeStudent(owner, classId, enrollment.id)).toBe(
      true,
    );
    expect(
      await assignments.getStudentAssignment(
        leaver.actor,
        leaver.learnerId,
        assignmentId,
        now,
      ),
    ).toBeNull();
    expect(await db.attempt.count({ where: { id: started.attemptId } })).toBe(
      1,
    );
  });
});

describe("archived classes", () => {
  it("hide their assignments from students and refuse new joins by code", async () => {
    const archivedId = (await classes.createClass(owner, "alt"))!;
    const code = (
      await db.classroom.findUniqueOrThrow({ where: { id: archivedId } })
    ).joinCode;
    expect(await classes.findClassByJoinCode(code)).toMatchObject({
      id: archivedId,
    });
    expect(await classes.setClassArchived(owner, archivedId, true)).toBe(true);
    expect(await classes.findClassByJoinCode(code)).toBeNull();
  });
});
