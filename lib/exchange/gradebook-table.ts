// The gradebook (results overview) as a table of header and rows: one row per student; per
// assignment the best score in percent, the number of attempts and the status. The CSV download
// (app/api/classes/[classId]/gradebook) and the .xlsx (gradebook-xlsx.ts) both write this table,
// so they have the same columns. Numbers stay numbers; each writer formats them its own way.
export type GradebookStatus = "open" | "overdue" | "done" | "late";

/** What the export needs of lib/data/gradebook.ts's Gradebook. */
export type GradebookInput = {
  assignments: readonly { id: string; title: string }[];
  students: readonly { userId: string; displayName: string }[];
  /** Keyed by `${userId}:${assignmentId}`. */
  cells: Readonly<
    Record<
      string,
      { attempts: number; status: GradebookStatus; bestPercent: number | null }
    >
  >;
};

/** Column and status names in the teacher's language (the `Csv` messages). */
export type GradebookLabels = {
  student: string;
  attempts: string;
  status: string;
  statuses: Readonly<Record<GradebookStatus, string>>;
};

export type GradebookCell = string | number | null;
export type GradebookTable = { header: string[]; rows: GradebookCell[][] };

/** Columns after the student's name, per assignment. */
export const COLUMNS_PER_ASSIGNMENT = 3;

/** Percent rounded to one decimal, as both downloads show it. */
const roundPercent = (percent: number) => Math.round(percent * 10) / 10;

export function gradebookTable(
  book: GradebookInput,
  labels: GradebookLabels,
): GradebookTable {
  const header = [
    labels.student,
    ...book.assignments.flatMap((a) => [
      `${a.title} (%)`,
      `${a.title}: ${labels.attempts}`,
      `${a.title}: ${labels.status}`,
    ]),
  ];
  const rows = book.students.map((student) => [
    student.displayName,
    ...book.assignments.flatMap((assignment) => {
      const cell = book.cells[`${student.userId}:${assignment.id}`];
      if (!cell)
        throw new Error(
          `The gradebook has no cell for ${student.userId}:${assignment.id}`,
        );
      return [
        cell.bestPercent === null ? null : roundPercent(cell.bestPercent),
        cell.attempts,
        labels.statuses[cell.status],
      ];
    }),
  ]);
  return { header, rows };
}
