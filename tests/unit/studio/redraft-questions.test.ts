// "Draft questions again": sentences translated after the article was drafted get their question
// drafts, and nothing the teacher already decided or edited changes.
import { describe, expect, it } from "vitest";
import { contentPackSchema, type Quiz } from "@/lib/content/content-schema";
import { draftArticle } from "@/lib/studio/article-draft";
import { inReadingOrder, QUICK_SIZE } from "@/lib/studio/draft-questions";
import { editQuestion } from "@/lib/studio/question-edit";
import {
  draftQuestionsAgain,
  sentencesWithoutQuestions,
} from "@/lib/studio/redraft-questions";
import {
  decideQuestion,
  DraftEditError,
  publishablePack,
  reviewDraft,
  setSentenceEnglish,
  studioDraftOf,
  studioDraftOfPublished,
  studioDraftSchema,
  type StudioDraft,
} from "@/lib/studio/studio-draft";
import {
  acceptWhereClean,
  readStudioFixture,
  STADTFEST_DETAILS,
  stadtfestDraft,
  withCardsConfirmed,
} from "@/tests/support/stadtfest-draft";

const id = (n: number) => `stadtfest-ab12-s${String(n).padStart(2, "0")}`;

/** The English of the fixture's sentences, by sentence number. */
const ENGLISH: Record<number, string> = Object.fromEntries(
  stadtfestDraft().pack.article.sentences.map((s, k) => [k + 1, s.en]),
);

/** The article drafted with an English text that stops before its last paragraph (s06–s08). */
function draftWithoutLastParagraph(): StudioDraft {
  const english = readStudioFixture("stadtfest.en.txt");
  return studioDraftOf(
    draftArticle({
      id: "stadtfest-ab12",
      german: readStudioFixture("stadtfest.de.txt"),
      english: {
        ...english,
        text: english.text.replace(/\n\nMany stalls[^]*$/u, "\n"),
      },
      lexicon: new Map(),
      prefixIds: true,
    }),
    STADTFEST_DETAILS,
  );
}

function translated(draft: StudioDraft, ...numbers: number[]): StudioDraft {
  return numbers.reduce(
    (next, n) => setSentenceEnglish(next, id(n), ENGLISH[n]!),
    draft,
  );
}

const quiz = (draft: StudioDraft, kind: Quiz["kind"], sectionId?: string) =>
  draft.pack.quizzes.find(
    (q) =>
      q.kind === kind && (sectionId === undefined || q.sectionId === sectionId),
  );

const refusal = new DraftEditError("noNewDrafts");

/** The question ids of a quiz are in the article's reading order. */
function expectReadingOrder(draft: StudioDraft, questionIds: string[]) {
  const position = new Map(
    draft.pack.article.sentences.map((s, k) => [s.id, k]),
  );
  const questions = questionIds.map((qid) =>
    draft.pack.questions.find((q) => q.id === qid)!,
  );
  const sorted = [...questions].sort(
    inReadingOrder((sid) => position.get(sid) ?? 0),
  );
  expect(questionIds).toEqual(sorted.map((q) => q.id));
}

describe("drafting questions again", () => {
  it("drafts questions for a sentence translated late and leaves the others as they were", () => {
    let draft = draftWithoutLastParagraph();
    const untranslated = draft.pack.article.sentences
      .filter((s) => s.en === "")
      .map((s) => s.id);
    expect(untranslated).toEqual([id(6), id(7), id(8)]);
    // The untranslated sentences have no questions, and nothing is there to draft yet.
    expect(sentencesWithoutQuestions(draft)).toEqual([]);
    expect(() => draftQuestionsAgain(draft)).toThrow(refusal);

    // The teacher decides on some drafts and edits one.
    const [first, second] = draft.pack.questions;
    const last = draft.pack.questions.at(-1)!;
    draft = decideQuestion(draft, first!.id, "accepted");
    draft = decideQuestion(draft, second!.id, "rejected");
    const edited = editQuestion(draft, last.id, {
      ...last,
      explanation: { ...last.explanation, de: "Siehe den dritten Absatz." },
    });
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
    draft = translated(edited.draft, 6);
    expect(sentencesWithoutQuestions(draft).map((s) => s.id)).toEqual([id(6)]);

    const next = draftQuestionsAgain(draft);
    expect(studioDraftSchema.safeParse(next).success).toBe(true);
    const before = draft.pack.questions;
    expect(next.pack.questions.slice(0, before.length)).toEqual(before);
    expect(next.decisions).toEqual(draft.decisions);
    const added = next.pack.questions.slice(before.length);
    expect(added.length).toBeGreaterThan(0);
    for (const question of added) {
      expect(question.sentenceIds).toEqual([id(6)]);
      expect(next.decisions[question.id]).toBeUndefined();
      expect(question.prompt.en).not.toBe("");
    }
    expect(added.map((q) => q.type)).toContain("truefalse");
    // Ids: unique, after the highest one, in the order of the pack.
    const ids = next.pack.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(added[0]!.id).toBe(
      `stadtfest-ab12-q${String(before.length + 1).padStart(3, "0")}`,
    );
    expect([...ids].sort()).toEqual(ids);

    // The whole-article and section quizzes take them in reading order; the quick round is full.
    expect(next.pack.quizzes.map((q) => q.id)).toEqual(
      draft.pack.quizzes.map((q) => q.id),
    );
    for (const kind of ["article", "section"] as const) {
      const was = quiz(
        draft,
        kind,
        kind === "section" ? "preise-und-programm" : undefined,
      )!;
      const now = quiz(next, kind, was.sectionId)!;
      expect(now.questionIds).toEqual(
        expect.arrayContaining([...was.questionIds, ...added.map((q) => q.id)]),
      );
      expect(now.questionIds).toHaveLength(
        was.questionIds.length + added.length,
      );
      expectReadingOrder(next, now.questionIds);
    }
    expect(quiz(draft, "mix")!.questionIds).toHaveLength(QUICK_SIZE);
    expect(quiz(next, "mix")).toEqual(quiz(draft, "mix"));
    expect(quiz(next, "section", "intro")).toEqual(
      quiz(draft, "section", "intro"),
    );

    // Asked again without a new translation: refused, nothing to add.
    expect(sentencesWithoutQuestions(next)).toEqual([]);
    expect(() => draftQuestionsAgain(next)).toThrow(refusal);
  });

  it("publishes once the new drafts are reviewed", () => {
    const late = translated(draftWithoutLastParagraph(), 6, 7, 8);
    let draft = draftQuestionsAgain(late);
    const added = draft.pack.questions.slice(late.pack.questions.length);
    draft = withCardsConfirmed(draft);
    for (const q of draft.pack.questions)
      draft = decideQuestion(draft, q.id, "rejected");
    draft = acceptWhereClean(
      draft,
      added.map((q) => q.id),
      3,
    );
    expect(reviewDraft(draft).counts.accepted).toBeGreaterThan(0);
    expect(reviewDraft(draft).blockers).toEqual([]);
    const result = publishablePack(draft);
    if (!("pack" in result)) throw new Error(JSON.stringify(result.problems));
    const { glossary: _glossary, ...pack } = result.pack;
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
    expect(
      pack.questions.every((q) =>
        q.sentenceIds.every((s) => [id(6), id(7), id(8)].includes(s)),
      ),
    ).toBe(true);
  });

  it("gives a draft made without English its questions and quizzes, section by section", () => {
    const bare = stadtfestDraft(false);
    expect(bare.pack.questions).toEqual([]);
    expect(bare.pack.quizzes).toEqual([]);
    expect(() => draftQuestionsAgain(bare)).toThrow(refusal);

    // The opening section first: its questions, and the quizzes the drafter proposes.
    const intro = draftQuestionsAgain(translated(bare, 1, 2));
    expect(studioDraftSchema.safeParse(intro).success).toBe(true);
    expect(intro.pack.questions.length).toBeGreaterThan(0);
    expect(intro.pack.quizzes.map((q) => q.id)).toEqual([
      "stadtfest-ab12-full",
      "stadtfest-ab12-intro",
      "stadtfest-ab12-quick",
    ]);

    // Then the rest: a quiz for the second section in its place, and the quick round filled up.
    const all = draftQuestionsAgain(translated(intro, 3, 4, 5, 6, 7, 8));
    expect(studioDraftSchema.safeParse(all).success).toBe(true);
    expect(all.pack.questions.slice(0, intro.pack.questions.length)).toEqual(
      intro.pack.questions,
    );
    expect(all.pack.quizzes.map((q) => q.id)).toEqual([
      "stadtfest-ab12-full",
      "stadtfest-ab12-intro",
      "stadtfest-ab12-preise-und-programm",
      "stadtfest-ab12-quick",
    ]);
    const added = all.pack.questions.slice(intro.pack.questions.length);
    // A section translated whole gets the questions over several of its sentences too.
    expect(added.some((q) => q.sentenceIds.length > 1)).toBe(true);
    expect(quiz(all, "article")!.questionIds).toEqual(
      all.pack.questions.map((q) => q.id),
    );
    expectReadingOrder(all, quiz(all, "article")!.questionIds);
    expect(quiz(all, "section", "preise-und-programm")!.questionIds).toEqual(
      added.map((q) => q.id),
    );
    const mix = quiz(all, "mix")!.questionIds;
    expect(mix).toEqual(
      expect.arrayContaining(quiz(intro, "mix")!.questionIds),
    );
    expect(mix).toHaveLength(Math.min(QUICK_SIZE, all.pack.questions.length));
    expectReadingOrder(all, mix);
  });

  it("never takes a published question's id", () => {
    // A published article whose only questions rest on its opening section.
    let draft = withCardsConfirmed(stadtfestDraft());
    for (const q of draft.pack.questions)
      draft = decideQuestion(draft, q.id, "rejected");
    draft = acceptWhereClean(
      draft,
      draft.pack.questions
        .filter((q) => q.sentenceIds.every((s) => [id(1), id(2)].includes(s)))
        .map((q) => q.id),
      2,
    );
    const published = publishablePack(draft);
    if (!("pack" in published))
      throw new Error(JSON.stringify(published.problems));
    const again = studioDraftOfPublished(published.pack, STADTFEST_DETAILS);
    const fixed = again.republish!.questionIds;
    expect(fixed).toEqual(["stadtfest-ab12-q001", "stadtfest-ab12-q002"]);

    const next = draftQuestionsAgain(again);
    const added = next.pack.questions.filter((q) => !fixed.includes(q.id));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((q) => q.id > "stadtfest-ab12-q002")).toBe(true);
    expect(next.republish).toEqual(again.republish);
    expect(next.decisions).toEqual(again.decisions);

    // Published again with one new question: the published ones keep their ids.
    const withNew = acceptWhereClean(
      next,
      added.map((q) => q.id),
      1,
    );
    const result = publishablePack(withNew);
    if (!("pack" in result)) throw new Error(JSON.stringify(result.problems));
    expect(result.pack.questions.map((q) => q.id)).toEqual([
      ...fixed,
      "stadtfest-ab12-q003",
    ]);
  });
});
