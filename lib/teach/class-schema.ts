// The forms of a class page and the teacher's start page, as zod schemas. The ids are hidden
// fields: a bad one is a forged form, not a typing mistake, and the action answers it with "not
// allowed" (app/actions/teach.ts); the messages of the typed fields are keys of Auth.errors.
import { z } from "zod";
import { classNameSchema, pinSchema } from "@/lib/auth/account-schema";

const id = z.uuid();

export const createClassFormSchema = z.object({ name: classNameSchema });

export const renameClassFormSchema = z.object({
  classId: id,
  name: classNameSchema,
});

/** A button on a class that needs nothing but the class (a new join code). */
export const classButtonFormSchema = z.object({ classId: id });

export const archiveClassFormSchema = z.object({
  classId: id,
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const removeStudentFormSchema = z.object({
  classId: id,
  enrollmentId: id,
});

export const resetPinFormSchema = z.object({
  classId: id,
  enrollmentId: id,
  pin: pinSchema,
});

export const withdrawAssignmentFormSchema = z.object({
  classId: id,
  assignmentId: id,
});
