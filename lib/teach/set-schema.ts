// Question sets: their options and the question bank's filters, as zod schemas for form input.
import { z } from "zod";
import {
  QUESTION_TYPES,
  factIdSchema,
  questionIdSchema,
  type Language,
  type Quiz,
} from "@/lib/content/content-schema";
import { SET_TITLE_MAX } from "@/lib/auth/limits";
import { hasInvisibleCharacters } from "@/lib/security/visible-text";

export const SET_LANGUAGES = ["de", "en", "choice"] as const;
/** Like Moodle's review options: when a student sees feedback and the correct answers. */
export const REVIEW_MODES = [
  "immediately",
  "after_submission",
  "after_due",
] as const;
export type SetLanguage = (typeof SET_LANGUAGES)[number];
export type ReviewMode = (typeof REVIEW_MODES)[number];
export const MAX_ATTEMPTS_LIMIT = 10;

/** With the review option "after the due date", results and answers stay hidden until then. */
export function resultsHiddenUntil(
  reviewMode: string,
  dueAt: Date | null,
  now: Date,
): Date | null {
  return reviewMode === "after_due" && dueAt && dueAt > now ? dueAt : null;
}
export const TIME_LIMIT_MAX_MINUTES = 180;

/** The limits under the argument names the Teach.errors messages use, passed with every translated settings error. */
export const SET_SETTINGS_ERROR_LIMITS = {
  titleMax: SET_TITLE_MAX,
  attemptsMax: MAX_ATTEMPTS_LIMIT,
  minutesMax: TIME_LIMIT_MAX_MINUTES,
} as const;

const checkbox = z.preprocess(
  (v) => v === "on" || v === "true" || v === true,
  z.boolean(),
);
const emptyToNull = (v: unknown) =>
  v === "" || v === null || v === undefined ? null : v;

export const setSettingsSchema = z.object({
  // Shown in students' lists: no NUL, control, bidi or zero-width characters, stored in NFKC.
  title: z
    .string({ error: "titleRequired" })
    .trim()
    .min(1, "titleRequired")
    .max(SET_TITLE_MAX, "titleTooLong")
    .refine((title) => !hasInvisibleCharacters(title), "titleInvisible")
    .transform((title) => title.normalize("NFKC").trim())
    .pipe(z.string().max(SET_TITLE_MAX, "titleTooLong")),
  language: z.enum(SET_LANGUAGES, { error: "invalidChoice" }),
  reviewMode: z.enum(REVIEW_MODES, { error: "invalidChoice" }),
  /** 0 = unlimited. */
  maxAttempts: z.coerce
    .number({ error: "attemptsRange" })
    .int("attemptsRange")
    .min(0, "attemptsRange")
    .max(MAX_ATTEMPTS_LIMIT, "attemptsRange"),
  shuffleQuestions: checkbox,
  shuffleOptions: checkbox,
  timeLimitMinutes: z.preprocess(
    emptyToNull,
    z.coerce
      .number({ error: "timeLimitRange" })
      .int("timeLimitRange")
      .min(1, "timeLimitRange")
      .max(TIME_LIMIT_MAX_MINUTES, "timeLimitRange")
      .nullable(),
  ),
});
export type SetSettings = z.infer<typeof setSettingsSchema>;

/** The settings form of an existing set (the set is a hidden field; the rest as setSettingsSchema). */
export const updateSetFormSchema = setSettingsSchema.extend({
  setId: z.uuid(),
});

/** "Use this quiz": a new set from a ready-made quiz of the content pack. */
export const createSetFromQuizFormSchema = z.object({
  quizId: z.string().max(80),
});

/** A new set's options: one attempt, the student's choice of language, results after submitting. */
export const DEFAULT_SET_SETTINGS: SetSettings = {
  title: "",
  language: "choice",
  reviewMode: "after_submission",
  maxAttempts: 1,
  shuffleQuestions: false,
  shuffleOptions: true,
  timeLimitMinutes: null,
};

/**
 * The options of a set made from a ready-made quiz: its title in the teacher's language, and
 * feedback when the quiz gives it (after each answer, or at the end).
 */
export function settingsFromQuiz(quiz: Quiz, locale: Language): SetSettings {
  return {
    ...DEFAULT_SET_SETTINGS,
    title: quiz.title[locale].slice(0, SET_TITLE_MAX),
    reviewMode:
      quiz.feedbackMode === "immediate" ? "immediately" : "after_submission",
  };
}
export type SetSettingsErrorKey =
  | "titleRequired"
  | "titleTooLong"
  | "titleInvisible"
  | "invalidChoice"
  | "attemptsRange"
  | "timeLimitRange";

export const DIFFICULTIES = [1, 2, 3] as const;

/** The bank's filters, from the query string; anything unknown is ignored rather than an error. */
export const bankFilterSchema = z.object({
  section: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  type: z.enum(QUESTION_TYPES).optional().catch(undefined),
  fact: factIdSchema.optional().catch(undefined),
  difficulty: z.coerce
    .number()
    .pipe(z.union([z.literal(1), z.literal(2), z.literal(3)]))
    .optional()
    .catch(undefined),
});
export type BankFilter = z.infer<typeof bankFilterSchema>;

/** At most this many questions are added at once ("add all shown"); more than the bank holds. */
export const SHOWN_MAX = 500;

export type SetEdit =
  | { kind: "add"; questionIds: string[] }
  | { kind: "remove"; questionId: string }
  | { kind: "move"; questionId: string; direction: "up" | "down" };

const intentPattern = /^(add|remove|up|down):((?:[a-z0-9][a-z0-9-]*-)?q\d{3})$/;

/**
 * One change to a set's questions, from the editor's buttons: each button sends its own `intent`
 * ("add:q001", "remove:q001", "up:q001", "down:q001", or "addShown" with the `shown` ids).
 */
export const setEditSchema = z
  .object({
    setId: z.uuid(),
    intent: z.union([z.literal("addShown"), z.string().regex(intentPattern)]),
    shown: z.array(questionIdSchema).max(SHOWN_MAX),
  })
  .transform(({ setId, intent, shown }): { setId: string; edit: SetEdit } => {
    if (intent === "addShown")
      return { setId, edit: { kind: "add", questionIds: shown } };
    const [, verb, questionId] = intentPattern.exec(intent)! as unknown as [
      string,
      "add" | "remove" | "up" | "down",
      string,
    ];
    if (verb === "add")
      return { setId, edit: { kind: "add", questionIds: [questionId] } };
    if (verb === "remove")
      return { setId, edit: { kind: "remove", questionId } };
    return { setId, edit: { kind: "move", questionId, direction: verb } };
  });
export const reorderInputSchema = z.object({
  setId: z.uuid(),
  questionIds: z.array(questionIdSchema).max(200),
});
