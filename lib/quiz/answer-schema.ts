// What the browser may submit as an answer. Ids are the OPAQUE public ids produced by
// toPublicQuestion (lib/quiz/present.ts), never authored ids; resolveAnswer
// (lib/quiz/resolve-answer.ts) maps them back.
// Everything is strict and bounded so a request body cannot smuggle in extra data.
import { z } from "zod";
import type { ResolvedAnswer } from "@/lib/grading/grade";

export const MAX_ANSWER_TEXT_LENGTH = 200;
export const MAX_ANSWER_ITEMS = 20;

export const publicIdSchema = z.string().regex(/^[a-f0-9]{10}$/, "opaque id");
const answerText = z.string().trim().max(MAX_ANSWER_TEXT_LENGTH);

export const publicAnswerSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), optionId: publicIdSchema }),
  z.strictObject({
    type: z.literal("multiple"),
    optionIds: z.array(publicIdSchema).max(MAX_ANSWER_ITEMS),
  }),
  z.strictObject({ type: z.literal("truefalse"), value: z.boolean() }),
  z.strictObject({ type: z.literal("numeric"), text: answerText }),
  z.strictObject({ type: z.literal("short"), text: answerText }),
  z.strictObject({
    type: z.literal("cloze"),
    gaps: z.array(answerText).max(MAX_ANSWER_ITEMS),
  }),
  z.strictObject({
    type: z.literal("matching"),
    /** public left id → public right id */
    pairs: z
      .record(publicIdSchema, publicIdSchema)
      .refine((pairs) => Object.keys(pairs).length <= MAX_ANSWER_ITEMS, {
        message: `at most ${MAX_ANSWER_ITEMS} pairs`,
      }),
  }),
  z.strictObject({
    type: z.literal("ordering"),
    order: z.array(publicIdSchema).max(MAX_ANSWER_ITEMS),
  }),
]);

export type PublicAnswer = z.infer<typeof publicAnswerSchema>;

/** An answer in authored ids, as resolveAnswer made it and a response stores it (Response.answer). */
export const resolvedAnswerSchema: z.ZodType<ResolvedAnswer> =
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("single"), optionId: z.string() }),
    z.object({ type: z.literal("multiple"), optionIds: z.array(z.string()) }),
    z.object({ type: z.literal("truefalse"), value: z.boolean() }),
    z.object({ type: z.literal("numeric"), text: z.string() }),
    z.object({ type: z.literal("short"), text: z.string() }),
    z.object({ type: z.literal("cloze"), gaps: z.array(z.string()) }),
    z.object({
      type: z.literal("matching"),
      pairs: z.record(z.string(), z.string()),
    }),
    z.object({ type: z.literal("ordering"), order: z.array(z.string()) }),
  ]);
