// A learner's vocabulary through the data layer: words are kept by lemma, not by word form.
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/tests/support/test-db";

const testDb = await setUpTestDatabase();
const vocabulary = await import("@/lib/data/vocabulary");
const { createLearner } = await import("@/lib/data/learners");
const { getGlossary } = await import("@/lib/reader/glossary");
afterAll(() => testDb.cleanup());
const ARTICLE_ID = getGlossary().articleId;
const learnable = await vocabulary.learnableLemmaIds(ARTICLE_ID);

/** Two positions in the article where different forms of one learnable lemma stand. */
function twoFormsOfOneLemma() {
  const glossary = getGlossary();
  const seen = new Map<
    string,
    { sentenceId: string; tokenIndex: number; surface: string }
  >();
  for (const sentenceId of glossary.sentenceIds) {
    const cards = glossary.glossaryCardsOf(sentenceId) ?? [];
    for (const card of cards) {
      if (!learnable.includes(card.entryId)) continue;
      const first = seen.get(card.entryId);
      if (first && first.surface !== card.surface) {
        return {
          entryId: card.entryId,
          first,
          second: {
            sentenceId,
            tokenIndex: card.tokenIndex,
            surface: card.surface,
          },
        };
      }
      if (!first)
        seen.set(card.entryId, {
          sentenceId,
          tokenIndex: card.tokenIndex,
          surface: card.surface,
        });
    }
  }
  throw new Error("no lemma with two forms");
}

describe("vocabulary", () => {
  it("saves a word, marks it as known and removes it, per lemma", async () => {
    const learnerId = (await createLearner("Wortschatz")).learner.id;
    const { entryId, first, second } = twoFormsOfOneLemma();

    expect(
      await vocabulary.setWordStatus(learnerId, { ...first, status: "saved" }),
    ).toEqual({ entryId, status: "saved" });
    expect(await vocabulary.getVocabularyStatuses(learnerId)).toEqual({
      [entryId]: "saved",
    });

    // The other form is the same word: marking it known updates the one entry.
    await vocabulary.setWordStatus(learnerId, { ...second, status: "known" });
    expect(await vocabulary.getVocabularyStatuses(learnerId)).toEqual({
      [entryId]: "known",
    });

    await vocabulary.setWordStatus(learnerId, { ...first, status: null });
    expect(await vocabulary.getVocabularyStatuses(learnerId)).toEqual({});
  });

  it("refuses positions where there is no word and keeps learners apart", async () => {
    const a = (await createLearner("A")).learner.id;
    const b = (await createLearner("B")).learner.id;
    expect(
      await vocabulary.setWordStatus(a, {
        sentenceId: "s01",
        tokenIndex: 199,
        status: "saved",
      }),
    ).toBeNull();
    await vocabulary.setWordStatus(a, {
      sentenceId: "s01",
      tokenIndex: 0,
      status: "known",
    });
    expect(Object.keys(await vocabulary.getVocabularyStatuses(a))).toHaveLength(
      1,
    );
    expect(await vocabulary.getVocabularyStatuses(b)).toEqual({});
  });

  it("counts the article’s learnable words once per lemma, without names and numbers", async () => {
    const ids = await vocabulary.learnableLemmaIds(ARTICLE_ID);
    expect(new Set(ids).size).toBe(ids.length);
    const glossary = getGlossary();
    for (const id of ids)
      expect(["proper-noun", "numeral"]).not.toContain(
        glossary.entries.get(id)?.pos,
      );
  });

  it("grades drills only on the learner’s own words and only in kinds that fit the word", async () => {
    const owner = (await createLearner("Übende")).learner.id;
    const other = (await createLearner("Andere")).learner.id;
    const { entryId, first } = twoFormsOfOneLemma();
    await vocabulary.setWordStatus(owner, { ...first, status: "saved" });

    const drills = await vocabulary.getDrills(owner);
    expect(drills).toHaveLength(1);
    expect(drills[0]!.entryId).toBe(entryId);
    expect(await vocabulary.getDrills(other)).toEqual([]);

    const verdict = await vocabulary.checkDrill(owner, {
      entryId,
      kind: "cloze",
      answer: first.surface,
    });
    expect(verdict).toMatchObject({ correct: true, expected: first.surface });
    expect(
      await vocabulary.checkDrill(other, {
        entryId,
        kind: "cloze",
        answer: first.surface,
      }),
    ).toBeNull();
  });
});
