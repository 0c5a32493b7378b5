// The printable worksheet: its data (numbers, citations, language), the PDF read back with a PDF
// text extractor (pdfjs-dist) page by page, the embedded fonts' coverage, and the HTML print view.
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { Language } from "@/lib/content/content-schema";
import { buildWorksheet, letter } from "@/lib/exchange/worksheet";
import { worksheetBodyHtml } from "@/lib/exchange/worksheet-html";
import { worksheetFontPath, worksheetPdf } from "@/lib/exchange/worksheet-pdf";
import { isLearnable } from "@/lib/reader/glossary";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { exportsTranslator, glossary, pack } from "../../support/exports";

const allQuestions = pack.questions.map((q) => q.id);
const someWords = [...glossary.entries.values()]
  .filter((entry) => entry.pos === "noun" && isLearnable(entry))
  .slice(0, 12)
  .map((entry) => entry.id);

function worksheet(language: Language, questionIds = allQuestions) {
  return buildWorksheet(pack, glossary, {
    questionIds,
    entryIds: someWords,
    language,
    t: exportsTranslator(language),
  });
}

/**
 * Text without whitespace: the PDF wraps lines wherever a line ends, also after the hyphen of
 * "Ukraine-Konflikt", so spaces in the extracted text say nothing about the printed words.
 */
const flat = (text: string) => text.replace(/\s+/g, "");

/** The text of each page of a PDF without its footer, whitespace removed. */
async function pdfPages(
  bytes: Uint8Array,
  footer: (page: number, pages: number) => string,
): Promise<string[]> {
  const doc = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const text = flat(
      content.items.map((item) => ("str" in item ? item.str : "")).join(""),
    );
    const foot = flat(footer(n, doc.numPages));
    expect(text, `footer of page ${n}`).toContain(foot);
    pages.push(text.replace(foot, ""));
  }
  await doc.destroy();
  return pages;
}

describe("worksheet data", () => {
  const ws = worksheet("de");

  it("numbers every sentence of the article once, in article order", () => {
    const numbers = ws.paragraphs.flatMap((p) =>
      p.sentences.map((s) => s.number),
    );
    expect(numbers).toEqual(pack.article.sentences.map((_, i) => i + 1));
  });

  it("cites in each answer the numbers of the question's source sentences", () => {
    const numberOf = new Map(
      pack.article.sentences.map((s, i) => [s.id, i + 1]),
    );
    expect(ws.answers).toHaveLength(pack.questions.length);
    for (const answer of ws.answers) {
      const question = pack.questions.find((q) => q.id === answer.questionId)!;
      const expected = question.sentenceIds
        .map((id) => numberOf.get(id)!)
        .sort((a, b) => a - b);
      expect(answer.sentences.map((s) => s.number)).toEqual(expected);
      expect(answer.citation).toContain(expected.join(", "));
    }
  });

  it("puts the questions in the chosen language", () => {
    const english = worksheet("en");
    for (const [i, question] of english.questions.entries()) {
      const authored = pack.questions.find(
        (q) => q.id === question.questionId,
      )!;
      expect(question.prompt).toBe(authored.prompt.en);
      expect(ws.questions[i]!.prompt).toBe(authored.prompt.de);
    }
    expect(english.labels.answerKey).toBe("Answer key");
    expect(ws.labels.answerKey).toBe("Lösungen");
  });

  it("letters the options of a choice question and keys the correct one by its letter", () => {
    const single = pack.questions.find((q) => q.type === "single")!;
    if (single.type !== "single") throw new Error("unreachable");
    const one = worksheet("de", [single.id]);
    const body = one.questions[0]!.body;
    if (body.kind !== "choices") throw new Error(body.kind);
    const correctText = single.options.find((o) => o.id === single.correct)!
      .text.de;
    const keyed = body.choices.find((c) => c.text === correctText)!;
    expect(one.answers[0]!.answer).toBe(`${keyed.letter}) ${correctText}`);
  });

  it("prints only the chosen glossary words, alphabetically, with where they occur", () => {
    expect(ws.glossary).toHaveLength(someWords.length);
    const lemmas = ws.glossary.map((g) =>
      g.german.replace(/^(der|die|das) /, ""),
    );
    expect(lemmas).toEqual([...lemmas].sort(new Intl.Collator("de").compare));
    for (const entry of ws.glossary)
      expect(entry.sentenceNumbers.length).toBeGreaterThan(0);
  });

  it("letters past z continue with aa", () => {
    expect([letter(0), letter(25), letter(26), letter(27)]).toEqual([
      "a",
      "z",
      "aa",
      "ab",
    ]);
  });
});

describe("worksheet PDF", () => {
  for (const language of ["de", "en"] as const) {
    it(`contains every question and every answer (${language}), the key on pages of its own`, async () => {
      const ws = worksheet(language);
      const t = exportsTranslator(language);
      const pages = await pdfPages(
        await worksheetPdf(ws, t),
        (page, pages) => `${ws.title} · ${t("worksheetPage", { page, pages })}`,
      );
      const all = pages.join(" ");
      for (const sentence of pack.article.sentences)
        expect(all).toContain(flat(sentence.de));
      for (const question of ws.questions)
        expect(all, question.questionId).toContain(flat(question.prompt));

      const keyStart = pages.findIndex((page) =>
        page.startsWith(flat(ws.labels.answerKey)),
      );
      expect(keyStart).toBeGreaterThan(0);
      const questionPages = pages.slice(0, keyStart).join(" ");
      const keyPages = pages.slice(keyStart).join(" ");
      for (const question of ws.questions)
        expect(keyPages).not.toContain(flat(question.prompt));
      for (const answer of ws.answers) {
        expect(keyPages, answer.questionId).toContain(
          flat(`${answer.answer} – ${answer.citation}`),
        );
        expect(questionPages).not.toContain(
          flat(`${answer.answer} – ${answer.citation}`),
        );
      }
    });
  }
});

describe("worksheet fonts", () => {
  // A character the embedded font lacks prints as an empty box; find it here instead of on paper.
  it("have a glyph for every character of the article, the questions and the messages", () => {
    const text = new Set(
      [
        JSON.stringify(pack),
        JSON.stringify([...glossary.entries.values()]),
        JSON.stringify(de.Exports),
        JSON.stringify(en.Exports),
      ]
        .join("")
        .replace(/\s/g, ""),
    );
    for (const name of [
      "serif",
      "serifBold",
      "serifItalic",
      "sans",
      "sansBold",
    ] as const) {
      const font = fontkit.create(readFileSync(worksheetFontPath(name)));
      if (!("hasGlyphForCodePoint" in font)) throw new Error("a collection");
      const missing = [...text].filter(
        (c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!),
      );
      expect(missing, name).toEqual([]);
    }
  });
});

describe("worksheet HTML", () => {
  it("escapes the text, marks German as German and keeps the boxes from screen readers", () => {
    const ws = worksheet("en");
    const html = worksheetBodyHtml({
      ...ws,
      title: "<script>alert(1)</script>",
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain(
      '<h1 lang="de">&lt;script&gt;alert(1)&lt;/script&gt;</h1>',
    );
    expect(html).not.toMatch(/class="box"(?! aria-hidden="true")/);
    for (const question of ws.questions)
      expect(html).toContain(
        question.prompt.replace(/&/g, "&amp;").replace(/"/g, "&quot;"),
      );
    expect(html.indexOf('class="answer-key"')).toBeGreaterThan(
      html.lastIndexOf('class="prompt"'),
    );
  });

  it("prints the answer key on a new page, and no site chrome", () => {
    const css = readFileSync("app/styles/worksheet.css", "utf8");
    const print = css.slice(css.indexOf("@media print"));
    expect(print).toMatch(/\.answer-key \{\s*break-before: page;/);
    expect(css).toMatch(/\.site-header,[^{]*\{\s*display: none;/);
  });
});
