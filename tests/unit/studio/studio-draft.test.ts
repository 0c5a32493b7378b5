// The studio's edits on a draft, and what still blocks publishing after each of them.
import { describe, expect, it } from "vitest";
import {
  acceptWhereClean,
  STADTFEST_DETAILS,
  stadtfestDraft,
  withCardsConfirmed,
} from "@/tests/support/stadtfest-draft";
import { contentPackSchema } from "@/lib/content/content-schema";
import { problemLine } from "@/lib/content/problems";
import {
  entryIdFor,
  glossaryEntrySchema,
  glossarySchema,
} from "@/lib/reader/glossary-schema";
import { editQuestion } from "@/lib/studio/question-edit";
import {
  confirmCard,
  decideQuestion,
  DraftEditError,
  editedEntry,
  mergeWithNext,
  publishablePack,
  reviewDraft,
  setSentenceEnglish,
  splitSentence,
  studioDraftOfPublished,
  studioDraftSchema,
  type StudioDraft,
} from "@/lib/studio/studio-draft";

const details = STADTFEST_DETAILS;
const lexicon = new Map<string, string[]>();
const fresh = stadtfestDraft;

/** The draft with one question's prompts changed, through the question editor's check. */
function withPrompt(
  draft: StudioDraft,
  questionId: string,
  prompt: { de: string; en: string },
): StudioDraft {
  const question = draft.pack.questions.find((q) => q.id === questionId)!;
  const edited = editQuestion(draft, questionId, { ...question, prompt });
  if (!edited.ok) throw new Error(JSON.stringify(edited.problems));
  return edited.draft;
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
    const pack = published(1);
    expect(pack.questions.map((q) => q.id)).toEqual(["stadtfest-ab12-q001"]);
    expect(pack.quizzes.every((z) => z.questionIds.length === 1)).toBe(true);
    // The source details travel with the article.
    expect(pack.article.source).toEqual(details);
  });

  it("brings a published article back as a draft that publishes the same pack, keeping question ids", () => {
    const pack = published(3);
    const again = studioDraftOfPublished(pack, {
      ...details,
      source: "unused",
    });
    expect(studioDraftSchema.safeParse(again).success).toBe(true);
    expect(again.details).toEqual(details);
    expect(reviewDraft(again).blockers).toEqual([]);
    const same = publishablePack(again);
    if (!("pack" in same)) throw new Error(same.problems.join("\n"));
    expect(same.pack).toEqual(pack);

    // A published question is fixed, not withdrawn; a new one is numbered after them.
    const [first, second, third] = pack.questions;
    expect(() => decideQuestion(again, first!.id, "rejected")).toThrow(
      new DraftEditError("questionPublished"),
    );
    const fix = withPrompt(again, second!.id, {
      de: `${second!.prompt.de} (korrigiert)`,
      en: second!.prompt.en,
    });
    const extra = { ...third!, id: "stadtfest-ab12-draft-extra" };
    const edited: StudioDraft = {
      ...fix,
      pack: { ...fix.pack, questions: [extra, ...fix.pack.questions] },
      decisions: { ...fix.decisions, [extra.id]: "accepted" },
    };
    const fixed = publishablePack(edited);
    if (!("pack" in fixed)) throw new Error(fixed.problems.join("\n"));
    const ids = fixed.pack.questions.map((q) => q.id);
    expect(ids.slice(0, 3)).toEqual([first!.id, second!.id, third!.id]);
    expect(ids[3]).toBe("stadtfest-ab12-q004");
    expect(fixed.pack.questions[1]!.prompt.de).toContain("(korrigiert)");
  });

  it("keeps a published article's sentences: no split or merge", () => {
    const again = studioDraftOfPublished(published(1), details);
    const [sentence] = again.pack.article.sentences;
    expect(() => splitSentence(again, sentence!.id, 1, lexicon)).toThrow(
      new DraftEditError("sentencesPublished"),
    );
    expect(() => mergeWithNext(again, sentence!.id, lexicon)).toThrow(
      new DraftEditError("sentencesPublished"),
    );
  });

  function published(questions: number) {
    let draft = fresh();
    expect(kinds(draft)).toEqual(
      expect.arrayContaining(["glossary", "noAcceptedQuestion"]),
    );
    draft = withCardsConfirmed(draft);
    expect(reviewDraft(draft).coverage).toMatchObject({
      resolvedShare: 1,
      glossedShare: 1,
    });
    for (const q of draft.pack.questions)
      draft = decideQuestion(draft, q.id, "rejected");
    // Accepted one by one, as long as no hedge is dropped and no quiz gives an answer away.
    draft = acceptWhereClean(
      draft,
      draft.pack.questions.map((q) => q.id),
      questions,
    );
    const first = draft.pack.questions.find(
      (q) => draft.decisions[q.id] === "accepted",
    )!;
    draft = withPrompt(draft, first.id, {
      de: `${first.prompt.de} `,
      en: first.prompt.en,
    });
    const review = reviewDraft(draft);
    expect(review.counts.accepted).toBe(questions);
    expect(review.blockers).toEqual([]);
    const result = publishablePack(draft);
    if (!("pack" in result))
      throw new Error(result.problems.map(problemLine).join("\n"));
    const { glossary, ...pack } = result.pack;
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
    expect(glossarySchema.safeParse(glossary).success).toBe(true);
    return result.pack;
  }

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

describe("a card's part of speech changed", () => {
  const noun = {
    id: "radweg-noun",
    lemma: "Radweg",
    pos: "noun" as const,
    gender: "m" as const,
    plural: "Radwege",
    glosses: ["cycle path"],
  };
  const verb = {
    id: "vorstellen-verb",
    lemma: "vorstellen",
    pos: "verb" as const,
    verb: { infinitive: "vorstellen", separablePrefix: "vor" },
    glosses: ["present"],
  };
  const published = (entry: ReturnType<typeof editedEntry>) =>
    glossaryEntrySchema.safeParse(
      JSON.parse(
        JSON.stringify({
          ...entry,
          id: entryIdFor(entry.lemma, entry.pos),
          glosses: ["x"],
        }),
      ),
    );

  it.each([
    ["noun → adjective", noun, { lemma: "radweg", pos: "adjective" }],
    ["noun → verb", noun, { lemma: "radwegen", pos: "verb" }],
    ["verb → noun", verb, { lemma: "Vorstellung", pos: "noun", gender: "f" }],
    ["verb → adverb", verb, { lemma: "vor", pos: "adverb" }],
    ["noun → proper noun", noun, { lemma: "Radweg", pos: "proper-noun" }],
  ] as const)(
    "keeps only the grammar the new one has (%s)",
    (_, current, edit) => {
      const entry = editedEntry(current, { ...edit, glosses: [] });
      expect(published(entry).error?.issues ?? []).toEqual([]);
    },
  );

  it("keeps a verb's forms when only its lemma changes, and a prefix only if it still fits", () => {
    expect(
      editedEntry(verb, { lemma: "vorstellen", pos: "verb", glosses: [] }).verb,
    ).toEqual(verb.verb);
    const entry = editedEntry(verb, {
      lemma: "darstellen",
      pos: "verb",
      glosses: [],
    });
    expect(published(entry).error?.issues ?? []).toEqual([]);
  });
});
