// The worksheet (worksheet.ts) as an HTML document for the browser's print dialog.
//
// It is a string, not React, because the same document serves two callers: a route can send it
// as a page of its own (pass the request's CSP nonce for the <style> element), and a page of the
// app can put WORKSHEET_CSS and worksheetBodyHtml into its own layout. The print stylesheet sets
// A4 pages, keeps a question on one page, and starts the answer key on a new page. On a screen
// the sheet is a single readable column that fits a 360 px phone. Boxes and lines to write on are
// drawn with CSS borders, which print without a font that has ballot-box characters.
import type { Language } from "@/lib/content/schema";
import { escapeHtml, quoted } from "./exports-common";
import type {
  Lettered,
  Worksheet,
  WorksheetQuestion,
  WorksheetQuestionBody,
} from "./worksheet";

export const WORKSHEET_CSS = `
.worksheet { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 1rem;
  line-height: 1.5; color: #111; background: #fff; max-width: 46rem; margin: 0 auto; padding: 1rem; }
.worksheet h1, .worksheet h2, .worksheet h3 { font-family: "DejaVu Sans", Arial, sans-serif;
  line-height: 1.25; }
.worksheet h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
.worksheet h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #555; }
.worksheet h3 { font-size: 1.05rem; margin: 1rem 0 0.25rem; }
.worksheet .fill-in { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0 0 1rem; }
.worksheet .fill-in span { flex: 1 1 12rem; border-bottom: 1px solid #111; padding-top: 1rem; }
.worksheet .sentence-number { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 0.7em;
  font-weight: bold; vertical-align: super; line-height: 0; margin-right: 0.15em; }
.worksheet table { border-collapse: collapse; width: 100%; }
.worksheet th, .worksheet td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
.worksheet .grammar, .worksheet .pos { font-size: 0.85em; color: #444; }
.worksheet ol.questions { padding-left: 1.75rem; }
.worksheet ol.questions > li { margin-bottom: 1.25rem; break-inside: avoid; }
.worksheet .prompt { font-weight: bold; margin: 0; }
.worksheet .instruction { font-style: italic; margin: 0.15rem 0 0.4rem; }
.worksheet ul.choices, .worksheet ul.items { list-style: none; padding-left: 0; margin: 0; }
.worksheet .box { display: inline-block; width: 1em; height: 1em; border: 1.5px solid #111;
  vertical-align: -0.15em; margin-right: 0.4em; }
.worksheet .box.wide { width: 2em; }
.worksheet .line { display: block; border-bottom: 1px solid #111; height: 2rem; }
.worksheet .gap { display: inline-block; min-width: 7rem; border-bottom: 1px solid #111; }
.worksheet .matching { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
@media (max-width: 30rem) { .worksheet .matching { grid-template-columns: 1fr; } }
.worksheet .answer-key ol { padding-left: 1.75rem; }
.worksheet .answer-key li { margin-bottom: 0.6rem; break-inside: avoid; }
.worksheet .quote { font-size: 0.9em; }
.worksheet .translation { font-size: 0.9em; font-style: italic; color: #333; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  .worksheet { max-width: none; padding: 0; font-size: 11pt; }
  .worksheet h2 { break-after: avoid; }
  .worksheet .answer-key { break-before: page; }
}
`;

const e = escapeHtml;

function choicesHtml(items: readonly Lettered[], className: string): string {
  return `<ul class="${className}">${items
    .map(
      (c) =>
        `<li><span class="box" aria-hidden="true"></span>${e(c.letter)}) ${e(c.text)}</li>`,
    )
    .join("")}</ul>`;
}

function bodyHtml(body: WorksheetQuestionBody): string {
  switch (body.kind) {
    case "choices":
      return choicesHtml(body.choices, "choices");
    case "line":
      return `<span class="line"></span>${body.unit ? `<span class="unit">${e(body.unit)}</span>` : ""}`;
    case "cloze":
      return `<p lang="de">${body.segments
        .map((s) =>
          "gap" in s ? `(${s.gap}) <span class="gap"></span>` : e(s.text),
        )
        .join("")}</p>`;
    case "matching":
      return `<div class="matching"><ul class="items">${body.left
        .map(
          (l) =>
            `<li>${l.number}. ${e(l.text)} <span class="box wide" aria-hidden="true"></span></li>`,
        )
        .join("")}</ul><ul class="items">${body.right
        .map((r) => `<li>${e(r.letter)}) ${e(r.text)}</li>`)
        .join("")}</ul></div>`;
    case "ordering":
      return choicesHtml(body.items, "items");
  }
}

function questionHtml(q: WorksheetQuestion): string {
  const instruction = q.instruction
    ? `<p class="instruction">${e(q.instruction)}</p>`
    : "";
  return `<li><p class="prompt">${e(q.prompt)}</p>${instruction}${bodyHtml(q.body)}</li>`;
}

/** The worksheet's content, to be placed inside a page that includes WORKSHEET_CSS. */
export function worksheetBodyHtml(ws: Worksheet): string {
  const german = ws.language === "de" ? "" : ' lang="de"';
  const { labels } = ws;
  const text = ws.paragraphs
    .map(
      (p) =>
        (p.heading ? `<h3${german}>${e(p.heading)}</h3>` : "") +
        `<p${german}>${p.sentences
          .map(
            (s) =>
              `<span class="sentence-number">${s.number}</span>${e(s.text)}`,
          )
          .join(" ")}</p>`,
    )
    .join("");
  const glossary = ws.glossary.length
    ? `<section><h2>${e(labels.glossary)}</h2><table><thead><tr><th scope="col">${e(labels.glossaryWord)}</th><th scope="col">${e(labels.glossaryMeaning)}</th><th scope="col">${e(labels.glossaryWhere)}</th></tr></thead><tbody>${ws.glossary
        .map(
          (g) =>
            `<tr><td><span lang="de">${e(g.german)}</span> <span class="pos">(${e(g.partOfSpeech)})</span>${g.grammar ? `<br><span class="grammar">${e(g.grammar)}</span>` : ""}</td><td lang="en">${e(g.meaning)}</td><td>${g.sentenceNumbers.join(", ")}</td></tr>`,
        )
        .join("")}</tbody></table></section>`
    : "";
  const questions = ws.questions.length
    ? `<section><h2>${e(labels.questions)}</h2><ol class="questions">${ws.questions.map(questionHtml).join("")}</ol></section>`
    : "";
  const key = ws.answers.length
    ? `<section class="answer-key"><h2>${e(labels.answerKey)}</h2><p>${e(labels.answerKeyIntro)}</p><ol>${ws.answers
        .map(
          (a) =>
            `<li><strong>${e(a.answer)}</strong> – ${e(a.citation)}${a.sentences
              .map(
                (s) =>
                  `<br><span class="quote" lang="de">${s.number}: ${e(quoted(s.de, "de"))}</span><br><span class="translation" lang="en">${e(quoted(s.en, "en"))}</span>`,
              )
              .join("")}</li>`,
        )
        .join("")}</ol></section>`
    : "";
  return `<article class="worksheet"><h1 lang="de">${e(ws.title)}</h1><p class="fill-in"><span>${e(labels.name)}:</span><span>${e(labels.date)}:</span></p><section><h2>${e(labels.text)}</h2>${text}</section>${glossary}${questions}${key}</article>`;
}

/** A complete HTML document of the worksheet. */
export function worksheetHtml(
  ws: Worksheet,
  options: { nonce?: string } = {},
): string {
  const lang: Language = ws.language;
  const nonce = options.nonce ? ` nonce="${e(options.nonce)}"` : "";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(ws.title)}</title>
<style${nonce}>${WORKSHEET_CSS}</style>
</head>
<body>
${worksheetBodyHtml(ws)}
</body>
</html>
`;
}
