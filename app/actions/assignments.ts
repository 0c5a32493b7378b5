"use server";
// A student starts (or resumes) an attempt at an assignment.

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { continueTo } from "@/lib/action-redirect";
import { attemptPath } from "@/lib/quiz/attempt-state";
import { getNow } from "@/lib/clock";
import { languageSchema } from "@/lib/content/schema";
import { isStudent } from "@/lib/data/actor";
import { startAssignmentAttempt } from "@/lib/data/assignments";
import { asFormData, formValues, type FormState } from "@/lib/forms";
import { ensureLearnerForUser } from "@/lib/data/learners";
import { getViewer } from "@/lib/session";

const startSchema = z.object({
  assignmentId: z.uuid(),
  language: languageSchema.nullable().catch(null),
});

export async function startAssignmentAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const t = await getTranslations("Assignments.errors");
  const viewer = await getViewer();
  const parsed = startSchema.safeParse({
    assignmentId: formData.get("assignmentId"),
    language: formData.get("language"),
  });
  if (!isStudent(viewer) || !parsed.success)
    return { formError: t("not-found"), values };
  // A signed-in student: their account's learner, never a new guest.
  const learner = await ensureLearnerForUser(viewer.userId, viewer.name);
  const result = await startAssignmentAttempt(
    viewer,
    learner.id,
    parsed.data.assignmentId,
    parsed.data.language,
    await getNow(),
  );
  if (!result.ok) {
    if (result.error === "language-required")
      return { fieldErrors: { language: [t("language-required")] }, values };
    return { formError: t(result.error), values };
  }
  return continueTo(
    attemptPath({ id: result.attemptId, language: result.language }),
  );
}
