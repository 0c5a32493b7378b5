// The gradebook as CSV: one row per student, per assignment the best score in percent and the
// number of attempts, and whether it was late. The columns are the .xlsx export's
// (lib/exchange/gradebook-table.ts).
import { getGradebook } from "@/lib/data/gradebook";
import { getNow } from "@/lib/clock";
import { gradebookTable } from "@/lib/exchange/gradebook-table";
import { sameSiteOnly } from "@/lib/security/headers";
import { csvDownload } from "@/lib/teach/csv-response";

export const GET = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ classId: string }> },
  ) => {
    const { classId } = await params;
    return csvDownload(request, classId, async ({ actor, t }, id) => {
      const book = await getGradebook(actor, id, await getNow());
      if (!book) return null;
      const { header, rows } = gradebookTable(book, {
        student: t("student"),
        attempts: t("attempts"),
        status: t("status"),
        statuses: {
          open: t("statuses.open"),
          overdue: t("statuses.overdue"),
          done: t("statuses.done"),
          late: t("statuses.late"),
        },
      });
      return { name: [book.className, t("gradebookFile")], header, rows };
    });
  },
);
