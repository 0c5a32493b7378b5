// "Report a problem with this question": a learner reports only on their own answers, once while
// the report is open, and the report reaches exactly the teachers the visibility rule names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classroomKit, SETTINGS } from "@/tests/support/classroom";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const { db, classes, sets, assignments } = kit;
const reports = await import("@/lib/data/problem-reports");
afterAll(() => testDb.cleanup());

const QUICK = kit.catalog.quizzesById.get("nordkorea-russland-quick")!;
const QUESTION = QUICK.questionIds[0]!;

let assigning: Awaited<ReturnType<typeof kit.user>>;
let other: Awaited<ReturnType<typeof kit.user>>;
let student: Awaited<ReturnType<typeof kit.student>>;
let stranger: Awaited<ReturnType<typeof kit.student>>;
let attemptId: string;

beforeAll(async () => {
  assigning = await kit.user("teacher", "Frau Melde");
  other = await kit.user("teacher", "Herr Anders");
  const classId = (await classes.createClass(assigning, "9a"))!;
  const otherClass = (await classes.createClass(other, "9b"))!;
  student = await kit.student(classId, "Lena");
  stranger = await kit.student(otherClass, "Mallory");
  const setId = (await sets.createSet(assigning, SETTINGS, [QUESTION]))!;
  const assigned = await assignments.assignSet(assigning, classId, setId, null);
  if (!assigned.ok) throw new Error(assigned.error);
  const started = await assignments.startAssignmentAttempt(
    student.actor,
    student.learnerId,
    assigned.id,
    null,
    new Date(),
  );
  if (!started.ok) throw new Error(started.error);
  attemptId = started.attemptId;
  await kit.complete(student.learnerId, attemptId, [false]);
});

const report = (learnerId: string, comment = "Der Schlüssel stimmt nicht.") =>
  reports.reportProblem(learnerId, {
    attemptId,
    position: 0,
    reason: "wrong_answer",
    comment,
  });

describe("reporting a problem", () => {
  it("refuses a report on somebody else's response and stores nothing", async () => {
    expect(await report(stranger.learnerId)).toBe("not-found");
    expect(
      await reports.reportProblem(student.learnerId, {
        attemptId,
        position: 7,
        reason: "other",
        comment: "",
      }),
    ).toBe("not-found");
    expect(await db.problemReport.count()).toBe(0);
  });

  it("stores the learner's report against the version the response was graded against, once while open", async () => {
    expect(await report(student.learnerId)).toBe("reported");
    expect(await report(student.learnerId, "noch einmal")).toBe(
      "already-reported",
    );
    const stored = await db.problemReport.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      questionId: QUESTION,
      questionVersion: 1,
      learnerId: student.learnerId,
      reason: "wrong_answer",
      comment: "Der Schlüssel stimmt nicht.",
      status: "open",
    });
    expect(
      await reports.reportedPositions(student.learnerId, attemptId),
    ).toEqual(new Set([0]));
    expect(
      await reports.reportedPositions(stranger.learnerId, attemptId),
    ).toEqual(new Set());
  });
});

describe("who sees a report", () => {
  it("for an article without owner: every teacher with the question in a set, nobody else", async () => {
    expect(await reports.countOpenReports(assigning)).toBe(1);
    expect(await reports.countOpenReports(other)).toBe(0);
    expect(await reports.countOpenReports(student.actor)).toBe(0);

    const [entry] = await reports.listOpenReports(assigning);
    expect(entry).toMatchObject({
      questionId: QUESTION,
      prompt: kit.catalog.questionsById.get(QUESTION)!.prompt,
      version: 1,
    });
    expect(entry!.reports[0]!.graded).toMatchObject({ score: 0 });
    expect(entry!.reports[0]!.graded!.sources.map((s) => s.id)).toEqual(
      kit.catalog.questionsById.get(QUESTION)!.sentenceIds,
    );
    expect(await reports.listOpenReports(other)).toEqual([]);

    // A teacher who puts the question into a set of their own sees it too.
    await sets.createSet(other, SETTINGS, [QUESTION]);
    expect(await reports.countOpenReports(other)).toBe(1);
  });

  it("for an owned article: its owner only, whoever has the question in a set", async () => {
    const owner = await kit.user("teacher", "Frau Autorin");
    const article = await db.question.findUniqueOrThrow({
      where: { id: QUESTION },
      select: { articleId: true },
    });
    await db.article.update({
      where: { id: article.articleId },
      data: { ownerId: owner.userId },
    });
    try {
      expect(await reports.countOpenReports(owner)).toBe(1);
      expect(await reports.countOpenReports(assigning)).toBe(0);
      expect(await reports.countOpenReports(other)).toBe(0);
    } finally {
      await db.article.update({
        where: { id: article.articleId },
        data: { ownerId: null },
      });
    }
  });

  it("lets only a teacher who sees the report dismiss it, once", async () => {
    const [entry] = await reports.listOpenReports(assigning);
    const reportId = entry!.reports[0]!.id;
    const outsider = await kit.user("teacher", "Herr Fremd");
    expect(await reports.resolveReport(outsider, reportId, "dismissed")).toBe(
      false,
    );
    expect(
      await reports.resolveReport(student.actor, reportId, "dismissed"),
    ).toBe(false);
    expect(await reports.resolveReport(assigning, reportId, "dismissed")).toBe(
      true,
    );
    expect(await reports.resolveReport(assigning, reportId, "fixed")).toBe(
      false,
    );
    expect(await reports.countOpenReports(assigning)).toBe(0);
    expect(
      await db.problemReport.findUniqueOrThrow({ where: { id: reportId } }),
    ).toMatchObject({ status: "dismissed", resolvedAt: expect.any(Date) });
    // Closed, the response can be reported again.
    expect(await report(student.learnerId)).toBe("reported");
  });
});
