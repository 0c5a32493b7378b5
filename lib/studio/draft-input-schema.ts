// What a teacher sends to the studio: a new article (its text and source details) and one edit of
// a draft at a time. The same schemas check the forms (app/actions/studio.ts) and the data layer.
import { z } from "zod";
import {
  questionIdSchema,
  sentenceIdSchema,
} from "@/lib/content/content-schema";
import { textIdSchema } from "@/lib/reader/glossary-schema";
import {
  cardEditSchema,
  draftDetailsSchema,
  questionDecisionSchema,
} from "./studio-draft";

/** The longest article text the studio takes (characters); a long article is split by the teacher. */
export const ARTICLE_TEXT_MAX = 30_000;
/** The longest file the studio takes (bytes), checked before it is read. */
export const ARTICLE_FILE_MAX_BYTES = 200_000;
/** The file types the studio reads as text. */
export const ARTICLE_FILE_TYPES = ["txt", "md", "html"] as const;

const title = z.string().trim().min(1).max(200);
const articleText = z.string().trim().min(1).max(ARTICLE_TEXT_MAX);

export const newDraftSchema = draftDetailsSchema
  .extend({
    title,
    text: articleText,
    english: z.string().trim().max(ARTICLE_TEXT_MAX).optional(),
  })
  .strict();
export type NewDraftInput = z.infer<typeof newDraftSchema>;

const english = z.string().trim().max(2000);

export const draftEditSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("english"),
      sentenceId: sentenceIdSchema,
      en: english,
    })
    .strict(),
  z.object({ kind: z.literal("titleEnglish"), en: english }).strict(),
  z
    .object({
      kind: z.literal("headingEnglish"),
      sectionId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      en: english,
    })
    .strict(),
  z
    .object({
      kind: z.literal("split"),
      sentenceId: sentenceIdSchema,
      atWord: z.coerce.number().int().min(1).max(200),
    })
    .strict(),
  z.object({ kind: z.literal("merge"), sentenceId: sentenceIdSchema }).strict(),
  z
    .object({
      kind: z.literal("card"),
      textId: textIdSchema,
      tokenIndex: z.coerce.number().int().min(0).max(500),
      card: cardEditSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal("decide"),
      questionId: questionIdSchema,
      decision: questionDecisionSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal("prompt"),
      questionId: questionIdSchema,
      de: z.string().trim().min(1).max(1000),
      en: z.string().trim().min(1).max(1000),
    })
    .strict(),
]);
export type DraftEdit = z.infer<typeof draftEditSchema>;
