// Every response to an assignment as CSV, with the snapshot of the correct answer and the source
// sentences each answer was graded against.
import { getAssignmentResponses } from "@/lib/data/gradebook";
import { sameSiteOnly } from "@/lib/security/origin";
import { csvDownload } from "@/lib/teach/csv-response";

export const GET = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ assignmentId: string }> },
  ) => {
    const { assignmentId } = await params;
    return csvDownload(
      request,
      assignmentId,
      async ({ actor, locale, t }, id) => {
        const data = await getAssignmentResponses(actor, id, locale);
        if (!data) return null;
        const header = [
          t("student"),
          t("attempt"),
          t("questionLanguage"),
          t("position"),
          t("questionId"),
          t("question"),
          t("given"),
          t("correctAnswer"),
          t("score"),
          t("correct"),
          t("sentences"),
          t("answeredAt"),
          t("late"),
        ];
        const rows = data.rows.map((r) => [
          r.student,
          r.attempt,
          r.language,
          r.position,
          r.questionId,
          r.prompt,
          r.given,
          r.correctAnswer,
          Math.round(r.score * 100) / 100,
          r.correct,
          r.sentences,
          r.answeredAt.toISOString(),
          r.late,
        ]);
        return {
          name: [data.className, data.title, t("responsesFile")],
          header,
          rows,
        };
      },
    );
  },
);
