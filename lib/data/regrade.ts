// Regrade: after a question was fixed (a new version), the responses graded against an older
// version are graded again against the current one. Each keeps the answer the learner gave; its
// previous grade and snapshots move to a ResponseRegrade row, so nothing is deleted and the
// learner's results show what changed. Review cards are left alone (they schedule practice, not
// grades). The grading itself is lib/quiz/regrade.ts.
//
// Whose responses a teacher regrades: the owner of the question's article regrades every response
// to it; a teacher using a question of the installation's packs (no owner) regrades the responses
// of attempts at their own assignments, never another teacher's classes or public practice.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { questionSchema } from "@/lib/content/content-schema";
import { db } from "@/lib/db/client";
import { resolvedAnswerSchema } from "@/lib/quiz/answer-schema";
import {
  attemptPoints,
  gradeChanged,
  regradeAnswer,
  type RegradeNote,
} from "@/lib/quiz/regrade";
import { isTeacher, type Actor } from "./actor";
import { questionsOfTeacher } from "./problem-reports";
import { storedAnswerSchema, storedSnapshots } from "./stored-responses";

type ScopedQuestion = { id: string; version: number; ownerId: string | null };

/** The responses to a question that a teacher may regrade and that are graded against an older version. */
function outdatedResponses(
  teacherId: string,
  question: ScopedQuestion,
): Prisma.ResponseWhereInput {
  return {
    questionId: question.id,
    questionVersion: { lt: question.version },
    ...(question.ownerId === teacherId
      ? {}
      : { attempt: { assignment: { set: { teacherId } } } }),
  };
}

async function questionsFor(
  teacherId: string,
  questionIds: string[],
): Promise<ScopedQuestion[]> {
  const rows = await db.question.findMany({
    where: { id: { in: questionIds }, ...questionsOfTeacher(teacherId) },
    select: { id: true, version: true, article: { select: { ownerId: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    ownerId: r.article.ownerId,
  }));
}

/** Per question: how many responses the teacher could regrade now (0 when none is outdated). */
export async function countRegradable(
  actor: Actor,
  questionIds: string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!isTeacher(actor)) return counts;
  for (const question of await questionsFor(actor.userId, questionIds)) {
    counts.set(
      question.id,
      await db.response.count({
        where: outdatedResponses(actor.userId, question),
      }),
    );
  }
  return counts;
}

export type RegradeReport = { regraded: number; changed: number };

/**
 * Grades every outdated response in the teacher's scope again against the question's current
 * version and recomputes the attempts' scores. Null for a question that is not the teacher's.
 */
export async function regradeQuestion(
  actor: Actor,
  questionId: string,
): Promise<RegradeReport | null> {
  if (!isTeacher(actor)) return null;
  const [scoped] = await questionsFor(actor.userId, [questionId]);
  if (!scoped) return null;
  return db.$transaction(
    async (tx) => {
      const row = await tx.question.findUniqueOrThrow({
        where: { id: questionId },
        select: { version: true, payload: true, articleId: true },
      });
      const question = questionSchema.parse(JSON.parse(row.payload));
      const sentences = new Map(
        (
          await tx.sentence.findMany({
            where: {
              articleId: row.articleId,
              id: { in: question.sentenceIds },
            },
            select: { id: true, de: true, en: true },
          })
        ).map((s) => [s.id, s]),
      );
      const sources = question.sentenceIds.map((id) => {
        const s = sentences.get(id);
        if (!s)
          throw new Error(
            `Question ${questionId} cites unknown sentence ${id}`,
          );
        return { id: s.id, de: s.de, en: s.en };
      });
      const responses = await tx.response.findMany({
        where: outdatedResponses(actor.userId, {
          ...scoped,
          version: row.version,
        }),
        include: { attempt: { select: { language: true } } },
      });
      const now = new Date();
      const report: RegradeReport = { regraded: 0, changed: 0 };
      const attemptIds = new Set<string>();
      for (const response of responses) {
        const given = resolvedAnswerSchema.safeParse(
          storedAnswerSchema.parse(JSON.parse(response.answer)).value,
        );
        const language = response.attempt.language === "en" ? "en" : "de";
        const regrade = given.success
          ? regradeAnswer(question, given.data, language)
          : null;
        // An answer the current version cannot grade (stored before answers kept their ids, or
        // the question changed type) keeps its grade.
        if (!given.success || !regrade) continue;
        const snapshots = storedSnapshots(question, {
          questionId,
          ...regrade,
          given: given.data,
          sources,
        });
        await tx.responseRegrade.create({
          data: {
            id: randomUUID(),
            responseId: response.id,
            questionVersion: response.questionVersion,
            score: response.score,
            correct: response.correct,
            correctAnswer: response.correctAnswer,
            sourceSentences: response.sourceSentences,
            regradedAt: now,
          },
        });
        await tx.response.update({
          where: { id: response.id },
          data: {
            score: regrade.score,
            correct: regrade.correct,
            correctAnswer: snapshots.correctAnswer,
            sourceSentences: snapshots.sourceSentences,
            questionVersion: row.version,
            regradedFrom: response.regradedFrom ?? response.questionVersion,
            regradedAt: now,
          },
        });
        report.regraded++;
        if (gradeChanged(response, regrade)) report.changed++;
        attemptIds.add(response.attemptId);
      }
      for (const attemptId of attemptIds) {
        const scores = await tx.response.findMany({
          where: { attemptId },
          select: { score: true },
        });
        await tx.attempt.update({
          where: { id: attemptId },
          data: { score: attemptPoints(scores.map((s) => s.score)) },
        });
      }
      return report;
    },
    // A question answered by a whole school is many statements: on PostgreSQL each a round trip.
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** For a learner's own attempt: per position, when its response was regraded and from what score. */
export async function regradeNotes(
  learnerId: string,
  attemptId: string,
): Promise<Map<number, RegradeNote>> {
  const rows = await db.response.findMany({
    where: { attemptId, attempt: { learnerId }, regradedAt: { not: null } },
    select: {
      position: true,
      score: true,
      regradedAt: true,
      regrades: {
        orderBy: { regradedAt: "asc" },
        take: 1,
        select: { score: true },
      },
    },
  });
  const notes = new Map<number, RegradeNote>();
  for (const row of rows) {
    const first = row.regrades[0];
    if (row.regradedAt && first)
      notes.set(row.position, {
        regradedAt: row.regradedAt,
        was: first.score,
        now: row.score,
      });
  }
  return notes;
}
