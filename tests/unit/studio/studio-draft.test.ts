// The studio's edits on a draft, and what still blocks publishing after each of them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentPackSchema } from "@/lib/content/content-schema";
import { problemLine } from "@/lib/content/problems";
import { glossarySchema } from "@/lib/reader/glossary-schema";
import { draftArticle } from "@/lib/studio/article-draft";
import { editQuestion } from "@/lib/studio/question-edit";
import {
  confirmCard,
  decideQuestion,
  DraftEditError,
  mergeWithNext,
  publishablePack,
  reviewDraft,
  setSentenceEnglish,
  splitSentence,
  studioDraftOf,
  studioDraftSchema,
  type StudioDraft,
} from "@/lib/studio/studio-draft";

const fixtures = path.join(import.meta.dirname, "fixtures");
const read = (name: string) => ({
  name,
  text: readFileSync(path.join(fixtures, name), "utf8"),
});
const details = {
  source: "Musterstädter Anzeiger",
  author: "Redaktion",
  date: "2026-10-04",
  rights: "Für den Unterricht geschrieben.",
};
const lexicon = new Map<string, string[]>();

function fresh(withEnglish = true): StudioDraft {
  return studioDraftOf(
    draftArticle({
      id: "stadtfest-ab12",
      german: read("stadtfest.de.txt"),
      ...(withEnglish ? { english: read("stadtfest.en.txt") } : {}),
      lexicon,
      prefixIds: true,
    }),
    details,
  );
}

const kinds = (draft: StudioDraft) =>
  reviewDraft(draft).blockers.map((b) => b.kind);

describe("sentences", () => {
  it("takes a sentence's English into the sentence and its fact", () => {
    const draft = fresh(false);
    expect(kinds(draft)).toContain("untranslated");
    const next = setSentenceEnglish(
      draft,
      "stadtfest-ab12-s03",
      " A bratwurst cost 2.50 euros. ",
    );
    expect(next.pack.article.sentences[2]?.en).toBe(
      "A bratwurst cost 2.50 euros.",
    );
    expect(next.pack.facts[2]?.statement.en).toBe(
      "A bratwurst cost 2.50 euros.",
    );
    expect(studioDraftSchema.safeParse(next).success).toBe(true);
    expect(() => setSentenceEnglish(draft, "stadtfest-ab12-s99", "x")).toThrow(
      DraftEditError,
    );
  });

  it("splits and merges, keeping ids dense and every reference valid", () => {
    const draft = fresh();
    const before = draft.pack.article.sentences.map((s) => s.de);
    const split = splitSentence(draft, "stadtfest-ab12-s05", 4, lexicon);
    const ids = split.pack.article.sentences.map((s) => s.id);
    expect(ids).toHaveLength(before.length + 1);
    expect(ids.at(-1)).toBe(
      `stadtfest-ab12-s${String(before.length + 1).padStart(2, "0")}`,
    );
    expect(split.pack.article.sentences[4]?.de).toBe("Dr. Anna Berger, die");
    expect(split.pack.article.sentences[5]?.en).toBe("");
    expect(Object.keys(split.glossary.tokens)).toEqual(
      expect.arrayContaining(ids),
    );
    for (const q of split.pack.questions)
      for (const id of q.sentenceIds) expect(ids).toContain(id);
    expect(studioDraftSchema.safeParse(split).success).toBe(true);

    const merged = mergeWithNext(split, "stadtfest-ab12-s05", lexicon);
    expect(merged.pack.article.sentences.map((s) => s.de)).toEqual(before);
    expect(studioDraftSchema.safeParse(merged).success).toBe(true);
    // Across paragraphs there is nothing to merge.
    expect(() => mergeWithNext(draft, "stadtfest-ab12-s02", lexicon)).toThrow(
      DraftEditError,
    );
  });
});

describe("glossary cards", () => {
  it("counts a confirmed and glossed card in the coverage", () => {
    const draft = fresh();
    const [textId, tokens] = Object.entries(draft.glossary.tokens)[1]!;
    const entry = draft.glossary.entries.find(
      (e) => e.id === tokens[0]!.entryId,
    )!;
    const before = reviewDraft(draft).coverage;
    const next = confirmCard(draft, textId, 0, {
      lemma: entry.lemma,
      pos: entry.pos,
      ...(entry.gender ? { gender: entry.gender } : {}),
      ...(entry.plural ? { plural: entry.plural } : {}),
      glosses: ["the"],
    });
    const after = reviewDraft(next).coverage;
    expect(after.glossed).toBeGreaterThan(before.glossed);
    expect(next.glossary.tokens[textId]![0]!.source).toBe("teacher");
    expect(studioDraftSchema.safeParse(next).success).toBe(true);
  });
});

describe("publishing", () => {
  it("is blocked until every item is done, then gives a pack the published schemas accept", () => {
    let draft = fresh();
    expect(kinds(draft)).toEqual(
      expect.arrayContaining(["glossary", "noAcceptedQuestion"]),
    );
    for (const [textId, tokens] of Object.entries(draft.glossary.tokens))
      tokens.forEach((token, index) => {
        const entry = draft.glossary.entries.find(
          (e) => e.id === draft.glossary.tokens[textId]![index]!.entryId,
        )!;
        draft = confirmCard(draft, textId, index, {
          lemma: entry.lemma,
          pos: entry.pos,
          ...(entry.gender ? { gender: entry.gender } : {}),
          ...(entry.plural ? { plural: entry.plural } : {}),
          glosses: entry.glosses.length > 0 ? entry.glosses : [token.text],
        });
      });
    expect(reviewDraft(draft).coverage).toMatchObject({
      resolvedShare: 1,
      glossedShare: 1,
    });
    const clean = draft.pack.questions.find(
      (q) => reviewDraft(draft).lint[q.id] === undefined,
    )!;
    const edited = editQuestion(draft, clean.id, {
      ...clean,
      prompt: { de: `${clean.prompt.de} `, en: clean.prompt.en },
    });
    if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
    draft = edited.draft;
    draft = decideQuestion(draft, clean.id, "accepted");
    for (const q of draft.pack.questions)
      if (q.id !== clean.id) draft = decideQuestion(draft, q.id, "rejected");
    const review = reviewDraft(draft);
    expect(review.counts.accepted).toBe(1);
    expect(review.blockers).toEqual([]);
    const result = publishablePack(draft);
    if (!("pack" in result))
      throw new Error(result.problems.map(problemLine).join("\n"));
    const { glossary, ...pack } = result.pack;
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
    expect(glossarySchema.safeParse(glossary).success).toBe(true);
    expect(pack.questions.map((q) => q.id)).toEqual(["stadtfest-ab12-q001"]);
    expect(pack.quizzes.every((z) => z.questionIds.length === 1)).toBe(true);
  });

  it("refuses an empty prompt and changes nothing", () => {
    const draft = fresh();
    const question = draft.pack.questions[0]!;
    expect(
      editQuestion(draft, question.id, {
        ...question,
        prompt: { de: " ", en: "Question?" },
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          kind: "invalidField",
          field: "prompt",
          params: { issue: "empty", limit: 1 },
        },
      ],
    });
    expect(() =>
      decideQuestion(draft, "stadtfest-ab12-q999", "accepted"),
    ).toThrow(DraftEditError);
  });
});
