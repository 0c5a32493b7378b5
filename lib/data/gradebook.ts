// What a teacher sees of a class's results: the gradebook, one student's attempt, and the item
// analysis of an assignment. Every query is scoped to classes of the acting teacher.
import "server-only";
import type { Language } from "@/lib/content/content-schema";
import { db } from "@/lib/db/client";
import type { ReviewItem } from "@/lib/quiz/feedback";
import {
  questionStatistics,
  scoreHistogram,
  sentenceMissRates,
  type AnalysedAttempt,
  type HistogramBin,
  type QuestionStat,
  type SentenceMissRate,
} from "@/lib/teach/item-analysis";
import { isTeacher, type Actor } from "./actor";
import {
  assignmentStatus,
  bestAttempt,
  type AssignmentStatus,
} from "./assignments";
import { getClass, type ClassDetail } from "./classes";
import {
  attemptSummarySelect,
  toSummary,
  type AttemptSummary,
} from "./attempts";
import {
  reviewItemsOf,
  storedAnswerSchema,
  storedCorrectAnswerSchema,
  storedSourcesSchema,
} from "./stored-responses";
import { getLibrary, type Library } from "./library";

export type GradebookCell = {
  attempts: number;
  inProgress: boolean;
  status: AssignmentStatus;
  /** Highest finished score in percent (Moodle's default grading method), null before one. */
  bestPercent: number | null;
  bestAttemptId: string | null;
};

export type Gradebook = {
  classId: string;
  className: string;
  assignments: {
    id: string;
    title: string;
    dueAt: Date | null;
    meanPercent: number | null;
  }[];
  students: { userId: string; displayName: string }[];
  /** Keyed by `${userId}:${assignmentId}`. */
  cells: Record<string, GradebookCell>;
};

type AttemptRow = {
  id: string;
  assignmentId: string | null;
  status: string;
  score: number;
  itemCount: number;
  finishedAt: Date | null;
  learner: { userId: string | null };
};

export async function getGradebook(
  actor: Actor,
  classId: string,
  now: Date,
): Promise<Gradebook | null> {
  const classroom = await getClass(actor, classId);
  return classroom ? gradebookOf(classroom, now) : null;
}

/** The gradebook of a class already read (and authorised) with getClass. */
export async function gradebookOf(
  classroom: ClassDetail,
  now: Date,
): Promise<Gradebook> {
  const attempts: AttemptRow[] = await db.attempt.findMany({
    where: {
      assignment: { classroomId: classroom.id },
      retryOfId: null,
      learner: { userId: { in: classroom.students.map((e) => e.userId) } },
    },
    select: {
      id: true,
      assignmentId: true,
      status: true,
      score: true,
      itemCount: true,
      finishedAt: true,
      learner: { select: { userId: true } },
    },
  });
  const byCell = new Map<string, AttemptRow[]>();
  for (const a of attempts) {
    const key = `${a.learner.userId}:${a.assignmentId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), a]);
  }
  const cells: Record<string, GradebookCell> = {};
  const bestPercents = new Map<string, number[]>();
  for (const student of classroom.students) {
    for (const assignment of classroom.assignments) {
      const mine = byCell.get(`${student.userId}:${assignment.id}`) ?? [];
      const finished = mine.filter(
        (a) => a.status === "finished" && a.finishedAt,
      );
      const best = bestAttempt(finished);
      const bestPercent = best ? (100 * best.score) / best.itemCount : null;
      if (bestPercent !== null)
        bestPercents.set(assignment.id, [
          ...(bestPercents.get(assignment.id) ?? []),
          bestPercent,
        ]);
      cells[`${student.userId}:${assignment.id}`] = {
        attempts: mine.length,
        inProgress: mine.some((a) => a.status === "in_progress"),
        status: assignmentStatus(
          assignment.dueAt,
          finished.map((a) => a.finishedAt!),
          now,
        ),
        bestPercent,
        bestAttemptId: best?.id ?? null,
      };
    }
  }
  const meanOf = (xs: number[] | undefined) =>
    xs && xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
  return {
    classId: classroom.id,
    className: classroom.name,
    assignments: classroom.assignments.map((a) => ({
      id: a.id,
      title: a.title,
      dueAt: a.dueAt,
      meanPercent: meanOf(bestPercents.get(a.id)),
    })),
    students: classroom.students.map((s) => ({
      userId: s.userId,
      displayName: s.displayName,
    })),
    cells,
  };
}

/** One student's attempt as its teacher sees it: every answer against the stored snapshots. */
export async function getAttemptForTeacher(
  actor: Actor,
  attemptId: string,
): Promise<{
  attempt: AttemptSummary;
  studentName: string;
  classId: string;
  items: ReviewItem[];
  unanswered: number;
} | null> {
  if (!isTeacher(actor)) return null;
  const row = await db.attempt.findFirst({
    where: {
      id: attemptId,
      assignment: { classroom: { teacherId: actor.userId } },
    },
    select: {
      ...attemptSummarySelect,
      assignment: {
        select: {
          ...attemptSummarySelect.assignment.select,
          classroomId: true,
        },
      },
      learner: {
        select: {
          nickname: true,
          user: {
            select: {
              enrollments: { select: { classroomId: true, displayName: true } },
            },
          },
        },
      },
      responses: { orderBy: { position: "asc" } },
    },
  });
  if (!row || !row.assignment) return null;
  const classId = row.assignment.classroomId;
  const attempt = toSummary(row);
  const enrollment = row.learner.user?.enrollments.find(
    (e) => e.classroomId === classId,
  );
  return {
    attempt,
    studentName: enrollment?.displayName ?? row.learner.nickname,
    classId,
    items: reviewItemsOf(row.responses, attempt.language, await getLibrary()),
    unanswered: attempt.itemCount - row.responses.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Item analysis of one assignment

export type AssignmentReport = {
  assignment: {
    id: string;
    title: string;
    dueAt: Date | null;
    classId: string;
    className: string;
    classArchived: boolean;
  };
  /** Students whose graded (best finished) attempt is analysed. */
  gradedAttempts: number;
  questions: (QuestionStat & { prompt: string; type: string })[];
  sentences: (SentenceMissRate & {
    de: string;
    en: string;
    paragraph: number;
  })[];
  histogram: HistogramBin[];
};

type ReportAttemptRow = {
  id: string;
  score: number;
  itemCount: number;
  status: string;
  finishedAt: Date | null;
  startedAt: Date;
  language: string;
  learner: { nickname: string; userId: string | null };
  items: { position: number; questionId: string }[];
  responses: {
    position: number;
    questionId: string;
    answer: string;
    score: number;
    correct: boolean;
    sourceSentences: string;
    correctAnswer: string;
    answeredAt: Date;
  }[];
};

async function assignmentWithAttempts(actor: Actor, assignmentId: string) {
  if (!isTeacher(actor)) return null;
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId: actor.userId } },
    select: {
      id: true,
      dueAt: true,
      set: {
        select: {
          title: true,
          items: { orderBy: { position: "asc" }, select: { questionId: true } },
        },
      },
      classroom: {
        select: {
          id: true,
          name: true,
          archivedAt: true,
          enrollments: { select: { userId: true, displayName: true } },
        },
      },
    },
  });
  if (!assignment) return null;
  const attempts: ReportAttemptRow[] = await db.attempt.findMany({
    where: {
      assignmentId,
      retryOfId: null,
      learner: {
        userId: { in: assignment.classroom.enrollments.map((e) => e.userId) },
      },
    },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      score: true,
      itemCount: true,
      status: true,
      finishedAt: true,
      startedAt: true,
      language: true,
      learner: { select: { nickname: true, userId: true } },
      items: {
        orderBy: { position: "asc" },
        select: { position: true, questionId: true },
      },
      responses: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          questionId: true,
          answer: true,
          score: true,
          correct: true,
          sourceSentences: true,
          correctAnswer: true,
          answeredAt: true,
        },
      },
    },
  });
  return { assignment, attempts };
}

function analysed(
  attempt: ReportAttemptRow,
  locale: Language,
  library: Library,
): AnalysedAttempt {
  const byPosition = new Map(attempt.responses.map((r) => [r.position, r]));
  return {
    attemptId: attempt.id,
    items: attempt.items.map((item) => {
      const r = byPosition.get(item.position);
      const sentenceIds = r
        ? storedSourcesSchema
            .parse(JSON.parse(r.sourceSentences))
            .map((s) => s.id)
        : (library.questionsById.get(item.questionId)?.sentenceIds ?? []);
      return {
        questionId: item.questionId,
        score: r?.score ?? 0,
        answered: !!r,
        correct: r?.correct ?? false,
        given: r
          ? storedAnswerSchema.parse(JSON.parse(r.answer)).display[locale]
          : null,
        sentenceIds,
      };
    }),
  };
}

export async function getAssignmentReport(
  actor: Actor,
  assignmentId: string,
  locale: Language,
): Promise<AssignmentReport | null> {
  const data = await assignmentWithAttempts(actor, assignmentId);
  if (!data) return null;
  const { assignment, attempts } = data;
  // Like Moodle's default, analyse each student's graded attempt: the best finished one.
  const finishedByStudent = new Map<string | null, ReportAttemptRow[]>();
  for (const a of attempts)
    if (a.status === "finished")
      finishedByStudent.set(a.learner.userId, [
        ...(finishedByStudent.get(a.learner.userId) ?? []),
        a,
      ]);
  const library = await getLibrary();
  const graded = [...finishedByStudent.values()]
    .map((mine) => bestAttempt(mine)!)
    .map((a) => ({ row: a, analysed: analysed(a, locale, library) }));
  const setIds = assignment.set.items.map((i) => i.questionId);
  const seen = new Set(
    graded.flatMap((g) => g.row.items.map((i) => i.questionId)),
  );
  const questionIds = [
    ...setIds.filter((id) => seen.has(id)),
    ...[...seen].filter((id) => !setIds.includes(id)),
  ];
  const stats = questionStatistics(
    graded.map((g) => g.analysed),
    questionIds,
  );
  // The sentences of every article the set asks about, article by article.
  const articles = [
    ...new Set(
      questionIds.flatMap((id) => library.articleOfQuestion(id) ?? []),
    ),
  ];
  const sentences = articles.flatMap((a) => a.catalog.pack.article.sentences);
  return {
    assignment: {
      id: assignment.id,
      title: assignment.set.title,
      dueAt: assignment.dueAt,
      classId: assignment.classroom.id,
      className: assignment.classroom.name,
      classArchived: assignment.classroom.archivedAt !== null,
    },
    gradedAttempts: graded.length,
    questions: stats.map((s) => {
      const q = library.questionsById.get(s.questionId);
      return {
        ...s,
        prompt: q?.prompt[locale] ?? s.questionId,
        type: q?.type ?? "",
      };
    }),
    sentences: sentenceMissRates(
      graded.map((g) => g.analysed),
      sentences.map((s) => s.id),
    ).map((rate, i) => ({
      ...rate,
      de: sentences[i]!.de,
      en: sentences[i]!.en,
      paragraph: sentences[i]!.paragraph,
    })),
    histogram: scoreHistogram(
      graded.map((g) => (100 * g.row.score) / g.row.itemCount),
    ),
  };
}

/** Every response of every attempt at the assignment, for the CSV export. */
export async function getAssignmentResponses(
  actor: Actor,
  assignmentId: string,
  locale: Language,
) {
  const data = await assignmentWithAttempts(actor, assignmentId);
  if (!data) return null;
  const names = new Map(
    data.assignment.classroom.enrollments.map((e) => [e.userId, e.displayName]),
  );
  const library = await getLibrary();
  const attemptNumber = new Map<string, number>();
  const rows = data.attempts.flatMap((attempt) => {
    const key = attempt.learner.userId ?? "";
    const number = (attemptNumber.get(key) ?? 0) + 1;
    attemptNumber.set(key, number);
    return attempt.responses.map((r) => ({
      student: names.get(key) ?? attempt.learner.nickname,
      attempt: number,
      language: attempt.language,
      position: r.position + 1,
      questionId: r.questionId,
      prompt: library.questionsById.get(r.questionId)?.prompt[locale] ?? "",
      given: storedAnswerSchema.parse(JSON.parse(r.answer)).display[locale],
      correctAnswer: storedCorrectAnswerSchema.parse(
        JSON.parse(r.correctAnswer),
      )[locale],
      score: r.score,
      correct: r.correct,
      sentences: storedSourcesSchema
        .parse(JSON.parse(r.sourceSentences))
        .map((s) => s.id)
        .join(" "),
      answeredAt: r.answeredAt,
      late: !!data.assignment.dueAt && r.answeredAt > data.assignment.dueAt,
    }));
  });
  return {
    title: data.assignment.set.title,
    className: data.assignment.classroom.name,
    rows,
  };
}
