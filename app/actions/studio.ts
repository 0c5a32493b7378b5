"use server";
// The content studio's actions: a new article becomes a draft, and each form on the draft page
// sends one edit. Both go through handleFormAs(isTeacher, …): the fields are checked by zod, the
// actor must be a teacher, and lib/data/drafts.ts checks ownership and the edit again.

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { continueTo } from "@/lib/action-redirect";
import { isTeacher } from "@/lib/data/actor";
import { createDraft, draftFromArticle, updateDraft } from "@/lib/data/drafts";
import { publishDraft } from "@/lib/data/publish-draft";
import { handleFormAs, notAllowed } from "@/lib/form-action";
import { invalidStudioEdit, studioError } from "@/lib/studio-errors";
import { fieldErrorsFrom, type FormState } from "@/lib/forms";
import {
  ARTICLE_FILE_MAX_BYTES,
  ARTICLE_TEXT_MAX,
  draftEditFormSchema,
  editAgainFormSchema,
  newDraftFormSchema,
  publishDraftFormSchema,
} from "@/lib/studio/draft-input-schema";
import {
  ImportError,
  importFile,
  plainTextBody,
} from "@/lib/studio/import-text";

async function fieldError(
  field: string,
  key: string,
  values: Record<string, string>,
): Promise<FormState> {
  return { fieldErrors: { [field]: [await studioError(key)] }, values };
}

/**
 * The form's values to refill after an error. The shared helper shortens every value; the
 * article's text and translation come back whole, so nothing the teacher pasted is lost.
 */
function refill(input: unknown, values: Record<string, string>) {
  if (!(input instanceof FormData)) return values;
  const whole: Record<string, string> = { ...values };
  for (const name of ["text", "english"]) {
    const value = input.get(name);
    if (typeof value === "string")
      whole[name] = value.slice(0, ARTICLE_TEXT_MAX);
  }
  return whole;
}

export async function createDraftAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return handleFormAs(
    isTeacher,
    input,
    {
      schema: newDraftFormSchema,
      invalid: async (error, values) => {
        const keys = fieldErrorsFrom(error, (key) => key);
        const fieldErrors: Record<string, string[]> = {};
        for (const [field, list] of Object.entries(keys))
          fieldErrors[field] = await Promise.all(list.map(studioError));
        return { fieldErrors, values: refill(input, values) };
      },
    },
    async (teacher, { file, text, english, ...fields }, form) => {
      const values = refill(form.formData, form.values);
      let german = text;
      if (file && file.size > 0) {
        if (file.size > ARTICLE_FILE_MAX_BYTES)
          return fieldError("file", "fileTooLarge", values);
        try {
          german = plainTextBody(
            await importFile(
              file.name,
              new Uint8Array(await file.arrayBuffer()),
            ),
          );
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          return fieldError(
            "file",
            error.problem === "unsupported-format"
              ? "fileType"
              : "fileUnreadable",
            values,
          );
        }
      }
      if (german === "") return fieldError("text", "textRequired", values);
      const created = await createDraft(teacher, {
        ...fields,
        text: german,
        ...(english ? { english } : {}),
      });
      if (!created.ok) {
        if (created.error === "notAllowed") return notAllowed(values);
        return {
          formError: await studioError(
            created.error === "notAnArticle" ? "notAnArticle" : "textTooLong",
          ),
          values,
        };
      }
      revalidatePath("/[locale]/teach/studio", "layout");
      return continueTo(`/teach/studio/${created.id}`);
    },
  );
}

/** One edit of a draft, from any form on the draft page; the page shows the saved draft. */
export async function editDraftAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return handleFormAs(
    isTeacher,
    input,
    { schema: draftEditFormSchema, invalid: invalidStudioEdit },
    async (teacher, { draftId, edit }) => {
      const result = await updateDraft(teacher, draftId, edit);
      if (!result.ok) {
        if (result.error === "notFound") return notAllowed();
        return {
          formError: await studioError(
            result.error === "conflict"
              ? "conflict"
              : result.error === "refused" &&
                  result.reason &&
                  result.reason !== "invalid"
                ? result.reason
                : "invalidEdit",
          ),
        };
      }
      revalidatePath(`/[locale]/teach/studio/${draftId}`, "page");
      return {
        success: (await getTranslations("Studio"))("saved"),
        successKey: Date.now(),
      };
    },
  );
}

/** Publishes a finished draft through the library's one door; the teacher lands on the reader. */
export async function publishDraftAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return handleFormAs(
    isTeacher,
    input,
    { schema: publishDraftFormSchema, invalid: invalidStudioEdit },
    async (teacher, { draftId, ...settings }) => {
      const result = await publishDraft(teacher, draftId, settings);
      // No revalidation: it would render this draft's page, gone now, into the reply (a 404
      // that replaces the form before it can follow redirectTo); the pages it leads to and the
      // studio index are rendered per request anyway.
      if (result.ok) return continueTo(`/read/${result.articleId}`);
      if (result.error === "notFound") return notAllowed();
      if (result.error === "blocked")
        return { formError: await studioError("publishBlocked") };
      // The refusal's problem lines name ids and checks in English, for whoever runs the server;
      // the teacher gets the translated reason (the draft page's own review shows what she can fix).
      console.warn(
        `Publishing draft ${draftId} refused (${result.reason}):\n${result.problems.join("\n")}`,
      );
      const t = await getTranslations("PublishArticle");
      return { formError: t(result.reason) };
    },
  );
}

/** A published article of the teacher's own back into the studio, as a draft of its next version. */
export async function editArticleAgainAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return handleFormAs(
    isTeacher,
    input,
    { schema: editAgainFormSchema, invalid: invalidStudioEdit },
    async (teacher, { articleId }) => {
      const result = await draftFromArticle(teacher, articleId);
      if (!result.ok) return notAllowed();
      return continueTo(`/teach/studio/${result.id}`);
    },
  );
}
