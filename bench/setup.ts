// Prepares a fresh benchmark database through the app's own data layer (run with tsx, like the
// seed): learners with open attempts and the answers they will send, a teacher with a signed-in
// session, a class, a question set of 20 questions assigned to it. Writes bench/.work/setup.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getAuth } from "@/lib/auth/auth";
import { getCatalog } from "@/lib/content/catalog";
import { db } from "@/lib/db/client";
import { assignSet } from "@/lib/data/assignments";
import { startAttempt } from "@/lib/data/attempts";
import { createClass } from "@/lib/data/classes";
import { createLearner } from "@/lib/data/learners";
import { createSet } from "@/lib/data/question-sets";
import {
  correctPublicAnswer,
  wrongPublicAnswer,
} from "@/tests/support/answers";

const learnerCount = Number(process.argv[2] ?? 400);
const outFile = process.argv[3] ?? "bench/.work/setup.json";
const catalog = getCatalog();
const full = catalog.quizzesById.get("nordkorea-russland-full")!;
const answersOf = (questionIds: readonly string[]) =>
  questionIds.map((id, i) => {
    const q = catalog.questionsById.get(id)!;
    return i % 4 === 3 ? wrongPublicAnswer(q) : correctPublicAnswer(q);
  });
const fullAnswers = answersOf(full.questionIds);

const learners = [];
for (let i = 0; i < learnerCount; i++) {
  const { learner, token } = await createLearner(`Bench ${i}`);
  const attemptId = (await startAttempt(learner.id, full.id, "de"))!;
  learners.push({ token, attemptId, answers: fullAnswers });
}

// A teacher, signed in the way the browser would be (the session cookie better-auth sets).
const email = `bench-${Date.now()}@schule.example`;
await getAuth().api.signUpEmail({
  body: { name: "Bench Teacher", email, password: "bench-passwort-1" },
});
const signIn = await getAuth().api.signInEmail({
  body: { email, password: "bench-passwort-1" },
  asResponse: true,
});
const teacherCookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(";")[0])
  .join("; ");
const teacher = {
  userId: (await db.user.findUniqueOrThrow({ where: { email } })).id,
  role: "teacher" as const,
};

const classId = (await createClass(teacher, "Bench-Schule"))!;
const setQuestionIds = full.questionIds.slice(0, 20);
const setId = (await createSet(
  teacher,
  {
    title: "Bench",
    language: "de",
    reviewMode: "after_submission",
    maxAttempts: 0,
    shuffleQuestions: false,
    shuffleOptions: false,
    timeLimitMinutes: null,
  },
  setQuestionIds,
))!;
const assigned = await assignSet(teacher, classId, setId, null);
if (!assigned.ok) throw new Error(assigned.error);
const joinCode = (
  await db.classroom.findUniqueOrThrow({ where: { id: classId } })
).joinCode;

mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  JSON.stringify({
    learners,
    teacherCookie,
    classId,
    joinCode,
    assignmentId: assigned.id,
    assignmentAnswers: answersOf(setQuestionIds),
  }),
);
await db.$disconnect();
console.log(`setup: ${learners.length} learners, class ${joinCode}`);
