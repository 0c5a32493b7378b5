// The HTML that the Anki writers (.apkg and text file) put into note fields. Anki fields are
// HTML, so every text from the content pack is escaped; the only markup is our own.
import type { Article, Language } from "@/lib/content/content-schema";
import type { FactNote, WordNote } from "./anki-notes";
import {
  escapeHtml,
  quoted,
  sentencesLabel,
  type ExportsTranslator,
  type SourceSentence,
} from "./exports-common";

/** What stands in the sentence where the word was cut out. */
export const WORD_GAP = "[…]";

/** The German sentence with the saved word in bold. */
export function sentenceWithWordHtml(note: WordNote): string {
  return note.parts
    .map((p) =>
      p.isWord ? `<b>${escapeHtml(p.text)}</b>` : escapeHtml(p.text),
    )
    .join("");
}

/** The German sentence with the saved word cut out (one gap per part of a split verb). */
export function sentenceWithGapHtml(note: WordNote): string {
  return note.parts
    .map((p) => (p.isWord ? WORD_GAP : escapeHtml(p.text)))
    .join("");
}

/** Anki reads "::" inside a cloze as the start of a hint and "}}" as its end. */
function clozeSafe(html: string): string {
  return html.replaceAll("::", ":&#58;").replaceAll("}}", "}&#125;");
}

/** The fact's German statement with Anki cloze markers: "{{c1::Kim Jong-un}} hat …". */
export function clozeHtml(note: FactNote): string {
  return note.parts
    .map((p) =>
      p.gap === undefined
        ? escapeHtml(p.text)
        : `{{c${p.gap}::${clozeSafe(escapeHtml(p.text))}}}`,
    )
    .join("");
}

/** "Satz 3: „…“" per source sentence, one per line. */
export function germanSentencesHtml(
  sentences: readonly SourceSentence[],
  t: ExportsTranslator,
): string {
  return sentences
    .map(
      (s) =>
        `${escapeHtml(t("sentence", { number: s.number }))}: ${escapeHtml(quoted(s.de, "de"))}`,
    )
    .join("<br>");
}

export function englishSentencesHtml(
  sentences: readonly SourceSentence[],
): string {
  return sentences.map((s) => escapeHtml(quoted(s.en, "en"))).join("<br>");
}

/** "Nordkoreas Soldaten im Ukraine-Krieg, Satz 3". */
export function sourceLine(
  article: Pick<Article, "title">,
  sentences: readonly SourceSentence[],
  locale: Language,
  t: ExportsTranslator,
): string {
  return t("sourceLine", {
    title: article.title[locale],
    sentences: sentencesLabel(t, sentences),
  });
}

/** The text Anki keeps of a field for sorting and duplicate checks: tags removed, entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) =>
      String.fromCodePoint(Number(code)),
    )
    .replaceAll("&nbsp;", "\u00a0")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
}
