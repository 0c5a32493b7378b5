// Reads a GIFT file into the format-neutral exchange file, the way Moodle's GIFT importer does
// (question/format/gift/format.php): questions are separated by blank lines; "//" lines are
// comments, which may carry the ID number ("// [id:…]") and tags ("// [tag:…]"); "\" escapes
// ~ = # { } : and "\n" is a line break; "::name::", a "[html]"/"[plain]"/"[markdown]"/"[moodle]"
// format, the answers between the first "{" and the first "}", and "####" general feedback.
// Text after the answers makes a missing-word question, which becomes a one-gap cloze. Moodle's
// ordering extension ("{>n … items }") is read too.
import { htmlToPlainText, type TextFormat } from "./exchange-html";
import {
  EXCHANGE_LIMITS,
  splitClozeText,
  type ClozeGap,
  type ExchangeAnswer,
  type ExchangeBody,
  type ExchangeError,
  type ExchangeErrorCode,
  type ExchangeFile,
  type NumericAnswer,
} from "./exchange-model";
import type { ReadResult } from "./moodle-xml-import";

const ESCAPES: Readonly<Record<string, string>> = {
  ":": "\u{F0030}",
  "#": "\u{F0031}",
  "=": "\u{F0032}",
  "{": "\u{F0033}",
  "}": "\u{F0034}",
  "~": "\u{F0035}",
  n: "\u{F0036}",
};
const BACKSLASH = "\u{F0037}";
const PLACEHOLDERS = new RegExp(
  `[${Object.values(ESCAPES).join("")}${BACKSLASH}]`,
  "gu",
);
const UNESCAPED: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(ESCAPES).map(([c, p]) => [p, c === "n" ? "\n" : c]),
  ),
  [BACKSLASH]: "\\",
};
const GAP_MARK = "\u{F0038}";
const WEIGHT = /^%(-?[0-9]{1,3}(?:\.[0-9]*)?)%/;

export function readGift(source: string): ReadResult {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return failure("emptyFile", 0, "");
  if (text.length > EXCHANGE_LIMITS.maxCharacters)
    return failure("tooLarge", 0, String(text.length));

  const file: ExchangeFile = { categories: [], questions: [], unsupported: [] };
  const errors: ExchangeError[] = [];
  let category = "";
  const blocks = splitBlocks(text);
  if (blocks.length > EXCHANGE_LIMITS.maxQuestions)
    return failure("tooLarge", 0, `${blocks.length} questions`);

  for (const block of blocks) {
    const where = { line: block.line };
    const comments = block.lines
      .filter((l) => l.trim().startsWith("//"))
      .join("\n");
    const body = block.lines
      .map((l) => (l.trim().startsWith("//") ? " " : l))
      .join("\n")
      .trim();
    if (body === "") continue;
    const report = (code: ExchangeErrorCode, detail: string) =>
      errors.push({ code, ...where, detail: detail.slice(0, 120) });

    let rest = escapePre(body);
    if (/^\$CATEGORY:/.test(rest)) {
      const path = unescape(rest.slice("$CATEGORY:".length)).trim();
      category = path;
      file.categories.push({ path, info: "", idnumber: "" });
      continue;
    }

    let name = "";
    if (rest.startsWith("::")) {
      const end = rest.indexOf("::", 2);
      if (end >= 0) {
        name = unescape(rest.slice(2, end)).trim();
        rest = rest.slice(end + 2).trim();
      } else rest = rest.slice(2);
    }

    const start = rest.indexOf("{");
    const finish = rest.indexOf("}");
    const { idnumber, tags } = idAndTags(comments);
    if (start < 0 && finish < 0) {
      file.unsupported.push({
        name: name || firstWords(unescape(rest)),
        moodleType: "description",
        category,
        where,
      });
      continue;
    }
    if (start < 0 || finish < 0 || finish < start) {
      report("giftBraces", unescape(rest));
      continue;
    }
    let answers = rest.slice(start + 1, finish).trim();
    const before = rest.slice(0, start);
    const after = rest.slice(finish + 1);
    const missingWord = after.trim() !== "";
    let questionText = missingWord ? `${before}${GAP_MARK}${after}` : before;

    let generalFeedback = "";
    const separator = answers.lastIndexOf("####");
    if (separator >= 0) {
      generalFeedback = answers.slice(separator + 4);
      answers = answers.slice(0, separator).trim();
    }
    const textFormat = formatPrefix(questionText.trim());
    questionText = textFormat.text;
    const format = textFormat.format;
    const feedback = formatPrefix(generalFeedback.trim(), format);

    const read = readAnswers(answers, format, report);
    if (read === "unsupported") {
      file.unsupported.push({
        name: name || firstWords(plain(questionText, format).text),
        moodleType: answers === "" ? "essay" : "unknown",
        category,
        where,
      });
      continue;
    }
    if (!read) continue;

    const questionPlain = plain(questionText, format);
    let bodyOut: ExchangeBody = read;
    let shownText = questionPlain.text.replace(GAP_MARK, "_____");
    if (
      missingWord &&
      (read.type === "shortanswer" || read.type === "multichoice")
    ) {
      const gap: ClozeGap =
        read.type === "shortanswer"
          ? { kind: "typed", caseSensitive: false, answers: read.answers }
          : { kind: "choice", answers: read.answers };
      const split = splitClozeText(
        questionPlain.text.replace(GAP_MARK, "{{1}}"),
      );
      bodyOut = {
        type: "cloze",
        text: split.text,
        gaps: [gap],
        source: "missingword",
      };
      shownText = split.prompt;
    }
    const feedbackPlain = plain(feedback.text, feedback.format);
    file.questions.push({
      name: name || firstWords(shownText),
      idnumber,
      tags,
      category,
      text: shownText,
      generalFeedback: feedbackPlain.text,
      body: bodyOut,
      hints: 0,
      media: questionPlain.media + feedbackPlain.media,
      where,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, file };
}

type Report = (code: ExchangeErrorCode, detail: string) => void;

function readAnswers(
  answers: string,
  format: TextFormat,
  report: Report,
): Exclude<ExchangeBody, { type: "cloze" }> | "unsupported" | undefined {
  if (answers === "") return "unsupported";
  if (answers.startsWith(">")) return readOrdering(answers, format);
  if (answers.startsWith("#"))
    return readNumerical(answers.slice(1), format, report);
  if (answers.includes("~")) {
    const parts = answers
      .replaceAll("=", "~=")
      .split("~")
      .map((p) => p.trim());
    if (parts[0] === "") parts.shift();
    if (parts.length < 2) {
      report("giftAnswers", unescape(answers));
      return undefined;
    }
    const read = parts.map((part): ExchangeAnswer => {
      let fraction = 0;
      let rest = part;
      if (rest.startsWith("=")) {
        fraction = 1;
        rest = rest.slice(1);
      } else {
        const weight = WEIGHT.exec(rest);
        if (weight) {
          fraction = Number(weight[1]) / 100;
          rest = rest.slice(weight[0].length);
        }
      }
      return answerWithFeedback(rest, fraction, format);
    });
    return {
      type: "multichoice",
      single: answers.includes("="),
      answers: read,
    };
  }
  if (answers.includes("=") && answers.includes("->")) {
    const parts = answers.split("=").map((p) => p.trim());
    if (parts[0] === "") parts.shift();
    if (parts.length < 2 || parts.some((p) => !p.includes("->"))) {
      report("giftAnswers", unescape(answers));
      return undefined;
    }
    return {
      type: "matching",
      pairs: parts.map((part) => {
        const arrow = part.indexOf("->");
        const left = formatPrefix(part.slice(0, arrow).trim(), format);
        return {
          left: plain(left.text, left.format).text,
          right: unescape(part.slice(arrow + 2)).trim(),
        };
      }),
    };
  }
  const hash = answers.indexOf("#");
  const check = (hash > 0 ? answers.slice(0, hash) : answers).trim();
  if (["T", "TRUE", "F", "FALSE"].includes(check)) {
    const feedback = answers
      .split("#")
      .slice(1)
      .filter((f) => f.trim() !== "").length;
    return {
      type: "truefalse",
      correct: check.startsWith("T"),
      answerFeedback: feedback,
    };
  }
  const parts = answers.split("=").map((p) => p.trim());
  if (parts[0] === "") parts.shift();
  if (parts.length === 0) {
    report("giftAnswers", unescape(answers));
    return undefined;
  }
  return {
    type: "shortanswer",
    caseSensitive: false,
    answers: parts.map((part) => {
      const weight = WEIGHT.exec(part);
      const fraction = weight ? Number(weight[1]) / 100 : 1;
      const rest = weight ? part.slice(weight[0].length) : part;
      const hashAt = rest.indexOf("#");
      const answerText = hashAt >= 0 ? rest.slice(0, hashAt) : rest;
      const feedback = hashAt >= 0 ? rest.slice(hashAt + 1) : "";
      const feedbackText = formatPrefix(feedback.trim(), format);
      return {
        text: unescape(formatPrefix(answerText.trim(), format).text).trim(),
        fraction,
        feedback: plain(feedbackText.text, feedbackText.format).text,
      };
    }),
  };
}

function readNumerical(
  answers: string,
  format: TextFormat,
  report: Report,
): Exclude<ExchangeBody, { type: "cloze" }> | undefined {
  let wrongFeedback: string | undefined;
  let rest = answers;
  const tilde = rest.indexOf("~");
  if (tilde >= 0) {
    wrongFeedback = rest.slice(tilde);
    rest = rest.slice(0, tilde);
  }
  const parts = rest.split("=").map((p) => p.trim());
  if (parts[0] === "") parts.shift();
  if (parts.length === 0) {
    report("giftAnswers", unescape(answers));
    return undefined;
  }
  const read: NumericAnswer[] = [];
  for (const part of parts) {
    const weight = WEIGHT.exec(part);
    const fraction = weight ? Number(weight[1]) / 100 : 1;
    const withoutWeight = weight ? part.slice(weight[0].length) : part;
    const { text, feedback } = answerWithFeedback(
      withoutWeight,
      fraction,
      format,
    );
    let value: number;
    let tolerance = 0;
    const range = text.indexOf("..");
    const colon = text.indexOf(":");
    if (range > 0) {
      const low = Number(text.slice(0, range));
      const high = Number(text.slice(range + 2));
      value = (low + high) / 2;
      tolerance = high - value;
    } else if (colon > 0) {
      value = Number(text.slice(0, colon));
      tolerance = Number(text.slice(colon + 1));
    } else value = Number(text);
    if (text.trim() === "" || Number.isNaN(value) || Number.isNaN(tolerance)) {
      report("numberInvalid", text);
      return undefined;
    }
    read.push({ value, tolerance: Math.abs(tolerance), fraction, feedback });
  }
  if (wrongFeedback !== undefined) {
    const feedback = answerWithFeedback(
      wrongFeedback.slice(1),
      0,
      format,
    ).feedback;
    read.push({ value: null, tolerance: 0, fraction: 0, feedback });
  }
  return { type: "numerical", answers: read, units: [] };
}

/** Moodle's ordering question type in GIFT: "{>count [select] [layout] [grading] [show] [numbering]" and one item per line. */
function readOrdering(
  answers: string,
  format: TextFormat,
): Exclude<ExchangeBody, { type: "cloze" }> {
  const lines = answers.slice(1).split("\n");
  const header = (lines.shift() ?? "").trim().split(/\s+/);
  const count = Number(header.shift());
  const words = header.map((w) => w.toUpperCase());
  const select = words.find((w) =>
    ["ALL", "EXACT", "RANDOM", "REL", "CONTIGUOUS", "CONTIG"].includes(w),
  );
  const grading = words.find(
    (w) =>
      w.startsWith("ABS") ||
      w.startsWith("REL") ||
      w.startsWith("LONGEST") ||
      w === "ALL_OR_NOTHING",
  );
  const items = lines
    .map((line) => {
      const item = formatPrefix(line.trim(), format);
      return plain(item.text, item.format).text;
    })
    .filter((line) => line !== "");
  // As Moodle: a count of 2 or less, or more than the items, shows up to six items.
  const shown =
    count > 2 && count <= items.length ? count : Math.min(6, items.length);
  return {
    type: "ordering",
    items,
    settings: {
      grading:
        grading === undefined || grading === "REL" || grading === "RELATIVE"
          ? "RELATIVE_NEXT_EXCLUDE_LAST"
          : grading === "ABS" || grading === "ABSOLUTE"
            ? "ABSOLUTE_POSITION"
            : grading,
      showsAll: select === "ALL" || select === "EXACT" || shown >= items.length,
    },
  };
}

function answerWithFeedback(
  text: string,
  fraction: number,
  format: TextFormat,
): ExchangeAnswer {
  const hash = text.indexOf("#");
  const answer = formatPrefix(
    (hash >= 0 ? text.slice(0, hash) : text).trim(),
    format,
  );
  const feedback = formatPrefix(
    hash >= 0 ? text.slice(hash + 1).trim() : "",
    format,
  );
  return {
    text: plain(answer.text, answer.format).text,
    fraction,
    feedback: plain(feedback.text, feedback.format).text,
  };
}

/** A leading [html], [plain], [markdown] or [moodle] sets the text's format. */
function formatPrefix(
  text: string,
  fallback: TextFormat = "moodle",
): { text: string; format: TextFormat } {
  const match = /^\[(html|plain|markdown|moodle)\]/.exec(text);
  if (!match) return { text, format: fallback };
  return { text: text.slice(match[0].length), format: match[1] as TextFormat };
}

function plain(text: string, format: TextFormat) {
  const html = unescape(text);
  return htmlToPlainText(html, format);
}

function escapePre(text: string): string {
  return text
    .replaceAll("\\\\", BACKSLASH)
    .replace(/\\([:#={}~n])/g, (_, c: string) => ESCAPES[c] ?? c);
}

function unescape(text: string): string {
  return text.replace(PLACEHOLDERS, (p) => UNESCAPED[p] ?? p);
}

/** Moodle reads "[id:…]" and "[tag:…]" from a question's comment lines ("\]" escapes "]"). */
function idAndTags(comments: string): { idnumber: string; tags: string[] } {
  const id = /\[id:((?:\\\]|[^\]\p{Cc}])+)\]/u.exec(comments);
  const tags = [
    ...comments.matchAll(/\[tag:((?:\\\]|[^\]<>`\p{Cc}])+)\]/gu),
  ].map((m) => (m[1] ?? "").replaceAll("\\]", "]").trim());
  return {
    idnumber: id ? (id[1] ?? "").replaceAll("\\]", "]").trim() : "",
    tags,
  };
}

function firstWords(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  return words.length > 60 ? `${words.slice(0, 60)} …` : words;
}

function splitBlocks(text: string): { line: number; lines: string[] }[] {
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") {
      current = undefined;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

function failure(
  code: ExchangeErrorCode,
  line: number,
  detail: string,
): ReadResult {
  return {
    ok: false,
    errors: [{ code, ...(line > 0 ? { line } : {}), detail }],
  };
}
