// The answer path: one answer resolved, graded and stored once, in sequence and within the
// attempt's time limit, with the feedback the learner gets back. The hot path of a classroom
// (docs/benchmarks.md). The time limit's rule lives here too: the results page closes an attempt
// whose time has run out just as an answer after it would.
import "server-only";
import { randomUUID } from "node:crypto";
import { questionById, sourceSentencesOf } from "@/lib/content/catalog";
import type { Language } from "@/lib/content/content-schema";
import { db } from "@/lib/db/client";
import { sql, sqlDate, sqlQuery, sqlTransaction } from "@/lib/db/sql";
import {
  describeStorageFault,
  isStorageFault,
  isUniqueViolation,
} from "@/lib/db/storage-fault";
import { describeCorrectAnswer } from "@/lib/grading/describe-answer";
import { gradeAnswer } from "@/lib/grading/grade";
import type { PublicAnswer } from "@/lib/quiz/answer-schema";
import type { SubmitOutcome } from "@/lib/quiz/feedback";
import { solutionOf } from "@/lib/quiz/marking";
import { resolveAnswer } from "@/lib/quiz/resolve-answer";
import {
  feedbackFrom,
  gradedFromRow,
  storedAnswerSchema,
  storedSnapshots,
} from "./stored-responses";
import { libraryArticleAt } from "./library";

/** Seconds of grace after a time limit, for an answer that was on its way when the clock ran out. */
const DEADLINE_GRACE_MS = 5_000;

export function isPastDeadline(deadlineAt: Date | null, now: Date): boolean {
  return (
    deadlineAt !== null &&
    now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS
  );
}

/** Ends an attempt whose time limit has run out; unanswered questions score nothing. Idempotent. */
export async function closeOverdueAttempt(attemptId: string): Promise<void> {
  const now = new Date();
  await db.attempt.updateMany({
    where: {
      id: attemptId,
      status: "in_progress",
      deadlineAt: { lt: new Date(now.getTime() - DEADLINE_GRACE_MS) },
    },
    data: { status: "finished", finishedAt: now },
  });
}

class AttemptMoved extends Error {}

/** One row: the attempt, the item at the position, its question version, and a stored response if any. */
type AnswerPathRow = {
  status: string;
  answeredCount: number | bigint;
  itemCount: number | bigint;
  language: string;
  feedbackMode: string;
  deadlineAt: string | null;
  questionId: string;
  version: number | bigint;
  articleId: string;
  contentHash: string;
  rAnswer: string | null;
  rScore: number | null;
  rCorrect: boolean | number | null;
  rCorrectAnswer: string | null;
  rSourceSentences: string | null;
};

/** Prisma's own DateTime text form in SQLite, so values written here sort and compare like the rest. */
const sqlNow = (now: Date) => now.toISOString().replace("Z", "+00:00");

/**
 * Grades and stores one answer. The answer must be for the next unanswered position (a sequence
 * check, like Moodle's); sending the same answer again returns the stored result without writing.
 * A storage fault (docs/decisions/010, 011) stores nothing and answers 'unavailable'.
 */
export async function submitResponse(
  input: SubmitInput,
): Promise<SubmitOutcome> {
  try {
    return await storeResponse(input);
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    console.error(
      `Answer not stored, the database cannot take it: ${describeStorageFault(error)}`,
    );
    return { ok: false, error: "unavailable" };
  }
}

type SubmitInput = {
  learnerId: string;
  attemptId: string;
  position: number;
  answer: PublicAnswer;
};

/**
 * This is the hot path of a classroom (docs/benchmarks.md): one read and one short transaction of
 * two statements, in portable SQL (quoted identifiers work on SQLite and PostgreSQL alike) sent
 * straight to the driver adapter under Prisma (lib/db/sql.ts, decision 015), which costs a tenth
 * of Prisma's client per statement. The INSERT only happens while the attempt is still at this
 * position, and the UPDATE only together with that INSERT, so a race can never store half an answer.
 */
async function storeResponse(input: SubmitInput): Promise<SubmitOutcome> {
  const [row] = await sqlQuery<AnswerPathRow>(sql`
    SELECT a."status", a."answeredCount", a."itemCount", a."language", a."feedbackMode", a."deadlineAt",
           i."questionId", q."version", q."articleId", ar."contentHash",
           r."answer" AS "rAnswer", r."score" AS "rScore", r."correct" AS "rCorrect",
           r."correctAnswer" AS "rCorrectAnswer", r."sourceSentences" AS "rSourceSentences"
    FROM "Attempt" a
    JOIN "AttemptItem" i ON i."attemptId" = a."id" AND i."position" = ${input.position}
    JOIN "Question" q ON q."id" = i."questionId"
    JOIN "Article" ar ON ar."id" = q."articleId"
    LEFT JOIN "Response" r ON r."attemptId" = a."id" AND r."position" = ${input.position}
    WHERE a."id" = ${input.attemptId} AND a."learnerId" = ${input.learnerId}`);
  if (!row) return { ok: false, error: "not-found" };
  const language = row.language as Language;
  const showFeedback = row.feedbackMode === "immediate";
  const answeredCount = Number(row.answeredCount);

  // The article's hash comes with the row: the library costs no query here unless it changed.
  const catalog = await libraryArticleAt(row.articleId, row.contentHash);
  if (!catalog) throw new Error(`Article ${row.articleId} is not published`);
  const question = questionById(catalog, row.questionId);
  const resolved = resolveAnswer(question, input.answer);
  if (!resolved) return { ok: false, error: "invalid-answer" };
  const answerJson = JSON.stringify(resolved);

  if (row.rAnswer !== null) {
    const stored = storedAnswerSchema.parse(JSON.parse(row.rAnswer));
    if (JSON.stringify(stored.value) !== answerJson)
      return { ok: false, error: "already-answered" };
    const existing = {
      questionId: row.questionId,
      answer: row.rAnswer,
      score: Number(row.rScore),
      correct: Boolean(row.rCorrect),
      correctAnswer: row.rCorrectAnswer!,
      sourceSentences: row.rSourceSentences!,
    };
    return {
      ok: true,
      position: input.position,
      replay: true,
      finished: row.status === "finished",
      feedback: showFeedback
        ? feedbackFrom(gradedFromRow(existing), language, catalog)
        : null,
    };
  }
  if (row.status !== "in_progress") return { ok: false, error: "finished" };
  const deadlineAt = row.deadlineAt === null ? null : sqlDate(row.deadlineAt);
  if (isPastDeadline(deadlineAt, new Date())) {
    await closeOverdueAttempt(input.attemptId);
    return { ok: false, error: "time-up" };
  }
  if (input.position !== answeredCount)
    return { ok: false, error: "out-of-sequence" };

  const { score, correct } = gradeAnswer(question, resolved, language);
  const graded = {
    questionId: question.id,
    score,
    correct,
    correctAnswer: describeCorrectAnswer(question),
    solution: solutionOf(question, resolved),
    given: resolved,
    sources: sourceSentencesOf(catalog, question),
  };
  const snapshots = storedSnapshots(question, graded);
  const finished = input.position + 1 === Number(row.itemCount);
  const responseId = randomUUID();
  const now = sqlNow(new Date());

  let inserted: number;
  try {
    inserted = await sqlTransaction(async (tx) => {
      const count = await tx.execute(sql`
        INSERT INTO "Response" ("id", "attemptId", "position", "questionId", "questionVersion", "answer", "score", "correct",
                                "answeredAt", "correctAnswer", "sourceSentences")
        SELECT ${responseId}, ${input.attemptId}, ${input.position}, ${question.id}, ${Number(row.version)},
               ${snapshots.answer}, ${score}, ${correct},
               ${now}, ${snapshots.correctAnswer}, ${snapshots.sourceSentences}
        WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${input.attemptId} AND "status" = 'in_progress' AND "answeredCount" = ${input.position})`);
      if (count !== 1) return count;
      const moved = await tx.execute(sql`
        UPDATE "Attempt"
        SET "answeredCount" = "answeredCount" + 1, "score" = "score" + ${score},
            "status" = ${finished ? "finished" : "in_progress"}, "finishedAt" = ${finished ? now : null}
        WHERE "id" = ${input.attemptId} AND "answeredCount" = ${input.position}`);
      // Never half an answer: without the attempt moving on, the response is rolled back too.
      if (moved !== 1) throw new AttemptMoved();
      return count;
    });
  } catch (error) {
    // Another request stored this position first (unique attemptId + position): answer as a repeat.
    if (isUniqueViolation(error) || error instanceof AttemptMoved)
      return storeResponse(input);
    throw error;
  }
  // The attempt moved on in the meantime (another tab): answer from what is stored now.
  if (inserted !== 1) return storeResponse(input);
  return {
    ok: true,
    position: input.position,
    replay: false,
    finished,
    feedback: showFeedback ? feedbackFrom(graded, language, catalog) : null,
  };
}
