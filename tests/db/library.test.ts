// The library read side over a database that holds no pack of content/: another article, published
// through the one door, is listed for whom it is visible, practised end to end through the data
// layer with its own evidence, and its re-publish is read on the next request.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { correctPublicAnswer } from "@/tests/support/answers";
import {
  SECOND_ARTICLE_ID,
  secondArticlePack,
} from "@/tests/support/second-article";
import { setUpTestDatabase } from "@/tests/support/test-db";
import type { Actor } from "@/lib/data/actor";

const testDb = await setUpTestDatabase({ seed: false });
const { db } = testDb;
const { publishArticlePack } = await import("@/lib/data/articles");
const library = await import("@/lib/data/library");
const attempts = await import("@/lib/data/attempts");
const answers = await import("@/lib/data/answers");
const { createLearner } = await import("@/lib/data/learners");
const { attemptOnlyQuestions, questionBankBody } =
  await import("@/lib/data/question-bank");
afterAll(() => testDb.cleanup());

async function user(role: Actor["role"]): Promise<Actor> {
  const id = randomUUID();
  await db.user.create({
    data: { id, name: role, email: `${id}@example.org`, role },
  });
  return { userId: id, role };
}

const owner = await user("teacher");
const colleague = await user("teacher");
const student = await user("student");

const pack = secondArticlePack();
// Its own English, so its evidence can be told from content/'s article.
pack.article.sentences[0]!.en = `${pack.article.sentences[0]!.en} (second article)`;
// A quiz with feedback after each answer, so the answer comes back with its evidence.
const quiz = pack.quizzes.find((q) => q.feedbackMode === "immediate")!;

const listedFor = async (actor: Actor | null) =>
  (await library.listLibrary(actor)).map((a) => a.id);

describe("the library", () => {
  it("shows a private article to its owner only, a school one to every teacher, a public one to everybody", async () => {
    await publishArticlePack(db, pack, {
      ownerId: owner.userId,
      visibility: "private",
      practicePublic: false,
    });
    expect(await listedFor(owner)).toEqual([SECOND_ARTICLE_ID]);
    expect(await listedFor(colleague)).toEqual([]);
    expect(await listedFor(student)).toEqual([]);
    expect(await listedFor(null)).toEqual([]);

    await publishArticlePack(db, pack, {
      ownerId: owner.userId,
      visibility: "school",
      practicePublic: false,
    });
    expect(await listedFor(colleague)).toEqual([SECOND_ARTICLE_ID]);
    expect(await listedFor(student)).toEqual([]);
    expect(await listedFor(null)).toEqual([]);
    expect(await library.practiceQuiz(quiz.id)).toBeUndefined();

    await publishArticlePack(db, pack, {
      ownerId: owner.userId,
      visibility: "public",
      practicePublic: false,
    });
    const [listed] = await library.listLibrary(null);
    expect(listed).toMatchObject({
      id: SECOND_ARTICLE_ID,
      title: pack.article.title,
      ownerId: owner.userId,
      visibility: "public",
      level: null,
      quizzes: [],
    });
    expect(listed!.wordCount).toBe(
      pack.article.sentences.reduce(
        (sum, s) => sum + pack.glossary.tokens[s.id]!.length,
        0,
      ),
    );
    expect(listed!.lemmaIds.length).toBeGreaterThan(0);
  });

  it("lets the owner practise a private article's quizzes before sharing it, and nobody else", async () => {
    await publishArticlePack(db, pack, {
      ownerId: owner.userId,
      visibility: "private",
      practicePublic: true,
    });
    expect((await library.practiceQuiz(quiz.id, owner))?.id).toBe(quiz.id);
    expect(await library.practiceQuiz(quiz.id, colleague)).toBeUndefined();
    expect(await library.practiceQuiz(quiz.id, null)).toBeUndefined();
    const learnerId = (await createLearner("Fremde")).learner.id;
    expect(
      await attempts.startAttempt(learnerId, quiz.id, "de", colleague),
    ).toBeNull();
    const attemptId = await attempts.startAttempt(
      learnerId,
      quiz.id,
      "de",
      owner,
    );
    expect(attemptId).toBeTruthy();

    // Its prompts are not in the bank everybody can fetch; the attempt brings them itself.
    const bankIds = (
      JSON.parse((await questionBankBody("de")).json) as { id: string }[]
    ).map((q) => q.id);
    expect(bankIds.filter((id) => quiz.questionIds.includes(id))).toEqual([]);
    const state = (await attempts.getAttemptState(learnerId, attemptId!))!;
    const own = attemptOnlyQuestions(
      await library.getLibrary(),
      "de",
      state.remaining.map((r) => r.questionId),
    );
    expect(own.map((q) => q.id)).toEqual(quiz.questionIds);
    expect(JSON.stringify(own)).not.toMatch(/"(key|correct|accepted)"/);
  });

  it("practises a quiz of that article end to end once its quizzes are public, with its own evidence", async () => {
    const learnerId = (await createLearner("Leserin")).learner.id;
    expect(await attempts.startAttempt(learnerId, quiz.id, "en")).toBeNull();

    await publishArticlePack(db, pack, {
      ownerId: owner.userId,
      visibility: "public",
      practicePublic: true,
    });
    expect(
      (await library.listLibrary(null))[0]!.quizzes.map((q) => q.id),
    ).toEqual(pack.quizzes.map((q) => q.id));
    const attemptId = (await attempts.startAttempt(learnerId, quiz.id, "en"))!;
    expect(attemptId).toBeTruthy();

    const bank = JSON.parse((await questionBankBody("en")).json) as {
      id: string;
    }[];
    expect(bank.length).toBe(pack.questions.length);

    const firstId = quiz.questionIds[0]!;
    const question = pack.questions.find((q) => q.id === firstId)!;
    const outcome = await answers.submitResponse({
      learnerId,
      attemptId,
      position: 0,
      answer: correctPublicAnswer(question),
    });
    expect(outcome).toMatchObject({ ok: true, replay: false });
    if (!outcome.ok) return;
    expect(outcome.feedback?.correct).toBe(true);
    const sources = question.sentenceIds.map((id) => {
      const s = pack.article.sentences.find((x) => x.id === id)!;
      return { id: s.id, de: s.de, en: s.en };
    });
    expect(outcome.feedback?.sources).toEqual(sources);
    expect(outcome.feedback?.explanation).toBe(question.explanation.en);
  });

  it("reads a re-published article on the next request", async () => {
    const edited = structuredClone(pack);
    const question = edited.questions[0]!;
    question.explanation.en = `${question.explanation.en} (revised)`;
    const before = await library.getLibrary();
    expect(before.questionsById.get(question.id)?.explanation.en).not.toMatch(
      /revised/,
    );
    await publishArticlePack(db, edited, {
      ownerId: owner.userId,
      visibility: "public",
      practicePublic: true,
    });
    const after = await library.getLibrary();
    expect(after.questionsById.get(question.id)?.explanation.en).toMatch(
      /\(revised\)$/,
    );
    expect(after).not.toBe(before);
    // Nothing changed since: the same library, not built again.
    expect(await library.getLibrary()).toBe(after);
  });

  it("lets a student read a private article that a set assigned to their class asks about, and nobody else", async () => {
    const classes = await import("@/lib/data/classes");
    const assignments = await import("@/lib/data/assignments");
    await publishArticlePack(db, pack, {
      ownerId: owner.userId,
      visibility: "private",
      practicePublic: false,
    });
    const classId = (await classes.createClass(owner, "9c"))!;
    const pupil = await user("student");
    await classes.enrollStudent(classId, pupil.userId, "Ida");
    expect(await library.readableArticle(pupil, SECOND_ARTICLE_ID)).toBe(
      undefined,
    );
    expect(
      await assignments.assignToClass(
        owner,
        classId,
        { kind: "quiz", quizId: quiz.id },
        null,
        "de",
      ),
    ).toMatchObject({ ok: true });
    expect((await library.readableArticle(pupil, SECOND_ARTICLE_ID))?.id).toBe(
      SECOND_ARTICLE_ID,
    );
    for (const other of [student, colleague, null])
      expect(
        await library.readableArticle(other, SECOND_ARTICLE_ID),
      ).toBeUndefined();
  });
});
