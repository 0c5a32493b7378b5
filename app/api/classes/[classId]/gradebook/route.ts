// The gradebook as CSV or, with `?format=xlsx`, as an .xlsx workbook: one row per student, per
// assignment the best score in percent and the number of attempts, and whether it was late. Both
// have the same columns (lib/exchange/gradebook-table.ts).
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getGradebook } from "@/lib/data/gradebook";
import { getNow } from "@/lib/clock";
import { gradebookTable } from "@/lib/exchange/gradebook-table";
import { gradebookXlsx } from "@/lib/exchange/gradebook-xlsx";
import { sameSiteOnly } from "@/lib/security/origin";
import { teacherDownload } from "@/lib/csv-download";
import { toCsv } from "@/lib/teach/csv";

const formatSchema = z.enum(["csv", "xlsx"]).catch("csv");

export const GET = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ classId: string }> },
  ) => {
    const { classId } = await params;
    return teacherDownload(
      request,
      classId,
      async ({ actor, locale, searchParams }, id) => {
        const book = await getGradebook(actor, id, await getNow());
        if (!book) return null;
        const t = await getTranslations({ locale, namespace: "Csv" });
        const labels = {
          student: t("student"),
          attempts: t("attempts"),
          status: t("status"),
          statuses: {
            open: t("statuses.open"),
            overdue: t("statuses.overdue"),
            done: t("statuses.done"),
            late: t("statuses.late"),
          },
        };
        const name = [book.className, t("gradebookFile")];
        if (formatSchema.parse(searchParams.get("format")) === "xlsx") {
          const tExports = await getTranslations({
            locale,
            namespace: "Exports",
          });
          return {
            name,
            extension: "xlsx",
            contentType:
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            body: await gradebookXlsx(book, labels, tExports("gradebookSheet")),
          };
        }
        const { header, rows } = gradebookTable(book, labels);
        return {
          name,
          extension: "csv",
          contentType: "text/csv; charset=utf-8",
          body: toCsv(header, rows, locale),
        };
      },
    );
  },
);
