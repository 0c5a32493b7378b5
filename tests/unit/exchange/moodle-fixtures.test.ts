// Moodle's own test files (question/format/xml/tests/fixtures and question/type/*/tests/fixtures)
// imported as drafts and compared with what each file says; the broken cloze file is refused
// with Moodle's reasons, line by line.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import {
  importQuestions,
  type QuestionImport,
} from "@/lib/exchange/exchange-import";
import {
  fixtureNames,
  MOODLE_FIXTURES,
  moodleFixture,
  seedPack,
} from "./exchange-support";

type Imported = Extract<QuestionImport, { ok: true }>;

function imported(name: string, pack = false): Imported {
  const result = importQuestions(
    moodleFixture(name),
    pack ? { pack: seedPack } : {},
  );
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result;
}

function only<T extends Question["type"]>(
  result: Imported,
  type: T,
): Extract<Question, { type: T }> {
  expect(result.questions).toHaveLength(1);
  const question = result.questions[0];
  expect(question?.type).toBe(type);
  return question as Extract<Question, { type: T }>;
}

function codes(result: Imported, index = 0): string[] {
  return (result.report.drafts[index]?.notes ?? []).map((n) => n.code);
}

const TEXT_FIELDS = /<|>|@@PLUGINFILE@@|\{\d+:/;

describe("Moodle XML fixtures", () => {
  it("reads every fixture that holds supported questions, and no draft keeps markup", () => {
    const xml = fixtureNames(MOODLE_FIXTURES, ".xml").filter(
      (f) => !f.includes("broken"),
    );
    expect(xml.length).toBeGreaterThanOrEqual(15);
    for (const name of xml) {
      const result = imported(name);
      expect(result.questions.length, name).toBeGreaterThan(0);
      for (const question of result.questions) {
        const texts = JSON.stringify(question);
        expect(texts, name).not.toMatch(TEXT_FIELDS);
      }
    }
  });

  it("shortanswer: the fully right answer is accepted, partial credit and answer feedback are reported", () => {
    const result = imported(
      "question__type__shortanswer__tests__fixtures__testquestion.moodle.xml",
    );
    const question = only(result, "short");
    expect(question.prompt.en).toBe("Name an amphibian: __________");
    expect(question.accepted).toEqual({ de: ["frog"], en: ["frog"] });
    expect(question.typoTolerance).toBe(false);
    expect(question.explanation.en).toBe(
      "Generalfeedback: frog or toad would have been OK.",
    );
    expect(result.report.drafts[0]?.notes).toEqual([
      { code: "partialCreditDropped", values: { answer: "toad", percent: 80 } },
      { code: "answerFeedbackDropped", values: { count: 3 } },
    ]);
    expect(result.report.language).toBe("en");
    expect(result.report.untranslated).toBe("de");
    expect(result.quizzes.map((q) => q.title.en)).toEqual(["Test questions"]);
  });

  it("matching: subquestions are the left column, their answers the right one, an empty subquestion a distractor", () => {
    const result = imported(
      "question__type__match__tests__fixtures__testquestion.moodle.xml",
    );
    const question = only(result, "matching");
    const text = (id: string) =>
      [...question.left, ...question.right].find((o) => o.id === id)?.text.en;
    expect(question.left.map((l) => l.text.en)).toEqual([
      "frog",
      "cat",
      "newt",
    ]);
    expect(question.right.map((r) => r.text.en)).toEqual([
      "amphibian",
      "mammal",
      "insect",
    ]);
    expect(
      Object.entries(question.correct).map(([l, r]) => [text(l), text(r)]),
    ).toEqual([
      ["frog", "amphibian"],
      ["cat", "mammal"],
      ["newt", "amphibian"],
    ]);
  });

  it("matching with the article chosen: not linked, and the pack's check flags the shared partner", () => {
    const result = imported(
      "question__type__match__tests__fixtures__testquestion.moodle.xml",
      true,
    );
    expect(result.report.drafts[0]?.link).toBe("none");
    expect(result.questions[0]?.sentenceIds).toEqual([]);
    const notes = result.report.drafts[0]?.notes ?? [];
    expect(notes.map((n) => n.code)).toContain("notLinked");
    expect(notes.find((n) => n.code === "contentCheck")?.values.detail).toMatch(
      /partner of more than one left item/,
    );
  });

  for (const [type, file] of [
    [
      "gapselect",
      "question__type__gapselect__tests__fixtures__testquestion.moodle.xml",
    ],
    [
      "ddwtos",
      "question__type__ddwtos__tests__fixtures__testquestion.moodle.xml",
    ],
  ] as const) {
    it(`${type}: a cloze whose word bank is the choices, each gap keyed to its choice`, () => {
      const result = imported(file);
      const question = only(result, "cloze");
      expect(question.text).toBe("The {{1}} {{2}} on the {{3}}.");
      expect(question.gaps).toEqual([
        { accepted: ["cat"] },
        { accepted: ["sat"] },
        { accepted: ["mat"] },
      ]);
      expect(question.wordBank).toEqual(["cat", "sat", "mat", "dog", "table"]);
      expect(question.prompt.en).toBe("Fill in the gaps.");
      expect(question.explanation.en).toBe("The cat sat on the mat.");
      expect(codes(result)).toEqual(["hintsDropped", "defaultPrompt"]);
    });
  }

  it("numerical: the answer and its tolerance", () => {
    const result = imported(
      "question__type__numerical__tests__fixtures__testquestion.moodle.xml",
    );
    const question = only(result, "numeric");
    expect([question.correct, question.tolerance, question.unit]).toEqual([
      6.25,
      0.05,
      undefined,
    ]);
    expect(question.prompt.en).toBe("What is the average of 4, 5, 6 and 10?");
    expect(question.explanation.en).toBe("The average is 6.25");
    expect(codes(result)).toEqual(["hintsDropped"]);
  });

  it("ordering: the answers' order is the key, shown rotated; another grading type is reported", () => {
    const words = [
      "Modular",
      "Object",
      "Oriented",
      "Dynamic",
      "Learning",
      "Environment",
    ];
    for (const [file, grading, subset] of [
      [
        "question__type__ordering__tests__fixtures__testquestion.moodle.xml",
        "ABSOLUTE_POSITION",
        false,
      ],
      [
        "question__type__ordering__tests__fixtures__testimport.moodle.xml",
        "RELATIVE_NEXT_EXCLUDE_LAST",
        false,
      ],
      [
        "question__type__ordering__tests__fixtures__testexport.moodle.xml",
        "RELATIVE_NEXT_EXCLUDE_LAST",
        true,
      ],
    ] as const) {
      const result = imported(file);
      const question = only(result, "ordering");
      const text = (id: string) =>
        question.items.find((i) => i.id === id)?.text.en;
      expect(question.correct.map(text), file).toEqual(words);
      expect(
        question.items.map((i) => i.text.en),
        file,
      ).toEqual([...words.slice(1), words[0]]);
      expect(question.prompt.en, file).toBe("Put these words in order.");
      const notes = result.report.drafts[0]?.notes ?? [];
      expect(
        notes.find((n) => n.code === "orderingGrading")?.values,
        file,
      ).toEqual({ grading });
      expect(
        notes.some((n) => n.code === "orderingSubset"),
        file,
      ).toBe(subset);
    }
    expect(
      imported(
        "question__type__ordering__tests__fixtures__testquestion.moodle.xml",
      ).report.drafts[0]?.idnumber,
    ).toBe("dd1");
  });

  it("multichoice: text without its audio link and images, the key, a default explanation", () => {
    const result = imported(
      "question__format__xml__tests__fixtures__multichoice.xml",
    );
    const question = only(result, "single");
    expect(question.prompt.en).toBe(
      "Listen to this greeting:\n\nWhat language is being spoken?",
    );
    expect(question.options.map((o) => o.text.en)).toEqual([
      "English",
      "French",
      "German",
      "Danish",
    ]);
    expect(
      question.options.find((o) => o.id === question.correct)?.text.en,
    ).toBe("French");
    expect(question.explanation.en).toBe("The right answer: French");
    expect(result.report.drafts[0]?.notes).toEqual([
      { code: "mediaDropped", values: { count: 4 } },
      { code: "answerFeedbackDropped", values: { count: 4 } },
      {
        code: "defaultExplanation",
        values: { explanation: "The right answer: French" },
      },
    ]);
  });

  it("truefalse: which answer has 100 decides, images are dropped", () => {
    const result = imported(
      "question__format__xml__tests__fixtures__truefalse.xml",
    );
    expect(
      result.questions.map((q) => q.type === "truefalse" && q.correct),
    ).toEqual([false, true]);
    expect(result.questions[0]?.prompt.en).toBe(
      "Moodle\u00A0 is an acronym for Modular Object-Oriented Dynamic Learning Education.",
    );
    expect(result.questions[0]?.explanation.en).toBe(
      "For further information, see the documentation about Moodle.",
    );
    expect(codes(result, 0)).toEqual(["mediaDropped", "answerFeedbackDropped"]);
  });

  it("cloze with drop-downs and a typed gap: all gaps typed, partial credit reported", () => {
    const result = imported(
      "question__format__xml__tests__fixtures__multianswer.xml",
    );
    const question = only(result, "cloze");
    expect(question.prompt.en).toBe(
      "Match the following cities with the correct state,",
    );
    expect(question.text).toBe(
      "California or Arizona\n* San Francisco: {{1}}\n* Tucson: {{2}}\n* Los Angeles: {{3}}\n* Phoenix: {{4}}\nThe capital of France is {{5}}.",
    );
    expect(question.gaps.map((g) => g.accepted)).toEqual([
      ["California"],
      ["Arizona"],
      ["California"],
      ["Arizona"],
      ["Paris"],
    ]);
    expect(question.wordBank).toBeUndefined();
    expect(question.explanation.en).toBe("This is a Moodle question");
    expect(result.report.drafts[0]?.notes).toEqual([
      { code: "gapChoicesTyped", values: {} },
      {
        code: "partialCreditDropped",
        values: { answer: "Marseille", percent: 50 },
      },
      { code: "mediaDropped", values: { count: 3 } },
      { code: "answerFeedbackDropped", values: { count: 11 } },
    ]);
  });

  it("nested categories: one quiz per category with questions, the essay listed as not imported", () => {
    const result = imported(
      "question__format__xml__tests__fixtures__nested_categories_with_questions.xml",
    );
    expect(result.questions.map((q) => q.prompt.en)).toEqual([
      "Testing Iota Question",
      "Testing Kappa Question",
      "Testing Lambda Question",
      "Testing Mu Question",
    ]);
    expect(
      result.quizzes.map((q) => [
        q.id,
        q.title.en,
        q.description.en,
        q.questionIds,
      ]),
    ).toEqual([
      ["iota", "Iota", "This is Iota category for test", ["q001"]],
      ["iota-kappa", "Kappa", "This is Kappa category for test", ["q002"]],
      [
        "iota-kappa-lambda",
        "Lambda",
        "This is Lambda category for test",
        ["q003"],
      ],
      ["iota-mu", "Mu", "This is Mu category for test", ["q004"]],
    ]);
    expect(result.report.skipped).toEqual([
      {
        name: "Kappa Essay Question",
        moodleType: "essay",
        category: "$module$/Iota/Kappa",
        where: { line: 55, element: "quiz/question[4]" },
        notes: [{ code: "unsupportedType", values: { type: "essay" } }],
      },
    ]);
  });

  it("categories with a description and ID number; entities in ID numbers are decoded", () => {
    for (const file of [
      "question__format__xml__tests__fixtures__category_with_description.xml",
      "question__format__xml__tests__fixtures__export_category.xml",
    ]) {
      const result = imported(file);
      expect(result.quizzes.map((q) => [q.title.en, q.description.en])).toEqual(
        [["Alpha", "This is Alpha category for test"]],
      );
      expect(only(result, "truefalse").correct).toBe(true);
    }
    const result = imported(
      "question__format__xml__tests__fixtures__html_chars_in_idnumbers.xml",
    );
    expect(result.report.drafts[0]?.idnumber).toBe("T & F");
  });

  it("refuses the broken cloze file as a whole, with Moodle's reason, line and element for each question", () => {
    const result = importQuestions(
      moodleFixture(
        "question__format__xml__tests__fixtures__broken_cloze_questions.xml",
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.line, e.element])).toEqual([
      ["clozeNoGaps", 8, "quiz/question[1]/questiontext"],
      ["clozeNoGaps", 24, "quiz/question[2]/questiontext"],
      ["clozeTooFewChoices", 40, "quiz/question[3]/questiontext"],
      ["clozeNoCorrectAnswer", 56, "quiz/question[4]/questiontext"],
      ["clozeNumberInvalid", 72, "quiz/question[5]/questiontext"],
    ]);
    expect(result.errors[2]?.detail).toBe("1: {1:MULTICHOICE:=Apple#Correct}");
  });
});
