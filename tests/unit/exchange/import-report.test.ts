// Bad files and what the import report says: every error code refuses the whole file with its
// line or element and nothing half-imported; every note code comes from a real question and
// has a message in both languages whose arguments are the values the note carries.
import {
  parse,
  TYPE,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import {
  EXCHANGE_ERROR_CODES,
  EXCHANGE_LIMITS,
  IMPORT_NOTE_CODES,
  type ExchangeError,
  type ImportNote,
} from "@/lib/exchange/exchange-model";
import { importQuestions } from "@/lib/exchange/exchange-import";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { moodleFixture, seedPack } from "./exchange-support";

function refused(source: string): ExchangeError[] {
  const result = importQuestions(source);
  expect(result.ok, source.slice(0, 60)).toBe(false);
  return result.ok ? [] : result.errors;
}

const question = (type: string, body: string, name = type) =>
  `<question type="${type}"><name><text>${name}</text></name><questiontext format="html"><text>What?</text></questiontext>${body}</question>`;
const quiz = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join("\n")}\n</quiz>\n`;
const answer = (fraction: number, text: string, extra = "") =>
  `<answer fraction="${fraction}" format="html"><text>${text}</text>${extra}</answer>`;

describe("a file that cannot be read is refused as a whole", () => {
  it("names the line of malformed XML", () => {
    const [error] = refused(
      '<?xml version="1.0"?>\n<quiz>\n<question type="truefalse">\n</quiz>\n',
    );
    expect(error?.code).toBe("xmlMalformed");
    expect(error?.line).toBe(4);
  });

  it("refuses XML that is not a Moodle export, and a question without type", () => {
    expect(
      refused("<html><body/></html>").map((e) => [e.code, e.detail]),
    ).toEqual([["xmlRoot", "html"]]);
    expect(
      refused(quiz("<question><name><text>x</text></name></question>"))[0],
    ).toMatchObject({
      code: "questionWithoutType",
      line: 3,
      element: "quiz/question[1]",
    });
  });

  it("names the element of a missing part, a mark or number that is not a number, a missing choice", () => {
    const errors = refused(
      quiz(
        question("multichoice", ""),
        question(
          "multichoice",
          answer(100, "a") + '<answer fraction="lots"><text>b</text></answer>',
        ),
        question("numerical", answer(100, "zehn")),
        question(
          "gapselect",
          "<selectoption><text>a</text><group>1</group></selectoption>",
        ).replace("What?", "Pick [[7]]."),
      ),
    );
    expect(errors.map((e) => [e.code, e.element, e.detail])).toEqual([
      ["elementMissing", "quiz/question[1]", "answer"],
      ["fractionInvalid", "quiz/question[2]/answer[2]", "lots"],
      ["numberInvalid", "quiz/question[3]/answer", "zehn"],
      ["gapChoiceMissing", "quiz/question[4]/questiontext", "[[7]]"],
      ["gapChoiceMissing", "quiz/question[4]/questiontext", "[[1]]"],
    ]);
  });

  it("imports nothing of a file with one good and one bad question", () => {
    const result = importQuestions(
      quiz(
        question("truefalse", answer(100, "true") + answer(0, "false")),
        question("numerical", answer(100, "x")),
      ),
    );
    expect(result.ok).toBe(false);
    expect("questions" in result).toBe(false);
  });

  it("refuses empty, unreadable and too large files, and GIFT with unbalanced braces or unreadable answers", () => {
    expect(refused("").map((e) => e.code)).toEqual(["emptyFile"]);
    expect(refused("   \n").map((e) => e.code)).toEqual(["emptyFile"]);
    expect(
      refused("PK\u0003\u0004\u0000\u0000word/document.xml").map((e) => e.code),
    ).toEqual(["unknownFormat"]);
    expect(
      refused("Q{T}\n\n".repeat(EXCHANGE_LIMITS.maxQuestions + 1)).map(
        (e) => e.code,
      ),
    ).toEqual(["tooLarge"]);
    expect(
      refused(`<quiz>${" ".repeat(EXCHANGE_LIMITS.maxCharacters)}</quiz>`).map(
        (e) => e.code,
      ),
    ).toEqual(["tooLarge"]);
    expect(
      refused("// a comment\nWho? {=nobody\n\nNext {T}").map((e) => [
        e.code,
        e.line,
      ]),
    ).toEqual([["giftBraces", 1]]);
    expect(
      refused("Fine {T}\n\nPick one {~only}").map((e) => [e.code, e.line]),
    ).toEqual([["giftAnswers", 3]]);
    expect(refused("Match {=a -> b =c}").map((e) => e.code)).toEqual([
      "giftAnswers",
    ]);
    expect(refused("Year? {#nineteen}").map((e) => e.code)).toEqual([
      "numberInvalid",
    ]);
  });

  it("gives every error code with its messages in both languages", () => {
    for (const code of EXCHANGE_ERROR_CODES) {
      expect(de.Exchange.errors[code], code).toBeTruthy();
      expect(en.Exchange.errors[code], code).toBeTruthy();
    }
    expect(Object.keys(de.Exchange.errors).sort()).toEqual(
      [...EXCHANGE_ERROR_CODES].sort(),
    );
  });
});

/** One Moodle XML file with a question for each thing the report can say. */
const CASES = quiz(
  question(
    "multichoice",
    "<single>true</single>" + answer(0, "a") + answer(0, "b") + answer(0, "c"),
    "noCorrectAnswer",
  ),
  question(
    "multichoice",
    "<single>true</single>" +
      answer(100, "a") +
      answer(100, "b") +
      answer(0, "c"),
    "severalCorrectInSingle",
  ),
  question(
    "multichoice",
    "<single>true</single>" + answer(100, "a") + answer(0, "b"),
    "optionCount",
  ),
  question(
    "multichoice",
    "<single>true</single>" +
      answer(100, '&lt;img src="x.png" /&gt;') +
      answer(0, "b") +
      answer(0, "c"),
    "notRepresentable",
  ),
  question(
    "multichoice",
    "<single>false</single>" +
      answer(100, "a") +
      answer(0, "b") +
      answer(0, "c"),
    "singleFromMultiple",
  ),
  question("ordering", answer(1, "first") + answer(2, "second"), "tooFewItems"),
  question(
    "shortanswer",
    "<usecase>1</usecase>" + answer(100, "Paris") + answer(100, "Par*s"),
    "caseSensitive+wildcard",
  ),
  question(
    "numerical",
    answer(100, "5", "<tolerance>0</tolerance>") +
      answer(100, "6", "<tolerance>1</tolerance>") +
      "<units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit><unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit></units>",
    "otherAnswers+otherUnits",
  ),
  question("cloze", "").replace(
    "What?",
    "A {1:NUMERICAL:=5:1} and {1:MULTICHOICE:=x~y}",
  ),
  question("cloze", "").replace("What?", "Pick {1:MC:=x~y} and {1:MC:=z~w}"),
  question("cloze", "").replace("What?", "All of {1:MULTIRESPONSE:=x~=y~z}"),
);

function notesOf(name: string, notes: Map<string, ImportNote[]>): string[] {
  return (notes.get(name) ?? []).map((n) => n.code);
}

describe("the import report", () => {
  const result = importQuestions(CASES, { pack: seedPack });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const byName = new Map<string, ImportNote[]>([
    ...result.report.drafts.map(
      (d) => [d.name, d.notes] as [string, ImportNote[]],
    ),
    ...result.report.skipped.map(
      (s) => [s.name, s.notes] as [string, ImportNote[]],
    ),
  ]);

  it("lists what it could not import, with the reason", () => {
    expect(
      result.report.skipped.map((s) => [s.name, s.notes.map((n) => n.code)]),
    ).toEqual([
      ["noCorrectAnswer", ["noCorrectAnswer"]],
      ["severalCorrectInSingle", ["severalCorrectInSingle"]],
      ["optionCount", ["optionCount"]],
      ["notRepresentable", ["mediaDropped", "notRepresentable"]],
      ["tooFewItems", ["tooFewItems"]],
      ["cloze", ["gapMultiresponse"]],
    ]);
    expect(byName.get("optionCount")?.[0]?.values).toEqual({
      count: 2,
      min: 3,
      max: 6,
    });
  });

  it("says what it converted or could not keep", () => {
    expect(notesOf("singleFromMultiple", byName)).toContain(
      "singleFromMultiple",
    );
    expect(notesOf("caseSensitive+wildcard", byName)).toEqual(
      expect.arrayContaining(["caseSensitive", "wildcardDropped"]),
    );
    expect(notesOf("otherAnswers+otherUnits", byName)).toEqual(
      expect.arrayContaining(["otherAnswersDropped", "otherUnitsDropped"]),
    );
    const clozes = result.report.drafts
      .filter((d) => d.name === "cloze")
      .map((d) => d.notes.map((n) => n.code));
    expect(clozes[0]).toEqual(
      expect.arrayContaining(["gapToleranceDropped", "gapChoicesTyped"]),
    );
    expect(clozes[1]).toEqual(expect.arrayContaining(["gapChoicesMerged"]));
  });

  it("has, for every note code, a message in both languages with the note's values as its arguments", () => {
    const fixtures = [
      "question__type__shortanswer__tests__fixtures__testquestion.moodle.xml",
      "question__type__match__tests__fixtures__testquestion.moodle.xml",
      "question__type__gapselect__tests__fixtures__testquestion.moodle.xml",
      "question__type__ordering__tests__fixtures__testexport.moodle.xml",
      "question__format__xml__tests__fixtures__multichoice.xml",
      "question__format__xml__tests__fixtures__multianswer.xml",
      "question__format__xml__tests__fixtures__nested_categories_with_questions.xml",
      "question__format__gift__tests__fixtures__questions.gift.txt",
    ];
    const notes = [
      ...[...result.report.drafts, ...result.report.skipped].flatMap(
        (d) => d.notes,
      ),
      ...fixtures.flatMap((file) => {
        const imported = importQuestions(moodleFixture(file), {
          pack: seedPack,
        });
        return imported.ok
          ? [...imported.report.drafts, ...imported.report.skipped].flatMap(
              (d) => d.notes,
            )
          : [];
      }),
    ];
    const seen = new Set(notes.map((n) => n.code));
    expect([...IMPORT_NOTE_CODES].filter((code) => !seen.has(code))).toEqual(
      [],
    );
    expect(Object.keys(de.Exchange.notes).sort()).toEqual(
      [...IMPORT_NOTE_CODES].sort(),
    );
    for (const n of notes) {
      for (const messages of [de, en]) {
        const message = messages.Exchange.notes[n.code];
        expect(placeholders(message), n.code).toEqual(
          Object.keys(n.values).sort(),
        );
      }
    }
  });
});

function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if ("value" in el && typeof el.value === "string") names.add(el.value);
      if ("options" in el)
        for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}
