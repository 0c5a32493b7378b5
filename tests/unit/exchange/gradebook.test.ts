// The gradebook .xlsx read back with exceljs: the CSV download's columns, numbers as numbers,
// names as text.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  gradebookTable,
  type GradebookInput,
  type GradebookLabels,
} from "@/lib/exchange/gradebook-table";
import { gradebookXlsx, sheetName } from "@/lib/exchange/gradebook-xlsx";
import { toCsv } from "@/lib/teach/csv";
import de from "@/messages/de.json";

const labels: GradebookLabels = {
  student: de.Csv.student,
  attempts: de.Csv.attempts,
  status: de.Csv.status,
  statuses: de.Csv.statuses,
};

const book: GradebookInput = {
  assignments: [
    { id: "a1", title: "Hintergrund" },
    { id: "a2", title: "Innenpolitik" },
  ],
  students: [
    { userId: "u1", displayName: "Jonas Müller" },
    { userId: "u2", displayName: '=HYPERLINK("http://x","klick")' },
  ],
  cells: {
    "u1:a1": { attempts: 2, status: "done", bestPercent: 200 / 3 },
    "u1:a2": { attempts: 1, status: "late", bestPercent: 50 },
    "u2:a1": { attempts: 0, status: "overdue", bestPercent: null },
    "u2:a2": { attempts: 1, status: "open", bestPercent: null },
  },
};

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer-like "Buffer"; a copy of the bytes is one.
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook.worksheets[0]!;
}

describe("the gradebook table", () => {
  it("has the student, then per assignment the best percent, the attempts and the status", () => {
    expect(gradebookTable(book, labels)).toEqual({
      header: [
        "Schüler/-in",
        "Hintergrund (%)",
        "Hintergrund: Versuche",
        "Hintergrund: Status",
        "Innenpolitik (%)",
        "Innenpolitik: Versuche",
        "Innenpolitik: Status",
      ],
      rows: [
        ["Jonas Müller", 66.7, 2, "abgegeben", 50, 1, "verspätet abgegeben"],
        [book.students[1]!.displayName, null, 0, "fehlt", null, 1, "offen"],
      ],
    });
  });
});

describe("the gradebook .xlsx", () => {
  it("reads back as the table the CSV download has", async () => {
    const table = gradebookTable(book, labels);
    const sheet = await readBack(
      await gradebookXlsx(book, labels, "Klasse 7b: Ergebnisübersicht"),
    );
    expect(sheet.name).toBe("Klasse 7b  Ergebnisübersicht");
    const values = (row: number) =>
      table.header.map(
        (_, c) => sheet.getRow(row).getCell(c + 1).value ?? null,
      );
    expect(values(1)).toEqual(table.header);
    expect(values(2)).toEqual(table.rows[0]);
    expect(values(3)).toEqual(table.rows[1]);
    expect(sheet.rowCount).toBe(3);
    // The CSV download writes the same header.
    expect(toCsv(table.header, table.rows, "de").split("\r\n")[0]).toBe(
      "\uFEFF" + table.header.join(";"),
    );
  });

  it("keeps percentages as numbers shown with one decimal and names as text, never formulas", async () => {
    const sheet = await readBack(await gradebookXlsx(book, labels, "x"));
    const percent = sheet.getRow(2).getCell(2);
    expect(percent.type).toBe(ExcelJS.ValueType.Number);
    expect(percent.numFmt).toBe("0.0");
    const name = sheet.getRow(3).getCell(1);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=HYPERLINK("http://x","klick")');
  });

  it("names its sheet within Excel's rules", () => {
    expect(sheetName("Klasse [7b] / Ergebnisse?")).toBe(
      "Klasse  7b    Ergebnisse",
    );
    expect([...sheetName("Ä".repeat(40))]).toHaveLength(31);
    expect(sheetName(":")).toBe("Sheet1");
  });
});
