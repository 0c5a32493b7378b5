"use server";
// The studio's question import: a Moodle XML or GIFT file into a draft's question drafts, and an
// imported question that matched no sentence linked to the one the teacher chose. Both go through
// handleFormAs(isTeacher, …); lib/data/draft-imports.ts checks ownership and the draft again.

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { isTeacher } from "@/lib/data/actor";
import {
  importQuestionsIntoDraft,
  linkDraftQuestion,
} from "@/lib/data/draft-imports";
import {
  EXCHANGE_LIMITS,
  type ExchangeError,
} from "@/lib/exchange/exchange-model";
import { handleFormAs, notAllowed } from "@/lib/form-action";
import { invalidStudioEdit, studioError } from "@/lib/studio-errors";
import type { FormState } from "@/lib/forms";
import { sizeLimitValues } from "@/lib/security/upload-limit";
import { locationMessage } from "@/lib/studio/question-import";
import {
  linkQuestionFormSchema,
  QUESTION_FILE_MAX_BYTES,
  questionImportFormSchema,
} from "@/lib/studio/question-import-schema";

/** The limits StudioImport's messages name, as ICU arguments. */
const LIMITS = sizeLimitValues(QUESTION_FILE_MAX_BYTES);
/** A refused file names this many of its problems; the rest are counted. */
const ERRORS_SHOWN = 5;

async function fileError(key: string, values = {}): Promise<FormState> {
  const t = await getTranslations("StudioImport.errors");
  return {
    fieldErrors: {
      file: [t(key as "fileRequired", { ...LIMITS, ...values })],
    },
  };
}

export async function importQuestionsAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return handleFormAs(
    isTeacher,
    input,
    {
      schema: questionImportFormSchema,
      invalid: (error) =>
        error.issues.some((i) => i.path[0] === "file")
          ? fileError("fileRequired")
          : invalidStudioEdit(),
    },
    async (teacher, { draftId, file, language }) => {
      if (file.size === 0) return fileError("fileRequired");
      if (file.size > QUESTION_FILE_MAX_BYTES) return fileError("fileTooLarge");
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(
          await file.arrayBuffer(),
        );
      } catch {
        return fileError("fileNotText");
      }
      const result = await importQuestionsIntoDraft(teacher, draftId, {
        name: file.name,
        text,
        ...(language === "detect" ? {} : { language }),
      });
      if (!result.ok) {
        switch (result.error) {
          case "notFound":
            return notAllowed();
          case "file":
            return refusedFile(result.errors);
          case "tooManyQuestions":
            return fileError("tooManyQuestions", { max: result.max });
          case "conflict":
            return { formError: await studioError("conflict") };
          case "invalid":
            return invalidStudioEdit();
        }
      }
      revalidatePath(`/[locale]/teach/studio/${draftId}`, "page");
      return {
        success: (await getTranslations("StudioImport"))("imported", {
          count: result.record.imported,
        }),
        successKey: Date.now(),
      };
    },
  );
}

/** The importer's located errors, translated: "line 3: A GIFT question has a curly bracket …". */
async function refusedFile(errors: ExchangeError[]): Promise<FormState> {
  const [t, exchange] = await Promise.all([
    getTranslations("StudioImport.errors"),
    getTranslations("Exchange"),
  ]);
  const lines = errors.slice(0, ERRORS_SHOWN).map((error) => {
    const message = exchange(`errors.${error.code}`, {
      detail: error.detail,
      ...EXCHANGE_LIMITS,
    });
    const location = locationMessage(error);
    const at = location
      ? exchange(`location.${location.key}`, location.values)
      : "";
    return at ? `${at}: ${message}` : message;
  });
  const more = errors.length - ERRORS_SHOWN;
  return {
    fieldErrors: {
      file: [
        t("fileRefused"),
        ...lines,
        ...(more > 0 ? [t("moreErrors", { count: more })] : []),
      ],
    },
  };
}

export async function linkQuestionAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return handleFormAs(
    isTeacher,
    input,
    {
      schema: linkQuestionFormSchema,
      invalid: async () => ({
        formError: (await getTranslations("StudioImport.errors"))(
          "linkInvalid",
        ),
      }),
    },
    async (teacher, { draftId, questionId, sentenceId }) => {
      const result = await linkDraftQuestion(
        teacher,
        draftId,
        questionId,
        sentenceId,
      );
      if (!result.ok) {
        if (result.error === "notFound") return notAllowed();
        return {
          formError: await studioError(
            result.error === "conflict" ? "conflict" : "invalidEdit",
          ),
        };
      }
      revalidatePath(`/[locale]/teach/studio/${draftId}`, "page");
      return {
        success: (await getTranslations("StudioImport"))("linkedDone"),
        successKey: Date.now(),
      };
    },
  );
}
