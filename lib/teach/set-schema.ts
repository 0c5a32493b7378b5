// Question sets: their options and the question bank's filters, as zod schemas for form input.
import { z } from "zod";
import {
  QUESTION_TYPES,
  factIdSchema,
  questionIdSchema,
} from "@/lib/content/schema";
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

export const setItemInputSchema = z.object({
  setId: z.uuid(),
  questionId: questionIdSchema,
});
export const moveInputSchema = setItemInputSchema.extend({
  direction: z.enum(["up", "down"]),
});
export const reorderInputSchema = z.object({
  setId: z.uuid(),
  questionIds: z.array(questionIdSchema).max(200),
});
