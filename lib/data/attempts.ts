// Attempts and responses: starting a quiz, grading and storing each answer once, resuming, reviewing.
// Every function takes the learner id and only ever touches that learner's attempts.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { type Prisma } from "@/generated/prisma/client";
import {
  getCatalog,
  paragraphsAround,
  sourceSentencesOf,
  type EvidenceParagraph,
  type EvidenceSentence,
} from "@/lib/content/catalog";
import {
  localizedSchema,
  type FeedbackMode,
  type Language,
  type Localized,
} from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import {
  describeStorageFault,
  isStorageFault,
  isUniqueViolation,
} from "@/lib/db/storage-fault";
import { sql, sqlDate, sqlQuery, sqlTransaction } from "@/lib/db/sql";
import { gradeAnswer } from "@/lib/grading/grade";
import {
  resolvedAnswerSchema,
  type PublicAnswer,
} from "@/lib/quiz/answer-schema";
import { resultsHiddenUntil } from "@/lib/teach/set-schema";
import { questionsForAttempt } from "@/lib/quiz/attempt-state";
import {
  markAnswer,
  solutionOf,
  solutionSchema,
  type Marking,
  type Solution,
} from "@/lib/quiz/marking";
import {
  describeCorrectAnswer,
  describeGivenAnswer,
  publicId,
  resolveAnswer,
  toPublicQuestion,
  type PublicQuestion,
} from "@/lib/quiz/present";
import type { ResolvedAnswer } from "@/lib/grading/grade";

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

/** Per learner and small: the rest (the questions themselves) is the same for everybody. */
export type AttemptState = AttemptSummary & {
  shuffleOptions: boolean;
  remaining: { position: number; questionId: string }[];
};

/** What the quiz runner needs: the questions still to answer, without any key. */
export type AttemptRunner = AttemptState & {
  questions: { position: number; question: PublicQuestion }[];
};

export type Feedback = {
  score: number;
  correct: boolean;
  correctAnswer: string;
  /** Every option, pair, position or gap marked; null for one-part answers and responses stored without it. */
  marking: Marking | null;
  explanation: string;
  sources: EvidenceSentence[];
  context: EvidenceParagraph[];
};

export type SubmitError =
  | "not-found"
  | "finished"
  | "out-of-sequence"
  | "already-answered"
  | "invalid-answer"
  | "time-up"
  | "rate-limited"
  /** The database cannot take the answer now (missing file, locked, full, read-only): nothing was stored. */
  | "unavailable";
export type SubmitOutcome =
  | {
      ok: true;
      position: number;
      finished: boolean;
      replay: boolean;
      feedback: Feedback | null;
    }
  | { ok: false; error: SubmitError };

export type ReviewItem = {
  position: number;
  questionId: string;
  prompt: string;
  given: string;
  score: number;
  feedback: Feedback;
};

export const storedAnswerSchema = z.object({
  value: z.unknown(),
  display: localizedSchema,
});
export const storedSourcesSchema = z.array(
  z.object({ id: z.string(), de: z.string(), en: z.string() }),
);
/**
 * Response.correctAnswer: the correct answer as shown, in both languages, and (stored since the
 * feedback marks every part; older rows have only the text) the structured solution it was graded
 * against (lib/quiz/marking.ts).
 */
export const storedCorrectAnswerSchema = localizedSchema.extend({
  solution: solutionSchema.optional(),
});

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

/** Seconds of grace after a time limit, for an answer that was on its way when the clock ran out. */
const DEADLINE_GRACE_MS = 5_000;

export function isPastDeadline(deadlineAt: Date | null, now: Date): boolean {
  return (
    deadlineAt !== null &&
    now.getTime() > deadlineAt.getTime() + DEADLINE_GRACE_MS
  );
}

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

function questionOrThrow(questionId: string) {
  const question = getCatalog().questionsById.get(questionId);
  if (!question)
    throw new Error(`Question ${questionId} is not in the content pack`);
  return question;
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

/** Starts a quiz from the content pack. Returns null for an unknown quiz. */
export async function startAttempt(
  learnerId: string,
  quizId: string,
  language: Language,
): Promise<string | null> {
  const quiz = getCatalog().quizzesById.get(quizId);
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

/** The attempt with its remaining questions in the order and form the quiz page shows them. */
export async function getAttemptRunner(
  learnerId: string,
  attemptId: string,
): Promise<AttemptRunner | null> {
  const state = await getAttemptState(learnerId, attemptId);
  if (!state) return null;
  const bank = new Map(
    state.remaining.map(({ questionId }) => [
      questionId,
      toPublicQuestion(questionOrThrow(questionId), state.language),
    ]),
  );
  return { ...state, questions: questionsForAttempt(state, bank) };
}

export async function listAttempts(
  learnerId: string,
): Promise<AttemptSummary[]> {
  const rows = await db.attempt.findMany({
    where: { learnerId },
    orderBy: { startedAt: "desc" },
    select: attemptSummarySelect,
  });
  return rows.map((row) => toSummary(row));
}

type Graded = {
  questionId: string;
  score: number;
  correct: boolean;
  correctAnswer: Localized;
  solution: Solution | null;
  /** What the learner gave, in authored ids; null when a stored answer cannot be read as one. */
  given: ResolvedAnswer | null;
  sources: EvidenceSentence[];
};

function feedbackFrom(graded: Graded, language: Language): Feedback {
  const question = questionOrThrow(graded.questionId);
  const { solution, given } = graded;
  return {
    score: graded.score,
    correct: graded.correct,
    correctAnswer: graded.correctAnswer[language],
    marking:
      solution && given
        ? markAnswer(solution, given, language, (id) =>
            publicId(graded.questionId, id),
          )
        : null,
    explanation: question.explanation[language],
    sources: graded.sources,
    context: paragraphsAround(
      getCatalog(),
      graded.sources.map((s) => s.id),
    ),
  };
}

type StoredRow = {
  questionId: string;
  answer: string;
  score: number;
  correct: boolean;
  correctAnswer: string;
  sourceSentences: string;
};

/** A stored response as graded: the snapshots it keeps, whichever form they were written in. */
function gradedFromRow(row: StoredRow): Graded {
  const { solution, ...correctAnswer } = storedCorrectAnswerSchema.parse(
    JSON.parse(row.correctAnswer),
  );
  // The answer as the grader saw it; a row written by an earlier version may not read as one.
  const given = resolvedAnswerSchema.safeParse(
    storedAnswerSchema.parse(JSON.parse(row.answer)).value,
  );
  return {
    questionId: row.questionId,
    score: row.score,
    correct: row.correct,
    correctAnswer,
    solution: solution ?? null,
    given: given.success ? given.data : null,
    sources: storedSourcesSchema.parse(JSON.parse(row.sourceSentences)),
  };
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
           i."questionId", q."version",
           r."answer" AS "rAnswer", r."score" AS "rScore", r."correct" AS "rCorrect",
           r."correctAnswer" AS "rCorrectAnswer", r."sourceSentences" AS "rSourceSentences"
    FROM "Attempt" a
    JOIN "AttemptItem" i ON i."attemptId" = a."id" AND i."position" = ${input.position}
    JOIN "Question" q ON q."id" = i."questionId"
    LEFT JOIN "Response" r ON r."attemptId" = a."id" AND r."position" = ${input.position}
    WHERE a."id" = ${input.attemptId} AND a."learnerId" = ${input.learnerId}`);
  if (!row) return { ok: false, error: "not-found" };
  const language = row.language as Language;
  const showFeedback = row.feedbackMode === "immediate";
  const answeredCount = Number(row.answeredCount);

  const question = questionOrThrow(row.questionId);
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
        ? feedbackFrom(gradedFromRow(existing), language)
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
  const correctAnswer = describeCorrectAnswer(question);
  const solution = solutionOf(question, resolved);
  const sources = sourceSentencesOf(getCatalog(), question);
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
               ${JSON.stringify({ value: resolved, display: describeGivenAnswer(question, resolved) })}, ${score}, ${correct},
               ${now}, ${JSON.stringify(solution ? { ...correctAnswer, solution } : correctAnswer)}, ${JSON.stringify(sources)}
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
    feedback: showFeedback
      ? feedbackFrom(
          {
            questionId: question.id,
            score,
            correct,
            correctAnswer,
            solution,
            given: resolved,
            sources,
          },
          language,
        )
      : null,
  };
}

/** Ends an attempt whose time limit has run out; unanswered questions score nothing. Idempotent. */
async function closeOverdueAttempt(attemptId: string): Promise<void> {
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
  return { attempt, items: reviewItemsOf(row.responses, attempt.language) };
}

/** Review items from stored responses (the snapshots they were graded against). */
export function reviewItemsOf(
  responses: (StoredRow & { position: number })[],
  language: Language,
): ReviewItem[] {
  return responses.map((r) => ({
    position: r.position,
    questionId: r.questionId,
    prompt: questionOrThrow(r.questionId).prompt[language],
    given: storedAnswerSchema.parse(JSON.parse(r.answer)).display[language],
    score: r.score,
    feedback: feedbackFrom(gradedFromRow(r), language),
  }));
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
