// A question file (Moodle XML or GIFT) brought into a studio draft: the draft page's two forms
// (the file, and the sentence an unlinked question rests on), and what the draft keeps of the
// last import so the page can show its report until the next one. The report names questions by
// their name and place in the file, not by draft id: ids change when sentences are split or merged.
import { z } from "zod";
import {
  languageSchema,
  questionIdSchema,
  sentenceIdSchema,
} from "@/lib/content/content-schema";
import {
  EXCHANGE_FORMATS,
  IMPORT_NOTE_CODES,
} from "@/lib/exchange/exchange-model";
import { uploadLimit } from "@/lib/security/upload-limit";

const importNoteSchema = z
  .object({
    code: z.enum(IMPORT_NOTE_CODES),
    values: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .strict();

const fileLocationSchema = z
  .object({
    line: z.number().int().positive().optional(),
    element: z.string().max(300).optional(),
  })
  .strict();

const importedItemSchema = z
  .object({
    name: z.string().max(500),
    moodleType: z.string().max(50),
    where: fileLocationSchema,
    notes: z.array(importNoteSchema),
  })
  .strict();

export const questionImportRecordSchema = z
  .object({
    fileName: z.string().max(200),
    format: z.enum(EXCHANGE_FORMATS),
    /** The file's language, and whether the teacher gave it or it was read from the file. */
    language: languageSchema,
    languageGiven: z.boolean(),
    /** The drafts' texts in this language are copies of the file's language. */
    untranslated: languageSchema,
    imported: z.number().int().min(0),
    linked: z.number().int().min(0),
    /** Proposed quizzes made from the file's categories (their titles). */
    quizzes: z.array(z.string().max(300)),
    /** Every imported question with its link and what was converted; notLinked marks a flag. */
    drafts: z.array(importedItemSchema.extend({ linked: z.boolean() })),
    skipped: z.array(importedItemSchema),
  })
  .strict();
export type QuestionImportRecord = z.infer<typeof questionImportRecordSchema>;

/**
 * The largest question file the studio takes (bytes), checked in the browser before it is sent
 * and by the action before it is read; far more than a Moodle export of one article's questions.
 */
export const QUESTION_FILE_MAX_BYTES = uploadLimit(500_000);

/** The import form's fields; each message is a key of StudioImport.errors. */
export const questionImportFormSchema = z.object({
  draftId: z.uuid(),
  file: z.instanceof(File, { message: "fileRequired" }),
  language: z.enum(["detect", "de", "en"]),
});

/** The form that links an imported question to the sentence the teacher chose. */
export const linkQuestionFormSchema = z.object({
  draftId: z.uuid(),
  questionId: questionIdSchema,
  sentenceId: sentenceIdSchema,
});
