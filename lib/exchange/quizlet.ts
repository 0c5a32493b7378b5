// Quizlet's import format: one card per line, term and definition separated by a tab (the
// defaults of Quizlet's "Import" box: "Between term and definition: Tab", "Between cards: New
// line"), so a teacher or learner pastes the text without changing a setting. A term or
// definition can therefore hold no tab or line break; they become spaces.
//
// Quizlet cards are term ↔ definition, so a question becomes its prompt ↔ its correct answer:
// single and multiple choice (the correct options), true/false, numbers with their unit, short
// answers (the first accepted one), cloze (the gap text ↔ the words for the gaps) and matching
// (one card per pair, which is how Quizlet's own matching game works). Ordering has no
// counterpart and is skipped. Saved words become German word ↔ meaning.
//
// Every definition ends with the German source sentence and its translation, so the card shows
// where the answer stands in the article. For words the sentence is shown with the word cut out:
// Quizlet also asks in the other direction (definition → term), and the word must not stand in
// its own question.
import type {
  ContentPack,
  Language,
  Question,
} from "@/lib/content/content-schema";
import { describeCorrectAnswer } from "@/lib/grading/describe-answer";
import { clozeSegments } from "@/lib/quiz/present";
import { WORD_GAP } from "./anki-fields";
import type { WordNote } from "./anki-notes";
import {
  numberedSentences,
  quoted,
  sentencesLabel,
  sourceSentences,
  type ExportsTranslator,
  type SkippedItem,
  type SourceSentence,
} from "./exports-common";

export type QuizletCard = { term: string; definition: string };

const CLOZE_GAP = "___";

/** Tabs and line breaks end a term or a card in Quizlet's import: they become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\t\r\n]+\s*/g, " ").trim();
}

/** "Satz 3: „…“ (“…”)", the way every definition ends. */
function sourceText(
  sentences: readonly SourceSentence[],
  t: ExportsTranslator,
  german: (s: SourceSentence) => string = (s) => s.de,
): string {
  return `${sentencesLabel(t, sentences)}: ${sentences
    .map((s) => `${quoted(german(s), "de")} (${quoted(s.en, "en")})`)
    .join(" ")}`;
}

function questionCards(
  question: Question,
  language: Language,
): QuizletCard[] | null {
  const prompt = question.prompt[language];
  switch (question.type) {
    case "single":
    case "multiple":
    case "truefalse":
    case "numeric":
    case "short":
      return [
        {
          term: prompt,
          definition: describeCorrectAnswer(question)[language],
        },
      ];
    case "cloze": {
      const gapText = clozeSegments(question)
        .map((s) => (s.kind === "text" ? s.text : CLOZE_GAP))
        .join("");
      const words = question.gaps.map((g) => g.accepted[0]!);
      return [
        {
          term: `${prompt} ${gapText}`,
          definition:
            words.length === 1
              ? words[0]!
              : words.map((w, i) => `${i + 1}. ${w}`).join("; "),
        },
      ];
    }
    case "matching":
      return question.left.map((left) => ({
        term: left.text[language],
        definition:
          question.right.find((r) => r.id === question.correct[left.id])?.text[
            language
          ] ?? "",
      }));
    case "ordering":
      return null;
  }
}

export type QuizletExport = {
  text: string;
  cards: QuizletCard[];
  skipped: SkippedItem[];
};

function toExport(cards: QuizletCard[], skipped: SkippedItem[]): QuizletExport {
  const clean = cards.map((c) => ({
    term: oneLine(c.term),
    definition: oneLine(c.definition),
  }));
  return {
    text: clean.map((c) => `${c.term}\t${c.definition}\n`).join(""),
    cards: clean,
    skipped,
  };
}

/** The questions as Quizlet cards, prompts and answers in `language`. */
export function quizletFromQuestions(
  questions: readonly Question[],
  pack: Pick<ContentPack, "article">,
  language: Language,
  t: ExportsTranslator,
): QuizletExport {
  const sentences = numberedSentences(pack.article);
  const cards: QuizletCard[] = [];
  const skipped: SkippedItem[] = [];
  for (const question of questions) {
    const made = questionCards(question, language);
    if (!made) {
      skipped.push({
        id: question.id,
        reason: { code: "type-not-supported", format: "Quizlet" },
      });
      continue;
    }
    const source = sourceText(
      sourceSentences(sentences, question.sentenceIds, question.id),
      t,
    );
    for (const card of made)
      cards.push({ ...card, definition: `${card.definition} – ${source}` });
  }
  return toExport(cards, skipped);
}

/** Saved words as Quizlet cards: German word (and grammar) ↔ meaning and the sentence. */
export function quizletFromWords(
  words: readonly WordNote[],
  t: ExportsTranslator,
): QuizletExport {
  return toExport(
    words.map((word) => {
      const gapped = word.parts
        .map((p) => (p.isWord ? WORD_GAP : p.text))
        .join("");
      return {
        term: word.grammar ? `${word.german}, ${word.grammar}` : word.german,
        definition: `${word.meaning} – ${sourceText([word.sentence], t, () => gapped)}`,
      };
    }),
    [],
  );
}
