// Run with tsx (--conditions=react-server) against the browser tests' database: for the teacher
// with the given e-mail address, a class whose students have finished an assignment of the quick
// quiz's questions, some right and some wrong (the weakest student gets the first question right).
// Prints the class and assignment ids as JSON on the last line.
// Usage: class-results-setup.ts <teacher e-mail> <number of students>
import { classroomKit, SETTINGS } from "@/tests/support/classroom";

const [email, countText] = process.argv.slice(2);
const kit = await classroomKit();
const user = await kit.db.user.findUniqueOrThrow({ where: { email } });
const teacher = { userId: user.id, role: "teacher" as const, name: user.name };
const quiz = kit.catalog.pack.quizzes.find((q) => q.kind === "mix")!;
const classId = (await kit.classes.createClass(teacher, "Statistik 9c"))!;
const setId = (await kit.sets.createSet(
  teacher,
  { ...SETTINGS, title: quiz.title.de, language: "de" },
  quiz.questionIds,
))!;
const assigned = await kit.assignments.assignSet(teacher, classId, setId, null);
if (!assigned.ok) throw new Error(assigned.error);

const count = Number(countText ?? 3);
for (let s = 0; s < count; s++) {
  const student = await kit.student(classId, `Lernende ${s + 1}`);
  const started = await kit.assignments.startAssignmentAttempt(
    student.actor,
    student.learnerId,
    assigned.id,
    "de",
    new Date(),
  );
  if (!started.ok) throw new Error(started.error);
  // Student s gets the later questions right the stronger they are; the first question only
  // the weakest gets right.
  const pattern = quiz.questionIds.map((_, i) =>
    i === 0 ? s === count - 1 : (i + s) % count !== 0 && s < count - 1,
  );
  await kit.complete(student.learnerId, started.attemptId, pattern);
}
await kit.db.$disconnect();
console.log(JSON.stringify({ classId, assignmentId: assigned.id }));
