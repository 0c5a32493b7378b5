import { describe, expect, it } from "vitest";
import { getContentPack } from "@/lib/content/load";
import { escapeHtml } from "@/lib/escape-html";
import { articleHtml } from "@/lib/reader/article-html";
import { tokenizeSentence } from "@/lib/reader/tokenize";
import type { Article } from "@/lib/content/content-schema";

const labels = {
  toggleShort: "EN",
  show: (n: number) => `Show the translation of sentence ${n}`,
  speak: (n: number) => `Read sentence ${n} aloud`,
  questions: (count: number) => `${count} questions`,
  translation: "Translation",
};

describe("the reader's article as HTML", () => {
  it("escapes everything that comes from the article", () => {
    expect(escapeHtml(`<b class="x">Tom & Jerry's</b>`)).toBe(
      "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/b&gt;",
    );
    const article: Pick<Article, "title" | "sections" | "sentences"> = {
      title: { de: "<i>Titel</i>", en: "Title & more" },
      sections: [
        {
          id: "intro",
          heading: null,
          label: { de: "Einleitung", en: "Introduction" },
        },
      ],
      sentences: [
        {
          id: `s01" onclick="x`,
          sectionId: "intro",
          paragraph: 1,
          de: "Er sagte: <script>alert(1)</script>.",
          en: `He said "<img src=x onerror=alert(1)>".`,
        } as Article["sentences"][number],
      ],
    };
    const html = articleHtml(
      article,
      "en",
      labels,
      new Map([[`s01" onclick="x`, ["<b>Why?</b>"]]]),
    );
    expect(html).not.toMatch(/<script|<img|<i>|<b>|" onclick/);
    expect(html).toContain("&lt;i&gt;Titel&lt;/i&gt;");
    expect(html).toContain(`id="s01&quot; onclick=&quot;x"`);
    expect(html).toContain("&lt;b&gt;Why?&lt;/b&gt;");
  });

  it("makes every word of every sentence of the seed article a look-up button, in order", () => {
    const { article, questions } = getContentPack();
    const bySentence = new Map<string, string[]>();
    for (const q of questions)
      for (const id of q.sentenceIds)
        bySentence.set(id, [...(bySentence.get(id) ?? []), q.prompt.de]);
    const html = articleHtml(article, "de", labels, bySentence);
    for (const [i, sentence] of article.sentences.entries()) {
      const start = html.indexOf(`<div class="sentence" id="${sentence.id}"`);
      expect(start, sentence.id).toBeGreaterThan(-1);
      const end = html.indexOf(`id="${sentence.id}-en"`, start);
      const words = tokenizeSentence(sentence.de).filter(
        (t) => t.kind === "word",
      );
      // Words are the bare buttons, in order (a word's index is its place among them).
      const buttons = [
        ...html.slice(start, end).matchAll(/<button>([^<]*)<\/button>/g),
      ];
      expect(buttons.map((b) => b[1])).toEqual(
        words.map((w) => escapeHtml(w.text)),
      );
      expect(html.slice(start, end)).toContain(
        `aria-label="Read sentence ${i + 1} aloud"`,
      );
      expect(html.slice(start, end)).toContain(
        `aria-controls="${sentence.id}-en"`,
      );
    }
    // Every section once, sentences in order, the questions under the sentences they ask about.
    expect(html.match(/<section /g)).toHaveLength(article.sections.length);
    const order = article.sentences.map((s) => html.indexOf(`id="${s.id}"`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.match(/<details class="sentence-questions">/g)).toHaveLength(
      bySentence.size,
    );
  });
});
