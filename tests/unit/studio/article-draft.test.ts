// draftArticle with English that does not fit sentence by sentence: what it cannot align becomes
// open items, and no question rests on a sentence without English.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ArticleImportError,
  MAX_SENTENCES,
  draftArticle,
} from "@/lib/studio/article-draft";

const fixtures = path.join(import.meta.dirname, "fixtures");
const german = {
  name: "stadtfest.de.txt",
  text: readFileSync(path.join(fixtures, "stadtfest.de.txt"), "utf8"),
};
const english = readFileSync(path.join(fixtures, "stadtfest.en.txt"), "utf8");

describe("an article draft with an imperfect translation", () => {
  // The translator joined the first two sentences of the last paragraph and left out the heading.
  const joined = english
    .replace("Prices and programme\n\n", "")
    .replace(
      "regional products, e.g. honey, cheese and bread. The mayor",
      "regional products, e.g. honey, cheese and bread, and the mayor",
    );
  const draft = draftArticle({
    id: "stadtfest",
    german,
    english: { name: "stadtfest.en.txt", text: joined },
    lexicon: new Map(),
  });
  const sentence = (id: string) =>
    draft.pack.article.sentences.find((s) => s.id === id);

  it("gives the joined English to the first sentence and lists the second as open", () => {
    expect(sentence("s06")?.en).toMatch(
      /^Many stalls .* and the mayor is said/,
    );
    expect(sentence("s07")?.en).toBe("");
    expect(draft.open).toContainEqual(
      expect.stringMatching(/^article: s07 has no English of its own/),
    );
    expect(draft.summary.english).toMatchObject({ aligned: 7 });
  });

  it("leaves the English headings to write when their number does not fit", () => {
    const section = draft.pack.article.sections[1];
    expect(section?.heading).toEqual({ de: "Preise und Programm", en: "" });
    expect(draft.open).toContainEqual(
      expect.stringMatching(/the English has 0 heading\(s\), the German 1/),
    );
  });

  it("drafts no question on the sentence without English", () => {
    expect(draft.pack.questions.length).toBeGreaterThan(0);
    for (const q of draft.pack.questions)
      expect(q.sentenceIds, q.id).not.toContain("s07");
    expect(draft.open).toContainEqual(
      expect.stringMatching(
        /1 sentence\(s\) without English have no question drafts/,
      ),
    );
  });
});

describe("an article draft's limits", () => {
  it("refuses more sentences than fact ids, naming the file", () => {
    const text = Array.from(
      { length: MAX_SENTENCES + 1 },
      (_, k) => `Das ist Satz Nummer ${k + 1}.`,
    ).join(" ");
    const draft = () =>
      draftArticle({
        id: "lang",
        german: { name: "lang.txt", text },
        lexicon: new Map(),
      });
    expect(draft).toThrow(ArticleImportError);
    expect(draft).toThrow(
      /^lang\.txt: has 100 sentences; a draft can hold at most 99/,
    );
  });
});
