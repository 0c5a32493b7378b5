// A question file brought into a studio draft: linked to the draft's sentences where the text
// matches, flagged where it does not, numbered after the draft's own questions, and a file that
// cannot be read leaves the draft as it was.
import { describe, expect, it } from "vitest";
import { stadtfestDraft } from "@/tests/support/stadtfest-draft";
import { importQuestionFile, linkQuestion } from "@/lib/studio/question-import";
import {
  decideQuestion,
  DraftEditError,
  publishablePack,
  studioDraftSchema,
} from "@/lib/studio/studio-draft";

const fresh = stadtfestDraft;

const GIFT = `$CATEGORY: $course$/top/Stadtfest

::Bratwurst::Stimmt das? Eine Bratwurst kostete 2,50 Euro. {TRUE}

::Wetter::Wie war das Wetter in Hamburg am Sonntag? {=sonnig ~regnerisch ~neblig}

::Aufsatz::Beschreibe das Fest in eigenen Worten. {}
`;

describe("importing a question file into a draft", () => {
  const draft = fresh();
  const before = draft.pack.questions.length;
  const result = importQuestionFile(draft, GIFT, { fileName: "fest.gift" });
  if (!result.ok) throw new Error(JSON.stringify(result));
  const added = result.draft.pack.questions.slice(before);

  it("adds the questions undecided after the draft's own, with the article's prefix", () => {
    expect(added.map((q) => q.id)).toEqual(
      [before + 1, before + 2].map(
        (n) => `stadtfest-ab12-q${String(n).padStart(3, "0")}`,
      ),
    );
    const ids = result.draft.pack.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(added.every((q) => result.draft.decisions[q.id] === undefined)).toBe(
      true,
    );
    expect(studioDraftSchema.safeParse(result.draft).success).toBe(true);
  });

  it("links the quoting question to its sentence and flags the other", () => {
    const quoted = draft.pack.article.sentences.find((s) =>
      s.de.startsWith("Eine Bratwurst"),
    )!;
    expect(added[0]!.sentenceIds).toEqual([quoted.id]);
    expect(added[0]!.factIds.length).toBeGreaterThan(0);
    expect(added[1]!.sentenceIds).toEqual([]);
    expect(result.record).toMatchObject({
      fileName: "fest.gift",
      format: "gift",
      imported: 2,
      linked: 1,
      quizzes: ["Stadtfest"],
    });
    expect(result.record.drafts.map((d) => d.linked)).toEqual([true, false]);
    expect(result.record.drafts[1]!.notes.map((n) => n.code)).toContain(
      "notLinked",
    );
  });

  it("lists the essay as skipped with its line, never dropping it silently", () => {
    expect(result.record.skipped).toEqual([
      expect.objectContaining({
        name: "Aufsatz",
        moodleType: "essay",
        where: expect.objectContaining({ line: 7 }),
      }),
    ]);
  });

  it("proposes a quiz for the category under the article's id", () => {
    const quiz = result.draft.pack.quizzes.at(-1)!;
    expect(quiz.id).toBe("stadtfest-ab12-stadtfest");
    expect(quiz.questionIds).toEqual(added.map((q) => q.id));
  });

  it("keeps an unlinked question from being accepted until its sentence is chosen", () => {
    const flagged = added[1]!.id;
    expect(() =>
      decideQuestion(result.draft, flagged, "accepted"),
    ).toThrowError(new DraftEditError("notLinked"));
    expect(
      decideQuestion(result.draft, flagged, "rejected").decisions[flagged],
    ).toBe("rejected");
    const sentence = draft.pack.article.sentences[0]!.id;
    const linked = linkQuestion(result.draft, flagged, sentence);
    expect(linked.pack.questions.find((q) => q.id === flagged)).toMatchObject({
      sentenceIds: [sentence],
    });
    const accepted = decideQuestion(linked, flagged, "accepted");
    expect(accepted.decisions[flagged]).toBe("accepted");
    expect(() =>
      linkQuestion(result.draft, flagged, "stadtfest-ab12-s99"),
    ).toThrowError(new DraftEditError("unknownSentence"));
  });

  it("numbers a second import after the first, and its quiz gets an id of its own", () => {
    const again = importQuestionFile(result.draft, GIFT, {
      fileName: "fest.gift",
    });
    if (!again.ok) throw new Error(JSON.stringify(again));
    const ids = again.draft.pack.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const quizIds = again.draft.pack.quizzes.map((q) => q.id);
    expect(quizIds).toContain("stadtfest-ab12-stadtfest-2");
    expect(new Set(quizIds).size).toBe(quizIds.length);
  });

  it("publishes an accepted imported question with the draft's own", () => {
    const accepted = decideQuestion(result.draft, added[0]!.id, "accepted");
    const publishable = publishablePack(accepted);
    // A fresh draft's glossary is not confirmed yet; nothing else may be in the way.
    const problems =
      "pack" in publishable
        ? []
        : publishable.problems.filter((p) => p.kind !== "glossaryInvalid");
    expect(problems).toEqual([]);
  });
});

describe("a file that cannot be read", () => {
  it("is refused with the line, and the draft is returned unchanged", () => {
    const draft = fresh();
    const copy = structuredClone(draft);
    const result = importQuestionFile(
      draft,
      "::Eins::Frage eins {=ja ~nein ~vielleicht}\n\n::Zwei::Frage zwei {=a ~b\n",
      { fileName: "kaputt.gift" },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe("file");
    if (result.problem !== "file") return;
    expect(result.errors[0]).toMatchObject({ code: "giftBraces", line: 3 });
    expect(draft).toEqual(copy);
  });
});
