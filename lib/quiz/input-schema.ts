// zod schemas for what the quiz routes and actions accept from the outside world.
// Form error messages are message keys (StartQuiz.errors.*) that the action translates.
import { z } from "zod";
import { LANGUAGES } from "@/lib/content/content-schema";
import { publicAnswerSchema } from "./answer-schema";
import { NICKNAME_MAX } from "./limits";

export const attemptIdSchema = z.uuid();
export const quizIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/);

export const startQuizFormSchema = z.object({
  quizId: quizIdSchema,
  // One error per nickname, the first that applies: an empty one is not also "invalid".
  nickname: z
    .string({ error: "nicknameRequired" })
    .trim()
    .min(1, { error: "nicknameRequired", abort: true })
    .max(NICKNAME_MAX, { error: "nicknameTooLong", abort: true })
    .regex(/^[\p{L}\p{N} ._-]+$/u, { error: "nicknameInvalid" }),
  language: z.enum(LANGUAGES, { error: "languageInvalid" }),
});
/** The same start by a signed-in account, which plays under its own name: no nickname asked. */
export const startQuizAccountFormSchema = startQuizFormSchema.omit({
  nickname: true,
});
/** A student's start of an assignment; the language only where the set leaves it to them. */
export const startAssignmentFormSchema = z.object({
  assignmentId: z.uuid(),
  language: z.enum(LANGUAGES).nullable().catch(null),
});

/** "Retry the missed questions" on a finished attempt's results. */
export const retryMissedFormSchema = z.object({ attemptId: attemptIdSchema });

export type StartQuizErrorKey =
  | "nicknameRequired"
  | "nicknameTooLong"
  | "nicknameInvalid"
  | "languageInvalid";

export const submitAnswerInputSchema = z.strictObject({
  attemptId: attemptIdSchema,
  position: z.number().int().min(0).max(500),
  answer: publicAnswerSchema,
});

/** The body of POST /api/attempts/[attemptId]/answers (the attempt is in the path). */
export const answerBodySchema = submitAnswerInputSchema.omit({
  attemptId: true,
});

/** Far above any real answer (an ordering of 20 items is under 1 KB). */
export const ANSWER_BODY_MAX_BYTES = 16 * 1024;
