// "Report a problem with this question": what a learner's report and a teacher's answer to it
// accept from a form. Error messages are message keys (ReportProblem.errors.*, Reports.errors.*).
import { z } from "zod";
import { attemptIdSchema } from "./input-schema";
import { REPORT_COMMENT_MAX, REPORT_REASONS } from "./problem-report";

export const reportProblemFormSchema = z.object({
  attemptId: attemptIdSchema,
  position: z.coerce.number().int().min(0).max(500),
  reason: z.enum(REPORT_REASONS, { error: "reasonRequired" }),
  comment: z
    .string()
    .nullable()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(REPORT_COMMENT_MAX, { error: "commentTooLong" })),
});
export type ReportProblemErrorKey = "reasonRequired" | "commentTooLong";

export const resolveReportFormSchema = z.object({
  reportId: z.uuid(),
  resolution: z.enum(["dismissed", "fixed"]),
});

export const regradeQuestionFormSchema = z.object({
  questionId: z.string().min(1).max(100),
});
