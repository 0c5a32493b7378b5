// The words of a problem report, without zod, so that the report form in the browser can name them
// without shipping the schemas (lib/quiz/problem-report-schema.ts checks what arrives).

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

/** What a teacher does with a report in the inbox; stored as ProblemReport.status. */
export type ReportResolution = "dismissed" | "fixed";
