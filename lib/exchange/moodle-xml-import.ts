// Reads a Moodle XML question file into the format-neutral exchange file. It reads the elements
// Moodle's own importer reads (question/format/xml/format.php and the import_from_xml of the
// gapselect, ddwtos and ordering question types), with Moodle's defaults where an element is
// missing. Question texts and feedback become plain text (exchange-html.ts). Types without a
// counterpart (essay, calculated, description, …) are listed, not dropped. A file that is not
// well-formed, or a question that Moodle itself would refuse, fails the whole import with an
// error that names the line and the element.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { htmlToPlainText, type TextFormat } from "./exchange-html";
import {
  EXCHANGE_LIMITS,
  type ClozeGap,
  type ExchangeAnswer,
  type ExchangeBody,
  type ExchangeCategory,
  type ExchangeError,
  type ExchangeErrorCode,
  type ExchangeFile,
  type ExchangeLocation,
  type NumericAnswer,
  splitClozeText,
} from "./exchange-model";
import { readEmbeddedAnswers } from "./moodle-xml-cloze";

export type ReadResult =
  { ok: true; file: ExchangeFile } | { ok: false; errors: ExchangeError[] };

/** An element with its attributes, child elements, text content and first line. */
type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  path: string;
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});
const META = XMLParser.getMetaDataSymbol() as symbol;

export function readMoodleXml(source: string): ReadResult {
  const xml = source.replace(/^\uFEFF/, "");
  if (xml.trim() === "") return failure("emptyFile", {}, "");
  if (xml.length > EXCHANGE_LIMITS.maxCharacters)
    return failure("tooLarge", {}, String(xml.length));
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return failure(
      "xmlMalformed",
      { line: valid.err.line },
      `${valid.err.msg} (column ${valid.err.col})`,
    );

  const lineStarts = [0];
  for (let i = xml.indexOf("\n"); i >= 0; i = xml.indexOf("\n", i + 1))
    lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const roots = toElements(parser.parse(xml) as unknown[], "", lineAt);
  const root = roots[0];
  const questions =
    root?.name === "quiz"
      ? root.children.filter((c) => c.name === "question")
      : root?.name === "question"
        ? [root]
        : undefined;
  if (!root || !questions)
    return failure("xmlRoot", { line: root?.line }, root?.name ?? "");
  if (questions.length > EXCHANGE_LIMITS.maxQuestions)
    return failure("tooLarge", {}, `${questions.length} questions`);

  const file: ExchangeFile = { categories: [], questions: [], unsupported: [] };
  const errors: ExchangeError[] = [];
  let category = "";
  for (const element of questions) {
    const where = { line: element.line, element: element.path };
    const type = element.attributes.type?.trim();
    if (!type) {
      errors.push({ code: "questionWithoutType", ...where, detail: "" });
      continue;
    }
    if (type === "category") {
      const read = readCategory(element);
      category = read.path;
      file.categories.push(read);
      continue;
    }
    const reader = READERS[type];
    const name = textOf(element, "name");
    if (!reader) {
      file.unsupported.push({ name, moodleType: type, category, where });
      continue;
    }
    const problems: ExchangeError[] = [];
    const report = (code: ExchangeErrorCode, at: XmlElement, detail: string) =>
      problems.push({ code, line: at.line, element: at.path, detail });
    const questionText = richText(element, "questiontext");
    const body = reader(element, report, questionText.raw);
    errors.push(...problems);
    if (!body || problems.length > 0) continue;
    const feedback = richText(element, "generalfeedback");
    const prompt =
      body.type === "cloze" ? body.prompt : questionText.plain.text;
    file.questions.push({
      name,
      idnumber: valueOf(element, "idnumber"),
      tags: tagsOf(element),
      category,
      text: prompt,
      generalFeedback: feedback.plain.text,
      body: body.type === "cloze" ? body.cloze : body,
      hints: element.children.filter((c) => c.name === "hint").length,
      media:
        questionText.plain.media + feedback.plain.media + answerMedia(element),
      where,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, file };
}

type Report = (code: ExchangeErrorCode, at: XmlElement, detail: string) => void;
type ReadBody =
  | Exclude<ExchangeBody, { type: "cloze" }>
  | {
      type: "cloze";
      prompt: string;
      cloze: Extract<ExchangeBody, { type: "cloze" }>;
    };
type BodyReader = (
  question: XmlElement,
  report: Report,
  questionHtml: string,
) => ReadBody | undefined;

const READERS: Readonly<Record<string, BodyReader>> = {
  multichoice: (q, report) => {
    const answers = requiredAnswers(q, report);
    if (!answers) return undefined;
    return {
      type: "multichoice",
      single: isTrue(valueOf(q, "single", "true")),
      answers: answers.map((a) => richAnswer(a, report)),
    };
  },
  truefalse: (q, report) => {
    const answers = requiredAnswers(q, report);
    if (!answers) return undefined;
    // As Moodle does: the answer read last decides; old files wrote the words in the site's
    // language, and then the first answer is "true".
    let correct = true;
    answers.forEach((answer, index) => {
      const said = valueOf(answer, "text");
      const isTrueAnswer = said === "true" || (said !== "false" && index === 0);
      const full = fractionOf(answer, report) === 1;
      correct = isTrueAnswer ? full : !full;
    });
    const answerFeedback = answers.filter(
      (a) => richText(a, "feedback").plain.text !== "",
    ).length;
    return { type: "truefalse", correct, answerFeedback };
  },
  shortanswer: (q, report) => {
    const answers = requiredAnswers(q, report);
    if (!answers) return undefined;
    return {
      type: "shortanswer",
      caseSensitive: isTrue(valueOf(q, "usecase", "0")),
      answers: answers.map((a) => plainAnswer(a, report)),
    };
  },
  numerical: (q, report) => {
    const answers = requiredAnswers(q, report);
    if (!answers) return undefined;
    // Moodle skips an answer without a number, mark or feedback (an empty row of its form).
    const given = answers.filter(
      (a) =>
        (valueOf(a, "text") || a.text.trim()) !== "" ||
        fractionOf(a, report) !== 0 ||
        richText(a, "feedback").plain.text !== "",
    );
    const read: NumericAnswer[] = given.map((a) => {
      const value = valueOf(a, "text") || a.text.trim();
      const tolerance = valueOf(a, "tolerance", "0") || "0";
      const number = value === "*" ? null : parseNumber(value);
      const margin = parseNumber(tolerance);
      if (Number.isNaN(number)) report("numberInvalid", a, value);
      if (Number.isNaN(margin)) report("numberInvalid", a, tolerance);
      return {
        value: number,
        tolerance: Math.abs(margin),
        fraction: fractionOf(a, report),
        feedback: richText(a, "feedback").plain.text,
      };
    });
    const units = children(first(q, "units"), "unit").map((u) => ({
      name: valueOf(u, "unit_name"),
      multiplier: parseNumber(valueOf(u, "multiplier", "1") || "1"),
    }));
    return { type: "numerical", answers: read, units };
  },
  matching: (q, report) => readMatching(q, report),
  match: (q, report) => readMatching(q, report),
  ordering: (q, report) => {
    const answers = requiredAnswers(q, report);
    if (!answers) return undefined;
    const selectType = (
      valueOf(q, "selecttype") ||
      valueOf(q, "logical") ||
      "RANDOM"
    ).toUpperCase();
    const count = Number(
      valueOf(q, "selectcount") || valueOf(q, "studentsee") || "6",
    );
    const items = answers.map((a) => richText(a, "").plain.text);
    return {
      type: "ordering",
      items,
      settings: {
        grading: orderingGrading(valueOf(q, "gradingtype")),
        showsAll:
          ["ALL", "EXACT", "0"].includes(selectType) ||
          !(count > 0 && count < items.length),
      },
    };
  },
  cloze: (q, report, html) => readCloze(q, report, html),
  multianswer: (q, report, html) => readCloze(q, report, html),
  gapselect: (q, report, html) => readWordBank(q, report, html, "selectoption"),
  ddwtos: (q, report, html) => readWordBank(q, report, html, "dragbox"),
};

/** Moodle's name for an ordering grading type, its short forms and default resolved. */
function orderingGrading(name: string): string {
  const upper = name.trim().toUpperCase();
  if (["", "REL", "RELATIVE"].includes(upper))
    return "RELATIVE_NEXT_EXCLUDE_LAST";
  if (["ABS", "ABSOLUTE"].includes(upper)) return "ABSOLUTE_POSITION";
  return upper;
}

function readMatching(q: XmlElement, report: Report): ReadBody | undefined {
  const subquestions = children(q, "subquestion");
  if (subquestions.length === 0) {
    report("elementMissing", q, "subquestion");
    return undefined;
  }
  return {
    type: "matching",
    pairs: subquestions.map((s) => ({
      left: richText(s, "").plain.text,
      right: clean(valueOf(first(s, "answer"), "text")),
    })),
  };
}

const GAP_MARK = (index: number) => `\u{F0020}${index}\u{F0021}`;
const GAP_MARK_PATTERN = /\u{F0020}(\d+)\u{F0021}/gu;

function readCloze(
  q: XmlElement,
  report: Report,
  html: string,
): ReadBody | undefined {
  const at = first(q, "questiontext") ?? q;
  const embedded = readEmbeddedAnswers(html, GAP_MARK);
  for (const problem of embedded.problems)
    report(problem.code, at, problem.detail);
  if (embedded.problems.length > 0) return undefined;
  const plain = htmlToPlainText(
    embedded.html,
    formatOf(first(q, "questiontext")),
  );
  const split = splitClozeText(
    plain.text.replace(
      GAP_MARK_PATTERN,
      (_, i: string) => `{{${Number(i) + 1}}}`,
    ),
  );
  return {
    type: "cloze",
    prompt: split.prompt,
    cloze: {
      type: "cloze",
      text: split.text,
      gaps: embedded.gaps,
      source: "multianswer",
    },
  };
}

/** gapselect ([[n]] picks choice n from its group) and ddwtos (the same with drag boxes). */
function readWordBank(
  q: XmlElement,
  report: Report,
  html: string,
  choiceElement: "selectoption" | "dragbox",
): ReadBody | undefined {
  const choices = children(q, choiceElement).map((c) => ({
    text: clean(valueOf(c, "text")),
    group: valueOf(c, "group", "1") || "1",
  }));
  const at = first(q, "questiontext") ?? q;
  const gaps: ClozeGap[] = [];
  const marked = html.replace(/\[\[(\d+)\]\]/g, (whole, n: string) => {
    const choice = choices[Number(n) - 1];
    if (!choice) {
      report("gapChoiceMissing", at, whole);
      return whole;
    }
    const offered = choices.filter((c) => c.group === choice.group);
    gaps.push({
      kind: "choice",
      answers: offered.map((c) => ({
        text: c.text,
        fraction: c === choice ? 1 : 0,
        feedback: "",
      })),
    });
    return GAP_MARK(gaps.length - 1);
  });
  if (gaps.length === 0 && choices.length > 0)
    report("gapChoiceMissing", at, "[[1]]");
  if (choices.length === 0) report("elementMissing", q, choiceElement);
  if (gaps.length === 0 || choices.length === 0) return undefined;
  const plain = htmlToPlainText(marked, formatOf(first(q, "questiontext")));
  const split = splitClozeText(
    plain.text.replace(
      GAP_MARK_PATTERN,
      (_, i: string) => `{{${Number(i) + 1}}}`,
    ),
  );
  return {
    type: "cloze",
    prompt: split.prompt,
    cloze: {
      type: "cloze",
      text: split.text,
      gaps,
      source: choiceElement === "dragbox" ? "ddwtos" : "gapselect",
    },
  };
}

function readCategory(element: XmlElement): ExchangeCategory {
  const category = first(element, "category");
  // Old files wrote the path directly inside <category>.
  const path = valueOf(category, "text") || category?.text.trim() || "";
  return {
    path,
    info: htmlToPlainText(
      valueOf(first(element, "info"), "text"),
      formatOf(first(element, "info")),
    ).text,
    idnumber: valueOf(element, "idnumber"),
  };
}

// --- reading elements the way Moodle's getpath does ------------------------------------------

function requiredAnswers(
  q: XmlElement,
  report: Report,
): XmlElement[] | undefined {
  const answers = children(q, "answer");
  if (answers.length === 0) {
    report("elementMissing", q, "answer");
    return undefined;
  }
  return answers;
}

function richAnswer(answer: XmlElement, report: Report): ExchangeAnswer {
  return {
    text: richText(answer, "").plain.text,
    fraction: fractionOf(answer, report),
    feedback: richText(answer, "feedback").plain.text,
  };
}

function plainAnswer(answer: XmlElement, report: Report): ExchangeAnswer {
  return {
    text: clean(valueOf(answer, "text")),
    fraction: fractionOf(answer, report),
    feedback: richText(answer, "feedback").plain.text,
  };
}

/** Moodle's fraction attribute is a percentage; a <fraction> element (deprecated) is a share. */
function fractionOf(answer: XmlElement, report: Report): number {
  const element = first(answer, "fraction");
  if (element) {
    const share = parseNumber(element.text);
    if (!Number.isNaN(share)) return share;
  }
  const attribute = answer.attributes.fraction ?? "0";
  const value = parseNumber(attribute);
  if (Number.isNaN(value)) {
    report("fractionInvalid", answer, attribute);
    return 0;
  }
  return value / 100;
}

/** The HTML of a text field (`name` "" is the element itself) and its plain text. */
function richText(
  element: XmlElement | undefined,
  name: string,
): { raw: string; plain: ReturnType<typeof htmlToPlainText> } {
  const field = name === "" ? element : first(element, name);
  const raw = valueOf(field, "text");
  return { raw, plain: htmlToPlainText(raw, formatOf(field)) };
}

function formatOf(element: XmlElement | undefined): TextFormat {
  switch (element?.attributes.format?.trim()) {
    case "moodle_auto_format":
      return "moodle";
    case "plain_text":
      return "plain";
    case "markdown":
      return "markdown";
    default:
      return "html";
  }
}

function answerMedia(question: XmlElement): number {
  return children(question, "answer").reduce(
    (sum, a) => sum + richText(a, "").plain.media,
    0,
  );
}

function tagsOf(question: XmlElement): string[] {
  return children(first(question, "tags"), "tag")
    .map((tag) => clean(valueOf(tag, "text")))
    .filter((tag) => tag !== "");
}

function first(
  element: XmlElement | undefined,
  name: string,
): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** The trimmed text of child `name`; Moodle reads <name><text>…</text></name> the same way. */
function valueOf(
  element: XmlElement | undefined,
  name: string,
  fallback = "",
): string {
  const child = first(element, name);
  return child ? child.text.trim() : fallback;
}

function textOf(element: XmlElement, name: string): string {
  return clean(valueOf(first(element, name), "text"));
}

/** Plain-text fields keep their characters, without control characters or surrounding space. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "").trim();
}

function isTrue(value: string): boolean {
  const v = value.trim();
  return v !== "false" && v !== "" && v !== "0";
}

/** A number as Moodle's files write it; a decimal comma is accepted as Moodle's forms do. */
function parseNumber(text: string): number {
  const t = text.trim().replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number.NaN;
  return Number(t);
}

function failure(
  code: ExchangeErrorCode,
  where: ExchangeLocation,
  detail: string,
): ReadResult {
  return { ok: false, errors: [{ code, ...where, detail }] };
}

// --- from fast-xml-parser's ordered output to elements with lines and paths ------------------

function toElements(
  nodes: unknown[],
  parentPath: string,
  lineAt: (index: number) => number,
): XmlElement[] {
  const elements: XmlElement[] = [];
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (typeof node !== "object" || node === null) continue;
    const record = node as Record<string | symbol, unknown>;
    const name = Object.keys(record).find(
      (k) => k !== ":@" && !k.startsWith("#"),
    );
    if (!name) continue;
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    const path = `${parentPath}${parentPath ? "/" : ""}${name}${count > 1 || name === "question" ? `[${count}]` : ""}`;
    const content = (record[name] as unknown[]) ?? [];
    const meta = record[META] as { startIndex?: number } | undefined;
    const attributes =
      (record[":@"] as Record<string, string> | undefined) ?? {};
    elements.push({
      name,
      attributes,
      children: toElements(content, path, lineAt),
      text: content
        .map((c) => (c as Record<string, unknown>)["#text"])
        .filter((t): t is string => typeof t === "string")
        .join(""),
      line: lineAt(meta?.startIndex ?? 0),
      path,
    });
  }
  return elements;
}
