// A teacher's drafts in the studio through the data layer: created from a pasted article, seen
// and changed only by their owner, every edit checked before it is saved.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classroomKit } from "@/tests/support/classroom";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const kit = await classroomKit();
const drafts = await import("@/lib/data/drafts");
const { publishDraft } = await import("@/lib/data/publish-draft");
const studio = await import("@/lib/studio/studio-draft");
const { questionFormDefaults } = await import("@/lib/studio/question-form");
const { contentPackSchema } = await import("@/lib/content/content-schema");
const { glossarySchema } = await import("@/lib/reader/glossary-schema");
afterAll(() => testDb.cleanup());

const fixtures = path.join(import.meta.dirname, "../unit/studio/fixtures");
const [germanTitle, ...germanBody] = readFileSync(
  path.join(fixtures, "stadtfest.de.txt"),
  "utf8",
).split("\n\n");
const english = readFileSync(path.join(fixtures, "stadtfest.en.txt"), "utf8");
const input = {
  title: germanTitle,
  text: germanBody.join("\n\n"),
  english,
  source: "Musterstädter Anzeiger",
  author: "Redaktion",
  date: "2026-10-04",
  rights: "Für den Unterricht geschrieben.",
};

let owner: Awaited<ReturnType<typeof kit.user>>;
let other: Awaited<ReturnType<typeof kit.user>>;
let student: Awaited<ReturnType<typeof kit.user>>;
let draftId: string;

beforeAll(async () => {
  owner = await kit.user("teacher", "Frau Owner");
  other = await kit.user("teacher", "Herr Other");
  student = await kit.user("student", "Mallory");
  const created = await drafts.createDraft(owner, input);
  if (!created.ok) throw new Error(created.error);
  draftId = created.id;
  // The first draft loads the German morphology data (a few seconds on a busy machine).
}, 60_000);

describe("creating a draft", () => {
  it("drafts the article with ids of its own and lists it for its owner only", async () => {
    const dto = await drafts.getDraft(owner, draftId);
    expect(dto?.articleId).toMatch(/^stadtfest-in-musterstadt-[0-9a-f]{6}$/);
    const first = dto!.draft.pack.article.sentences[0]!;
    expect(first.id).toBe(`${dto!.articleId}-s01`);
    expect(first.en).toMatch(/^The city festival/);
    expect(dto!.draft.details.source).toBe("Musterstädter Anzeiger");
    expect(dto!.review.blockers.map((b) => b.kind)).toContain(
      "noAcceptedQuestion",
    );
    expect((await drafts.listDrafts(owner)).map((d) => d.id)).toEqual([
      draftId,
    ]);
    expect(await drafts.listDrafts(other)).toEqual([]);
    expect(await drafts.listDrafts(student)).toEqual([]);
  });

  it("gives two drafts of one title different article ids", async () => {
    const again = await drafts.createDraft(owner, input);
    expect(again.ok).toBe(true);
    const ids = (await drafts.listDrafts(owner)).map((d) => d.articleId);
    expect(new Set(ids).size).toBe(2);
    if (again.ok) await drafts.deleteDraft(owner, again.id);
  });

  it("refuses bad input, students and text that is no article, storing nothing", async () => {
    const count = () => kit.db.articleDraft.count();
    const before = await count();
    expect(await drafts.createDraft(owner, { ...input, title: " " })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(
      await drafts.createDraft(owner, { ...input, date: "4.10.2026" }),
    ).toEqual({ ok: false, error: "invalid" });
    expect(
      await drafts.createDraft(owner, { ...input, text: "x".repeat(40_000) }),
    ).toEqual({ ok: false, error: "invalid" });
    expect(await drafts.createDraft(owner, { ...input, extra: 1 })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await drafts.createDraft(student, input)).toEqual({
      ok: false,
      error: "notAllowed",
    });
    expect(
      await drafts.createDraft(owner, {
        ...input,
        text: "Zwischenüberschrift\n\nNoch eine",
        english: undefined,
      }),
    ).toEqual({ ok: false, error: "notAnArticle" });
    expect(await count()).toBe(before);
  });
});

describe("editing a draft", () => {
  it("saves a valid edit and returns the draft with its review", async () => {
    const dto = (await drafts.getDraft(owner, draftId))!;
    const sentenceId = dto.draft.pack.article.sentences[2]!.id;
    const result = await drafts.updateDraft(owner, draftId, {
      kind: "english",
      sentenceId,
      en: "One bratwurst cost 2.50 euros.",
    });
    expect(result.ok).toBe(true);
    const saved = (await drafts.getDraft(owner, draftId))!;
    expect(saved.draft.pack.article.sentences[2]!.en).toBe(
      "One bratwurst cost 2.50 euros.",
    );

    const question = saved.draft.pack.questions[0]!;
    await drafts.updateDraft(owner, draftId, {
      kind: "decide",
      questionId: question.id,
      decision: "accepted",
    });
    const decided = (await drafts.getDraft(owner, draftId))!;
    expect(decided.review.counts.accepted).toBe(1);
    expect(decided.review.blockers.map((b) => b.kind)).not.toContain(
      "noAcceptedQuestion",
    );
  });

  it("splits and merges through the data layer", async () => {
    const dto = (await drafts.getDraft(owner, draftId))!;
    const count = dto.draft.pack.article.sentences.length;
    const id = dto.draft.pack.article.sentences[4]!.id;
    const split = await drafts.updateDraft(owner, draftId, {
      kind: "split",
      sentenceId: id,
      atWord: "4",
    });
    expect(split.ok && split.draft.draft.pack.article.sentences.length).toBe(
      count + 1,
    );
    const merged = await drafts.updateDraft(owner, draftId, {
      kind: "merge",
      sentenceId: id,
    });
    expect(merged.ok && merged.draft.draft.pack.article.sentences.length).toBe(
      count,
    );
  });

  it("refuses bad edits and other people, changing nothing", async () => {
    const before = await kit.db.articleDraft.findUniqueOrThrow({
      where: { id: draftId },
    });
    const dto = (await drafts.getDraft(owner, draftId))!;
    const sentenceId = dto.draft.pack.article.sentences[0]!.id;
    const edit = { kind: "english", sentenceId, en: "Hijacked." };
    expect(await drafts.getDraft(other, draftId)).toBeNull();
    expect(await drafts.getDraft(student, draftId)).toBeNull();
    expect(await drafts.updateDraft(other, draftId, edit)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await drafts.updateDraft(student, draftId, edit)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await drafts.deleteDraft(other, draftId)).toBe(false);
    for (const bad of [
      { kind: "english", sentenceId: "s01", en: "x".repeat(3000) },
      { kind: "english", sentenceId: "<script>", en: "x" },
      { kind: "question", questionId: "q001", form: { promptDe: [""] } },
      { kind: "delete" },
      null,
    ])
      expect(await drafts.updateDraft(owner, draftId, bad)).toMatchObject({
        ok: false,
        error: "invalid",
      });
    expect(
      await drafts.updateDraft(owner, draftId, {
        kind: "english",
        sentenceId: `${dto.articleId}-s99`,
        en: "Nothing here.",
      }),
    ).toEqual({ ok: false, error: "refused", reason: "unknownSentence" });
    expect(
      await drafts.updateDraft(owner, draftId, {
        kind: "merge",
        sentenceId: dto.draft.pack.article.sentences.at(-1)!.id,
      }),
    ).toEqual({ ok: false, error: "refused", reason: "cannotMerge" });
    const after = await kit.db.articleDraft.findUniqueOrThrow({
      where: { id: draftId },
    });
    expect(after.payload).toBe(before.payload);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});

describe("drafting questions again", () => {
  it("drafts questions for a sentence translated in the studio, and refuses when there is nothing new", async () => {
    const created = await drafts.createDraft(owner, {
      ...input,
      english: undefined,
    });
    if (!created.ok) throw new Error(created.error);
    const dto = (await drafts.getDraft(owner, created.id))!;
    expect(dto.draft.pack.questions).toEqual([]);
    const sentenceId = dto.draft.pack.article.sentences[2]!.id;
    const refusal = {
      ok: false,
      error: "refused",
      reason: "noNewDrafts",
    } as const;
    expect(
      await drafts.updateDraft(owner, created.id, {
        kind: "draftQuestionsAgain",
      }),
    ).toEqual(refusal);

    await drafts.updateDraft(owner, created.id, {
      kind: "english",
      sentenceId,
      en: "A bratwurst cost 2.50 euros.",
    });
    expect(
      await drafts.updateDraft(other, created.id, {
        kind: "draftQuestionsAgain",
      }),
    ).toEqual({ ok: false, error: "notFound" });
    const result = await drafts.updateDraft(owner, created.id, {
      kind: "draftQuestionsAgain",
    });
    if (!result.ok) throw new Error(result.error);
    const { questions, quizzes } = result.draft.draft.pack;
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.every((q) => q.sentenceIds.join() === sentenceId)).toBe(
      true,
    );
    expect(quizzes.map((q) => q.kind)).toEqual(["article", "section", "mix"]);
    expect(result.draft.review.counts.undecided).toBe(questions.length);

    // Again without a new translation: refused, and the saved draft is as it was.
    const before = await kit.db.articleDraft.findUniqueOrThrow({
      where: { id: created.id },
    });
    expect(
      await drafts.updateDraft(owner, created.id, {
        kind: "draftQuestionsAgain",
      }),
    ).toEqual(refusal);
    const after = await kit.db.articleDraft.findUniqueOrThrow({
      where: { id: created.id },
    });
    expect(after.payload).toBe(before.payload);
    await drafts.deleteDraft(owner, created.id);
  });
});

describe("editing a question in the editor", () => {
  async function clozeOf(id: string) {
    const dto = (await drafts.getDraft(owner, id))!;
    const question = dto.draft.pack.questions.find((q) => q.type === "cloze")!;
    return { question, form: questionFormDefaults(question) };
  }

  it("refuses a cloze whose gaps no longer rebuild the sentence, changing nothing", async () => {
    const { question, form } = await clozeOf(draftId);
    const before = await kit.db.articleDraft.findUniqueOrThrow({
      where: { id: draftId },
    });
    const edit = {
      kind: "question",
      questionId: question.id,
      form: { ...form, gap: form.gap.map(() => "Marktplatz") },
    };
    const refused = await drafts.updateDraft(owner, draftId, edit);
    expect(refused).toMatchObject({
      ok: false,
      error: "refused",
      reason: "questionProblems",
    });
    expect(!refused.ok && refused.problems?.map((p) => p.kind)).toContain(
      "clozeNotSource",
    );
    expect(
      await drafts.checkDraftQuestion(owner, draftId, question.id, edit.form),
    ).toEqual(!refused.ok ? refused.problems : []);
    // Another teacher neither saves nor checks it.
    expect(await drafts.updateDraft(other, draftId, edit)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(
      await drafts.checkDraftQuestion(other, draftId, question.id, edit.form),
    ).toBeNull();
    const after = await kit.db.articleDraft.findUniqueOrThrow({
      where: { id: draftId },
    });
    expect(after.payload).toBe(before.payload);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("saves an edit that passes the checks", async () => {
    // A question no accepted one gives away (the edits above accepted some).
    const { draft } = (await drafts.getDraft(owner, draftId))!;
    let question = draft.pack.questions[0]!;
    for (const candidate of draft.pack.questions) {
      const problems = await drafts.checkDraftQuestion(
        owner,
        draftId,
        candidate.id,
        questionFormDefaults(candidate),
      );
      if (problems?.length === 0) {
        question = candidate;
        break;
      }
    }
    const form = questionFormDefaults(question);
    const explanation = "Der Satz steht im ersten Absatz.";
    const saved = await drafts.updateDraft(owner, draftId, {
      kind: "question",
      questionId: question.id,
      form: { ...form, explanationDe: [explanation] },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const stored = saved.draft.draft.pack.questions.find(
      (q) => q.id === question.id,
    );
    expect(stored).toEqual({
      ...question,
      explanation: { ...question.explanation, de: explanation },
    });
  });
});

describe("publishing a draft", () => {
  const settings = { visibility: "school", practicePublic: false } as const;

  it("refuses a draft with open points and writes no article", async () => {
    const result = await publishDraft(owner, draftId, settings);
    expect(result).toMatchObject({ ok: false, error: "blocked" });
    expect(await publishDraft(other, draftId, settings)).toEqual({
      ok: false,
      error: "notFound",
    });
    const { articleId } = (await drafts.getDraft(owner, draftId))!;
    expect(await kit.db.article.findUnique({ where: { id: articleId } })).toBe(
      null,
    );
  });

  /** A draft with every point done, through the same edits the page sends. */
  async function finishedDraft(actor = owner): Promise<string> {
    const created = await drafts.createDraft(actor, input);
    if (!created.ok) throw new Error(created.error);
    let draft = (await drafts.getDraft(actor, created.id))!.draft;
    for (const [textId, tokens] of Object.entries(draft.glossary.tokens))
      tokens.forEach((token, index) => {
        const entry = draft.glossary.entries.find(
          (e) => e.id === draft.glossary.tokens[textId]![index]!.entryId,
        )!;
        draft = studio.confirmCard(draft, textId, index, {
          lemma: entry.lemma,
          pos: entry.pos,
          ...(entry.gender ? { gender: entry.gender } : {}),
          ...(entry.plural ? { plural: entry.plural } : {}),
          glosses: entry.glosses.length > 0 ? entry.glosses : [token.text],
        });
      });
    const lint = studio.reviewDraft(draft).lint;
    const clean = draft.pack.questions.find((q) => !lint[q.id])!;
    draft = studio.decideQuestion(draft, clean.id, "accepted");
    await kit.db.articleDraft.update({
      where: { id: created.id },
      data: { payload: JSON.stringify(draft) },
    });
    return created.id;
  }

  it("publishes a finished draft through the one door with its owner and settings, then removes the draft", async () => {
    const id = await finishedDraft();
    const { articleId } = (await drafts.getDraft(owner, id))!;
    const result = await publishDraft(owner, id, settings);
    expect(result).toEqual({ ok: true, articleId });
    const article = await kit.db.article.findUniqueOrThrow({
      where: { id: articleId },
    });
    expect(article).toMatchObject({
      ownerId: owner.userId,
      visibility: "school",
      practicePublic: false,
    });
    const { glossary, ...pack } = JSON.parse(article.pack) as Record<
      string,
      unknown
    >;
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
    expect(glossarySchema.safeParse(glossary).success).toBe(true);
    // Only the accepted question, as a row responses can point at.
    expect(await kit.db.question.count({ where: { articleId } })).toBe(1);
    expect(await drafts.getDraft(owner, id)).toBeNull();
  });

  it("keeps the draft and says why when the door refuses it (another teacher's article id)", async () => {
    const mine = await finishedDraft();
    const payload = (await kit.db.articleDraft.findUniqueOrThrow({
      where: { id: mine },
    }))!.payload;
    expect(await publishDraft(owner, mine, settings)).toMatchObject({
      ok: true,
    });
    // Another teacher's finished draft that would publish over the first teacher's article.
    const theirs = await finishedDraft(other);
    await kit.db.articleDraft.update({
      where: { id: theirs },
      data: { payload },
    });
    const result = await publishDraft(other, theirs, settings);
    expect(result).toMatchObject({
      ok: false,
      error: "refused",
      reason: "notOwner",
    });
    expect(await drafts.getDraft(other, theirs)).not.toBeNull();
  });

  it("brings the owner's published article back as a draft, and publishes a fix as a new version of the same question", async () => {
    const id = await finishedDraft();
    const { articleId } = (await drafts.getDraft(owner, id))!;
    expect(await publishDraft(owner, id, settings)).toMatchObject({
      ok: true,
    });
    const [question] = await kit.db.question.findMany({
      where: { articleId },
    });
    expect(question!.version).toBe(1);
    // The source details went out with the article.
    const published = JSON.parse(
      (await kit.db.article.findUniqueOrThrow({ where: { id: articleId } }))
        .pack,
    ) as { article: { source: unknown } };
    expect(published.article.source).toEqual({
      source: input.source,
      author: input.author,
      date: input.date,
      rights: input.rights,
    });

    // Nobody else, and no student, can open it in the studio.
    for (const actor of [other, student])
      expect(await drafts.draftFromArticle(actor, articleId)).toEqual({
        ok: false,
        error: "notFound",
      });
    const again = await drafts.draftFromArticle(owner, articleId);
    if (!again.ok) throw new Error(again.error);
    // Asked twice, the same draft.
    expect(await drafts.draftFromArticle(owner, articleId)).toEqual(again);
    const dto = (await drafts.getDraft(owner, again.id))!;
    expect(dto.draft.republish?.questionIds).toEqual([question!.id]);
    expect(dto.review.blockers).toEqual([]);
    expect(dto.draft.details.source).toBe(input.source);

    // Withdrawing the published question is refused; fixing its prompt is a new version.
    expect(
      await drafts.updateDraft(owner, again.id, {
        kind: "decide",
        questionId: question!.id,
        decision: "rejected",
      }),
    ).toMatchObject({ ok: false, reason: "questionPublished" });
    const form = questionFormDefaults(dto.draft.pack.questions[0]!);
    const fixed = await drafts.updateDraft(owner, again.id, {
      kind: "question",
      questionId: question!.id,
      form: { ...form, promptDe: [`${form.promptDe[0]} (korrigiert)`] },
    });
    expect(fixed).toMatchObject({ ok: true });
    expect(await publishDraft(owner, again.id, settings)).toEqual({
      ok: true,
      articleId,
    });
    const after = await kit.db.question.findUniqueOrThrow({
      where: { id: question!.id },
    });
    expect(after.version).toBe(2);
    expect(after.payload).toContain("(korrigiert)");
    expect(await drafts.getDraft(owner, again.id)).toBeNull();
  });
});
