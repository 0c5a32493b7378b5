// The worksheet (worksheet.ts) as an A4 PDF, laid out with pdfkit: the text, the glossary and the
// questions, then the answer key starting on a new page; page numbers at the foot of each page.
//
// Fonts: DejaVu Serif for reading and DejaVu Sans for headings and numbers, embedded (as subsets)
// from the `dejavu-fonts-ttf` package, read from disk when the first PDF is made — no download
// at run time. DejaVu covers Latin, Greek and Cyrillic with typographic quotes, dashes and arrows,
// so names and quotes from any article print; tests/unit/exchange/worksheet.test.ts checks that
// it has a glyph for every character of the content and the messages. The PDF's language and
// title are set for screen readers and the viewer's title bar.
//
// A question is never split across pages: its height is measured before it is drawn, and a
// question that does not fit on what is left of the page starts the next one.
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { quoted, type ExportsTranslator } from "./exports-common";
import type {
  Lettered,
  Worksheet,
  WorksheetQuestion,
  WorksheetQuestionBody,
} from "./worksheet";

const FONT_FILES = {
  serif: "DejaVuSerif.ttf",
  serifBold: "DejaVuSerif-Bold.ttf",
  serifItalic: "DejaVuSerif-Italic.ttf",
  sans: "DejaVuSans.ttf",
  sansBold: "DejaVuSans-Bold.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

/**
 * Where a DejaVu font file is installed: under node_modules of the project the app, the tests and
 * the scripts run in (like content/, lib/content/content-files.ts). Not `require.resolve`: the
 * app's bundler would take the font folder for modules to bundle.
 */
export function worksheetFontPath(name: FontName): string {
  return path.join(
    process.cwd(),
    "node_modules",
    "dejavu-fonts-ttf",
    "ttf",
    FONT_FILES[name],
  );
}

let fontData: Record<FontName, Buffer> | undefined;
function fonts(): Record<FontName, Buffer> {
  fontData ??= Object.fromEntries(
    Object.keys(FONT_FILES).map((name) => [
      name,
      readFileSync(worksheetFontPath(name as FontName)),
    ]),
  ) as Record<FontName, Buffer>;
  return fontData;
}

const MARGIN = { top: 51, bottom: 56, left: 48, right: 48 }; // ≈ 18 mm / 20 mm / 17 mm
const SIZE = {
  title: 18,
  heading: 13.5,
  subheading: 11.5,
  body: 10.5,
  small: 9,
  number: 7,
};
const GREY = "#444444";
const BOX = 8.5;
/** Room for "59." before a question or answer. */
const NUMBER_WIDTH = 28;

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `height` points still fit on this one. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, size = SIZE.heading): void {
  ensureSpace(doc, size * 4);
  doc.moveDown(0.6);
  doc.font("sansBold").fontSize(size).fillColor("black").text(text);
  const y = doc.y + 1;
  if (size === SIZE.heading) {
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.margins.left + contentWidth(doc), y)
      .lineWidth(0.6)
      .stroke();
  }
  doc.moveDown(0.4);
}

function body(doc: Doc): Doc {
  return doc.font("serif").fontSize(SIZE.body).fillColor("black");
}

/** The article: numbered sentences, paragraph by paragraph, under their section headings. */
function drawText(doc: Doc, ws: Worksheet): void {
  heading(doc, ws.labels.text);
  for (const paragraph of ws.paragraphs) {
    if (paragraph.heading) heading(doc, paragraph.heading, SIZE.subheading);
    ensureSpace(doc, SIZE.body * 3);
    paragraph.sentences.forEach((sentence, i) => {
      const last = i === paragraph.sentences.length - 1;
      doc
        .font("sansBold")
        .fontSize(SIZE.number)
        .fillColor(GREY)
        .text(`${sentence.number}\u00a0`, { continued: true });
      body(doc).text(last ? sentence.text : `${sentence.text} `, {
        continued: !last,
        lineGap: 2,
      });
    });
    doc.moveDown(0.6);
  }
}

function drawGlossary(doc: Doc, ws: Worksheet): void {
  if (ws.glossary.length === 0) return;
  heading(doc, ws.labels.glossary);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const columns = [
    { x: left, width: width * 0.42 },
    { x: left + width * 0.44, width: width * 0.42 },
    { x: left + width * 0.88, width: width * 0.12 },
  ] as const;
  const headerY = doc.y;
  doc.font("sansBold").fontSize(SIZE.small);
  doc.text(ws.labels.glossaryWord, columns[0].x, headerY, {
    width: columns[0].width,
  });
  doc.text(ws.labels.glossaryMeaning, columns[1].x, headerY, {
    width: columns[1].width,
  });
  doc.text(ws.labels.glossaryWhere, columns[2].x, headerY, {
    width: columns[2].width,
  });
  doc.y += 3;
  for (const entry of ws.glossary) {
    const word = `${entry.german} (${entry.partOfSpeech})`;
    const where = entry.sentenceNumbers.join(", ");
    body(doc);
    const height =
      Math.max(
        doc.heightOfString(word, { width: columns[0].width }) +
          (entry.grammar
            ? doc
                .fontSize(SIZE.small)
                .heightOfString(entry.grammar, { width: columns[0].width })
            : 0),
        body(doc).heightOfString(entry.meaning, { width: columns[1].width }),
      ) + 6;
    ensureSpace(doc, height);
    const y = doc.y;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.3)
      .strokeColor("#999999")
      .stroke()
      .strokeColor("black");
    body(doc).text(word, columns[0].x, y + 3, { width: columns[0].width });
    if (entry.grammar)
      doc
        .fontSize(SIZE.small)
        .fillColor(GREY)
        .text(entry.grammar, columns[0].x, doc.y, { width: columns[0].width });
    body(doc).text(entry.meaning, columns[1].x, y + 3, {
      width: columns[1].width,
    });
    doc.text(where, columns[2].x, y + 3, { width: columns[2].width });
    doc.x = left;
    doc.y = y + height;
  }
  doc.x = left;
}

/** A ticking box and a line of text after it; returns the height used. */
function boxedLine(
  doc: Doc,
  x: number,
  width: number,
  text: string,
  dry: boolean,
): number {
  body(doc);
  const height = doc.heightOfString(text, { width: width - BOX - 6 }) + 3;
  if (!dry) {
    const y = doc.y;
    doc
      .rect(x, y + 2, BOX, BOX)
      .lineWidth(0.8)
      .stroke();
    doc.text(text, x + BOX + 6, y, { width: width - BOX - 6 });
    doc.y = y + height;
  }
  return height;
}

function letteredText(item: Lettered): string {
  return `${item.letter}) ${item.text}`;
}

/** Draws the answer part of a question (or only measures it when `dry`); returns its height. */
function drawBody(
  doc: Doc,
  questionBody: WorksheetQuestionBody,
  dry: boolean,
): number {
  const left = doc.page.margins.left + NUMBER_WIDTH;
  const width = contentWidth(doc) - NUMBER_WIDTH;
  switch (questionBody.kind) {
    case "choices":
    case "ordering": {
      const items =
        questionBody.kind === "choices"
          ? questionBody.choices
          : questionBody.items;
      return items.reduce(
        (sum, item) =>
          sum + boxedLine(doc, left, width, letteredText(item), dry),
        0,
      );
    }
    case "line": {
      const height = 24;
      if (!dry) {
        const y = doc.y + 18;
        const lineWidth = Math.min(width, 260);
        doc
          .moveTo(left, y)
          .lineTo(left + lineWidth, y)
          .lineWidth(0.6)
          .stroke();
        if (questionBody.unit)
          body(doc).text(
            questionBody.unit,
            left + lineWidth + 6,
            y - SIZE.body,
          );
        doc.x = doc.page.margins.left;
        doc.y = y + 6;
      }
      return height;
    }
    case "cloze": {
      const text = questionBody.segments
        .map((s) => ("gap" in s ? `(${s.gap}) ____________` : s.text))
        .join("");
      body(doc);
      const height = doc.heightOfString(text, { width, lineGap: 4 }) + 2;
      if (!dry) doc.text(text, left, doc.y, { width, lineGap: 4 });
      return height;
    }
    case "matching": {
      const half = (width - 16) / 2;
      const rightX = left + half + 16;
      const leftTexts = questionBody.left.map((l) => `${l.number}. ${l.text}`);
      const rightTexts = questionBody.right.map(letteredText);
      body(doc);
      const leftHeight = leftTexts.reduce(
        (sum, text) => sum + doc.heightOfString(text, { width: half - 30 }) + 4,
        0,
      );
      const rightHeight = rightTexts.reduce(
        (sum, text) => sum + doc.heightOfString(text, { width: half }) + 4,
        0,
      );
      if (!dry) {
        const top = doc.y;
        for (const text of leftTexts) {
          const y = doc.y;
          const h = doc.heightOfString(text, { width: half - 30 });
          doc.text(text, left, y, { width: half - 30 });
          doc
            .rect(left + half - 22, y + 1, 20, BOX + 2)
            .lineWidth(0.8)
            .stroke();
          doc.y = y + h + 4;
        }
        doc.y = top;
        for (const text of rightTexts) {
          const y = doc.y;
          doc.text(text, rightX, y, { width: half });
          doc.y = y + doc.heightOfString(text, { width: half }) + 4;
        }
        doc.y = top + Math.max(leftHeight, rightHeight);
      }
      return Math.max(leftHeight, rightHeight);
    }
  }
}

/** A question's number, right-aligned in the space before its text. */
function number(doc: Doc, n: number, y: number): void {
  doc
    .font("sansBold")
    .fontSize(SIZE.body)
    .fillColor("black")
    .text(`${n}.`, doc.page.margins.left, y, {
      width: NUMBER_WIDTH - 5,
      lineBreak: false,
      align: "right",
    });
}

function drawQuestion(doc: Doc, question: WorksheetQuestion): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const indent = NUMBER_WIDTH;
  const prompt = () =>
    doc.font("serifBold").fontSize(SIZE.body).fillColor("black");
  const instruction = () =>
    doc.font("serifItalic").fontSize(SIZE.small).fillColor(GREY);
  const height =
    prompt().heightOfString(question.prompt, { width: width - indent }) +
    instruction().heightOfString(question.instruction, {
      width: width - indent,
    }) +
    drawBody(doc, question.body, true) +
    14;
  ensureSpace(doc, Math.min(height, bottom(doc) - doc.page.margins.top));
  const y = doc.y;
  number(doc, question.number, y);
  prompt().text(question.prompt, left + indent, y, { width: width - indent });
  if (question.instruction)
    instruction().text(question.instruction, left + indent, doc.y + 1, {
      width: width - indent,
    });
  doc.y += 3;
  drawBody(doc, question.body, false);
  doc.x = left;
  doc.y += 10;
}

function drawAnswerKey(doc: Doc, ws: Worksheet): void {
  if (ws.answers.length === 0) return;
  doc.addPage();
  heading(doc, ws.labels.answerKey);
  doc
    .font("serifItalic")
    .fontSize(SIZE.small)
    .fillColor(GREY)
    .text(ws.labels.answerKeyIntro);
  doc.moveDown(0.5);
  const left = doc.page.margins.left;
  const indent = NUMBER_WIDTH;
  const width = contentWidth(doc) - indent;
  for (const answer of ws.answers) {
    const lines = answer.sentences.flatMap((s) => [
      { font: "serif" as const, text: `${s.number}: ${quoted(s.de, "de")}` },
      { font: "serifItalic" as const, text: quoted(s.en, "en") },
    ]);
    const head = `${answer.answer} – ${answer.citation}`;
    const height =
      doc
        .font("serifBold")
        .fontSize(SIZE.body)
        .heightOfString(head, { width }) +
      lines.reduce(
        (sum, line) =>
          sum +
          doc
            .font(line.font)
            .fontSize(SIZE.small)
            .heightOfString(line.text, { width }),
        0,
      ) +
      8;
    ensureSpace(doc, height);
    const y = doc.y;
    number(doc, answer.number, y);
    doc
      .font("serifBold")
      .fontSize(SIZE.body)
      .text(head, left + indent, y, { width });
    for (const line of lines)
      doc
        .font(line.font)
        .fontSize(SIZE.small)
        .fillColor(line.font === "serif" ? "black" : GREY)
        .text(line.text, left + indent, doc.y, { width });
    doc.x = left;
    doc.y += 8;
  }
}

/** Page numbers at the foot of every page ("Seite 2 von 5"). */
function drawPageNumbers(doc: Doc, ws: Worksheet, t: ExportsTranslator): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing into the bottom margin would make pdfkit start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("sans")
      .fontSize(SIZE.number + 1)
      .fillColor(GREY)
      .text(
        `${ws.title} · ${t("worksheetPage", { page: i - start + 1, pages: count })}`,
        doc.page.margins.left,
        doc.page.height - margin + 18,
        { width: contentWidth(doc), align: "center", lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
}

/** The worksheet as PDF bytes; `t` gives the page numbers in the worksheet's language. */
export function worksheetPdf(
  ws: Worksheet,
  t: ExportsTranslator,
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    font: worksheetFontPath("serif"),
    lang: ws.language === "de" ? "de-DE" : "en-GB",
    displayTitle: true,
    info: { Title: ws.title, Author: "Quellenquiz", Creator: "Quellenquiz" },
  });
  for (const [name, data] of Object.entries(fonts()))
    doc.registerFont(name, data);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

  doc.font("sansBold").fontSize(SIZE.title).text(ws.title);
  doc.moveDown(0.5);
  doc.font("sans").fontSize(SIZE.body).fillColor("black");
  const lineY = doc.y + 14;
  const half = contentWidth(doc) / 2;
  doc.text(`${ws.labels.name}:`, doc.page.margins.left, doc.y);
  doc.text(`${ws.labels.date}:`, doc.page.margins.left + half + 12, lineY - 14);
  doc
    .moveTo(doc.page.margins.left + 40, lineY)
    .lineTo(doc.page.margins.left + half - 12, lineY)
    .moveTo(doc.page.margins.left + half + 52, lineY)
    .lineTo(doc.page.margins.left + contentWidth(doc), lineY)
    .lineWidth(0.6)
    .stroke();
  doc.x = doc.page.margins.left;
  doc.y = lineY + 6;

  drawText(doc, ws);
  drawGlossary(doc, ws);
  if (ws.questions.length > 0) {
    heading(doc, ws.labels.questions);
    for (const question of ws.questions) drawQuestion(doc, question);
  }
  drawAnswerKey(doc, ws);
  drawPageNumbers(doc, ws, t);
  doc.end();
  return done;
}
