// The gradebook (results overview) as an .xlsx workbook, with the columns of the CSV download
// (gradebook-table.ts).
//
// In the .xlsx, numbers are numbers (the percentage shown with one decimal, in the reader's own
// decimal separator, by the spreadsheet program) and text is text: exceljs writes strings as
// string cells, never as formulas, so a display name like "=HYPERLINK(…)" cannot run, unlike
// in CSV (lib/teach/csv.ts guards that case with an apostrophe).
import ExcelJS from "exceljs";
import {
  COLUMNS_PER_ASSIGNMENT,
  gradebookTable,
  type GradebookInput,
  type GradebookLabels,
} from "./gradebook-table";

/** Excel refuses sheet names longer than 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, " ").trim();
  return [...cleaned].slice(0, 31).join("") || "Sheet1";
}

/** The .xlsx file: the table on one sheet named `sheet`, header and names kept in view. */
export async function gradebookXlsx(
  book: GradebookInput,
  labels: GradebookLabels,
  sheet: string,
): Promise<Uint8Array> {
  const { header, rows } = gradebookTable(book, labels);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Quellenquiz";
  const worksheet = workbook.addWorksheet(sheetName(sheet), {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
  });
  worksheet.addRow(header).font = { bold: true };
  for (const row of rows) worksheet.addRow(row);
  worksheet.columns.forEach((column, i) => {
    if (i === 0) {
      column.width = 28;
      return;
    }
    const kind = (i - 1) % COLUMNS_PER_ASSIGNMENT;
    column.width = kind === 2 ? 22 : 14;
    if (kind === 0) column.numFmt = "0.0";
  });
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: header.length },
  };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
