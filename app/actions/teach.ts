"use server";
// Teacher actions: classes, roster, question sets, assignments. Each form goes through
// handleFormAs(isTeacher, …) (lib/form-action.ts): the argument is checked by zod, the signed-in
// actor must be a teacher, and the data layer checks ownership again on every read and write.

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { continueTo } from "@/lib/action-redirect";
import { AUTH_ERROR_LIMITS } from "@/lib/auth/limits";
import { hashPin } from "@/lib/auth/pin-hash";
import { isTeacher, type Actor } from "@/lib/data/actor";
import { assignToClass, withdrawAssignment } from "@/lib/data/assignments";
import {
  createClass,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  replacePasswordHash,
  setClassArchived,
  studentOfClass,
} from "@/lib/data/classes";
import {
  addQuestions,
  createSet,
  createSetFromQuiz,
  getSet,
  moveQuestion,
  removeQuestion,
  reorderQuestions,
  updateSetSettings,
} from "@/lib/data/question-sets";
import { clearLimit, pinFailuresKey } from "@/lib/security/rate-limit";
import {
  handleButton,
  handleFormAs,
  notAllowed,
  type FormInput,
  type InvalidForm,
} from "@/lib/form-action";
import type { z } from "zod";
import {
  fieldErrorsFrom,
  type ActionResult,
  type FormSchema,
  type FormState,
} from "@/lib/forms";
import { getNow } from "@/lib/clock";
import { languageSchema } from "@/lib/content/content-schema";
import { assignToClassFormSchema } from "@/lib/teach/assign-schema";
import {
  archiveClassFormSchema,
  classButtonFormSchema,
  createClassFormSchema,
  removeStudentFormSchema,
  renameClassFormSchema,
  resetPinFormSchema,
  withdrawAssignmentFormSchema,
} from "@/lib/teach/class-schema";
import {
  calendarDateOf,
  formatDateEntry,
  formatTimeEntry,
  resolveDueAt,
} from "@/lib/teach/due-date";
import {
  createSetFromQuizFormSchema,
  reorderInputSchema,
  setEditSchema,
  SET_SETTINGS_ERROR_LIMITS,
  setSettingsSchema,
  updateSetFormSchema,
} from "@/lib/teach/set-schema";
import { APP_TIME_ZONE } from "@/lib/time-zone";
import { getActor } from "@/lib/session";

/**
 * A form's translated field errors. Ids (`classId`, `setId`, …) are hidden fields nobody types: a
 * bad one is a forged form, answered "not allowed" like a class that is not the teacher's.
 */
function invalidFields(
  translate: (key: string) => string | Promise<string>,
): InvalidForm {
  return async (error, values) => {
    if (error.issues.some((issue) => String(issue.path[0]).endsWith("Id")))
      return notAllowed(values);
    const keys = fieldErrorsFrom(error, (key) => key);
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, list] of Object.entries(keys))
      fieldErrors[field] = await Promise.all(list.map(translate));
    return { fieldErrors, values };
  };
}

async function authError(key: string): Promise<string> {
  return (await getTranslations("Auth.errors"))(
    key as "classNameRequired",
    AUTH_ERROR_LIMITS,
  );
}

async function setSettingsError(key: string): Promise<string> {
  return (await getTranslations("Teach.errors"))(
    key as "titleRequired",
    SET_SETTINGS_ERROR_LIMITS,
  );
}

/** A teacher's form that stays on the page. */
function teacherForm<S extends FormSchema>(
  input: unknown,
  schema: S,
  translate: (key: string) => string | Promise<string>,
  handle: (
    teacher: Actor,
    data: z.output<S>,
    form: FormInput,
  ) => Promise<FormState>,
): Promise<FormState> {
  return handleFormAs(
    isTeacher,
    input,
    { schema, invalid: invalidFields(translate) },
    handle,
  );
}

async function goTo(href: string): Promise<never> {
  redirect({ href, locale: await getLocale() });
  throw new Error("unreachable");
}

function refreshTeach() {
  revalidatePath("/[locale]/teach", "layout");
}

async function saved(values?: Record<string, string>): Promise<FormState> {
  return { success: (await getTranslations("Teach"))("saved"), values };
}

// Classes -------------------------------------------------------------------------------------

export async function createClassAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return teacherForm(
    input,
    createClassFormSchema,
    authError,
    async (teacher, { name }, { values }) => {
      const id = await createClass(teacher, name);
      if (!id) return notAllowed(values);
      return continueTo(`/teach/classes/${id}`);
    },
  );
}

export async function renameClassAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return teacherForm(
    input,
    renameClassFormSchema,
    authError,
    async (teacher, { classId, name }, { values }) => {
      if (!(await renameClass(teacher, classId, name)))
        return notAllowed(values);
      refreshTeach();
      return saved({ name });
    },
  );
}

/**
 * Small button actions on a class: they redirect back to the class, or to the teacher's start
 * page for anything that is not their class or not a good form, so they work without JavaScript.
 */
async function classButton<
  S extends FormSchema & z.ZodType<{ classId: string }>,
>(
  input: unknown,
  schema: S,
  run: (teacher: Actor, form: z.output<S>) => Promise<boolean>,
): Promise<void> {
  const toStart = () => goTo("/teach");
  return handleButton(
    input,
    schema,
    async (form) => {
      const teacher = await getActor();
      if (!isTeacher(teacher) || !(await run(teacher, form))) return toStart();
      refreshTeach();
      return goTo(`/teach/classes/${form.classId}`);
    },
    toStart,
  );
}

export async function archiveClassAction(input: unknown): Promise<void> {
  await classButton(input, archiveClassFormSchema, (teacher, form) =>
    setClassArchived(teacher, form.classId, form.archived),
  );
}

export async function regenerateJoinCodeAction(input: unknown): Promise<void> {
  await classButton(input, classButtonFormSchema, (teacher, form) =>
    regenerateJoinCode(teacher, form.classId),
  );
}

export async function removeStudentAction(input: unknown): Promise<void> {
  await classButton(input, removeStudentFormSchema, (teacher, form) =>
    removeStudent(teacher, form.classId, form.enrollmentId),
  );
}

export async function withdrawAssignmentAction(input: unknown): Promise<void> {
  await classButton(input, withdrawAssignmentFormSchema, (teacher, form) =>
    withdrawAssignment(teacher, form.assignmentId),
  );
}

export async function resetPinAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return teacherForm(
    input,
    resetPinFormSchema,
    authError,
    async (teacher, { classId, enrollmentId, pin }) => {
      const student = await studentOfClass(teacher, classId, enrollmentId);
      if (!student) return notAllowed();
      await replacePasswordHash(student.userId, await hashPin(pin));
      // A student locked out by wrong PINs can sign in with the new one at once.
      await clearLimit(pinFailuresKey(classId, student.nameKey));
      return {
        success: (await getTranslations("Teach"))("pinReset"),
        successKey: Date.now(),
      };
    },
  );
}

// Question sets -------------------------------------------------------------------------------

export async function createSetAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return teacherForm(
    input,
    setSettingsSchema,
    setSettingsError,
    async (teacher, settings, { values }) => {
      const id = await createSet(teacher, settings);
      if (!id) return notAllowed(values);
      return continueTo(`/teach/sets/${id}`);
    },
  );
}

export async function updateSetAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return teacherForm(
    input,
    updateSetFormSchema,
    setSettingsError,
    async (teacher, { setId, ...settings }, { values }) => {
      if (!(await updateSetSettings(teacher, setId, settings)))
        return notAllowed(values);
      refreshTeach();
      return saved(values);
    },
  );
}

/**
 * One change to a set's questions from the editor (add one, add all shown, remove, move). It returns
 * to the same page instead of redirecting, so the bank's filters, the scroll position and the
 * keyboard focus stay where they were; without JavaScript the page is rendered again at its own URL.
 */
export async function editSetAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  const t = await getTranslations("Teach");
  const editFailed = async () => ({ formError: t("editFailed") });
  return handleFormAs(
    isTeacher,
    input,
    { schema: setEditSchema, invalid: editFailed, refused: editFailed },
    async (teacher, { setId, edit }) => {
      let done: string | null = null;
      if (edit.kind === "add") {
        const before = (await getSet(teacher, setId))?.questionIds ?? [];
        if (await addQuestions(teacher, setId, edit.questionIds))
          done = t("questionsAdded", {
            count: new Set(
              edit.questionIds.filter((id) => !before.includes(id)),
            ).size,
          });
      } else if (edit.kind === "remove") {
        if (await removeQuestion(teacher, setId, edit.questionId))
          done = t("questionRemoved");
      } else if (
        await moveQuestion(teacher, setId, edit.questionId, edit.direction)
      ) {
        done = t("orderSaved");
      }
      if (!done) return editFailed();
      refreshTeach();
      return { success: done, successKey: Date.now() };
    },
  );
}

/** "Use this quiz": a new set made from a ready-made quiz, opened in the editor. */
export async function createSetFromQuizAction(input: unknown): Promise<void> {
  const toStart = () => goTo("/teach");
  await handleButton(
    input,
    createSetFromQuizFormSchema,
    async ({ quizId }) => {
      const teacher = await getActor();
      const locale = languageSchema.catch("de").parse(await getLocale());
      const id = isTeacher(teacher)
        ? await createSetFromQuiz(teacher, quizId, locale)
        : null;
      if (!id) return toStart();
      refreshTeach();
      return goTo(`/teach/sets/${id}`);
    },
    toStart,
  );
}

/** Drag and drop: the whole new order at once. */
export async function reorderQuestionsAction(
  input: unknown,
): Promise<ActionResult<object, "invalid" | "not-found">> {
  const parsed = reorderInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const teacher = await getActor();
  if (
    !isTeacher(teacher) ||
    !(await reorderQuestions(
      teacher,
      parsed.data.setId,
      parsed.data.questionIds,
    ))
  )
    return { ok: false, error: "not-found" };
  refreshTeach();
  return { ok: true };
}

// Assignments ---------------------------------------------------------------------------------

/** The assign form's errors, with the format the UI asks for shown as a week from today. */
async function assignError(): Promise<(key: string) => string> {
  const t = await getTranslations("Teach.errors");
  const now = await getNow();
  const locale = languageSchema.catch("de").parse(await getLocale());
  const examples = {
    dueDateInvalid: formatDateEntry(
      calendarDateOf(new Date(now.getTime() + 7 * 86_400_000), APP_TIME_ZONE),
      locale,
    ),
    dueTimeInvalid: formatTimeEntry({ hour: 18, minute: 0 }),
  };
  return (key) =>
    t(key as "dueDateInvalid", {
      example: examples[key as keyof typeof examples] ?? "",
    });
}

export async function assignToClassAction(
  _prev: FormState,
  input: unknown,
): Promise<FormState> {
  return teacherForm(
    input,
    assignToClassFormSchema,
    async (key) => (await assignError())(key),
    async (teacher, { classId, source, dueDate, dueTime }, { values }) => {
      const t = await getTranslations("Teach.errors");
      const due = resolveDueAt(dueDate, dueTime, await getNow());
      if (!due.ok)
        return {
          fieldErrors: { [due.field]: [(await assignError())(due.error)] },
          values,
        };
      const locale = languageSchema.catch("de").parse(await getLocale());
      const result = await assignToClass(
        teacher,
        classId,
        source,
        due.dueAt,
        locale,
      );
      if (!result.ok) {
        if (result.error === "empty-set")
          return { fieldErrors: { source: [t("setEmpty")] }, values };
        if (result.error === "due-required")
          return { fieldErrors: { dueDate: [t("dueRequired")] }, values };
        if (result.error === "class-archived")
          return { formError: t("classArchived"), values };
        return notAllowed(values);
      }
      refreshTeach();
      return {
        success: (await getTranslations("Teach"))("assigned"),
        successKey: Date.now(),
      };
    },
  );
}
