// Writes an exchange file as Moodle XML, in the element structure Moodle 4.x's importer reads
// (question/format/xml/format.php, and import_from_xml of the gapselect and ordering question
// types): a category record before the questions of each category, then one <question> per
// question with its name, HTML question text, general feedback, ID number and tags.
import { XMLBuilder } from "fast-xml-parser";
import { plainTextToHtml } from "./exchange-html";
import type {
  ClozeGap,
  ExchangeCategory,
  ExchangeFile,
  ExchangeQuestion,
} from "./exchange-model";
import { writeEmbeddedGap } from "./moodle-xml-cloze";
import { CLOZE_GAP } from "@/lib/content/content-schema";

export type MoodleXmlOptions = {
  /**
   * How a cloze whose gaps all offer the same words is written: as embedded drop-down menus
   * (Moodle's "Embedded answers (Cloze)", the default) or as "Select missing words" (gapselect).
   */
  wordBanks?: "multianswer" | "gapselect";
};

export type WritableUnit = {
  file: ExchangeFile;
  /** A comment at the top of the file. */
  header?: string;
  /** Comments written before single questions, by index in file.questions. */
  notes?: ReadonlyMap<number, readonly string[]>;
};

type XmlNode = Record<string, unknown>;

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: false,
  commentPropName: "#comment",
  processEntities: true,
});

export function writeMoodleXml(
  unit: WritableUnit,
  options: MoodleXmlOptions = {},
): string {
  const { file } = unit;
  const children: XmlNode[] = [];
  if (unit.header) children.push(comment(unit.header));
  const switchTo = categorySwitcher(file.categories);
  let current: string | undefined;
  for (const [index, question] of file.questions.entries()) {
    if (question.category !== current) {
      current = question.category;
      for (const category of switchTo(current))
        children.push(...categoryRecord(category));
    }
    for (const note of unit.notes?.get(index) ?? [])
      children.push(comment(note));
    children.push(comment(`question: ${question.idnumber || question.name}`));
    children.push(questionElement(question, options));
  }
  const xml = builder.build([
    { "?xml": [text("")], ":@": { version: "1.0", encoding: "UTF-8" } },
    el("quiz", children),
  ]) as string;
  return `${xml.trim()}\n`;
}

/**
 * The category records to write before the questions of category `path`: the categories of the
 * file on its path not written yet (so a parent keeps its description), ending with `path`.
 */
export function categorySwitcher(
  categories: readonly ExchangeCategory[],
): (path: string) => ExchangeCategory[] {
  const written = new Set<string>();
  return (path) => {
    if (path === "") return [];
    const onPath = categories.filter(
      (c) =>
        c.path !== path &&
        path.startsWith(`${c.path}/`) &&
        !written.has(c.path),
    );
    const own = categories.find((c) => c.path === path) ?? {
      path,
      info: "",
      idnumber: "",
    };
    const records = [...onPath, own];
    for (const c of records) written.add(c.path);
    return records;
  };
}

function categoryRecord(category: ExchangeCategory): XmlNode[] {
  return [
    comment("question: 0"),
    el(
      "question",
      [
        el("category", [textElement(category.path)]),
        el("info", [textElement(plainTextToHtml(category.info))], {
          format: "html",
        }),
        el("idnumber", [text(category.idnumber)]),
      ],
      { type: "category" },
    ),
  ];
}

function questionElement(
  question: ExchangeQuestion,
  options: MoodleXmlOptions,
): XmlNode {
  const { body } = question;
  const head = (type: string, questionHtml: string, defaultGrade: boolean) =>
    el(
      "question",
      [
        el("name", [textElement(question.name)]),
        el("questiontext", [textElement(questionHtml)], { format: "html" }),
        el(
          "generalfeedback",
          [textElement(plainTextToHtml(question.generalFeedback))],
          {
            format: "html",
          },
        ),
        ...(defaultGrade ? [el("defaultgrade", [text("1")])] : []),
        el("penalty", [text(type === "truefalse" ? "1" : "0.3333333")]),
        el("hidden", [text("0")]),
        el("idnumber", [text(question.idnumber)]),
      ],
      { type },
    );
  const html = plainTextToHtml(question.text);
  const tags = tagsElement(question.tags);

  switch (body.type) {
    case "multichoice":
      return withChildren(head("multichoice", html, true), [
        el("single", [text(String(body.single))]),
        el("shuffleanswers", [text("true")]),
        el("answernumbering", [text("abc")]),
        el("showstandardinstruction", [text("0")]),
        ...combinedFeedback(),
        ...body.answers.map((a) =>
          answerElement(
            plainTextToHtml(a.text),
            a.fraction,
            "html",
            a.feedback,
          ),
        ),
        ...tags,
      ]);
    case "truefalse":
      return withChildren(head("truefalse", html, true), [
        answerElement("true", body.correct ? 1 : 0, "moodle_auto_format", ""),
        answerElement("false", body.correct ? 0 : 1, "moodle_auto_format", ""),
        ...tags,
      ]);
    case "shortanswer":
      return withChildren(head("shortanswer", html, true), [
        el("usecase", [text(body.caseSensitive ? "1" : "0")]),
        ...body.answers.map((a) =>
          answerElement(a.text, a.fraction, "moodle_auto_format", a.feedback),
        ),
        ...tags,
      ]);
    case "numerical":
      return withChildren(head("numerical", html, true), [
        ...body.answers.map((a) =>
          answerElement(
            a.value === null ? "*" : String(a.value),
            a.fraction,
            "moodle_auto_format",
            a.feedback,
            [el("tolerance", [text(String(a.tolerance))])],
          ),
        ),
        ...(body.units.length > 0
          ? [
              el(
                "units",
                body.units.map((u) =>
                  el("unit", [
                    el("multiplier", [text(String(u.multiplier))]),
                    el("unit_name", [text(u.name)]),
                  ]),
                ),
              ),
            ]
          : []),
        // Units are optional: a learner may type "50" or "50 %"; only the number is graded.
        el("unitgradingtype", [text("0")]),
        el("unitpenalty", [text("0.1000000")]),
        el("showunits", [text(body.units.length > 0 ? "0" : "3")]),
        el("unitsleft", [text("0")]),
        ...tags,
      ]);
    case "matching":
      return withChildren(head("matching", html, true), [
        el("shuffleanswers", [text("true")]),
        ...combinedFeedback(),
        ...body.pairs.map((pair) =>
          el(
            "subquestion",
            [
              textElement(plainTextToHtml(pair.left)),
              el("answer", [textElement(pair.right)]),
            ],
            { format: "html" },
          ),
        ),
        ...tags,
      ]);
    case "ordering":
      return withChildren(head("ordering", html, true), [
        el("layouttype", [text("VERTICAL")]),
        el("selecttype", [text(body.settings.showsAll ? "ALL" : "RANDOM")]),
        el("selectcount", [text(String(body.items.length))]),
        el("gradingtype", [text(body.settings.grading)]),
        el("showgrading", [text("SHOW")]),
        el("numberingstyle", [text("none")]),
        ...combinedFeedback(),
        ...body.items.map((item, index) =>
          el("answer", [textElement(plainTextToHtml(item))], {
            fraction: String(index + 1),
            format: "html",
          }),
        ),
        ...tags,
      ]);
    case "cloze": {
      const bank = sharedWordBank(body.gaps);
      if (options.wordBanks === "gapselect" && bank) {
        const gapText = gapHtml(
          body.text,
          (index) => `[[${bank.keys[index]}]]`,
        );
        return withChildren(head("gapselect", joinHtml(html, gapText), true), [
          el("shuffleanswers", [text("1")]),
          ...combinedFeedback(),
          ...bank.words.map((word) =>
            el("selectoption", [textElement(word), el("group", [text("1")])]),
          ),
          ...tags,
        ]);
      }
      const gapText = gapHtml(body.text, (index) => {
        const gap = body.gaps[index];
        return gap ? writeEmbeddedGap(gap) : "";
      });
      // Moodle adds up the gaps' marks itself, so a cloze has no default grade.
      return withChildren(head("cloze", joinHtml(html, gapText), false), tags);
    }
  }
}

/**
 * The words offered at every gap when all gaps offer the same words and each has exactly one
 * right word (what "Select missing words" can express), with the 1-based number of each
 * gap's word in that list.
 */
function sharedWordBank(
  gaps: readonly ClozeGap[],
): { words: string[]; keys: number[] } | undefined {
  const first = gaps[0];
  if (!first || first.kind !== "choice") return undefined;
  const words = first.answers.map((a) => a.text);
  const keys: number[] = [];
  for (const gap of gaps) {
    if (gap.kind !== "choice") return undefined;
    if (gap.answers.map((a) => a.text).join("\u0000") !== words.join("\u0000"))
      return undefined;
    const right = gap.answers.flatMap((a, i) =>
      a.fraction === 1 ? [i + 1] : [],
    );
    if (
      right.length !== 1 ||
      gap.answers.some((a) => a.fraction !== 0 && a.fraction !== 1)
    )
      return undefined;
    keys.push(right[0] ?? 0);
  }
  return { words, keys };
}

const GAP_SENTINEL = /\u{F0010}(\d+)\u{F0011}/gu;

/** The gap text as HTML, each {{n}} replaced by what `gapAt(n - 1)` writes. */
function gapHtml(gapText: string, gapAt: (index: number) => string): string {
  const marked = gapText.replace(
    CLOZE_GAP,
    (_, n: string) => `\u{F0010}${n}\u{F0011}`,
  );
  return plainTextToHtml(marked).replace(GAP_SENTINEL, (_, n: string) =>
    gapAt(Number(n) - 1),
  );
}

function joinHtml(...parts: string[]): string {
  return parts.filter((p) => p !== "").join("");
}

function combinedFeedback(): XmlNode[] {
  return [
    ...["correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"].map(
      (name) => el(name, [textElement("")], { format: "html" }),
    ),
    el("shownumcorrect", []),
  ];
}

function answerElement(
  answer: string,
  fraction: number,
  format: string,
  feedback: string,
  extra: XmlNode[] = [],
): XmlNode {
  return el(
    "answer",
    [
      textElement(answer),
      el("feedback", [textElement(plainTextToHtml(feedback))], {
        format: "html",
      }),
      ...extra,
    ],
    { fraction: percent(fraction), format },
  );
}

/** A fraction as Moodle writes it: a percentage with at most five decimals ("33.33333"). */
export function percent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(5)));
}

function tagsElement(tags: readonly string[]): XmlNode[] {
  if (tags.length === 0) return [];
  return [
    el(
      "tags",
      tags.map((tag) => el("tag", [textElement(tag)])),
    ),
  ];
}

function withChildren(node: XmlNode, children: XmlNode[]): XmlNode {
  (node.question as XmlNode[]).push(...children);
  return node;
}

function el(
  name: string,
  children: XmlNode[],
  attributes?: Record<string, string>,
): XmlNode {
  return attributes
    ? { [name]: children, ":@": attributes }
    : { [name]: children };
}

function text(value: string): XmlNode {
  return { "#text": value };
}

function textElement(value: string): XmlNode {
  return el("text", [text(value)]);
}

/** XML comments may not contain "--". */
function comment(value: string): XmlNode {
  return { "#comment": [text(` ${value.replaceAll("--", "- -")} `)] };
}
