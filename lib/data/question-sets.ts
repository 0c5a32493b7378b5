// A teacher's question sets: options and an ordered list of question ids from the content pack.
// Only the acting teacher's sets are visible; another teacher's set id behaves as unknown.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { isPermutation, moveItem } from "@/lib/teach/question-bank";
import type { Language } from "@/lib/content/content-schema";
import {
  settingsFromQuiz,
  type ReviewMode,
  type SetLanguage,
  type SetSettings,
} from "@/lib/teach/set-schema";
import { isTeacher, type Actor } from "./actor";
import { canUseQuestion, getLibrary, usableQuiz } from "./library";

export type QuestionSetDto = SetSettings & {
  id: string;
  language: SetLanguage;
  reviewMode: ReviewMode;
  questionIds: string[];
  assignmentCount: number;
  updatedAt: Date;
};

const setSelect = {
  id: true,
  title: true,
  language: true,
  reviewMode: true,
  maxAttempts: true,
  shuffleQuestions: true,
  shuffleOptions: true,
  timeLimitMinutes: true,
  updatedAt: true,
  items: {
    orderBy: { position: "asc" as const },
    select: { questionId: true },
  },
  _count: { select: { assignments: true } },
};

type SetRow = {
  id: string;
  title: string;
  language: string;
  reviewMode: string;
  maxAttempts: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  timeLimitMinutes: number | null;
  updatedAt: Date;
  items: { questionId: string }[];
  _count: { assignments: number };
};

function toDto(row: SetRow): QuestionSetDto {
  return {
    id: row.id,
    title: row.title,
    language: row.language as SetLanguage,
    reviewMode: row.reviewMode as ReviewMode,
    maxAttempts: row.maxAttempts,
    shuffleQuestions: row.shuffleQuestions,
    shuffleOptions: row.shuffleOptions,
    timeLimitMinutes: row.timeLimitMinutes,
    updatedAt: row.updatedAt,
    questionIds: row.items.map((i) => i.questionId),
    assignmentCount: row._count.assignments,
  };
}

export async function listSets(actor: Actor): Promise<QuestionSetDto[]> {
  if (!isTeacher(actor)) return [];
  const rows = await db.questionSet.findMany({
    where: { teacherId: actor.userId },
    orderBy: { updatedAt: "desc" },
    select: setSelect,
  });
  return rows.map(toDto);
}

export async function getSet(
  actor: Actor,
  setId: string,
): Promise<QuestionSetDto | null> {
  if (!isTeacher(actor)) return null;
  const row = await db.questionSet.findFirst({
    where: { id: setId, teacherId: actor.userId },
    select: setSelect,
  });
  return row ? toDto(row) : null;
}

export async function createSet(
  actor: Actor,
  settings: SetSettings,
  questionIds: string[] = [],
): Promise<string | null> {
  if (!isTeacher(actor)) return null;
  const library = await getLibrary();
  const known = questionIds.filter((id) => canUseQuestion(actor, library, id));
  const id = randomUUID();
  await db.questionSet.create({
    data: {
      id,
      teacherId: actor.userId,
      ...settings,
      items: {
        create: [...new Set(known)].map((questionId, position) => ({
          questionId,
          position,
        })),
      },
    },
  });
  return id;
}

export async function updateSetSettings(
  actor: Actor,
  setId: string,
  settings: SetSettings,
): Promise<boolean> {
  if (!isTeacher(actor)) return false;
  return (
    (
      await db.questionSet.updateMany({
        where: { id: setId, teacherId: actor.userId },
        data: settings,
      })
    ).count === 1
  );
}

/** Rewrites the whole order in one transaction (positions are dense, 0..n-1). */
async function writeOrder(setId: string, questionIds: string[]): Promise<void> {
  await db.$transaction([
    db.questionSetItem.deleteMany({ where: { setId } }),
    db.questionSetItem.createMany({
      data: questionIds.map((questionId, position) => ({
        setId,
        questionId,
        position,
      })),
    }),
    db.questionSet.update({
      where: { id: setId },
      data: { updatedAt: new Date() },
    }),
  ]);
}

/** Adds questions at the end, in the given order; those already in the set stay where they are. */
export async function addQuestions(
  actor: Actor,
  setId: string,
  questionIds: string[],
): Promise<boolean> {
  const set = await getSet(actor, setId);
  const library = await getLibrary();
  if (!set || !questionIds.every((id) => canUseQuestion(actor, library, id)))
    return false;
  const added = [...new Set(questionIds)].filter(
    (id) => !set.questionIds.includes(id),
  );
  if (added.length > 0) await writeOrder(setId, [...set.questionIds, ...added]);
  return true;
}

/**
 * A new set made from a ready-made quiz of the content pack: its questions in its order, its title
 * in the teacher's language, feedback as the quiz gives it. The teacher edits it like any other set.
 */
export async function createSetFromQuiz(
  actor: Actor,
  quizId: string,
  locale: Language,
): Promise<string | null> {
  if (!isTeacher(actor)) return null;
  const quiz = await usableQuiz(actor, quizId);
  if (!quiz) return null;
  return createSet(actor, settingsFromQuiz(quiz, locale), quiz.questionIds);
}

/**
 * The set to assign a ready-made quiz with: the teacher's earlier copy of it while that is still
 * exactly the quiz (same title, questions and options), otherwise a new copy. Assigning one quiz to
 * several classes so gives one set, not one per class; a copy the teacher has changed is left alone.
 */
export async function setForQuiz(
  actor: Actor,
  quizId: string,
  locale: Language,
): Promise<string | null> {
  if (!isTeacher(actor)) return null;
  const quiz = await usableQuiz(actor, quizId);
  if (!quiz) return null;
  const settings = settingsFromQuiz(quiz, locale);
  const candidates = await db.questionSet.findMany({
    where: { teacherId: actor.userId, ...settings },
    orderBy: { createdAt: "asc" },
    select: setSelect,
  });
  const unchanged = candidates
    .map(toDto)
    .find((set) => set.questionIds.join(" ") === quiz.questionIds.join(" "));
  return unchanged?.id ?? createSetFromQuiz(actor, quizId, locale);
}

export async function removeQuestion(
  actor: Actor,
  setId: string,
  questionId: string,
): Promise<boolean> {
  const set = await getSet(actor, setId);
  if (!set) return false;
  await writeOrder(
    setId,
    set.questionIds.filter((id) => id !== questionId),
  );
  return true;
}

export async function moveQuestion(
  actor: Actor,
  setId: string,
  questionId: string,
  direction: "up" | "down",
): Promise<boolean> {
  const set = await getSet(actor, setId);
  if (!set) return false;
  await writeOrder(setId, moveItem(set.questionIds, questionId, direction));
  return true;
}

/** A new order from drag and drop; refused unless it holds exactly the set's questions. */
export async function reorderQuestions(
  actor: Actor,
  setId: string,
  questionIds: string[],
): Promise<boolean> {
  const set = await getSet(actor, setId);
  if (!set || !isPermutation(set.questionIds, questionIds)) return false;
  await writeOrder(setId, questionIds);
  return true;
}
