// What the Anki, Quizlet, Kahoot, worksheet and gradebook writers share: the translator they
// take their headings from (the `Exports` message namespace), sentence numbers as the worksheet
// prints them, the source sentences of a question or fact, and the shape of a skipped item.
//
// The writers take a translator instead of importing next-intl so that they stay framework-free:
// a route passes `getTranslations({ locale, namespace: "Exports" })`, a script or a test passes
// next-intl's `createTranslator({ locale, messages, namespace: "Exports" })`.
import type { Article, Language } from "@/lib/content/content-schema";
import type messages from "@/messages/en.json";

export type ExportsMessageKey = keyof (typeof messages)["Exports"];
export type ExportsTranslator = (
  key: ExportsMessageKey,
  values?: Record<string, string | number>,
) => string;

/** Why an item was left out of an export; each reason has a message `Exports.skipped…`. */
export type SkipReason =
  | { code: "type-not-supported"; format: string }
  | { code: "question-too-long"; length: number; max: number }
  | { code: "answer-too-long"; length: number; max: number }
  | { code: "too-many-correct"; count: number; max: number }
  | { code: "no-cloze-span" }
  | { code: "unknown-word" }
  | { code: "not-learnable" };

/** An item (question, fact or saved word) an export left out, and why. */
export type SkippedItem = { id: string; reason: SkipReason };

/** The translated explanation of a skip reason, for the teacher or learner who exported. */
export function describeSkipReason(
  t: ExportsTranslator,
  reason: SkipReason,
): string {
  switch (reason.code) {
    case "type-not-supported":
      return t("skippedTypeNotSupported", { format: reason.format });
    case "question-too-long":
      return t("skippedQuestionTooLong", {
        length: reason.length,
        max: reason.max,
      });
    case "answer-too-long":
      return t("skippedAnswerTooLong", {
        length: reason.length,
        max: reason.max,
      });
    case "too-many-correct":
      return t("skippedTooManyCorrect", {
        count: reason.count,
        max: reason.max,
      });
    case "no-cloze-span":
      return t("skippedNoClozeSpan");
    case "unknown-word":
      return t("skippedUnknownWord");
    case "not-learnable":
      return t("skippedNotLearnable");
  }
}

export type SourceSentence = {
  id: string;
  /** 1-based position in the article: the number the worksheet prints before the sentence. */
  number: number;
  de: string;
  en: string;
};

/**
 * The article's sentences by id with their printed numbers. Numbers follow the article's order,
 * so "Satz 3" on a flashcard is sentence 3 of the printed worksheet.
 */
export function numberedSentences(
  article: Pick<Article, "sentences">,
): Map<string, SourceSentence> {
  return new Map(
    article.sentences.map((s, i) => [
      s.id,
      { id: s.id, number: i + 1, de: s.de, en: s.en },
    ]),
  );
}

/** The sentences with these ids, in article order; unknown ids are a content error. */
export function sourceSentences(
  sentences: ReadonlyMap<string, SourceSentence>,
  ids: readonly string[],
  ownerId: string,
): SourceSentence[] {
  return ids
    .map((id) => {
      const sentence = sentences.get(id);
      if (!sentence) throw new Error(`${ownerId} cites unknown sentence ${id}`);
      return sentence;
    })
    .sort((a, b) => a.number - b.number);
}

/** "Satz 3" / "Sätze 3, 4" / "Sentences 3, 4". */
export function sentencesLabel(
  t: ExportsTranslator,
  sentences: readonly Pick<SourceSentence, "number">[],
): string {
  return t("sentences", {
    count: sentences.length,
    numbers: sentences.map((s) => s.number).join(", "),
  });
}

/** What the grammar line of a word is made of (a glossary entry or a reader's glossary card). */
export type GrammarFacts = {
  pos: string;
  plural?: string | null;
  pluralRare?: true;
  onlyIn?: "singular" | "plural";
  auxiliary?: "haben" | "sein";
  participle?: string;
};

/** "Plural: die Unterstützungen", "nur Singular", "Perfekt: hat angekündigt", or "". */
export function grammarLine(word: GrammarFacts, t: ExportsTranslator): string {
  if (word.pos === "noun") {
    if (typeof word.plural === "string") {
      const plural = `die ${word.plural}`;
      return word.pluralRare
        ? t("grammarPluralRare", { plural })
        : t("grammarPlural", { plural });
    }
    if (word.onlyIn === "singular") return t("grammarSingularOnly");
    if (word.onlyIn === "plural") return t("grammarPluralOnly");
  }
  if (word.pos === "verb" && word.auxiliary && word.participle) {
    const auxiliary = word.auxiliary === "haben" ? "hat" : "ist";
    return t("grammarPerfect", { form: `${auxiliary} ${word.participle}` });
  }
  return "";
}

/** German quotation marks around German text, English ones around English text. */
export function quoted(text: string, language: Language): string {
  return language === "de" ? `„${text}“` : `“${text}”`;
}

/** Text made safe for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
