// Question files brought into a teacher's studio draft through the data layer: a real Moodle
// export (Moodle's own test fixtures, kept beside the repository in ../shared) becomes undecided
// question drafts flagged for their sentence, with its report; a broken file changes nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classroomKit } from "@/tests/support/classroom";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const drafts = await import("@/lib/data/drafts");
const imports = await import("@/lib/data/draft-imports");
const { db } = await import("@/lib/db/client");
afterAll(() => testDb.cleanup());

const moodle = (name: string) =>
  readFileSync(
    path.join(process.cwd(), "..", "shared", "fixtures", "moodle", name),
    "utf8",
  );
const NESTED =
  "question__format__xml__tests__fixtures__nested_categories_with_questions.xml";
const BROKEN =
  "question__format__xml__tests__fixtures__broken_cloze_questions.xml";

const fixtures = path.join(import.meta.dirname, "../unit/studio/fixtures");
const [germanTitle, ...germanBody] = readFileSync(
  path.join(fixtures, "stadtfest.de.txt"),
  "utf8",
).split("\n\n");

let owner: Awaited<ReturnType<typeof kit.user>>;
let other: Awaited<ReturnType<typeof kit.user>>;
let draftId: string;

beforeAll(async () => {
  owner = await kit.user("teacher", "Frau Import");
  other = await kit.user("teacher", "Herr Fremd");
  const created = await drafts.createDraft(owner, {
    title: germanTitle,
    text: germanBody.join("\n\n"),
    source: "Musterstädter Anzeiger",
    author: "Redaktion",
    date: "2026-10-04",
    rights: "Für den Unterricht geschrieben.",
  });
  if (!created.ok) throw new Error(created.error);
  draftId = created.id;
}, 60_000);

const saved = async () =>
  db.articleDraft.findUniqueOrThrow({
    where: { id: draftId },
    select: { payload: true, updatedAt: true },
  });

describe("a broken file", () => {
  it("is refused with the element and line of each problem, and the draft is unchanged", async () => {
    const before = await saved();
    const result = await imports.importQuestionsIntoDraft(owner, draftId, {
      name: "broken.xml",
      text: moodle(BROKEN),
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.error !== "file") throw new Error("not refused");
    expect(result.errors[0]).toMatchObject({
      code: "clozeNoGaps",
      line: 8,
      element: "quiz/question[1]/questiontext",
    });
    expect(await saved()).toEqual(before);
  });
});

describe("a Moodle export with nested categories and an essay", () => {
  let ownQuestions: string[];
  let result: Awaited<ReturnType<typeof imports.importQuestionsIntoDraft>>;

  beforeAll(async () => {
    ownQuestions = (await drafts.getDraft(
      owner,
      draftId,
    ))!.draft.pack.questions.map((q) => q.id);
    result = await imports.importQuestionsIntoDraft(owner, draftId, {
      name: "nested.xml",
      text: moodle(NESTED),
      language: "en",
    });
  });

  it("adds its four true/false questions as undecided drafts after the draft's own", async () => {
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { draft, articleId } = result.draft;
    const added = draft.pack.questions.slice(ownQuestions.length);
    expect(
      draft.pack.questions.slice(0, ownQuestions.length).map((q) => q.id),
    ).toEqual(ownQuestions);
    expect(added.map((q) => [q.type, q.prompt.en])).toEqual([
      ["truefalse", "Testing Iota Question"],
      ["truefalse", "Testing Kappa Question"],
      ["truefalse", "Testing Lambda Question"],
      ["truefalse", "Testing Mu Question"],
    ]);
    for (const q of added) {
      expect(q.id).toMatch(new RegExp(`^${articleId}-q\\d{3}$`));
      expect(ownQuestions).not.toContain(q.id);
      expect(draft.decisions[q.id]).toBeUndefined();
    }
    // Nothing in them quotes the article: every one is flagged for its sentence.
    expect(added.map((q) => q.sentenceIds)).toEqual([[], [], [], []]);
    expect(result.draft.review.counts.undecided).toBe(ownQuestions.length + 4);
  });

  it("proposes a quiz per category, under the article's id", () => {
    if (!result.ok) throw new Error("not imported");
    const quizzes = result.draft.draft.pack.quizzes.slice(-4);
    const { articleId } = result.draft;
    expect(quizzes.map((q) => [q.id, q.title.en])).toEqual([
      [`${articleId}-iota`, "Iota"],
      [`${articleId}-iota-kappa`, "Kappa"],
      [`${articleId}-iota-kappa-lambda`, "Lambda"],
      [`${articleId}-iota-mu`, "Mu"],
    ]);
  });

  it("keeps the report: imported, linked, flagged, and the essay not imported with its place", async () => {
    const dto = await drafts.getDraft(owner, draftId);
    const record = dto!.draft.lastImport!;
    expect(record).toMatchObject({
      fileName: "nested.xml",
      format: "moodle",
      language: "en",
      languageGiven: true,
      imported: 4,
      linked: 0,
      quizzes: ["Iota", "Kappa", "Lambda", "Mu"],
    });
    expect(record.drafts.every((d) => !d.linked)).toBe(true);
    expect(
      record.drafts.every((d) => d.notes.some((n) => n.code === "notLinked")),
    ).toBe(true);
    expect(record.skipped).toEqual([
      {
        name: "Kappa Essay Question",
        moodleType: "essay",
        where: { line: 55, element: "quiz/question[4]" },
        notes: [{ code: "unsupportedType", values: { type: "essay" } }],
      },
    ]);
  });

  it("refuses to accept a flagged question until its sentence is chosen; then it is accepted", async () => {
    if (!result.ok) throw new Error("not imported");
    const flagged = result.draft.draft.pack.questions.at(-1)!.id;
    const refused = await drafts.updateDraft(owner, draftId, {
      kind: "decide",
      questionId: flagged,
      decision: "accepted",
    });
    expect(refused).toEqual({
      ok: false,
      error: "refused",
      reason: "notLinked",
    });
    const sentence = result.draft.draft.pack.article.sentences[3]!.id;
    expect(
      await imports.linkDraftQuestion(other, draftId, flagged, sentence),
    ).toEqual({ ok: false, error: "notFound" });
    const linked = await imports.linkDraftQuestion(
      owner,
      draftId,
      flagged,
      sentence,
    );
    if (!linked.ok) throw new Error(linked.error);
    const question = linked.draft.draft.pack.questions.find(
      (q) => q.id === flagged,
    )!;
    expect(question.sentenceIds).toEqual([sentence]);
    expect(question.factIds).toEqual(
      linked.draft.draft.pack.facts
        .filter((f) => f.sentenceIds.includes(sentence))
        .map((f) => f.id),
    );
    const accepted = await drafts.updateDraft(owner, draftId, {
      kind: "decide",
      questionId: flagged,
      decision: "accepted",
    });
    expect(accepted.ok && accepted.draft.draft.decisions[flagged]).toBe(
      "accepted",
    );
  });

  it("a second import of the same file takes new ids and quiz ids, never the first's", async () => {
    const first = (await drafts.getDraft(owner, draftId))!.draft;
    const again = await imports.importQuestionsIntoDraft(owner, draftId, {
      name: "nested.xml",
      text: moodle(NESTED),
    });
    if (!again.ok) throw new Error(JSON.stringify(again));
    const ids = again.draft.draft.pack.questions.map((q) => q.id);
    const quizIds = again.draft.draft.pack.quizzes.map((q) => q.id);
    expect(ids.length).toBe(first.pack.questions.length + 4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(quizIds).size).toBe(quizIds.length);
    // The decision on the linked question stays with it.
    expect(again.draft.draft.decisions).toEqual(first.decisions);
  });

  it("is not another teacher's to import into", async () => {
    const before = await saved();
    expect(
      await imports.importQuestionsIntoDraft(other, draftId, {
        name: "nested.xml",
        text: moodle(NESTED),
      }),
    ).toEqual({ ok: false, error: "notFound" });
    expect(await saved()).toEqual(before);
  });
});
