// Linking imported questions to the chosen article's sentences: by our tags, by a quoted
// sentence, by shared content words; and flagging for the teacher what matches nothing.
// Measured on the seed bank exported without tags (as another system might give it back),
// with and without the quoted sources in the feedback.
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "@/lib/content/schema";
import { importQuestions } from "@/lib/exchange/exchange-import";
import { linkToSentences } from "@/lib/exchange/question-mapping-links";
import { moodleFixture, seedExport, seedPack } from "./exchange-support";

/** The seed bank as Moodle XML without tags, and (optionally) without the quoted sources. */
function untaggedExport(language: Language, keepSources: boolean): string {
  const { text } = seedExport("moodle", language);
  const withoutTags = text.replace(/\s*<tags>[\s\S]*?<\/tags>/g, "");
  if (keepSources) return withoutTags;
  // The source block is the paragraph that opens with the label; drop it from every feedback.
  return withoutTags.replace(
    /&lt;p&gt;(Quelle im Artikel|Source in the article)[\s\S]*?&lt;\/p&gt;/g,
    "",
  );
}

function linked(text: string) {
  const result = importQuestions(text, { pack: seedPack });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report.drafts.map((draft, index) => ({
    draft,
    original: seedPack.questions[index],
  }));
}

describe("linking imported questions to sentences", () => {
  it.each(LANGUAGES)(
    "finds the quoted sources of every seed question without its tags (%s)",
    (language) => {
      for (const { draft, original } of linked(
        untaggedExport(language, true),
      )) {
        expect(draft.link, draft.draftId).toBe("quoted");
        expect(draft.sentenceIds, draft.draftId).toEqual(original?.sentenceIds);
      }
    },
  );

  it.each(LANGUAGES)(
    "finds a source of most seed questions from their words alone, and flags the rest (%s)",
    (language) => {
      const results = linked(untaggedExport(language, false));
      // Cloze texts and some explanations still quote their sentence; the rest share words.
      const linkedOnes = results.filter(
        (r) => r.draft.link === "quoted" || r.draft.link === "overlap",
      );
      const byWords = results.filter((r) => r.draft.link === "overlap");
      const right = linkedOnes.filter((r) =>
        r.draft.sentenceIds.some((id) => r.original?.sentenceIds.includes(id)),
      );
      const exact = linkedOnes.filter((r) =>
        r.draft.sentenceIds.every((id) => r.original?.sentenceIds.includes(id)),
      );
      const flagged = results.filter((r) => r.draft.link === "none");
      console.log(
        `${language}: ${linkedOnes.length} of ${results.length} linked (${byWords.length} by shared words), ` +
          `${right.length} of them to one of their sources, ${exact.length} only to their sources; ` +
          `${flagged.length} flagged for the teacher`,
      );
      expect(linkedOnes.length + flagged.length).toBe(results.length);
      for (const r of flagged)
        expect(
          r.draft.notes.map((n) => n.code),
          r.draft.draftId,
        ).toContain("notLinked");
      // Floors from the measured figures, to notice a regression.
      expect(linkedOnes.length / results.length).toBeGreaterThanOrEqual(0.75);
      expect(right.length / linkedOnes.length).toBeGreaterThanOrEqual(0.9);
    },
  );

  it("links nothing of Moodle's sample questions (amphibians, Moodle's name) and flags them", () => {
    for (const file of [
      "question__type__shortanswer__tests__fixtures__testquestion.moodle.xml",
      "question__format__xml__tests__fixtures__truefalse.xml",
      "question__type__ordering__tests__fixtures__testquestion.moodle.xml",
    ]) {
      const result = importQuestions(moodleFixture(file), { pack: seedPack });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      for (const draft of result.report.drafts) {
        expect(draft.link, file).toBe("none");
        expect(draft.sentenceIds).toEqual([]);
        expect(draft.notes.map((n) => n.code)).toContain("notLinked");
      }
    }
  });

  const article = seedPack.article;
  const sentence = (id: string) => article.sentences.find((s) => s.id === id)!;

  it("links a question that paraphrases a sentence by its words, in either language", () => {
    const s07 = sentence("s07");
    expect(s07.de).toMatch(/Stellvertreterkrieg/);
    const german = linkToSentences(
      [
        "Zwischen welchen beiden Staaten ist der Ukraine-Konflikt laut Text zu einem Stellvertreterkrieg geworden?",
        "Nord- und Südkorea",
      ],
      [],
      article,
      seedPack.facts,
    );
    expect([german.method, german.sentenceIds]).toEqual(["overlap", ["s07"]]);
    const english = linkToSentences(
      [
        "Which two states has the Ukraine conflict become a proxy war between?",
        "North and South Korea",
      ],
      [],
      article,
      seedPack.facts,
    );
    expect([english.method, english.sentenceIds]).toEqual(["overlap", ["s07"]]);
  });

  it("takes sentences and facts from the tags only when they name the chosen article", () => {
    const tags = ["article:another-article", "sentence:s01", "fact:f01"];
    expect(linkToSentences(["x"], tags, article, seedPack.facts).method).toBe(
      "none",
    );
    const ours = linkToSentences(
      ["x"],
      [
        `article:${article.id}`,
        "sentence:s01",
        "sentence:s99",
        "fact:f01",
        "fact:f99",
      ],
      article,
      seedPack.facts,
    );
    expect([ours.method, ours.sentenceIds, ours.factIds]).toEqual([
      "tags",
      ["s01"],
      ["f01"],
    ]);
  });

  it("does not count a short sentence quoted inside a longer text as a quote", () => {
    const short = article.sentences.find((s) => s.de.split(" ").length < 4);
    const found = linkToSentences(
      ["Ein ganz anderer Text ohne Bezug."],
      [],
      article,
      seedPack.facts,
    );
    expect(found.method).toBe("none");
    if (short) expect(found.sentenceIds).not.toContain(short.id);
  });
});
