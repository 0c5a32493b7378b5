// Problem reports: a learner reports a question from the feedback on their own answer; the
// question's teachers see it in their inbox and dismiss it or mark it fixed. Who sees a report:
// the owner of the question's article, or, for an article without owner (the installation's
// packs), every teacher who has the question in one of their question sets.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { questionSchema, type Localized } from "@/lib/content/content-schema";
import { db } from "@/lib/db/client";
import type { ReportReason, ReportResolution } from "@/lib/quiz/problem-report";
import { isTeacher, type Actor } from "./actor";
import {
  storedAnswerSchema,
  storedCorrectAnswerSchema,
  storedSourcesSchema,
} from "./stored-responses";

/** The reports a teacher may see and act on (the rule in this file's header). */
export function reportsVisibleTo(
  teacherId: string,
): Prisma.ProblemReportWhereInput {
  return { question: questionsOfTeacher(teacherId) };
}

/** The questions whose reports and regrades are a teacher's business. */
export function questionsOfTeacher(
  teacherId: string,
): Prisma.QuestionWhereInput {
  return {
    OR: [
      { article: { ownerId: teacherId } },
      {
        article: { ownerId: null },
        setItems: { some: { set: { teacherId } } },
      },
    ],
  };
}

export type ReportOutcome = "reported" | "already-reported" | "not-found";

/**
 * Stores a report on a response of the learner's own attempt, against the question version the
 * response was graded against. One open report per response.
 */
export async function reportProblem(
  learnerId: string,
  input: {
    attemptId: string;
    position: number;
    reason: ReportReason;
    comment: string;
  },
): Promise<ReportOutcome> {
  const response = await db.response.findFirst({
    where: {
      attemptId: input.attemptId,
      position: input.position,
      attempt: { learnerId },
    },
    select: { id: true, questionId: true, questionVersion: true },
  });
  if (!response) return "not-found";
  return db.$transaction(async (tx) => {
    const open = await tx.problemReport.count({
      where: { responseId: response.id, status: "open" },
    });
    if (open > 0) return "already-reported";
    await tx.problemReport.create({
      data: {
        id: randomUUID(),
        questionId: response.questionId,
        questionVersion: response.questionVersion,
        responseId: response.id,
        learnerId,
        reason: input.reason,
        comment: input.comment,
      },
    });
    return "reported";
  });
}

/** Positions of an attempt of the learner's that carry an open report (the form says so). */
export async function reportedPositions(
  learnerId: string,
  attemptId: string,
): Promise<Set<number>> {
  const rows = await db.problemReport.findMany({
    where: { learnerId, status: "open", response: { attemptId } },
    select: { response: { select: { position: true } } },
  });
  return new Set(
    rows.flatMap((r) => (r.response ? [r.response.position] : [])),
  );
}

export async function countOpenReports(actor: Actor): Promise<number> {
  if (!isTeacher(actor)) return 0;
  return db.problemReport.count({
    where: { ...reportsVisibleTo(actor.userId), status: "open" },
  });
}

export type ReportDto = {
  id: string;
  reason: ReportReason;
  comment: string;
  createdAt: Date;
  /** The version the learner saw. */
  questionVersion: number;
  /** The learner's answer and what it was graded against; null when the response is gone. */
  graded: {
    given: Localized;
    correctAnswer: Localized;
    score: number;
    sources: { id: string; de: string; en: string }[];
  } | null;
};

export type ReportedQuestionDto = {
  questionId: string;
  prompt: Localized;
  /** The question's current version. */
  version: number;
  reports: ReportDto[];
};

/** The open reports a teacher may see, grouped by question, the most recently reported first. */
export async function listOpenReports(
  actor: Actor,
): Promise<ReportedQuestionDto[]> {
  if (!isTeacher(actor)) return [];
  const rows = await db.problemReport.findMany({
    where: { ...reportsVisibleTo(actor.userId), status: "open" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      reason: true,
      comment: true,
      createdAt: true,
      questionVersion: true,
      question: { select: { id: true, version: true, payload: true } },
      response: {
        select: {
          answer: true,
          correctAnswer: true,
          score: true,
          sourceSentences: true,
        },
      },
    },
  });
  const byQuestion = new Map<string, ReportedQuestionDto>();
  for (const row of rows) {
    let entry = byQuestion.get(row.question.id);
    if (!entry) {
      const question = questionSchema.parse(JSON.parse(row.question.payload));
      entry = {
        questionId: row.question.id,
        prompt: question.prompt,
        version: row.question.version,
        reports: [],
      };
      byQuestion.set(row.question.id, entry);
    }
    entry.reports.push({
      id: row.id,
      reason: row.reason as ReportReason,
      comment: row.comment,
      createdAt: row.createdAt,
      questionVersion: row.questionVersion,
      graded: row.response && {
        given: storedAnswerSchema.parse(JSON.parse(row.response.answer))
          .display,
        correctAnswer: localizedOf(
          storedCorrectAnswerSchema.parse(
            JSON.parse(row.response.correctAnswer),
          ),
        ),
        score: row.response.score,
        sources: storedSourcesSchema.parse(
          JSON.parse(row.response.sourceSentences),
        ),
      },
    });
  }
  return [...byQuestion.values()];
}

const localizedOf = ({ de, en }: Localized): Localized => ({ de, en });

/** Dismisses a report or marks it fixed; false for one the teacher may not see or already closed. */
export async function resolveReport(
  actor: Actor,
  reportId: string,
  resolution: ReportResolution,
): Promise<boolean> {
  if (!isTeacher(actor)) return false;
  const { count } = await db.problemReport.updateMany({
    where: {
      ...reportsVisibleTo(actor.userId),
      id: reportId,
      status: "open",
    },
    data: { status: resolution, resolvedAt: new Date() },
  });
  return count === 1;
}
