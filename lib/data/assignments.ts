// Assignments: a question set given to a class, with an optional due date. Teachers assign to
// their own classes only; students see and start only the assignments of classes they are in.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Language } from "@/lib/content/content-schema";
import { db } from "@/lib/db/client";
import { shuffled } from "@/lib/quiz/present";
import type { Prisma } from "@/generated/prisma/client";
import {
  resultsHiddenUntil,
  type ReviewMode,
  type SetLanguage,
} from "@/lib/teach/set-schema";
import type { AssignSource } from "@/lib/teach/assign-schema";
import { isStudent, isTeacher, type Actor } from "./actor";
import { createAttempt } from "./attempts";
import { setForQuiz } from "./question-sets";
import { usableQuiz } from "./library";

export type AssignError =
  "not-found" | "class-archived" | "empty-set" | "due-required";

export async function assignSet(
  actor: Actor,
  classId: string,
  setId: string,
  dueAt: Date | null,
): Promise<{ ok: true; id: string } | { ok: false; error: AssignError }> {
  if (!isTeacher(actor)) return { ok: false, error: "not-found" };
  const [classroom, set] = await Promise.all([
    db.classroom.findFirst({
      where: { id: classId, teacherId: actor.userId },
      select: { archivedAt: true },
    }),
    db.questionSet.findFirst({
      where: { id: setId, teacherId: actor.userId },
      select: { reviewMode: true, _count: { select: { items: true } } },
    }),
  ]);
  if (!classroom || !set) return { ok: false, error: "not-found" };
  // An archived class is closed: its students no longer see assignments.
  if (classroom.archivedAt) return { ok: false, error: "class-archived" };
  if (set._count.items === 0) return { ok: false, error: "empty-set" };
  if (set.reviewMode === "after_due" && !dueAt)
    return { ok: false, error: "due-required" };
  const id = randomUUID();
  await db.assignment.create({
    data: { id, classroomId: classId, setId, dueAt },
  });
  return { ok: true, id };
}

/**
 * Assigns one of the teacher's sets, or a ready-made quiz, to one of their classes. A quiz is
 * assigned as a set made from it (decision 023), so the gradebook and the statistics treat both alike.
 * Nothing is created for a class that is not the teacher's or is archived.
 */
export async function assignToClass(
  actor: Actor,
  classId: string,
  source: AssignSource,
  dueAt: Date | null,
  locale: Language,
): Promise<{ ok: true; id: string } | { ok: false; error: AssignError }> {
  if (!isTeacher(actor)) return { ok: false, error: "not-found" };
  if (source.kind === "set")
    return assignSet(actor, classId, source.setId, dueAt);
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId: actor.userId },
    select: { archivedAt: true },
  });
  if (!classroom || !(await usableQuiz(actor, source.quizId)))
    return { ok: false, error: "not-found" };
  if (classroom.archivedAt) return { ok: false, error: "class-archived" };
  const setId = await setForQuiz(actor, source.quizId, locale);
  return setId
    ? assignSet(actor, classId, setId, dueAt)
    : { ok: false, error: "not-found" };
}

export type TeacherAssignment = {
  id: string;
  title: string;
  dueAt: Date | null;
  classId: string;
  className: string;
  classArchived: boolean;
};

/** One assignment of one of the teacher's classes (null for anything else). */
export async function getTeacherAssignment(
  actor: Actor,
  assignmentId: string,
): Promise<TeacherAssignment | null> {
  if (!isTeacher(actor)) return null;
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId: actor.userId } },
    select: {
      id: true,
      dueAt: true,
      set: { select: { title: true } },
      classroom: { select: { id: true, name: true, archivedAt: true } },
    },
  });
  return row
    ? {
        id: row.id,
        title: row.set.title,
        dueAt: row.dueAt,
        classId: row.classroom.id,
        className: row.classroom.name,
        classArchived: row.classroom.archivedAt !== null,
      }
    : null;
}

/** Withdraws an assignment nobody has started; false when it is not the teacher's or has attempts. */
export async function withdrawAssignment(
  actor: Actor,
  assignmentId: string,
): Promise<boolean> {
  if (!isTeacher(actor)) return false;
  const deleted = await db.assignment.deleteMany({
    where: {
      id: assignmentId,
      classroom: { teacherId: actor.userId },
      attempts: { none: {} },
    },
  });
  return deleted.count === 1;
}

export type AssignmentStatus = "open" | "overdue" | "done" | "late";

export type StudentAssignment = {
  id: string;
  title: string;
  className: string;
  dueAt: Date | null;
  questionCount: number;
  language: SetLanguage;
  reviewMode: ReviewMode;
  timeLimitMinutes: number | null;
  /** 0 = unlimited. */
  maxAttempts: number;
  attemptsUsed: number;
  openAttemptId: string | null;
  status: AssignmentStatus;
  /** Best finished score in percent; null while results are hidden or before a finished attempt. */
  bestPercent: number | null;
  bestAttemptId: string | null;
  resultsHiddenUntil: Date | null;
};

const studentAssignmentSelect = (learnerId: string | null) => ({
  id: true,
  dueAt: true,
  classroom: { select: { name: true } },
  set: {
    select: {
      title: true,
      language: true,
      reviewMode: true,
      timeLimitMinutes: true,
      maxAttempts: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      items: {
        orderBy: { position: "asc" as const },
        select: { questionId: true },
      },
    },
  },
  attempts: {
    where: { learnerId: learnerId ?? "-", retryOfId: null },
    orderBy: { startedAt: "asc" as const },
    select: {
      id: true,
      status: true,
      score: true,
      itemCount: true,
      finishedAt: true,
      language: true,
    },
  },
});

/** Assignments are visible to students enrolled in the (not archived) class. */
const visibleTo = (actor: Actor) => ({
  classroom: {
    archivedAt: null,
    enrollments: { some: { userId: actor.userId } },
  },
});

type StudentAssignmentRow = Prisma.AssignmentGetPayload<{
  select: ReturnType<typeof studentAssignmentSelect>;
}>;

/** The graded attempt: the highest finished score (Moodle's default grading method "highest grade"). */
export function bestAttempt<T extends { score: number; itemCount: number }>(
  rows: T[],
): T | null {
  return rows.reduce<T | null>(
    (best, a) =>
      !best || a.score / a.itemCount > best.score / best.itemCount ? a : best,
    null,
  );
}

export function assignmentStatus(
  dueAt: Date | null,
  finishedAts: Date[],
  now: Date,
): AssignmentStatus {
  if (finishedAts.length > 0)
    return !dueAt || finishedAts.some((f) => f <= dueAt) ? "done" : "late";
  return dueAt && now > dueAt ? "overdue" : "open";
}

function toStudentAssignment(
  row: StudentAssignmentRow,
  now: Date,
): StudentAssignment {
  const finished = row.attempts.filter(
    (a) => a.status === "finished" && a.finishedAt,
  );
  const hidden = resultsHiddenUntil(row.set.reviewMode, row.dueAt, now);
  const best = bestAttempt(finished);
  return {
    id: row.id,
    title: row.set.title,
    className: row.classroom.name,
    dueAt: row.dueAt,
    questionCount: row.set.items.length,
    language: row.set.language as SetLanguage,
    reviewMode: row.set.reviewMode as ReviewMode,
    timeLimitMinutes: row.set.timeLimitMinutes,
    maxAttempts: row.set.maxAttempts,
    attemptsUsed: row.attempts.length,
    openAttemptId:
      row.attempts.find((a) => a.status === "in_progress")?.id ?? null,
    status: assignmentStatus(
      row.dueAt,
      finished.map((a) => a.finishedAt!),
      now,
    ),
    bestPercent: best && !hidden ? (100 * best.score) / best.itemCount : null,
    bestAttemptId: best?.id ?? null,
    resultsHiddenUntil: hidden,
  };
}

export async function listStudentAssignments(
  actor: Actor,
  learnerId: string | null,
  now: Date,
): Promise<StudentAssignment[]> {
  if (!isStudent(actor)) return [];
  const rows = await db.assignment.findMany({
    where: visibleTo(actor),
    orderBy: [{ dueAt: "asc" }, { createdAt: "desc" }],
    select: studentAssignmentSelect(learnerId),
  });
  return rows.map((row) => toStudentAssignment(row, now));
}

export async function getStudentAssignment(
  actor: Actor,
  learnerId: string | null,
  assignmentId: string,
  now: Date,
): Promise<StudentAssignment | null> {
  if (!isStudent(actor)) return null;
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, ...visibleTo(actor) },
    select: studentAssignmentSelect(learnerId),
  });
  return row ? toStudentAssignment(row, now) : null;
}

export type StartAssignmentError =
  "not-found" | "no-attempts-left" | "language-required";

/**
 * Starts (or resumes) the student's attempt at an assignment, with the set's options: its language
 * or the student's choice, shuffled questions and options, a time limit, and the review option.
 */
export async function startAssignmentAttempt(
  actor: Actor,
  learnerId: string,
  assignmentId: string,
  chosenLanguage: Language | null,
  now: Date,
): Promise<
  | { ok: true; attemptId: string; language: Language }
  | { ok: false; error: StartAssignmentError }
> {
  if (!isStudent(actor)) return { ok: false, error: "not-found" };
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, ...visibleTo(actor) },
    select: studentAssignmentSelect(learnerId),
  });
  if (!row || row.set.items.length === 0)
    return { ok: false, error: "not-found" };
  const open = row.attempts.find((a) => a.status === "in_progress");
  if (open)
    return {
      ok: true,
      attemptId: open.id,
      language: open.language as Language,
    };
  if (row.set.maxAttempts > 0 && row.attempts.length >= row.set.maxAttempts)
    return { ok: false, error: "no-attempts-left" };
  const language =
    row.set.language === "choice"
      ? chosenLanguage
      : (row.set.language as Language);
  if (!language) return { ok: false, error: "language-required" };

  const attemptId = randomUUID();
  const questionIds = row.set.items.map((i) => i.questionId);
  return {
    ok: true,
    language,
    attemptId: await createAttempt({
      id: attemptId,
      learnerId,
      quizId: null,
      assignmentId,
      language,
      feedbackMode: row.set.reviewMode === "immediately" ? "immediate" : "end",
      questionIds: row.set.shuffleQuestions
        ? shuffled(questionIds, attemptId)
        : questionIds,
      shuffleOptions: row.set.shuffleOptions,
      deadlineAt: row.set.timeLimitMinutes
        ? new Date(now.getTime() + row.set.timeLimitMinutes * 60_000)
        : null,
    }),
  };
}
