"use server";
// A student starts (or resumes) an attempt at an assignment.

import { getTranslations } from "next-intl/server";
import { continueTo } from "@/lib/action-redirect";
import { attemptPath } from "@/lib/quiz/attempt-state";
import { getNow } from "@/lib/clock";
import { isStudent } from "@/lib/data/actor";
import { startAssignmentAttempt } from "@/lib/data/assignments";
import { handleFormAs } from "@/lib/form-action";
import type { FormState } from "@/lib/forms";
import { ensureLearnerForUser } from "@/lib/data/learners";
import { startAssignmentFormSchema } from "@/lib/quiz/input-schema";

export async function startAssignmentAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  const t = await getTranslations("Assignments.errors");
  // Anything but a student's start of an assignment that exists: "not found", nothing more.
  const notFound = async (values: Record<string, string>) => ({
    formError: t("not-found"),
    values,
  });
  return handleFormAs(
    isStudent,
    input,
    {
      schema: startAssignmentFormSchema,
      invalid: (_error, values) => notFound(values),
      refused: notFound,
    },
    async (student, { assignmentId, language }, { values }) => {
      // A signed-in student: their account's learner, never a new guest.
      const learner = await ensureLearnerForUser(student.userId, student.name);
      const result = await startAssignmentAttempt(
        student,
        learner.id,
        assignmentId,
        language,
        await getNow(),
      );
      if (!result.ok) {
        if (result.error === "language-required")
          return {
            fieldErrors: { language: [t("language-required")] },
            values,
          };
        return { formError: t(result.error), values };
      }
      return continueTo(
        attemptPath({ id: result.attemptId, language: result.language }),
      );
    },
  );
}
