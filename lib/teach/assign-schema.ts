// Assigning to a class: one of the teacher's question sets ("set:<id>") or a ready-made quiz of the
// content pack ("quiz:<id>"), and an optional due date typed in the UI language's pattern
// (lib/teach/due-date.ts reads it, in the school's time zone, the same zone dates are shown in).
// Every issue message is a key of Teach.errors. The class is a hidden field: the action checks it
// like every other id it is sent, since a bad one is a forged form, not a typing mistake.
import { z } from "zod";

const SET_PREFIX = "set:";
const QUIZ_PREFIX = "quiz:";
const quizId = z.string().regex(/^[a-z0-9-]{1,80}$/);

export type AssignSource =
  { kind: "set"; setId: string } | { kind: "quiz"; quizId: string };

/** The value of an option in the "what to assign" list. */
export const sourceValue = (source: AssignSource): string =>
  source.kind === "set"
    ? `${SET_PREFIX}${source.setId}`
    : `${QUIZ_PREFIX}${source.quizId}`;

function readSource(value: string): AssignSource | null {
  if (value.startsWith(SET_PREFIX)) {
    const setId = z.uuid().safeParse(value.slice(SET_PREFIX.length));
    return setId.success ? { kind: "set", setId: setId.data } : null;
  }
  if (value.startsWith(QUIZ_PREFIX)) {
    const id = quizId.safeParse(value.slice(QUIZ_PREFIX.length));
    return id.success ? { kind: "quiz", quizId: id.data } : null;
  }
  return null;
}

const typedText = (error: "dueDateInvalid" | "dueTimeInvalid") =>
  z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    z.string({ error }).max(40, error),
  );

export const assignFormSchema = z.object({
  source: z
    .string({ error: "sourceRequired" })
    .refine((v) => readSource(v) !== null, "sourceRequired")
    .transform((v) => readSource(v)!),
  /** Checked against the calendar and the clock by resolveDueAt, which needs "now". */
  dueDate: typedText("dueDateInvalid"),
  dueTime: typedText("dueTimeInvalid"),
});
