// The reader's article as HTML: its sections and sentences, every word a look-up button, each
// sentence's tools, translation and the questions asked about it. The page hands it to the
// reader's client shell as markup React does not hydrate (dangerouslySetInnerHTML): the article is
// hundreds of buttons that need no React of their own, since the shell handles their clicks by
// delegation and marks sentences on the elements themselves. Everything from the article (the
// teacher's text, since articles come from the studio) is escaped here.
import type { Article, Language, Sentence } from "@/lib/content/content-schema";
import { escapeHtml } from "@/lib/escape-html";
import { tokenizeSentence } from "./tokenize";

/** The texts around the article, in the page's language (the page translates them). */
export type ArticleLabels = {
  /** The translation toggle's visible short label. */
  toggleShort: string;
  /** "Show the translation of sentence {number}" */
  show(number: number): string;
  /** "Read sentence {number} aloud" */
  speak(number: number): string;
  /** "{count} questions about this sentence" */
  questions(count: number): string;
  /** The translation's label for screen readers. */
  translation: string;
};

/** The article's title, sections and sentences, as the reader shows them. */
export function articleHtml(
  article: Pick<Article, "title" | "sections" | "sentences">,
  locale: Language,
  labels: ArticleLabels,
  questionsBySentence: ReadonlyMap<string, readonly string[]>,
): string {
  const number = new Map(article.sentences.map((s, i) => [s.id, i + 1]));
  const parts = [
    `<h2 lang="de" class="article-title">${escapeHtml(article.title.de)}</h2>`,
    `<p lang="en" class="article-title-en">${escapeHtml(article.title.en)}</p>`,
  ];
  for (const section of article.sections) {
    const sentences = article.sentences.filter(
      (s) => s.sectionId === section.id,
    );
    const label = section.heading?.de ?? section.label[locale];
    parts.push(`<section aria-label="${escapeHtml(label)}">`);
    if (section.heading)
      parts.push(
        `<h3 class="section-heading"><span lang="de">${escapeHtml(section.heading.de)}</span><span lang="en" class="section-heading-en">${escapeHtml(section.heading.en)}</span></h3>`,
      );
    for (const paragraph of new Set(sentences.map((s) => s.paragraph))) {
      const inParagraph = sentences.filter((s) => s.paragraph === paragraph);
      // A space between sentences, for the modes that run them on as a paragraph.
      const html = inParagraph.map((sentence) =>
        sentenceHtml(
          sentence,
          number.get(sentence.id)!,
          locale,
          labels,
          questionsBySentence.get(sentence.id) ?? [],
        ),
      );
      parts.push(`<div class="reader-paragraph">${html.join(" ")}</div>`);
    }
    parts.push("</section>");
  }
  return parts.join("");
}

/**
 * One sentence: its words as bare look-up buttons (the shell finds the sentence and the word's
 * index from the button's place), then the translation toggle and read-aloud button, kept on one
 * line with the last word: where sentences run on as a paragraph, a button that wrapped to the next
 * line looked like the start of the next sentence.
 */
function sentenceHtml(
  sentence: Sentence,
  number: number,
  locale: Language,
  labels: ArticleLabels,
  questions: readonly string[],
): string {
  const tokens = tokenizeSentence(sentence.de);
  const lastWord = tokens.findLastIndex((token) => token.kind === "word");
  // A bare button (no type: there is no form around the article) found by its place
  // (article-markup.ts).
  const render = (token: (typeof tokens)[number]) =>
    token.kind === "word"
      ? `<button>${escapeHtml(token.text)}</button>`
      : escapeHtml(token.text);
  const id = escapeHtml(sentence.id);
  const lang = escapeHtml(locale);
  const german =
    tokens.slice(0, Math.max(lastWord, 0)).map(render).join("") +
    `<span class="sentence-end">` +
    tokens.slice(Math.max(lastWord, 0)).map(render).join("") +
    `<button type="button" class="tool-button tap-toggle" lang="${lang}" data-toggle="${id}" aria-expanded="false" aria-controls="${id}-en">` +
    `<span aria-hidden="true">${escapeHtml(labels.toggleShort)}</span>` +
    `<span class="visually-hidden">${escapeHtml(labels.show(number))}</span></button>` +
    `<button type="button" class="tool-button speak-button" lang="${lang}" data-speak="${id}" aria-label="${escapeHtml(labels.speak(number))}">` +
    `<span aria-hidden="true">🔊</span></button></span>`;
  const questionList =
    questions.length === 0
      ? ""
      : `<details class="sentence-questions"><summary>${escapeHtml(labels.questions(questions.length))}</summary><ul>${questions
          .map((prompt) => `<li>${escapeHtml(prompt)}</li>`)
          .join("")}</ul></details>`;
  return (
    `<div class="sentence" id="${id}" data-open="false">` +
    `<p class="sentence-de" lang="de">${german}</p>` +
    `<p class="sentence-en" lang="en" id="${id}-en"><span class="visually-hidden">${escapeHtml(labels.translation)}: </span>${escapeHtml(sentence.en)}</p>` +
    questionList +
    `</div>`
  );
}
