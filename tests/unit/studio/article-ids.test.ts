// A teacher's article is stored beside every other article, and sentence, fact and question ids
// are keys across the installation: the drafter prefixes them with the article id, and the pack
// checks accept a pack whose ids carry one prefix throughout.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  questionIdSchema,
  sentenceIdSchema,
} from "@/lib/content/content-schema";
import { findContentProblems } from "@/lib/content/validate";
import { textIdSchema } from "@/lib/reader/glossary-schema";
import { draftArticle } from "@/lib/studio/article-draft";

const fixtures = path.join(import.meta.dirname, "fixtures");
const read = (name: string) => ({
  name,
  text: readFileSync(path.join(fixtures, name), "utf8"),
});

describe("ids of a drafted article", () => {
  const draft = draftArticle({
    id: "stadtfest-x7k2",
    german: read("stadtfest.de.txt"),
    english: read("stadtfest.en.txt"),
    lexicon: new Map(),
    prefixIds: true,
  });
  const { article, facts, questions, quizzes } = draft.pack;

  it("carry the article id as their prefix", () => {
    expect(article.sentences[0]?.id).toBe("stadtfest-x7k2-s01");
    expect(facts[0]?.id).toBe("stadtfest-x7k2-f01");
    expect(questions[0]?.id).toBe("stadtfest-x7k2-q001");
    for (const quiz of quizzes) expect(quiz.id).toMatch(/^stadtfest-x7k2-/);
    for (const q of questions)
      for (const id of q.sentenceIds) expect(id).toMatch(/^stadtfest-x7k2-s/);
    expect(Object.keys(draft.glossary.tokens)).toContain("stadtfest-x7k2-s01");
  });

  it("pass the cross-reference checks", () => {
    expect(
      findContentProblems({ article, facts, questions, quizzes } as never),
    ).toEqual([]);
  });

  it("are refused when one id carries another article's prefix", () => {
    const mixed = {
      article: {
        ...article,
        sentences: article.sentences.map((s, k) =>
          k === 1 ? { ...s, id: "anderer-s02" } : s,
        ),
      },
      facts,
      questions,
      quizzes,
    };
    expect(findContentProblems(mixed as never).join("\n")).toMatch(
      /sentence ids must run stadtfest-x7k2-s01, stadtfest-x7k2-s02/,
    );
  });
});

describe("the id schemas", () => {
  it("accept bare and prefixed ids and refuse other shapes", () => {
    for (const id of ["s01", "stadtfest-s01", "a-b-c-s120"])
      expect(sentenceIdSchema.safeParse(id).success, id).toBe(true);
    for (const id of ["q001", "stadtfest-q001"])
      expect(questionIdSchema.safeParse(id).success, id).toBe(true);
    for (const id of ["Stadtfest-s01", "-s01", "stadtfest_s01", "s01-x"])
      expect(sentenceIdSchema.safeParse(id).success, id).toBe(false);
    expect(textIdSchema.safeParse("stadtfest-s01").success).toBe(true);
  });
});
