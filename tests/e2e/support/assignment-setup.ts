// Run with tsx (--conditions=react-server) against the browser tests' database: a teacher with a
// class and a question set assigned to it, one question of every type, the question language
// left to the student. Prints the class's join code as JSON on the last line.
import { classroomKit, SETTINGS } from "@/tests/support/classroom";

const kit = await classroomKit();
const teacher = await kit.user("teacher", "Crawl Teacher");
const classId = (await kit.classes.createClass(teacher, "Crawl class"))!;
const oneOfEachType = [
  ...new Map(
    [...kit.catalog.questionsById.values()].map((q) => [q.type, q.id]),
  ).values(),
];
const setId = (await kit.sets.createSet(
  teacher,
  { ...SETTINGS, title: "Crawl set", language: "choice", shuffleOptions: true },
  oneOfEachType,
))!;
const assigned = await kit.assignments.assignSet(teacher, classId, setId, null);
if (!assigned.ok) throw new Error(assigned.error);
const { joinCode } = await kit.db.classroom.findUniqueOrThrow({
  where: { id: classId },
});
await kit.db.$disconnect();
console.log(JSON.stringify({ joinCode, questionIds: oneOfEachType }));
