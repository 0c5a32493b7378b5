// The draft page's forms: each one names its edit and sends its fields; anything else is refused.
import { describe, expect, it } from "vitest";
import {
  draftEditFormSchema,
  newDraftFormSchema,
} from "@/lib/studio/draft-input-schema";
import { importText, plainTextBody } from "@/lib/studio/import-text";

const draftId = "0b7c9a2e-5d4f-4c1a-9e8b-2f3a4b5c6d7e";
const none = {
  sentenceId: null,
  sectionId: null,
  en: null,
  de: null,
  atWord: null,
  textId: null,
  tokenIndex: null,
  lemma: null,
  pos: null,
  gender: null,
  plural: null,
  glosses: null,
  questionId: null,
  decision: null,
};
const edit = (fields: Record<string, string>) =>
  draftEditFormSchema.safeParse({ ...none, draftId, ...fields }).data?.edit;

describe("a draft page form", () => {
  it("becomes one edit of its kind", () => {
    expect(
      edit({ kind: "english", sentenceId: "fest-ab-s02", en: " Hi. " }),
    ).toEqual({
      kind: "english",
      sentenceId: "fest-ab-s02",
      en: "Hi.",
    });
    expect(edit({ kind: "split", sentenceId: "s01", atWord: "3" })).toEqual({
      kind: "split",
      sentenceId: "s01",
      atWord: 3,
    });
    expect(
      edit({
        kind: "card",
        textId: "fest-ab-s01",
        tokenIndex: "2",
        lemma: "Stadtfest",
        pos: "noun",
        gender: "n",
        plural: "Stadtfeste",
        glosses: "city festival, town fair, ",
      }),
    ).toEqual({
      kind: "card",
      textId: "fest-ab-s01",
      tokenIndex: 2,
      card: {
        lemma: "Stadtfest",
        pos: "noun",
        gender: "n",
        plural: "Stadtfeste",
        glosses: ["city festival", "town fair"],
      },
    });
    expect(
      edit({
        kind: "decide",
        questionId: "fest-ab-q004",
        decision: "accepted",
      }),
    ).toEqual({
      kind: "decide",
      questionId: "fest-ab-q004",
      decision: "accepted",
    });
    expect(edit({ kind: "draftQuestionsAgain" })).toEqual({
      kind: "draftQuestionsAgain",
    });
  });

  it("refuses unknown kinds, bad ids and values", () => {
    const bads: Record<string, string>[] = [
      { kind: "delete" },
      { kind: "english", sentenceId: "<x>", en: "Hi." },
      { kind: "split", sentenceId: "s01", atWord: "0" },
      {
        kind: "card",
        textId: "s01",
        tokenIndex: "1",
        lemma: "x",
        pos: "thing",
      },
      { kind: "decide", questionId: "q001", decision: "maybe" },
      { kind: "prompt", questionId: "q001", de: "", en: "Why?" },
    ];
    for (const bad of bads)
      expect(edit(bad), JSON.stringify(bad)).toBeUndefined();
    expect(
      draftEditFormSchema.safeParse({
        ...none,
        draftId: "x",
        kind: "merge",
        sentenceId: "s01",
      }).success,
    ).toBe(false);
  });
});

describe("the new-article form", () => {
  const form = {
    title: "Stadtfest",
    text: "Das Fest war schön.",
    english: "",
    file: null,
    source: "Anzeiger",
    author: "Redaktion",
    date: "2026-10-04",
    rights: "Eigener Text.",
  };
  it("names the field and the message key of what is wrong", () => {
    expect(newDraftFormSchema.safeParse(form).success).toBe(true);
    const issues = newDraftFormSchema.safeParse({
      ...form,
      title: " ",
      date: "4.10.2026",
      source: "",
    }).error?.issues;
    expect(issues?.map((i) => [i.path[0], i.message])).toEqual([
      ["title", "titleRequired"],
      ["source", "detailRequired"],
      ["date", "dateInvalid"],
    ]);
  });
});

describe("an uploaded file's text", () => {
  it("is written back as headings and paragraphs without its title", () => {
    const imported = importText(
      "<h1>Stadtfest</h1><p>Das Fest war schön.</p><h2>Preise</h2><p>Eine Wurst kostete 2,50 Euro.</p>",
      "html",
    );
    expect(plainTextBody(imported)).toBe(
      "Das Fest war schön.\n\nPreise\n\nEine Wurst kostete 2,50 Euro.",
    );
  });
});
