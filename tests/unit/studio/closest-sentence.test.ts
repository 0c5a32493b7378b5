// The sentence an unlinked question most likely comes from, offered preselected in the studio:
// the sentence with the largest share of its content words in the question's texts, named only
// when it shares a quarter of them and two words or more. Checked on the seed article
// (content/) with a Moodle fixture question on another topic and with the seed's own questions.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/content-schema";
import { importQuestions } from "@/lib/exchange/exchange-import";
import {
  closestSentence,
  linkToSentences,
} from "@/lib/exchange/question-mapping-links";
import {
  closestSentenceOf,
  importQuestionFile,
  questionTexts,
} from "@/lib/studio/question-import";
import {
  moodleFixture,
  seedPack,
} from "@/tests/unit/exchange/exchange-support";
import { stadtfestDraft } from "@/tests/support/stadtfest-draft";

const { article } = seedPack;
const seedQuestion = (id: string): Question =>
  seedPack.questions.find((q) => q.id.endsWith(id))!;

describe("the closest sentence of an unlinked question", () => {
  it("names none for a Moodle fixture question on another topic, as the import report does", () => {
    const result = importQuestions(
      moodleFixture(
        "question__type__shortanswer__tests__fixtures__testquestion.moodle.xml",
      ),
      { pack: seedPack },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [question] = result.questions;
    expect(question?.sentenceIds).toEqual([]);
    expect(closestSentence(questionTexts(question!), article)).toBeNull();
    expect(result.report.drafts[0]?.notes).toContainEqual({
      code: "notLinked",
      values: { candidate: "none" },
    });
  });

  it("names the sentence a question paraphrases too loosely to be linked for certain", () => {
    // "bis zu wie viel Prozent könnten die Verlustzahlen betragen": the article's sentence 4,
    // with a third of its content words.
    const question = seedQuestion("q009");
    const texts = questionTexts(question);
    expect(linkToSentences(texts, [], article, []).method).toBe("none");
    expect(closestSentence(texts, article)).toEqual({
      sentenceId: question.sentenceIds[0],
      score: 0.33,
    });
  });

  it("finds one of its sources for at least nine in ten of the seed's own questions", () => {
    const found = seedPack.questions.filter((q) => {
      const closest = closestSentence(questionTexts(q), article);
      return closest !== null && q.sentenceIds.includes(closest.sentenceId);
    });
    expect(found.length / seedPack.questions.length).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it("reads right answers, not wrong options: a distractor from another sentence does not pull", () => {
    const question = seedQuestion("q001");
    if (question.type !== "single") throw new Error(question.type);
    const texts = questionTexts(question).join("\n");
    const wrong = question.options.filter((o) => o.id !== question.correct);
    for (const option of wrong) expect(texts).not.toContain(option.text.de);
  });

  it("in a studio draft: asked of the draft as it is, null when nothing comes close", () => {
    const draft = stadtfestDraft();
    const result = importQuestionFile(
      draft,
      `::Bratwurst::Wie teuer war eine Bratwurst? {=2,50 Euro ~3 Euro ~1 Euro}

::Wetter::Wie war das Wetter in Hamburg am Sonntag? {=sonnig ~regnerisch ~neblig}
`,
      { fileName: "fest.gift" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [price, weather] = result.draft.pack.questions.slice(-2);
    const bratwurst = draft.pack.article.sentences.find((s) =>
      s.de.startsWith("Eine Bratwurst"),
    )!;
    expect(price!.sentenceIds).toEqual([]);
    expect(closestSentenceOf(result.draft, price!)).toBe(bratwurst.id);
    expect(weather!.sentenceIds).toEqual([]);
    expect(closestSentenceOf(result.draft, weather!)).toBeNull();
  });
});
