// The notes of an Anki export, independent of how they are written (.apkg or text file):
//
// * A word note per saved word: the German dictionary form with its article ("die Unterstützung"),
//   its plural or perfect tense, the English meanings (the one that fits the sentence first), and
//   the article's sentence where the learner saved it — once with the word marked, once with the
//   word cut out (both parts of a split separable verb: "wirft … auf"), and its translation.
//   Names and numbers are not vocabulary (lib/reader/glossary.ts `isLearnable`): skipped.
// * A cloze note per fact: the German statement with one to three gaps, its English statement and
//   the source sentences. The gaps are what the fact's questions ask for — their correct options,
//   accepted answers, numbers, cloze gaps and matched pairs, where the statement contains them
//   word for word — so a card asks the same thing a quiz would; what more questions ask for comes
//   first. A part longer than
//   MAX_GAP_SHARE of the statement is not a gap (nothing would be left to read). A fact whose
//   questions give no gap falls back to the common nouns the statement shares with its source
//   sentence (the glossary says which words those are), longest first; a fact with neither is
//   skipped and reported.
//
// Each note has a stable key (article, kind, id) so that exporting again gives the same Anki GUID
// and Anki updates the note instead of adding a duplicate.
import { createHash } from "node:crypto";
import type {
  Article,
  ContentPack,
  Question,
} from "@/lib/content/content-schema";
import { formatNumber } from "@/lib/grading/describe-answer";
import type { Glossary } from "@/lib/reader/glossary";
import { isLearnable } from "@/lib/reader/glossary";
import { tokenizeSentence } from "@/lib/reader/tokenize";
import {
  grammarLine,
  numberedSentences,
  sourceSentences,
  type ExportsTranslator,
  type SkippedItem,
  type SourceSentence,
} from "./exports-common";

/** A saved word as the data layer stores it (lib/data/vocabulary.ts): where the learner met it. */
export type SavedWordRef = {
  entryId: string;
  sentenceId: string;
  tokenIndex: number;
};

/** A run of a German sentence: the saved word (or one part of it) or the text around it. */
export type SentencePart = { text: string; isWord: boolean };

export type WordNote = {
  key: string;
  /** The article of the sentence the word comes from (a learner's deck mixes articles). */
  article: Pick<Article, "id" | "title">;
  entryId: string;
  /** Dictionary form, with the definite article for nouns: "die Unterstützung". */
  german: string;
  /** "Plural: die Unterstützungen", "Perfekt: hat angekündigt", or "". */
  grammar: string;
  /** English meanings, the one that fits the sentence first: "support, assistance, backing". */
  meaning: string;
  sentence: SourceSentence;
  parts: SentencePart[];
};

/** A run of a fact's German statement: plain text or the text of gap `gap` (1-based). */
export type StatementPart = { text: string; gap?: number };

export type FactNote = {
  key: string;
  article: Pick<Article, "id" | "title">;
  factId: string;
  parts: StatementPart[];
  gapCount: number;
  statementEn: string;
  sentences: SourceSentence[];
};

/** A gap may cover at most this share of the statement's characters. */
export const MAX_GAP_SHARE = 0.6;
/** Anki makes one card per gap; more than this many cards per fact only repeat the fact. */
export const MAX_GAPS_PER_FACT = 3;
const MAX_FALLBACK_GAPS = 2;

export function wordNotes(
  words: readonly SavedWordRef[],
  pack: Pick<ContentPack, "article">,
  glossary: Pick<Glossary, "lookupToken">,
  t: ExportsTranslator,
): { notes: WordNote[]; skipped: SkippedItem[] } {
  const sentences = numberedSentences(pack.article);
  const notes: WordNote[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word.entryId)) continue;
    seen.add(word.entryId);
    const card = glossary.lookupToken(word.sentenceId, word.tokenIndex);
    const sentence = sentences.get(word.sentenceId);
    if (!card || card.entryId !== word.entryId || !sentence) {
      skipped.push({ id: word.entryId, reason: { code: "unknown-word" } });
      continue;
    }
    if (!isLearnable(card)) {
      skipped.push({ id: word.entryId, reason: { code: "not-learnable" } });
      continue;
    }
    notes.push({
      key: `${pack.article.id}:word:${card.entryId}`,
      article: { id: pack.article.id, title: pack.article.title },
      entryId: card.entryId,
      german: card.article ? `${card.article} ${card.lemma}` : card.lemma,
      grammar: grammarLine(card, t),
      meaning: [...new Set([card.gloss, ...card.glosses])].join(", "),
      sentence,
      parts: markWords(sentence.de, card.separable?.parts ?? [word.tokenIndex]),
    });
  }
  return { notes, skipped };
}

/** The sentence split into runs, the word tokens at `wordIndexes` marked. */
function markWords(
  sentence: string,
  wordIndexes: readonly number[],
): SentencePart[] {
  const marked = new Set(wordIndexes);
  const parts: SentencePart[] = [];
  let wordIndex = 0;
  for (const token of tokenizeSentence(sentence)) {
    const isWord = token.kind === "word" && marked.has(wordIndex);
    if (token.kind === "word") wordIndex++;
    const last = parts.at(-1);
    if (last && last.isWord === isWord && !isWord) last.text += token.text;
    else parts.push({ text: token.text, isWord });
  }
  return parts;
}

/** The German answers the fact's questions expect, as they could appear in its statement. */
function answerTexts(question: Question): string[] {
  switch (question.type) {
    case "single":
      return question.options
        .filter((o) => o.id === question.correct)
        .map((o) => o.text.de);
    case "multiple":
      return question.options
        .filter((o) => question.correct.includes(o.id))
        .map((o) => o.text.de);
    case "short":
      return question.accepted.de;
    case "numeric": {
      const number = formatNumber(question.correct, "de");
      const unit = question.unit?.de;
      return unit
        ? [
            `${number} ${unit}`,
            `${number}\u00a0${unit}`,
            `${number}${unit}`,
            number,
          ]
        : [number];
    }
    case "cloze":
      return question.gaps.flatMap((gap) => gap.accepted);
    case "matching":
      return Object.entries(question.correct).flatMap(([leftId, rightId]) => [
        ...question.left.filter((o) => o.id === leftId).map((o) => o.text.de),
        ...question.right.filter((o) => o.id === rightId).map((o) => o.text.de),
      ]);
    case "truefalse":
    case "ordering":
      return [];
  }
}

type Span = { start: number; end: number };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where `part` occurs in `text` as whole words (not inside a longer word). */
function wholeWordMatches(text: string, part: string): Span[] {
  const spans: Span[] = [];
  for (
    let start = text.indexOf(part);
    start !== -1;
    start = text.indexOf(part, start + 1)
  ) {
    const end = start + part.length;
    const before = text[start - 1] ?? "";
    const after = text[end] ?? "";
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after))
      spans.push({ start, end });
  }
  return spans;
}

/**
 * Gaps for the statement: the answers most questions ask for first, then the longest; none
 * overlapping another; at most `max`, returned in text order.
 */
function chooseGaps(
  statement: string,
  candidates: readonly string[],
  max: number,
): Span[] {
  const longest = statement.length * MAX_GAP_SHARE;
  const asked = new Map<string, number>();
  for (const c of candidates) asked.set(c, (asked.get(c) ?? 0) + 1);
  const spans = [...asked]
    .filter(([c]) => c.trim().length > 1 && c.length <= longest)
    .flatMap(([c, count]) =>
      wholeWordMatches(statement, c).map((span) => ({ ...span, count })),
    )
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
  const chosen: Span[] = [];
  for (const span of spans) {
    if (chosen.length === max) break;
    if (chosen.every((c) => span.end <= c.start || span.start >= c.end))
      chosen.push({ start: span.start, end: span.end });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function splitAtGaps(
  statement: string,
  gaps: readonly Span[],
): StatementPart[] {
  const parts: StatementPart[] = [];
  let last = 0;
  gaps.forEach((gap, i) => {
    if (gap.start > last)
      parts.push({ text: statement.slice(last, gap.start) });
    parts.push({ text: statement.slice(gap.start, gap.end), gap: i + 1 });
    last = gap.end;
  });
  if (last < statement.length) parts.push({ text: statement.slice(last) });
  return parts;
}

export function factNotes(
  pack: Pick<ContentPack, "article" | "facts" | "questions">,
  glossary: Pick<Glossary, "glossaryCardsOf">,
  factIds?: readonly string[],
): { notes: FactNote[]; skipped: SkippedItem[] } {
  const sentences = numberedSentences(pack.article);
  const wanted = factIds ? new Set(factIds) : null;
  const notes: FactNote[] = [];
  const skipped: SkippedItem[] = [];
  for (const fact of pack.facts) {
    if (wanted && !wanted.has(fact.id)) continue;
    const statement = fact.statement.de;
    const answers = pack.questions
      .filter((q) => q.factIds.includes(fact.id))
      .flatMap((q) => [...new Set(answerTexts(q))]);
    let gaps = chooseGaps(statement, answers, MAX_GAPS_PER_FACT);
    if (gaps.length === 0) {
      const nouns = fact.sentenceIds
        .flatMap((id) => glossary.glossaryCardsOf(id) ?? [])
        .filter((card) => card.pos === "noun")
        .map((card) => card.surface);
      gaps = chooseGaps(statement, nouns, MAX_FALLBACK_GAPS);
    }
    if (gaps.length === 0) {
      skipped.push({ id: fact.id, reason: { code: "no-cloze-span" } });
      continue;
    }
    notes.push({
      key: `${pack.article.id}:fact:${fact.id}`,
      article: { id: pack.article.id, title: pack.article.title },
      factId: fact.id,
      parts: splitAtGaps(statement, gaps),
      gapCount: gaps.length,
      statementEn: fact.statement.en,
      sentences: sourceSentences(sentences, fact.sentenceIds, fact.id),
    });
  }
  return { notes, skipped };
}

// Anki's own alphabet for GUIDs (rslib/src/notes: base91 of a random 64-bit number).
const BASE91 =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/**
 * A GUID in Anki's format derived from a stable key instead of chance, so that the same note
 * exported twice is recognised by Anki as the same note.
 */
export function ankiGuid(key: string): string {
  let n = createHash("sha256").update(key).digest().readBigUInt64BE(0);
  let guid = "";
  const base = BigInt(BASE91.length);
  do {
    guid = BASE91[Number(n % base)]! + guid;
    n /= base;
  } while (n > 0n);
  return guid;
}
