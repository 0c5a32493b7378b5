// What a learner can do with a word of the reader, as the browser sends it.
import { z } from "zod";
import { sentenceIdSchema } from "@/lib/content/content-schema";
import { DRILL_KINDS } from "./drill";

export const WORD_STATUSES = ["saved", "known"] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

export const setWordStatusSchema = z.strictObject({
  sentenceId: sentenceIdSchema,
  tokenIndex: z.number().int().min(0).max(200),
  /** null removes the word from the learner's vocabulary. */
  status: z.enum(WORD_STATUSES).nullable(),
});
export type SetWordStatusInput = z.infer<typeof setWordStatusSchema>;

/** The remove form on the words page (form data, so numbers arrive as strings). */
export const forgetWordFormSchema = z.object({
  sentenceId: sentenceIdSchema,
  tokenIndex: z.coerce.number().int().min(0).max(200),
});

export const drillKindParamSchema = z
  .enum(DRILL_KINDS)
  .optional()
  .catch(undefined);

export const checkDrillSchema = z.strictObject({
  entryId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/),
  kind: z.enum(DRILL_KINDS),
  answer: z.string().max(200),
});
