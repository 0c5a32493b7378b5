// Writes an exchange file as GIFT, as Moodle's GIFT exporter does (question/format/gift/
// format.php): a $CATEGORY line per category, then per question its ID number and tags as
// "// [id:…]" and "// [tag:…]" comments, "::name::", the question text as "[html]", the answers
// in braces and the general feedback after "####". ~ = # { } : and the backslash are escaped
// with a backslash, line breaks as "\n", so that no question has a blank line inside it.
//
// GIFT cannot express everything Moodle XML can. A cloze with one gap becomes GIFT's missing-
// word question; a cloze with more gaps is left out; an ordering question is written as a
// matching question (each item to its position); a numerical question loses its unit. The file
// says so at the top, question by question, in the export language.
import type { Language } from "@/lib/content/schema";
import { escapeHtml, plainTextToHtml } from "./exchange-html";
import type { ExchangeAnswer, ExchangeQuestion } from "./exchange-model";
import { categorySwitcher, type WritableUnit } from "./moodle-xml-export";
import { FILE_TEXTS } from "./question-mapping";

export type GiftOutput = {
  gift: string;
  /** What could not be written as it is, by index in unit.file.questions. */
  notes: { index: number; text: string }[];
};

export function writeGift(unit: WritableUnit, language: Language): GiftOutput {
  const texts = FILE_TEXTS[language];
  const notes: GiftOutput["notes"] = [];
  const blocks: string[] = [];
  const switchTo = categorySwitcher(unit.file.categories);
  let current: string | undefined;
  for (const [index, question] of unit.file.questions.entries()) {
    const written = questionBlock(question, texts);
    if (written.note) notes.push({ index, text: written.note });
    if (written.gift === undefined) continue;
    if (question.category !== current) {
      current = question.category;
      for (const category of switchTo(current))
        blocks.push(
          `// question: 0  name: switch category to ${category.path}\n$CATEGORY: ${category.path}`,
        );
    }
    blocks.push(written.gift);
  }

  const label = (index: number) => {
    const q = unit.file.questions[index];
    return q?.idnumber.split("@")[0] || q?.name || String(index + 1);
  };
  const fileNotes = [
    ...notes,
    ...[...(unit.notes ?? new Map<number, readonly string[]>())].flatMap(
      ([index, list]) => list.map((text) => ({ index, text })),
    ),
  ].sort((a, b) => a.index - b.index);
  const header = [
    ...(unit.header ? [unit.header] : []),
    ...(fileNotes.length > 0
      ? [
          texts.giftCannot,
          ...fileNotes.map((n) => `${label(n.index)}: ${n.text}`),
        ]
      : []),
  ].map((line) => `// ${line.replace(/\n/g, " ")}`);
  return {
    gift: `${[...(header.length > 0 ? [header.join("\n")] : []), ...blocks].join("\n\n")}\n`,
    notes,
  };
}

/** The question in GIFT (none when GIFT cannot hold it) and what was changed or left out. */
type Written = { gift?: string; note?: string };

function questionBlock(
  question: ExchangeQuestion,
  texts: (typeof FILE_TEXTS)[Language],
): Written {
  const { body } = question;
  const head = [
    `// question: ${question.idnumber.split("@")[0] || question.name}  name: ${question.name.replace(/\n/g, " ")}`,
    ...(question.idnumber
      ? [`// [id:${question.idnumber.replaceAll("]", "\\]")}]`]
      : []),
    ...question.tags.map((tag) => `// [tag:${tag.replaceAll("]", "\\]")}]`),
  ].join("\n");
  const name = `::${escapeGift(question.name)}::`;
  const text = html(question.text);
  const feedback =
    question.generalFeedback === ""
      ? ""
      : `\t####${html(question.generalFeedback)}\n`;
  const block = (questionText: string, answers: string) =>
    `${head}\n${name}${questionText}{${answers}}`;

  switch (body.type) {
    case "multichoice": {
      const lines = body.answers.map(
        (a) =>
          `\t${choicePrefix(a, body.single)}${inlineHtml(a.text)}${answerFeedback(a)}\n`,
      );
      return { gift: block(text, `\n${lines.join("")}${feedback}`) };
    }
    case "truefalse":
      return {
        gift: block(text, `${body.correct ? "TRUE" : "FALSE"}\n${feedback}`),
      };
    case "shortanswer": {
      const lines = body.answers.map(
        (a) =>
          `\t=${weight(a.fraction)}${escapeGift(a.text)}${answerFeedback(a)}\n`,
      );
      return { gift: block(text, `\n${lines.join("")}${feedback}`) };
    }
    case "numerical": {
      const lines = body.answers.map((a) =>
        a.value === null
          ? `\t~#${html(a.feedback)}\n`
          : `\t=${weight(a.fraction)}${a.value}:${a.tolerance}${a.feedback === "" ? "" : `#${html(a.feedback)}`}\n`,
      );
      const unit = body.units.find((u) => u.multiplier === 1)?.name;
      return {
        gift: block(text, `#\n${lines.join("")}${feedback}`),
        ...(unit ? { note: texts.giftUnitDropped(unit) } : {}),
      };
    }
    case "matching":
    case "ordering": {
      const pairs =
        body.type === "matching"
          ? body.pairs
          : body.items.map((item, index) => ({
              left: item,
              right: String(index + 1),
            }));
      if (pairs.some((p) => p.left.includes("->") || p.right.includes("->")))
        return { note: texts.giftMatchingArrow };
      const lines = pairs.map(
        (p) =>
          `\t=${p.left === "" ? "" : inlineHtml(p.left)} -> ${escapeGift(p.right)}\n`,
      );
      return {
        gift: block(text, `\n${lines.join("")}${feedback}`),
        ...(body.type === "ordering"
          ? { note: texts.giftOrderingAsMatching }
          : {}),
      };
    }
    case "cloze": {
      const gap = body.gaps[0];
      if (
        body.gaps.length !== 1 ||
        !gap ||
        gap.kind === "numerical" ||
        gap.kind === "multiresponse"
      )
        return { note: texts.giftClozeLeftOut(body.gaps.length) };
      const answers =
        gap.kind === "typed"
          ? gap.answers.map(
              (a) =>
                `=${weight(a.fraction)}${escapeGift(a.text)}${answerFeedback(a)}`,
            )
          : gap.answers.map(
              (a) =>
                `${choicePrefix(a, true)}${inlineHtml(a.text)}${answerFeedback(a)}`,
            );
      const gapFeedback =
        question.generalFeedback === ""
          ? ""
          : ` ####${html(question.generalFeedback)}`;
      // The missing-word question: text, the answers in braces, and text after them.
      const marker = "\u{F0040}";
      const withGap = html(
        [question.text, body.text.replace(/\{\{1\}\}/, marker)]
          .filter((t) => t !== "")
          .join("\n\n"),
      );
      const [before, after] = withGap.split(marker);
      return {
        gift: `${head}\n${name}${before ?? ""}{${answers.join(" ")}${gapFeedback}}${after ?? ""}`,
      };
    }
  }
}

function choicePrefix(answer: ExchangeAnswer, single: boolean): string {
  if (single && answer.fraction === 1) return "=";
  if (answer.fraction === 0) return "~";
  return `~${weight(answer.fraction)}`;
}

function weight(fraction: number): string {
  return fraction === 1 ? "" : `%${Number((fraction * 100).toFixed(5))}%`;
}

function answerFeedback(answer: ExchangeAnswer): string {
  return answer.feedback === "" ? "" : `#${html(answer.feedback)}`;
}

/** A text field as GIFT's HTML format: paragraphs, then GIFT's escapes. */
function html(text: string): string {
  return text === "" ? "" : `[html]${escapeGift(plainTextToHtml(text))}`;
}

/** An answer or matching item: HTML without paragraphs (it inherits the question's [html]). */
function inlineHtml(text: string): string {
  return escapeGift(escapeHtml(text).replace(/\n/g, "<br />"));
}

/** Escapes GIFT's control characters ~ = # { } : with a backslash, and line breaks as \n. */
export function escapeGift(text: string): string {
  return text
    .replaceAll("\\", "\\\\")
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, "\\n");
}
