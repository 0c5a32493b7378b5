"use server";
// The studio's question editor: Save posts the editor's fields as a form (it works without
// JavaScript), and the live check sends the same fields while the teacher types. Both run the
// checks of lib/studio/question-edit.ts through the data layer; a refused save changes nothing
// and lists the problems.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  problemText,
  type StudioTranslate,
} from "@/components/studio/problem-text";
import { questionIdSchema } from "@/lib/content/content-schema";
import { isTeacher } from "@/lib/data/actor";
import { checkDraftQuestion, updateDraft } from "@/lib/data/drafts";
import { handleFormAs, notAllowed } from "@/lib/form-action";
import { invalidStudioEdit } from "@/lib/studio-errors";
import type { ActionResult, FormState } from "@/lib/forms";
import { getActor } from "@/lib/session";
import type { EditProblem } from "@/lib/studio/question-edit";
import {
  QUESTION_FORM_FIELDS,
  questionFormSchema,
} from "@/lib/studio/question-form";

const target = { draftId: z.uuid(), questionId: questionIdSchema };

const saveFormSchema = questionFormSchema
  .extend(target)
  .transform(({ draftId, questionId, ...form }) => ({
    draftId,
    questionId,
    form,
  }));

export async function saveQuestionAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  const t = (await getTranslations("Studio")) as unknown as StudioTranslate;
  return handleFormAs(
    isTeacher,
    input,
    { schema: saveFormSchema, invalid: invalidStudioEdit },
    async (teacher, { draftId, questionId, form }, { values }) => {
      const result = await updateDraft(teacher, draftId, {
        kind: "question",
        questionId,
        form,
      });
      if (result.ok) {
        revalidatePath(`/[locale]/teach/studio/${draftId}`, "page");
        return { success: t("saved"), successKey: Date.now() };
      }
      if (result.error === "notFound") return notAllowed();
      const problems = result.problems ?? [];
      if (problems.length > 0)
        return {
          formError: t("questionEditor.refused", {
            count: problems.length,
            problems: problems.map((p) => problemText(t, p)).join(" "),
          }),
          values: wholeValues(input, values),
        };
      return {
        formError: t(
          result.error === "conflict"
            ? "errors.conflict"
            : result.reason === "unknownQuestion"
              ? "errors.unknownQuestion"
              : "errors.invalidEdit",
        ),
        values: wholeValues(input, values),
      };
    },
  );
}

/** The editor refills itself from the fields it sent (a list field keeps every value). */
function wholeValues(input: unknown, values: Record<string, string>) {
  if (!(input instanceof FormData)) return values;
  const whole: Record<string, string> = { ...values };
  for (const name of QUESTION_FORM_FIELDS)
    whole[name] = JSON.stringify(
      input.getAll(name).filter((v) => typeof v === "string"),
    );
  return whole;
}

const checkInputSchema = z
  .object({ ...target, form: questionFormSchema })
  .strict();

/** The live check: the problems of the question the editor's fields make; nothing is saved. */
export async function checkQuestionAction(
  input: unknown,
): Promise<ActionResult<{ problems: EditProblem[] }, "invalid" | "not-found">> {
  const parsed = checkInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const teacher = await getActor();
  if (!isTeacher(teacher)) return { ok: false, error: "not-found" };
  const { draftId, questionId, form } = parsed.data;
  const problems = await checkDraftQuestion(teacher, draftId, questionId, form);
  return problems ? { ok: true, problems } : { ok: false, error: "not-found" };
}
