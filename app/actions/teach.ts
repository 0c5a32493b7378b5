"use server";
// Teacher actions: classes, roster, question sets, assignments. Each one checks the signed-in
// account is a teacher here, and the data layer checks ownership again on every read and write.

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { continueTo } from "@/lib/action-redirect";
import { AUTH_ERROR_LIMITS } from "@/lib/auth/limits";
import { hashPin } from "@/lib/auth/pin-hash";
import { classNameSchema, pinSchema } from "@/lib/auth/schemas";
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
  asFormData,
  fieldErrorsFrom,
  formObject,
  formValues,
  type FormState,
} from "@/lib/forms";
import { getNow } from "@/lib/clock";
import { languageSchema } from "@/lib/content/schema";
import { assignFormSchema } from "@/lib/teach/assign-schema";
import {
  calendarDateOf,
  formatDateEntry,
  formatTimeEntry,
  resolveDueAt,
} from "@/lib/teach/due-date";
import {
  reorderInputSchema,
  setEditSchema,
  SET_SETTINGS_ERROR_LIMITS,
  setSettingsSchema,
} from "@/lib/teach/set-schema";
import { APP_TIME_ZONE } from "@/lib/time-zone";
import { getViewer } from "@/lib/session";

const uuid = z.uuid();

async function teacherOrNull(): Promise<Actor | null> {
  const viewer = await getViewer();
  return isTeacher(viewer) ? viewer : null;
}

async function notAllowed(values?: Record<string, string>): Promise<FormState> {
  return {
    formError: (await getTranslations("Auth.errors"))("notAllowed"),
    values,
  };
}

async function goTo(href: string): Promise<never> {
  redirect({ href, locale: await getLocale() });
  throw new Error("unreachable");
}

function refreshTeach() {
  revalidatePath("/[locale]/teach", "layout");
}

// Classes -------------------------------------------------------------------------------------

async function parseClassName(
  formData: FormData,
): Promise<
  | { ok: true; name: string }
  | { ok: false; fieldErrors: Record<string, string[]> }
> {
  const name = classNameSchema.safeParse(formData.get("name"));
  if (name.success) return { ok: true, name: name.data };
  const t = await getTranslations("Auth.errors");
  return {
    ok: false,
    fieldErrors: {
      name: name.error.issues.map((i) =>
        t(i.message as "classNameRequired", AUTH_ERROR_LIMITS),
      ),
    },
  };
}

export async function createClassAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const actor = await teacherOrNull();
  if (!actor) return notAllowed(values);
  const name = await parseClassName(formData);
  if (!name.ok) return { fieldErrors: name.fieldErrors, values };
  const id = await createClass(actor, name.name);
  if (!id) return notAllowed(values);
  return continueTo(`/teach/classes/${id}`);
}

export async function renameClassAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const actor = await teacherOrNull();
  const classId = uuid.safeParse(formData.get("classId"));
  if (!actor || !classId.success) return notAllowed(values);
  const name = await parseClassName(formData);
  if (!name.ok) return { fieldErrors: name.fieldErrors, values };
  if (!(await renameClass(actor, classId.data, name.name)))
    return notAllowed(values);
  refreshTeach();
  return {
    success: (await getTranslations("Teach"))("saved"),
    values: { name: name.name },
  };
}

/** Small button actions on a class: they redirect back, so they work without JavaScript too. */
async function classButton(
  formData: FormData,
  run: (actor: Actor, classId: string) => Promise<boolean>,
): Promise<void> {
  const actor = await teacherOrNull();
  const classId = uuid.safeParse(formData.get("classId"));
  if (!actor || !classId.success || !(await run(actor, classId.data)))
    return goTo("/teach");
  refreshTeach();
  return goTo(`/teach/classes/${classId.data}`);
}

export async function archiveClassAction(formData: FormData): Promise<void> {
  formData = asFormData(formData);
  const archived = z
    .enum(["true", "false"])
    .safeParse(formData.get("archived"));
  await classButton(formData, (actor, classId) =>
    archived.success
      ? setClassArchived(actor, classId, archived.data === "true")
      : Promise.resolve(false),
  );
}

export async function regenerateJoinCodeAction(
  formData: FormData,
): Promise<void> {
  formData = asFormData(formData);
  await classButton(formData, regenerateJoinCode);
}

export async function removeStudentAction(formData: FormData): Promise<void> {
  formData = asFormData(formData);
  const enrollmentId = uuid.safeParse(formData.get("enrollmentId"));
  await classButton(formData, (actor, classId) =>
    enrollmentId.success
      ? removeStudent(actor, classId, enrollmentId.data)
      : Promise.resolve(false),
  );
}

export async function resetPinAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const actor = await teacherOrNull();
  const classId = uuid.safeParse(formData.get("classId"));
  const enrollmentId = uuid.safeParse(formData.get("enrollmentId"));
  if (!actor || !classId.success || !enrollmentId.success) return notAllowed();
  const pin = pinSchema.safeParse(formData.get("pin"));
  if (!pin.success) {
    const t = await getTranslations("Auth.errors");
    return {
      fieldErrors: {
        pin: pin.error.issues.map((i) =>
          t(i.message as "pinTooShort", AUTH_ERROR_LIMITS),
        ),
      },
    };
  }
  const student = await studentOfClass(actor, classId.data, enrollmentId.data);
  if (!student) return notAllowed();
  await replacePasswordHash(student.userId, await hashPin(pin.data));
  // A student locked out by wrong PINs can sign in with the new one at once.
  await clearLimit(pinFailuresKey(classId.data, student.nameKey));
  return {
    success: (await getTranslations("Teach"))("pinReset"),
    successKey: Date.now(),
  };
}

// Question sets -------------------------------------------------------------------------------

async function parseSettings(formData: FormData) {
  const t = await getTranslations("Teach.errors");
  const parsed = setSettingsSchema.safeParse(
    formObject(formData, [
      "title",
      "language",
      "reviewMode",
      "maxAttempts",
      "shuffleQuestions",
      "shuffleOptions",
      "timeLimitMinutes",
    ]),
  );
  return parsed.success
    ? { ok: true as const, settings: parsed.data }
    : {
        ok: false as const,
        fieldErrors: fieldErrorsFrom(parsed.error, (key) =>
          t(key as "titleRequired", SET_SETTINGS_ERROR_LIMITS),
        ),
      };
}

export async function createSetAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const actor = await teacherOrNull();
  if (!actor) return notAllowed(values);
  const parsed = await parseSettings(formData);
  if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, values };
  const id = await createSet(actor, parsed.settings);
  if (!id) return notAllowed(values);
  return continueTo(`/teach/sets/${id}`);
}

export async function updateSetAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const actor = await teacherOrNull();
  const setId = uuid.safeParse(formData.get("setId"));
  if (!actor || !setId.success) return notAllowed(values);
  const parsed = await parseSettings(formData);
  if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, values };
  if (!(await updateSetSettings(actor, setId.data, parsed.settings)))
    return notAllowed(values);
  refreshTeach();
  return { success: (await getTranslations("Teach"))("saved"), values };
}

/**
 * One change to a set's questions from the editor (add one, add all shown, remove, move). It returns
 * to the same page instead of redirecting, so the bank's filters, the scroll position and the
 * keyboard focus stay where they were; without JavaScript the page is rendered again at its own URL.
 */
export async function editSetAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const t = await getTranslations("Teach");
  const actor = await teacherOrNull();
  const parsed = setEditSchema.safeParse({
    setId: formData.get("setId"),
    intent: formData.get("intent"),
    shown: formData.getAll("shown"),
  });
  if (!actor || !parsed.success) return { formError: t("editFailed") };
  const { setId, edit } = parsed.data;
  let done: string | null = null;
  if (edit.kind === "add") {
    const before = (await getSet(actor, setId))?.questionIds ?? [];
    if (await addQuestions(actor, setId, edit.questionIds))
      done = t("questionsAdded", {
        count: new Set(edit.questionIds.filter((id) => !before.includes(id)))
          .size,
      });
  } else if (edit.kind === "remove") {
    if (await removeQuestion(actor, setId, edit.questionId))
      done = t("questionRemoved");
  } else if (
    await moveQuestion(actor, setId, edit.questionId, edit.direction)
  ) {
    done = t("orderSaved");
  }
  if (!done) return { formError: t("editFailed") };
  refreshTeach();
  return { success: done, successKey: Date.now() };
}

/** "Use this quiz": a new set made from a ready-made quiz, opened in the editor. */
export async function createSetFromQuizAction(
  formData: FormData,
): Promise<void> {
  formData = asFormData(formData);
  const actor = await teacherOrNull();
  const quizId = z.string().max(80).safeParse(formData.get("quizId"));
  const locale = languageSchema.catch("de").parse(await getLocale());
  const id =
    actor && quizId.success
      ? await createSetFromQuiz(actor, quizId.data, locale)
      : null;
  if (!id) return goTo("/teach");
  refreshTeach();
  return goTo(`/teach/sets/${id}`);
}

/** Drag and drop: the whole new order at once. Returns whether it was stored. */
export async function reorderQuestionsAction(input: unknown): Promise<boolean> {
  const parsed = reorderInputSchema.safeParse(input);
  const actor = await teacherOrNull();
  if (!parsed.success || !actor) return false;
  const ok = await reorderQuestions(
    actor,
    parsed.data.setId,
    parsed.data.questionIds,
  );
  if (ok) refreshTeach();
  return ok;
}

// Assignments ---------------------------------------------------------------------------------

export async function assignAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  formData = asFormData(formData);
  const values = formValues(formData);
  const actor = await teacherOrNull();
  const classId = uuid.safeParse(formData.get("classId"));
  if (!actor || !classId.success) return notAllowed(values);
  const t = await getTranslations("Teach.errors");
  const now = await getNow();
  const locale = languageSchema.catch("de").parse(await getLocale());
  // The examples in the errors are the format the UI asks for, a week from today.
  const examples = {
    dueDateInvalid: formatDateEntry(
      calendarDateOf(new Date(now.getTime() + 7 * 86_400_000), APP_TIME_ZONE),
      locale,
    ),
    dueTimeInvalid: formatTimeEntry({ hour: 18, minute: 0 }),
  };
  const translate = (key: string) =>
    t(key as "dueDateInvalid", {
      example: examples[key as keyof typeof examples] ?? "",
    });
  const parsed = assignFormSchema.safeParse(
    formObject(formData, ["source", "dueDate", "dueTime"]),
  );
  if (!parsed.success)
    return { fieldErrors: fieldErrorsFrom(parsed.error, translate), values };
  const due = resolveDueAt(parsed.data.dueDate, parsed.data.dueTime, now);
  if (!due.ok)
    return { fieldErrors: { [due.field]: [translate(due.error)] }, values };
  const result = await assignToClass(
    actor,
    classId.data,
    parsed.data.source,
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
}

export async function withdrawAssignmentAction(
  formData: FormData,
): Promise<void> {
  formData = asFormData(formData);
  const assignmentId = uuid.safeParse(formData.get("assignmentId"));
  await classButton(formData, (actor) =>
    assignmentId.success
      ? withdrawAssignment(actor, assignmentId.data)
      : Promise.resolve(false),
  );
}
