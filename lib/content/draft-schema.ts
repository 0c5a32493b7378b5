// The description of a draft content pack: what article:import writes before a teacher has
// translated, glossed and confirmed it. A draft is a content pack folder with one more file,
// draft.json, that marks it as a draft and lists what is still open. Its other files have the
// published shape (lib/content/schema.ts, lib/reader/glossary-schema.ts) with exactly these
// relaxations, each one something only a person can supply:
// * English texts may be empty ("") until they are translated: the title, section headings and
//   labels, sentences, fact statements; the German title too when the text has none;
// * glossary entries may have no glosses yet, and tokens and expressions a null gloss;
// * questions and quizzes may be empty (an article without English has nothing to ask in English).
// The app never loads a draft (lib/content/load.ts refuses a folder with draft.json); removing
// draft.json once the open items are done makes the folder a published pack, which then has to
// pass the published schemas as they are.
import { z } from "zod";
import {
  glossaryEntrySchema,
  glossaryExpressionSchema,
  glossarySchema,
  glossaryTokenSchema,
  textIdSchema,
} from "@/lib/reader/glossary-schema";
import {
  articleSchema,
  factSchema,
  questionSchema,
  quizSchema,
  sectionSchema,
  sentenceSchema,
} from "./schema";

/** The file whose presence makes a pack folder a draft. */
export const DRAFT_FILE = "draft.json";

const text = z.string().trim().min(1);
/** Text still to be written: "" until then. */
const pending = z.string().trim();
/** German as imported, English possibly still to be written. */
const germanFirst = z.object({ de: text, en: pending }).strict();

export const draftManifestSchema = z
  .object({
    status: z.literal("draft"),
    /** The command that wrote the draft, e.g. "article:import". */
    createdBy: text,
    /** The files the draft was made from (file names). */
    sources: z.object({ de: text, en: text.optional() }).strict(),
    /** What a person must still do before the pack can be published, one item a line. */
    open: z.array(text),
  })
  .strict();
export type DraftManifest = z.infer<typeof draftManifestSchema>;

export const draftArticleSchema = articleSchema.extend({
  title: z.object({ de: pending, en: pending }).strict(),
  sections: z
    .array(
      sectionSchema.extend({
        heading: germanFirst.nullable(),
        label: germanFirst,
      }),
    )
    .min(1),
  sentences: z.array(sentenceSchema.extend({ en: pending })).min(1),
});

export const draftFactSchema = factSchema.extend({ statement: germanFirst });

export const draftContentPackSchema = z
  .object({
    article: draftArticleSchema,
    facts: z.array(draftFactSchema),
    questions: z.array(questionSchema),
    quizzes: z.array(quizSchema),
  })
  .strict();
export type DraftContentPack = z.infer<typeof draftContentPackSchema>;

export const draftGlossaryEntrySchema = glossaryEntrySchema.safeExtend({
  glosses: z.array(text),
});
export const draftGlossaryTokenSchema = glossaryTokenSchema.extend({
  gloss: text.nullable(),
});
export const draftGlossaryExpressionSchema = glossaryExpressionSchema.extend({
  gloss: text.nullable(),
});

export const draftGlossarySchema = glossarySchema.extend({
  entries: z.array(draftGlossaryEntrySchema).min(1),
  tokens: z.record(textIdSchema, z.array(draftGlossaryTokenSchema).min(1)),
  expressions: z.array(draftGlossaryExpressionSchema),
});
export type DraftGlossaryData = z.infer<typeof draftGlossarySchema>;
