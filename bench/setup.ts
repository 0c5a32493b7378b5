// Prepares a fresh benchmark database through the app's own data layer (run with tsx, like the
// seed): learners with open attempts and the answers they will send, a teacher with a signed-in
// session, a class, a question set of 20 questions assigned to it, and one more class with the same
// assignment for each of the other load scenarios (so that each scenario's answers are counted in
// the database on their own). Writes bench/.work/setup.json.
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
import { setWordStatus } from "@/lib/data/vocabulary";
import { getGlossary } from "@/lib/reader/glossary";
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
const learnerIds: string[] = [];
for (let i = 0; i < learnerCount; i++) {
  const { learner, token } = await createLearner(`Bench ${i}`);
  learnerIds.push(learner.id);
  const attemptId = (await startAttempt(learner.id, full.id, "de"))!;
  learners.push({ token, attemptId, answers: fullAnswers });
}

// Learner 0's page views (the words page among them) show a vocabulary of a reader's size: the
// first 20 nouns of the article, saved.
const glossary = getGlossary();
const nouns = catalog.pack.article.sentences
  .flatMap((sentence) =>
    (glossary.data.tokens[sentence.id] ?? []).map((token, tokenIndex) => ({
      sentenceId: sentence.id,
      tokenIndex,
      pos: glossary.entries.get(token.entryId)?.pos,
    })),
  )
  .filter((t) => t.pos === "noun")
  .slice(0, 20);
// (A set-up with no learners, as the browser test of the scenario makes, has nobody to give them.)
const reader = learnerIds[0];
if (reader)
  for (const noun of nouns)
    await setWordStatus(reader, { ...noun, status: "saved" });

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

const setQuestionIds = full.questionIds.slice(0, 20);
/** The question set every bench class is assigned, in `owner`'s name. */
const benchSet = async (owner: typeof teacher) =>
  (await createSet(
    owner,
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
/** A class of `owner`'s with the set assigned to it: its id, join code and assignment. */
async function classWithAssignment(owner: typeof teacher, name: string) {
  const classId = (await createClass(owner, name))!;
  const assigned = await assignSet(owner, classId, await benchSet(owner), null);
  if (!assigned.ok) throw new Error(assigned.error);
  const { joinCode } = await db.classroom.findUniqueOrThrow({
    where: { id: classId },
  });
  return { classId, joinCode, assignmentId: assigned.id };
}
const { classId, joinCode, assignmentId } = await classWithAssignment(
  teacher,
  "Bench-Schule",
);
// The classes of bench/run.mjs's `load.signed_in`, `load.join` and `load.cpu_vs_static`. A
// colleague owns them, so the signed-in teacher's dashboard (measured by the js and lighthouse
// sections) shows one class, as it did before these scenarios.
const colleagueEmail = `bench-colleague-${Date.now()}@schule.example`;
await getAuth().api.signUpEmail({
  body: {
    name: "Bench Colleague",
    email: colleagueEmail,
    password: "bench-passwort-1",
  },
});
const colleague = {
  userId: (
    await db.user.findUniqueOrThrow({ where: { email: colleagueEmail } })
  ).id,
  role: "teacher" as const,
};
const scenarioClasses = {
  signedIn: await classWithAssignment(colleague, "Bench-Angemeldet"),
  join: await classWithAssignment(colleague, "Bench-Beitritt"),
  cpu: await classWithAssignment(colleague, "Bench-CPU"),
};

mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(
  outFile,
  JSON.stringify({
    learners,
    teacherCookie,
    classId,
    joinCode,
    assignmentId,
    scenarioClasses,
    assignmentAnswers: answersOf(setQuestionIds),
  }),
);
await db.$disconnect();
console.log(`setup: ${learners.length} learners, class ${joinCode}`);
