// What a teacher sends to the studio: a new article (its text and source details) and one edit of
// a draft at a time. The same schemas check the forms (app/actions/studio.ts) and the data layer.
import { z } from "zod";
import {
  questionIdSchema,
  sentenceIdSchema,
} from "@/lib/content/content-schema";
import { textIdSchema } from "@/lib/reader/glossary-schema";
import { sizeLimitValues, uploadLimit } from "@/lib/security/upload-limit";
import { MAX_SENTENCES } from "./article-draft";
import { questionFormSchema } from "./question-form";
import {
  cardEditSchema,
  draftDetailsSchema,
  MAX_DRAFT_QUESTIONS,
  questionDecisionSchema,
} from "./studio-draft";

/** The longest article text the studio takes (characters); a long article is split by the teacher. */
export const ARTICLE_TEXT_MAX = 30_000;
/**
 * The longest file the studio takes (bytes), checked in the browser before it is sent and by the
 * action before it is read.
 */
export const ARTICLE_FILE_MAX_BYTES = uploadLimit(200_000);

export const ARTICLE_TITLE_MAX = 200;
const title = z.string().trim().min(1).max(ARTICLE_TITLE_MAX);
const articleText = z.string().trim().min(1).max(ARTICLE_TEXT_MAX);

export const newDraftSchema = draftDetailsSchema
  .extend({
    title,
    text: articleText,
    english: z.string().trim().max(ARTICLE_TEXT_MAX).optional(),
  })
  .strict();
export type NewDraftInput = z.infer<typeof newDraftSchema>;

/**
 * The new-article form's fields; each message is a key of Studio.errors. The German text may be
 * empty when a file is uploaded (the action reads the file, then checks with newDraftSchema).
 */
export const newDraftFormSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "titleRequired")
    .max(ARTICLE_TITLE_MAX, "titleRequired"),
  text: z.string().trim().max(ARTICLE_TEXT_MAX, "textTooLong"),
  english: z.string().trim().max(ARTICLE_TEXT_MAX, "englishTooLong"),
  file: z.union([z.instanceof(File), z.null()]),
  source: z.string().trim().min(1, "detailRequired").max(300, "detailRequired"),
  author: z.string().trim().min(1, "detailRequired").max(200, "detailRequired"),
  date: z.iso.date("dateInvalid"),
  rights: z
    .string()
    .trim()
    .min(1, "detailRequired")
    .max(1000, "detailRequired"),
});

/** The limits the studio's error messages name, as ICU arguments. */
export const STUDIO_ERROR_LIMITS = {
  titleMax: ARTICLE_TITLE_MAX,
  textMax: ARTICLE_TEXT_MAX,
  ...sizeLimitValues(ARTICLE_FILE_MAX_BYTES),
  sentenceMax: MAX_SENTENCES,
  questionMax: MAX_DRAFT_QUESTIONS,
  example: "2026-10-04",
};

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
  // Question drafts for the sentences that have none yet (redraft-questions.ts).
  z.object({ kind: z.literal("draftQuestionsAgain") }).strict(),
  // The question editor's fields; editQuestion checks the question they make.
  z
    .object({
      kind: z.literal("question"),
      questionId: questionIdSchema,
      form: questionFormSchema,
    })
    .strict(),
]);
export type DraftEdit = z.infer<typeof draftEditSchema>;

const formField = z.string().nullable();

/**
 * The draft page's forms: every form names its edit in `kind` and sends only the fields of that
 * edit; they are gathered into a DraftEdit and checked by draftEditSchema. A glossary entry's
 * English glosses come as one field, separated by commas.
 */
export const draftEditFormSchema = z
  .object({
    draftId: z.uuid(),
    kind: z.string().max(20),
    sentenceId: formField,
    sectionId: formField,
    en: formField,
    atWord: formField,
    textId: formField,
    tokenIndex: formField,
    lemma: formField,
    pos: formField,
    gender: formField,
    plural: formField,
    glosses: formField,
    questionId: formField,
    decision: formField,
  })
  .transform((form, ctx) => {
    const edit = draftEditSchema.safeParse(editOf(form));
    if (!edit.success) {
      ctx.addIssue({ code: "custom", message: "invalidEdit" });
      return z.NEVER;
    }
    return { draftId: form.draftId, edit: edit.data };
  });

function editOf(form: Record<string, string | null>): unknown {
  const { kind } = form;
  const pick = (...names: string[]) =>
    Object.fromEntries([
      ["kind", kind],
      ...names.map((name) => [name, form[name] ?? undefined]),
    ]);
  switch (kind) {
    case "english":
      return pick("sentenceId", "en");
    case "titleEnglish":
      return pick("en");
    case "headingEnglish":
      return pick("sectionId", "en");
    case "split":
      return pick("sentenceId", "atWord");
    case "merge":
      return pick("sentenceId");
    case "decide":
      return pick("questionId", "decision");
    case "card":
      return {
        ...pick("textId", "tokenIndex"),
        card: {
          lemma: form.lemma ?? "",
          pos: form.pos ?? "",
          ...(form.gender ? { gender: form.gender } : {}),
          ...(form.plural?.trim() ? { plural: form.plural } : {}),
          glosses: (form.glosses ?? "")
            .split(",")
            .map((g) => g.trim())
            .filter((g) => g !== ""),
        },
      };
    default:
      return { kind };
  }
}

/** "Edit again": a published article of the teacher's own back into the studio. */
export const editAgainFormSchema = z.object({
  articleId: z.string().trim().min(1).max(200),
});

/** The publish panel's form: who may see the article, and whether its quizzes are public practice. */
export const publishDraftFormSchema = z.object({
  draftId: z.uuid(),
  visibility: z.enum(["private", "school", "public"]),
  practicePublic: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});
