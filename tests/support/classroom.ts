// Builds teachers, students, classes, sets and finished attempts straight through the data layer,
// for the data-layer tests of the teacher features.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/data/actor";
import { questionsForAttempt } from "@/lib/quiz/attempt-state";
import type { SetSettings } from "@/lib/teach/set-schema";
import { correctPublicAnswer, wrongPublicAnswer } from "./answers";
import { questionBank } from "./question-bank";

export const SETTINGS: SetSettings = {
  title: "Grundlagen",
  language: "de",
  reviewMode: "after_submission",
  maxAttempts: 0,
  shuffleQuestions: false,
  shuffleOptions: false,
  timeLimitMinutes: null,
};

export async function classroomKit() {
  const { db } = await import("@/lib/db/client");
  const classes = await import("@/lib/data/classes");
  const sets = await import("@/lib/data/question-sets");
  const assignments = await import("@/lib/data/assignments");
  const attempts = await import("@/lib/data/attempts");
  const answers = await import("@/lib/data/answers");
  const learners = await import("@/lib/data/learners");
  const { getCatalog } = await import("@/lib/content/catalog");

  async function user(
    role: "teacher" | "student",
    name: string,
  ): Promise<Actor & { name: string }> {
    const id = randomUUID();
    await db.user.create({
      data: {
        id,
        name,
        email: `${id}@${role === "student" ? "students.quellenquiz.invalid" : "example.org"}`,
        role,
      },
    });
    return { userId: id, role, name };
  }

  async function student(classId: string, name: string) {
    const actor = await user("student", name);
    await classes.enrollStudent(classId, actor.userId, name);
    const learner = await learners.ensureLearnerForUser(actor.userId, name);
    return { actor, learnerId: learner.id };
  }

  /** Answers every question of an attempt: correct where `pattern[i]` is true. */
  async function complete(
    learnerId: string,
    attemptId: string,
    pattern: boolean[],
  ) {
    const state = (await attempts.getAttemptState(learnerId, attemptId))!;
    const questions = questionsForAttempt(
      state,
      await questionBank(state.language),
    );
    for (const [i, { position }] of questions.entries()) {
      const item = await db.attemptItem.findUniqueOrThrow({
        where: { attemptId_position: { attemptId, position } },
      });
      const q = getCatalog().questionsById.get(item.questionId)!;
      const outcome = await answers.submitResponse({
        learnerId,
        attemptId,
        position,
        answer: pattern[i] ? correctPublicAnswer(q) : wrongPublicAnswer(q),
      });
      if (!outcome.ok) throw new Error(`submit failed: ${outcome.error}`);
    }
  }

  return {
    db,
    classes,
    sets,
    assignments,
    attempts,
    answers,
    learners,
    catalog: getCatalog(),
    user,
    student,
    complete,
  };
}
