// Classes and their students. Teacher functions only ever see the acting teacher's classes: an id
// of somebody else's class behaves exactly like an id that does not exist (null / false → 404).
import "server-only";
import { randomUUID } from "node:crypto";
import { generateJoinCode, nameKey } from "@/lib/auth/names";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/storage-fault";
import { isTeacher, type Actor } from "./actor";

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  students: number;
  assignments: number;
};
export type RosterEntry = {
  enrollmentId: string;
  userId: string;
  displayName: string;
  joinedAt: Date;
};
export type ClassDetail = Omit<ClassSummary, "students" | "assignments"> & {
  students: RosterEntry[];
  assignments: {
    id: string;
    setId: string;
    title: string;
    dueAt: Date | null;
    createdAt: Date;
  }[];
};

const ownClass = (actor: Actor, classId: string) => ({
  id: classId,
  teacherId: actor.userId,
});

export async function listClasses(actor: Actor): Promise<ClassSummary[]> {
  if (!isTeacher(actor)) return [];
  const rows = await db.classroom.findMany({
    where: { teacherId: actor.userId },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      _count: { select: { enrollments: true, assignments: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    joinCode: r.joinCode,
    archived: r.archivedAt !== null,
    students: r._count.enrollments,
    assignments: r._count.assignments,
  }));
}

/** Tries fresh join codes until one is free (a clash among 25⁶ codes is rare, but possible). */
async function withFreshJoinCode<T>(
  write: (joinCode: string) => Promise<T>,
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || i >= 5) throw error;
    }
  }
}

export async function createClass(
  actor: Actor,
  name: string,
): Promise<string | null> {
  if (!isTeacher(actor)) return null;
  const id = randomUUID();
  await withFreshJoinCode((joinCode) =>
    db.classroom.create({
      data: { id, teacherId: actor.userId, name, joinCode },
    }),
  );
  return id;
}

export async function getClass(
  actor: Actor,
  classId: string,
): Promise<ClassDetail | null> {
  if (!isTeacher(actor)) return null;
  const row = await db.classroom.findFirst({
    where: ownClass(actor, classId),
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      enrollments: {
        orderBy: { nameKey: "asc" },
        select: { id: true, userId: true, displayName: true, joinedAt: true },
      },
      assignments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          setId: true,
          dueAt: true,
          createdAt: true,
          set: { select: { title: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    archived: row.archivedAt !== null,
    students: row.enrollments.map((e) => ({
      enrollmentId: e.id,
      userId: e.userId,
      displayName: e.displayName,
      joinedAt: e.joinedAt,
    })),
    assignments: row.assignments.map((a) => ({
      id: a.id,
      setId: a.setId,
      title: a.set.title,
      dueAt: a.dueAt,
      createdAt: a.createdAt,
    })),
  };
}

export async function renameClass(
  actor: Actor,
  classId: string,
  name: string,
): Promise<boolean> {
  if (!isTeacher(actor)) return false;
  return (
    (
      await db.classroom.updateMany({
        where: ownClass(actor, classId),
        data: { name },
      })
    ).count === 1
  );
}

export async function setClassArchived(
  actor: Actor,
  classId: string,
  archived: boolean,
): Promise<boolean> {
  if (!isTeacher(actor)) return false;
  const data = { archivedAt: archived ? new Date() : null };
  return (
    (await db.classroom.updateMany({ where: ownClass(actor, classId), data }))
      .count === 1
  );
}

export async function regenerateJoinCode(
  actor: Actor,
  classId: string,
): Promise<boolean> {
  if (!isTeacher(actor)) return false;
  const updated = await withFreshJoinCode((joinCode) =>
    db.classroom.updateMany({
      where: ownClass(actor, classId),
      data: { joinCode },
    }),
  );
  return updated.count === 1;
}

/** The enrollment, if it is in one of the acting teacher's classes. */
async function ownEnrollment(
  actor: Actor,
  classId: string,
  enrollmentId: string,
) {
  if (!isTeacher(actor)) return null;
  return db.enrollment.findFirst({
    where: {
      id: enrollmentId,
      classroomId: classId,
      classroom: { teacherId: actor.userId },
    },
    select: { id: true, userId: true, nameKey: true },
  });
}

/**
 * Takes a student out of a class. Their account and everything they answered stay (nothing a
 * learner answered is lost); they are signed out and can no longer sign in with this class's code.
 */
export async function removeStudent(
  actor: Actor,
  classId: string,
  enrollmentId: string,
): Promise<boolean> {
  const enrollment = await ownEnrollment(actor, classId, enrollmentId);
  if (!enrollment) return false;
  await db.$transaction([
    db.enrollment.delete({ where: { id: enrollment.id } }),
    db.session.deleteMany({ where: { userId: enrollment.userId } }),
  ]);
  return true;
}

/** The student's account and name key, for a PIN reset by the teacher of the class (null otherwise). */
export async function studentOfClass(
  actor: Actor,
  classId: string,
  enrollmentId: string,
): Promise<{ userId: string; nameKey: string } | null> {
  const enrollment = await ownEnrollment(actor, classId, enrollmentId);
  return enrollment
    ? { userId: enrollment.userId, nameKey: enrollment.nameKey }
    : null;
}

/** Stores a new password hash for an account and ends its sessions. */
export async function replacePasswordHash(
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db.$transaction([
    db.account.updateMany({
      where: { userId, providerId: "credential" },
      data: { password: passwordHash },
    }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Joining and signing in as a student (no actor yet: these are the doors in).

export type JoinableClass = { id: string; name: string };

export async function findClassByJoinCode(
  joinCode: string,
): Promise<JoinableClass | null> {
  return db.classroom.findFirst({
    where: { joinCode, archivedAt: null },
    select: { id: true, name: true },
  });
}

export async function isNameTaken(
  classId: string,
  displayName: string,
): Promise<boolean> {
  return (
    (await db.enrollment.count({
      where: { classroomId: classId, nameKey: nameKey(displayName) },
    })) > 0
  );
}

/** Adds a student account to a class; false when the name was taken in the meantime. */
export async function enrollStudent(
  classId: string,
  userId: string,
  displayName: string,
): Promise<boolean> {
  try {
    await db.enrollment.create({
      data: {
        id: randomUUID(),
        classroomId: classId,
        userId,
        displayName,
        nameKey: nameKey(displayName),
      },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** The account behind a name in a class, for signing in with class code + name + PIN. */
export async function findStudentAccount(
  classId: string,
  displayName: string,
): Promise<{ userId: string; email: string } | null> {
  const row = await db.enrollment.findFirst({
    where: { classroomId: classId, nameKey: nameKey(displayName) },
    select: { user: { select: { id: true, email: true, role: true } } },
  });
  return row && row.user.role === "student"
    ? { userId: row.user.id, email: row.user.email }
    : null;
}

/** Removes an account that was created for a join that then failed (the name was taken). */
export async function deleteUser(userId: string): Promise<void> {
  await db.user.deleteMany({ where: { id: userId } });
}
