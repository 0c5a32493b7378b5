// "Report a problem with this question": what a learner's report and a teacher's answer to it
// accept from a form. Error messages are message keys (ReportProblem.errors.*, Reports.errors.*).
import { z } from "zod";
import { attemptIdSchema } from "./input-schema";

/** Why a learner reports a question; stored as ProblemReport.reason. */
export const REPORT_REASONS = [
  "wrong_answer",
  "unclear",
  "translation",
  "source",
  "other",
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** A comment is optional; long enough for a sentence or two and a quote from the article. */
export const REPORT_COMMENT_MAX = 1000;

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

/** What a teacher does with a report in the inbox. */
export const REPORT_RESOLUTIONS = ["dismissed", "fixed"] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

export const resolveReportFormSchema = z.object({
  reportId: z.uuid(),
  resolution: z.enum(REPORT_RESOLUTIONS),
});

export const regradeQuestionFormSchema = z.object({
  questionId: z.string().min(1).max(100),
});
