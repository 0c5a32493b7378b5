// The worksheet (worksheet.ts) as HTML for the browser's print dialog: the teacher's print view
// (app/[locale]/(site)/teach/sets/[setId]/worksheet) puts it into the page, styled by
// app/styles/worksheet.css, whose print rules set A4 pages, keep a question on one page and start
// the answer key on a new page. On a screen the sheet is a single readable column that fits a
// 360 px phone. Boxes and lines to write on are CSS borders (aria-hidden), which print without a
// font that has ballot-box characters.
//
// It is a string rather than React so that it stays framework-free and testable like the PDF;
// every text goes through escapeHtml.
import { escapeHtml, quoted } from "./exports-common";
import type {
  Lettered,
  Worksheet,
  WorksheetQuestion,
  WorksheetQuestionBody,
} from "./worksheet";

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
