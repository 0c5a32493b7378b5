// The gradebook as CSV: one row per student, per assignment the best score in percent and the
// number of attempts, and whether it was late.
import { getGradebook } from "@/lib/data/gradebook";
import { getNow } from "@/lib/clock";
import { sameSiteOnly } from "@/lib/security/origin";
import { csvDownload } from "@/lib/csv-download";

export const GET = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ classId: string }> },
  ) => {
    const { classId } = await params;
    return csvDownload(request, classId, async ({ actor, t }, id) => {
      const book = await getGradebook(actor, id, await getNow());
      if (!book) return null;
      const header = [
        t("student"),
        ...book.assignments.flatMap((a) => [
          `${a.title} (%)`,
          `${a.title}: ${t("attempts")}`,
          `${a.title}: ${t("status")}`,
        ]),
      ];
      const rows = book.students.map((s) => [
        s.displayName,
        ...book.assignments.flatMap((a) => {
          const cell = book.cells[`${s.userId}:${a.id}`]!;
          return [
            cell.bestPercent === null
              ? null
              : Math.round(cell.bestPercent * 10) / 10,
            cell.attempts,
            t(`statuses.${cell.status}`),
          ];
        }),
      ]);
      return { name: [book.className, t("gradebookFile")], header, rows };
    });
  },
);
