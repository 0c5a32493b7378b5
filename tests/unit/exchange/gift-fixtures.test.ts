// GIFT files from Moodle's test suite and from the GIFT grammar's test suite (with the parses
// that grammar expects) read by our importer and compared with what each file says.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importQuestions } from "@/lib/exchange/exchange-import";
import { readGift } from "@/lib/exchange/gift-import";
import { fixtureNames, GIFT_FIXTURES, moodleFixture } from "./exchange-support";
import { expectedSummary, ourSummary, type PegQuestion } from "./gift-summary";

describe("GIFT files from Moodle's test suite", () => {
  it("questions.gift.txt: nine questions as Moodle counts them, the essay listed as not imported", () => {
    const result = importQuestions(
      moodleFixture(
        "question__format__gift__tests__fixtures__questions.gift.txt",
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.questions.length + result.report.skipped.length).toBe(9);
    expect(
      result.report.skipped.map((s) => [s.name, s.moodleType, s.where.line]),
    ).toEqual([["Q8", "essay", 1]]);
    const [matching, q2, colours, q5, short, q1, tsl1, tsl2] = result.questions;
    const notes = (i: number) => result.report.drafts[i]?.notes ?? [];

    expect(matching?.type).toBe("matching");
    if (matching?.type === "matching") {
      expect(matching.prompt.en).toBe("Match the activity to the description.");
      expect(matching.left.map((l) => l.text.en)).toEqual([
        "An activity supporting asynchronous discussions.",
        "A teacher asks a question and specifies a choice of multiple responses.",
        "A bank of record entries which participants can add to.",
        "A collection of web pages that anyone can add to or edit.",
      ]);
      expect(matching.right.map((r) => r.text.en)).toEqual([
        "Forum",
        "Choice",
        "Database",
        "Wiki",
        "Chat",
      ]);
    }

    expect(q2?.type).toBe("single");
    if (q2?.type === "single") {
      expect(q2.options.map((o) => o.text.en)).toEqual([
        "yellow",
        "red",
        "blue",
      ]);
      expect(q2.options.find((o) => o.id === q2.correct)?.text.en).toBe(
        "yellow",
      );
    }

    expect(colours?.type).toBe("multiple");
    if (colours?.type === "multiple") {
      expect(colours.options.map((o) => o.text.en)).toEqual([
        "yellow",
        "red",
        "off-beige",
        "blue",
      ]);
      expect(
        colours.correct.map(
          (id) => colours.options.find((o) => o.id === id)?.text.en,
        ),
      ).toEqual(["yellow", "off-beige"]);
    }
    expect(notes(2).filter((n) => n.code === "fractionsDiffer")).toEqual([
      {
        code: "fractionsDiffer",
        values: { answer: "red", percent: -100, ours: -50 },
      },
      {
        code: "fractionsDiffer",
        values: { answer: "blue", percent: -100, ours: -50 },
      },
    ]);

    expect(q5?.type === "numeric" && [q5.correct, q5.tolerance]).toEqual([
      3, 2,
    ]);
    // Text after the closing brace makes it a missing-word question, as in Moodle.
    expect(q5?.prompt.en).toBe('What is a number from 1 to 5? _____";');

    expect(short?.type === "short" && short.accepted.en).toEqual(["Frog"]);
    expect(notes(4)).toContainEqual({
      code: "partialCreditDropped",
      values: { answer: "Cat", percent: 50 },
    });

    expect(q1?.type === "truefalse" && q1.correct).toBe(false);
    expect(q1?.explanation.en).toBe(
      "This is, of course, a Hitchiker's Guide to the Galaxy reference.",
    );
    expect(notes(5)).toContainEqual({
      code: "answerFeedbackDropped",
      values: { count: 2 },
    });
    expect(
      [tsl1, tsl2].map((q) => q?.type === "truefalse" && q.correct),
    ).toEqual([true, true]);
  });

  it("questions_in_category.gift.txt: the category, escaped characters, HTML reduced to text", () => {
    const result = importQuestions(
      moodleFixture(
        "question__format__gift__tests__fixtures__questions_in_category.gift.txt",
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(
      result.quizzes.map((q) => [q.title.en, q.questionIds.length]),
    ).toEqual([["Default for New Features", 4]]);
    expect(result.questions.map((q) => q.type)).toEqual([
      "matching",
      "single",
      "short",
      "truefalse",
    ]);
    expect(result.questions[1]?.prompt.en).toBe(
      "Listen to this greeting:\n\nWhat language is being spoken?",
    );
    expect(
      result.questions[2]?.type === "short" && result.questions[2].accepted.en,
    ).toEqual(["Moodler"]);
    expect(result.questions[3]?.prompt.en).toBe(
      "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.",
    );
  });

  it("the ordering question type's GIFT export: items in order, the ID number from the comment", () => {
    const result = importQuestions(
      moodleFixture(
        "question__type__ordering__tests__fixtures__testexport.gift.txt",
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const question = result.questions[0];
    expect(question?.type).toBe("ordering");
    if (question?.type !== "ordering") return;
    expect(
      question.correct.map(
        (id) => question.items.find((i) => i.id === id)?.text.en,
      ),
    ).toEqual([
      "Modular",
      "Object",
      "Oriented",
      "Dynamic",
      "Learning",
      "Environment",
    ]);
    expect(result.report.drafts[0]?.idnumber).toBe("myid");
    expect(result.report.drafts[0]?.name).toBe("Moodle");
  });
});

describe("the GIFT grammar's test files", () => {
  const files = fixtureNames(GIFT_FIXTURES, ".gift");

  it("are all there", () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of files) {
    it(`${file} reads as its expected parse says`, () => {
      const gift = readFileSync(path.join(GIFT_FIXTURES, file), "utf8");
      const expected = JSON.parse(
        readFileSync(
          path.join(GIFT_FIXTURES, file.replace(/\.gift$/, ".json")),
          "utf8",
        ),
      ) as PegQuestion[];
      const read = readGift(gift);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      expect(ourSummary(read.file)).toEqual(expectedSummary(expected));
    });
  }
});
