// Exported Moodle XML checked against what Moodle 4.x's importer reads: the elements of
// question/format/xml/format.php (import_headers, import_answer, import_combined_feedback and one
// function per type) and of the gapselect and ordering types' import_from_xml, the text formats
// trans_format knows, the fractions question_bank::fraction_options_full allows and that
// qtype_multichoice's save_question_options accepts, and the embedded answers that
// qtype_multianswer_extract_question finds.
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Question } from "@/lib/content/schema";
import { readEmbeddedAnswers } from "@/lib/exchange/moodle-xml-cloze";
import { seedExport, seedPack } from "./exchange-support";

const HEADER = [
  "name",
  "questiontext",
  "generalfeedback",
  "defaultgrade",
  "penalty",
  "hidden",
  "idnumber",
  "tags",
];
const COMBINED = [
  "correctfeedback",
  "partiallycorrectfeedback",
  "incorrectfeedback",
  "shownumcorrect",
];

/** The children of <question> Moodle reads, per type attribute (hints are read for every type). */
const READ: Record<string, string[]> = {
  category: ["category", "info", "idnumber"],
  multichoice: [
    ...HEADER,
    "single",
    "shuffleanswers",
    "answernumbering",
    "showstandardinstruction",
    ...COMBINED,
    "answer",
  ],
  truefalse: [...HEADER, "answer"],
  shortanswer: [...HEADER, "usecase", "answer"],
  numerical: [
    ...HEADER,
    "answer",
    "units",
    "unitgradingtype",
    "unitpenalty",
    "showunits",
    "unitsleft",
    "instructions",
  ],
  matching: [...HEADER, "shuffleanswers", ...COMBINED, "subquestion"],
  // import_multianswer reads no default grade: Moodle adds up the gaps' marks.
  cloze: [
    "name",
    "questiontext",
    "generalfeedback",
    "penalty",
    "hidden",
    "idnumber",
    "tags",
  ],
  gapselect: [...HEADER, "shuffleanswers", ...COMBINED, "selectoption"],
  ordering: [
    ...HEADER,
    "layouttype",
    "selecttype",
    "selectcount",
    "gradingtype",
    "showgrading",
    "numberingstyle",
    ...COMBINED,
    "answer",
  ],
};
const REQUIRED: Record<string, string[]> = {
  category: ["category"],
  multichoice: ["name", "questiontext", "answer"],
  truefalse: ["name", "questiontext", "answer"],
  shortanswer: ["name", "questiontext", "answer"],
  numerical: ["name", "questiontext", "answer"],
  matching: ["name", "questiontext", "subquestion"],
  cloze: ["name", "questiontext"],
  gapselect: ["name", "questiontext", "selectoption"],
  ordering: ["name", "questiontext", "answer"],
};
const ANSWER_CHILDREN: Record<string, string[]> = {
  multichoice: ["text", "feedback"],
  truefalse: ["text", "feedback"],
  shortanswer: ["text", "feedback"],
  numerical: ["text", "feedback", "tolerance"],
  ordering: ["text", "feedback"],
};
const FORMATS = [
  "html",
  "moodle_auto_format",
  "plain_text",
  "markdown",
  "wiki_like",
];
const TEXT_FIELDS = [
  "questiontext",
  "generalfeedback",
  "info",
  ...COMBINED.slice(0, 3),
];

/** question_bank::fraction_options_full() (question/engine/bank.php). */
const GRADES = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3,
  0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0,
].flatMap((g) => [g, -g]);
/** match_grade_options in "error" mode: within 0.00001 of an allowed grade. */
const allowedGrade = (fraction: number) =>
  GRADES.some((g) => Math.abs(g - fraction) < 0.00001);

type Node = Record<string, unknown> & {
  "@"?: Record<string, string>;
  "#text"?: string;
};
const parser = new XMLParser({
  ignoreAttributes: false,
  attributesGroupName: "@",
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  textNodeName: "#text",
  alwaysCreateTextNode: true,
});
const list = (node: Node | undefined, name: string) =>
  (node?.[name] as Node[] | undefined) ?? [];
const first = (node: Node | undefined, name: string) => list(node, name)[0];
const text = (node: Node | undefined) =>
  String(first(node, "text")?.["#text"] ?? "").trim();
const children = (node: Node) =>
  Object.keys(node).filter((k) => k !== "@" && k !== "#text");
/** PHP's is_numeric for the plain numbers we write. */
const isNumeric = (value: string) =>
  /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value.trim());

describe.each(LANGUAGES)("exported Moodle XML in %s", (language) => {
  for (const wordBanks of ["multianswer", "gapselect"] as const) {
    const { text: xml } = seedExport("moodle", language, wordBanks);
    const quiz = first(parser.parse(xml) as Node, "quiz");
    const records = list(quiz, "question");
    const questions = records.filter((q) => q["@"]?.type !== "category");
    const byId = new Map(seedPack.questions.map((q) => [q.id, q]));
    const sourceOf = (record: Node): Question => {
      const id =
        String(first(record, "idnumber")?.["#text"] ?? "").split("@")[0] ?? "";
      const question = byId.get(id);
      if (!question) throw new Error(`no question ${id}`);
      return question;
    };

    it(`has only elements Moodle's importer reads, and the ones it needs (word banks as ${wordBanks})`, () => {
      expect(questions).toHaveLength(seedPack.questions.length);
      for (const record of records) {
        const type = record["@"]?.type ?? "";
        expect(Object.keys(READ), type).toContain(type);
        const names = children(record);
        for (const name of names)
          expect(READ[type], `${type}: <${name}>`).toContain(name);
        for (const name of REQUIRED[type] ?? [])
          expect(names, `${type} needs <${name}>`).toContain(name);
        for (const field of TEXT_FIELDS) {
          const element = first(record, field);
          if (element) expect(FORMATS).toContain(element["@"]?.format);
        }
        for (const answer of list(record, "answer")) {
          for (const name of children(answer))
            expect(ANSWER_CHILDREN[type], `${type} answer <${name}>`).toContain(
              name,
            );
          expect(
            isNumeric(answer["@"]?.fraction ?? ""),
            `${type} fraction`,
          ).toBe(true);
        }
      }
    });

    it(`writes each type's key as Moodle grades it (word banks as ${wordBanks})`, () => {
      for (const record of questions) {
        const question = sourceOf(record);
        const type = record["@"]?.type;
        const answers = list(record, "answer");
        const fractions = answers.map((a) => Number(a["@"]?.fraction) / 100);
        const where = `${question.id} (${type})`;
        switch (question.type) {
          case "single":
            expect(type, where).toBe("multichoice");
            expect(String(first(record, "single")?.["#text"]), where).toBe(
              "true",
            );
            expect(
              fractions.filter((f) => f === 1),
              where,
            ).toHaveLength(1);
            expect(
              fractions.every((f) => f === 0 || f === 1),
              where,
            ).toBe(true);
            break;
          case "multiple": {
            expect(type, where).toBe("multichoice");
            expect(String(first(record, "single")?.["#text"]), where).toBe(
              "false",
            );
            for (const f of fractions)
              expect(allowedGrade(f), `${where}: ${f}`).toBe(true);
            const positive = fractions
              .filter((f) => f > 0)
              .reduce((a, b) => a + b, 0);
            expect(Math.round(positive * 100) / 100, where).toBe(1);
            // Picking every option earns nothing, as our rule says.
            expect(
              Math.max(
                0,
                fractions.reduce((a, b) => a + b, 0),
              ),
              where,
            ).toBeCloseTo(0, 5);
            break;
          }
          case "truefalse":
            expect(
              answers.map((a) => [text(a), Number(a["@"]?.fraction)]),
              where,
            ).toEqual([
              ["true", question.correct ? 100 : 0],
              ["false", question.correct ? 0 : 100],
            ]);
            break;
          case "numeric": {
            expect(
              answers.map((a) => [
                text(a),
                String(first(a, "tolerance")?.["#text"]),
              ]),
              where,
            ).toEqual([[String(question.correct), String(question.tolerance)]]);
            const units = list(first(record, "units"), "unit").map((u) => [
              String(first(u, "unit_name")?.["#text"]),
              String(first(u, "multiplier")?.["#text"]),
            ]);
            expect(units, where).toEqual(
              question.unit ? [[question.unit[language], "1"]] : [],
            );
            break;
          }
          case "short":
            expect(answers.map(text), where).toEqual(
              question.accepted[language],
            );
            expect(
              fractions.every((f) => f === 1),
              where,
            ).toBe(true);
            break;
          case "matching":
            expect(
              list(record, "subquestion").filter((s) => text(s) !== ""),
              where,
            ).toHaveLength(question.left.length);
            expect(list(record, "subquestion"), where).toHaveLength(
              question.left.length +
                question.right.length -
                new Set(Object.values(question.correct)).size,
            );
            break;
          case "ordering":
            expect(
              fractions.map((f) => f * 100),
              where,
            ).toEqual(question.correct.map((_, i) => i + 1));
            expect(String(first(record, "gradingtype")?.["#text"]), where).toBe(
              "RELATIVE_ALL_PREVIOUS_AND_NEXT",
            );
            expect(String(first(record, "selecttype")?.["#text"]), where).toBe(
              "ALL",
            );
            break;
          case "cloze": {
            const html = text(first(record, "questiontext"));
            if (type === "gapselect") {
              const options = list(record, "selectoption");
              expect(options.map(text), where).toEqual(question.wordBank);
              const keys = [...html.matchAll(/\[\[(\d+)\]\]/g)].map((m) =>
                Number(m[1]),
              );
              expect(
                keys.map((k) => text(options[k - 1])),
                where,
              ).toEqual(question.gaps.map((g) => g.accepted[0]));
            } else {
              expect(type, where).toBe("cloze");
              const embedded = readEmbeddedAnswers(html, () => "");
              expect(embedded.problems, where).toEqual([]);
              expect(embedded.gaps, where).toHaveLength(question.gaps.length);
              expect(
                embedded.gaps.map((g) => g.kind),
                where,
              ).toEqual(
                question.gaps.map(() =>
                  question.wordBank ? "choice" : "typed",
                ),
              );
            }
            break;
          }
        }
      }
    });

    it(`names the question, its article, sentences and facts, and quotes its sources (word banks as ${wordBanks})`, () => {
      const [category] = records;
      expect(category?.["@"]?.type).toBe("category");
      expect(text(first(category, "category"))).toBe(
        `$course$/top/${seedPack.article.title[language]}`,
      );
      expect(String(first(category, "idnumber")?.["#text"])).toBe(
        seedPack.article.id,
      );
      const idnumbers = questions.map((q) =>
        String(first(q, "idnumber")?.["#text"]),
      );
      expect(new Set(idnumbers).size).toBe(idnumbers.length);
      for (const record of questions) {
        const question = sourceOf(record);
        expect(String(first(record, "idnumber")?.["#text"])).toMatch(
          new RegExp(`^${question.id}@[0-9a-f]{12}$`),
        );
        const tags = list(first(record, "tags"), "tag").map(text);
        expect(tags).toEqual(
          expect.arrayContaining([
            `article:${seedPack.article.id}`,
            ...question.factIds.map((f) => `fact:${f}`),
            ...question.sentenceIds.map((s) => `sentence:${s}`),
          ]),
        );
        const feedback = text(first(record, "generalfeedback"));
        for (const id of question.sentenceIds) {
          const sentence = seedPack.article.sentences.find((s) => s.id === id);
          expect(feedback).toContain(sentence?.de.replaceAll("&", "&amp;"));
          expect(feedback).toContain(sentence?.en.replaceAll("&", "&amp;"));
        }
        expect(text(first(record, "questiontext"))).toContain(
          question.prompt[language]
            .replaceAll("&", "&amp;")
            .replaceAll("<", "&lt;"),
        );
      }
    });
  }
});
