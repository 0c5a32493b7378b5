// Exported GIFT read by an independent GIFT parser (gift-pegjs, the PEG.js grammar of GIFT):
// every block parses, and what it reads — type, ID number, tags, text, answers and their
// weights, feedback — is what our reader reads, which the round trip compares with the pack.
// The export writes no numerical question with wrong-answer feedback ({#3:2~#…}), the one
// Moodle form gift-pegjs does not read.
import { parse } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/lib/content/schema";
import { escapeGift } from "@/lib/exchange/gift-export";
import { readGift } from "@/lib/exchange/gift-import";
import { seedExport } from "./exchange-support";
import { expectedSummary, ourSummary, type PegQuestion } from "./gift-summary";

describe.each(LANGUAGES)("exported GIFT in %s", (language) => {
  const { text } = seedExport("gift", language);

  it("parses with gift-pegjs, which reads what our reader reads", () => {
    const parsed = parse(text) as unknown as PegQuestion[];
    const ours = readGift(text);
    if (!ours.ok) throw new Error(JSON.stringify(ours.errors));
    expect(parsed.filter((q) => q.type !== "Category")).toHaveLength(
      ours.file.questions.length,
    );
    expect(expectedSummary(parsed)).toEqual(ourSummary(ours.file));
  });

  it("has no blank line inside a question and no numerical wrong-answer feedback", () => {
    const blocks = text.split("\n\n");
    for (const block of blocks.slice(1))
      expect(block, block.slice(0, 80)).toMatch(/^\/\/ question: /);
    expect(text).not.toMatch(/\{#[^}]*~/);
  });
});

describe("GIFT escaping", () => {
  const tricky = "a~b=c#d{e}f:g\\h";

  it("escapes ~ = # { } : and the backslash, so the text survives both parsers", () => {
    expect(escapeGift(tricky)).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    const gift = `::${escapeGift(tricky)}::${escapeGift(tricky)}{=${escapeGift(tricky)} =plain}`;
    const ours = readGift(gift);
    if (!ours.ok) throw new Error(JSON.stringify(ours.errors));
    const question = ours.file.questions[0];
    expect(question?.name).toBe(tricky);
    expect(
      question?.body.type === "shortanswer" &&
        question.body.answers.map((a) => a.text),
    ).toEqual([tricky, "plain"]);
    const [theirs] = parse(gift) as unknown as PegQuestion[];
    expect(theirs?.title).toBe(tricky);
    expect(
      theirs?.choices && "length" in theirs.choices && theirs.choices[0]?.text,
    ).toMatchObject({
      text: tricky,
    });
  });

  it("writes a line break as \\n, which Moodle reads back as a line break", () => {
    expect(escapeGift("one\ntwo")).toBe("one\\ntwo");
    const ours = readGift(`Say {=${escapeGift("one\ntwo")}}`);
    expect(
      ours.ok &&
        ours.file.questions[0]?.body.type === "shortanswer" &&
        ours.file.questions[0].body.answers[0]?.text,
    ).toBe("one\ntwo");
  });
});
