// Attempts: starting one (a content-pack quiz, the retry of a finished attempt's missed questions;
// an assignment starts its own through createAttempt), the learner's state of one, the list, the
// start page's open attempt and the review of a finished one. Answers are stored by answers.ts;
// the stored snapshots are read by stored-responses.ts.
// Every function takes the learner id and only ever touches that learner's attempts.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { type Prisma } from "@/generated/prisma/client";
import type { FeedbackMode, Language } from "@/lib/content/content-schema";
import { db } from "@/lib/db/client";
import { sql, sqlDate, sqlQuery } from "@/lib/db/sql";
import { isUniqueViolation } from "@/lib/db/storage-fault";
import type { ReviewItem } from "@/lib/quiz/feedback";
import { resultsHiddenUntil } from "@/lib/teach/set-schema";
import { closeOverdueAttempt, isPastDeadline } from "./answers";
import { reviewItemsOf } from "./stored-responses";
import { getLibrary, practiceQuiz } from "./library";
import type { Actor } from "./actor";

export type AttemptStatus = "in_progress" | "finished";

export type AttemptSummary = {
  id: string;
  /** The content-pack quiz; null for an assignment (a teacher's question set). */
  quizId: string | null;
  assignment: { id: string; title: string; dueAt: Date | null } | null;
  /** Until when results and correct answers stay hidden (a set reviewed "after the due date"). */
  reviewHiddenUntil: Date | null;
  deadlineAt: Date | null;
  language: Language;
  feedbackMode: FeedbackMode;
  status: AttemptStatus;
  itemCount: number;
  answeredCount: number;
  /** Sum of the credit of all responses (0..itemCount). */
  points: number;
  isRetry: boolean;
  startedAt: Date;
  finishedAt: Date | null;
};

/**
 * Per learner and small: the questions themselves are the same for everybody (the question bank),
 * and questionsForAttempt (lib/quiz/attempt-state.ts) picks this attempt's from them.
 */
export type AttemptState = AttemptSummary & {
  shuffleOptions: boolean;
  remaining: { position: number; questionId: string }[];
};

export const attemptSummarySelect = {
  id: true,
  quizId: true,
  language: true,
  feedbackMode: true,
  status: true,
  itemCount: true,
  answeredCount: true,
  score: true,
  retryOfId: true,
  startedAt: true,
  finishedAt: true,
  deadlineAt: true,
  shuffleOptions: true,
  assignment: {
    select: {
      id: true,
      dueAt: true,
      set: { select: { title: true, reviewMode: true } },
    },
  },
} satisfies Prisma.AttemptSelect;

type SummaryRow = Prisma.AttemptGetPayload<{
  select: typeof attemptSummarySelect;
}>;

const reviewHiddenUntil = (row: SummaryRow, now: Date): Date | null =>
  row.assignment
    ? resultsHiddenUntil(
        row.assignment.set.reviewMode,
        row.assignment.dueAt,
        now,
      )
    : null;

export function toSummary(row: SummaryRow, now = new Date()): AttemptSummary {
  return {
    id: row.id,
    quizId: row.quizId,
    assignment: row.assignment
      ? {
          id: row.assignment.id,
          title: row.assignment.set.title,
          dueAt: row.assignment.dueAt,
        }
      : null,
    reviewHiddenUntil: reviewHiddenUntil(row, now),
    deadlineAt: row.deadlineAt,
    language: row.language as Language,
    feedbackMode: row.feedbackMode as FeedbackMode,
    status: row.status as AttemptStatus,
    itemCount: row.itemCount,
    answeredCount: row.answeredCount,
    points: row.score,
    isRetry: row.retryOfId !== null,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

export async function createAttempt(input: {
  learnerId: string;
  quizId: string | null;
  language: Language;
  feedbackMode: FeedbackMode;
  questionIds: string[];
  retryOfId?: string;
  assignmentId?: string;
  shuffleOptions?: boolean;
  deadlineAt?: Date | null;
  id?: string;
}): Promise<string> {
  const id = input.id ?? randomUUID();
  await db.attempt.create({
    data: {
      id,
      learnerId: input.learnerId,
      quizId: input.quizId,
      assignmentId: input.assignmentId ?? null,
      shuffleOptions: input.shuffleOptions ?? false,
      deadlineAt: input.deadlineAt ?? null,
      language: input.language,
      feedbackMode: input.feedbackMode,
      status: "in_progress",
      itemCount: input.questionIds.length,
      retryOfId: input.retryOfId ?? null,
      items: {
        create: input.questionIds.map((questionId, position) => ({
          position,
          questionId,
        })),
      },
    },
  });
  return id;
}

/**
 * Starts a ready-made quiz for practice: one the actor may practise (practiceQuiz; others are
 * reached through the sets teachers assign). Returns null for any other quiz id.
 */
export async function startAttempt(
  learnerId: string,
  quizId: string,
  language: Language,
  actor: Actor | null = null,
): Promise<string | null> {
  const quiz = await practiceQuiz(quizId, actor);
  if (!quiz) return null;
  return createAttempt({
    learnerId,
    quizId,
    language,
    feedbackMode: quiz.feedbackMode,
    questionIds: quiz.questionIds,
  });
}

/**
 * The id of the retry of an attempt: derived from the attempt's own (a v8 UUID of its hash), so
 * that a second start of the same retry collides with the first instead of making another.
 */
export function retryAttemptId(attemptId: string): string {
  const hex = createHash("sha256").update(`retry:${attemptId}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The attempt with only the questions of a finished attempt that were not fully correct. One per
 * attempt: asked again (a second click, two tabs, back and again) it is the same retry, whether
 * under way or finished.
 */
export async function startRetryOfMissed(
  learnerId: string,
  attemptId: string,
): Promise<{ id: string; language: Language } | null> {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, learnerId, status: "finished" },
    select: {
      ...attemptSummarySelect,
      responses: {
        where: { correct: false },
        orderBy: { position: "asc" },
        select: { questionId: true },
      },
    },
  });
  // Practising the missed questions shows their answers, so not while a set's results are hidden.
  if (
    !attempt ||
    attempt.responses.length === 0 ||
    reviewHiddenUntil(attempt, new Date())
  )
    return null;
  const language = attempt.language as Language;
  // Retries started before their ids were derived have random ids: the first of them counts.
  const existing = await db.attempt.findFirst({
    where: { retryOfId: attemptId, learnerId },
    orderBy: { startedAt: "asc" },
    select: { id: true },
  });
  if (existing) return { id: existing.id, language };
  const id = retryAttemptId(attemptId);
  try {
    await createAttempt({
      id,
      learnerId,
      quizId: attempt.quizId,
      language,
      // A retry is practice: show feedback after every answer.
      feedbackMode: "immediate",
      questionIds: attempt.responses.map((r) => r.questionId),
      retryOfId: attemptId,
    });
  } catch (error) {
    // Started at the same moment by another request: that one is this retry.
    if (!isUniqueViolation(error)) throw error;
  }
  return { id, language };
}

/**
 * The learner's own view of an attempt: summary, and which questions are still to answer. Every
 * quiz page view asks for this (GET /api/attempts/[id]), so it is two plain statements on the
 * driver adapter (decision 015) rather than Prisma's nested read; the result is the same summary.
 */
export async function getAttemptState(
  learnerId: string,
  attemptId: string,
): Promise<AttemptState | null> {
  const [row] = await sqlQuery<StateRow>(sql`
    SELECT a."id", a."quizId", a."language", a."feedbackMode", a."status", a."itemCount", a."answeredCount", a."score",
           a."retryOfId", a."startedAt", a."finishedAt", a."deadlineAt", a."shuffleOptions",
           a."assignmentId", s."title" AS "setTitle", s."reviewMode" AS "setReviewMode", g."dueAt" AS "assignmentDueAt"
    FROM "Attempt" a
    LEFT JOIN "Assignment" g ON g."id" = a."assignmentId"
    LEFT JOIN "QuestionSet" s ON s."id" = g."setId"
    WHERE a."id" = ${attemptId} AND a."learnerId" = ${learnerId}`);
  if (!row) return null;
  const answeredCount = Number(row.answeredCount);
  const remaining = await sqlQuery<{
    position: number;
    questionId: string;
  }>(sql`
    SELECT "position", "questionId" FROM "AttemptItem"
    WHERE "attemptId" = ${attemptId} AND "position" >= ${answeredCount} ORDER BY "position"`);
  const date = (value: string | null) =>
    value === null ? null : sqlDate(value);
  const shuffleOptions = Boolean(row.shuffleOptions);
  const summary = toSummary({
    id: row.id,
    quizId: row.quizId,
    language: row.language,
    feedbackMode: row.feedbackMode,
    status: row.status,
    itemCount: Number(row.itemCount),
    answeredCount,
    score: Number(row.score),
    retryOfId: row.retryOfId,
    startedAt: sqlDate(row.startedAt),
    finishedAt: date(row.finishedAt),
    deadlineAt: date(row.deadlineAt),
    shuffleOptions,
    assignment:
      row.assignmentId === null
        ? null
        : {
            id: row.assignmentId,
            dueAt: date(row.assignmentDueAt),
            set: { title: row.setTitle!, reviewMode: row.setReviewMode! },
          },
  });
  return {
    ...summary,
    shuffleOptions,
    remaining: remaining.map((r) => ({
      position: Number(r.position),
      questionId: r.questionId,
    })),
  };
}

type StateRow = {
  id: string;
  quizId: string | null;
  language: string;
  feedbackMode: string;
  status: string;
  itemCount: number;
  answeredCount: number;
  score: number;
  retryOfId: string | null;
  startedAt: string;
  finishedAt: string | null;
  deadlineAt: string | null;
  shuffleOptions: number | boolean;
  assignmentId: string | null;
  setTitle: string | null;
  setReviewMode: string | null;
  assignmentDueAt: string | null;
};

export async function listAttempts(
  learnerId: string,
  /** Only attempts in this state: the database filters, since this runs on every page view
   * (GET /api/me asks for the open ones, which a learner who finished many usually has none of). */
  status?: AttemptStatus,
): Promise<AttemptSummary[]> {
  const rows = await db.attempt.findMany({
    where: { learnerId, ...(status ? { status } : {}) },
    orderBy: { startedAt: "desc" },
    select: attemptSummarySelect,
  });
  return rows.map((row) => toSummary(row));
}

/** The per-question review of a finished attempt, from the stored snapshots. */
export async function getAttemptReview(
  learnerId: string,
  attemptId: string,
): Promise<{ attempt: AttemptSummary; items: ReviewItem[] } | null> {
  let row = await db.attempt.findFirst({
    where: { id: attemptId, learnerId },
    select: {
      ...attemptSummarySelect,
      responses: { orderBy: { position: "asc" } },
    },
  });
  if (
    row &&
    row.status === "in_progress" &&
    isPastDeadline(row.deadlineAt, new Date())
  ) {
    await closeOverdueAttempt(row.id);
    row = await db.attempt.findFirst({
      where: { id: attemptId, learnerId },
      select: {
        ...attemptSummarySelect,
        responses: { orderBy: { position: "asc" } },
      },
    });
  }
  if (!row) return null;
  const attempt = toSummary(row);
  if (attempt.status !== "finished" || attempt.reviewHiddenUntil)
    return { attempt, items: [] };
  return {
    attempt,
    items: reviewItemsOf(row.responses, attempt.language, await getLibrary()),
  };
}

/** The learner's unfinished attempt at a quiz, if any, so the start page can offer to continue. */
export async function findOpenAttempt(
  learnerId: string,
  quizId: string,
): Promise<AttemptSummary | null> {
  const row = await db.attempt.findFirst({
    where: {
      learnerId,
      quizId,
      status: "in_progress",
      retryOfId: null,
      assignmentId: null,
    },
    orderBy: { startedAt: "desc" },
    select: attemptSummarySelect,
  });
  return row ? toSummary(row) : null;
}
