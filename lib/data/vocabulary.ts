// A learner's vocabulary: words saved to practise or marked as known, one row per lemma.
import "server-only";
import { db } from "@/lib/db/client";
import {
  drillKindsFor,
  gradeDrill,
  toPublicDrill,
  type DrillKind,
  type DrillVerdict,
  type DrillWord,
  type PublicDrill,
} from "@/lib/reader/drill";
import { articleOf } from "@/lib/reader/glossary";
import { wordTokens } from "@/lib/reader/tokenize";
import type { WordStatus } from "@/lib/reader/vocabulary-schema";
import { getLibrary, type Library } from "./library";

export type VocabularyStatuses = Record<string, WordStatus>;

/** The status of every word in the learner's vocabulary, by glossary entry id. */
export async function getVocabularyStatuses(
  learnerId: string,
): Promise<VocabularyStatuses> {
  const rows = await db.vocabularyWord.findMany({
    where: { learnerId },
    select: { entryId: true, status: true },
  });
  return Object.fromEntries(
    rows.map((r) => [r.entryId, r.status as WordStatus]),
  );
}

/**
 * Saves, marks as known, or removes the word at a position of an article (the sentence's). The
 * lemma is looked up on the server; returns null when there is no word at that position.
 */
export async function setWordStatus(
  learnerId: string,
  input: { sentenceId: string; tokenIndex: number; status: WordStatus | null },
): Promise<{ entryId: string; status: WordStatus | null } | null> {
  const card = (await getLibrary())
    .articleOfSentence(input.sentenceId)
    ?.glossary.lookupToken(input.sentenceId, input.tokenIndex);
  if (!card) return null;
  const { entryId } = card;
  if (input.status === null) {
    await db.vocabularyWord.deleteMany({ where: { learnerId, entryId } });
  } else {
    await db.vocabularyWord.upsert({
      where: { learnerId_entryId: { learnerId, entryId } },
      create: {
        learnerId,
        entryId,
        status: input.status,
        sentenceId: input.sentenceId,
        tokenIndex: input.tokenIndex,
      },
      update: { status: input.status },
    });
  }
  return { entryId, status: input.status };
}

/** An article's learnable lemmas (no names or numbers), for "you know X of Y words". */
export async function learnableLemmaIds(articleId: string): Promise<string[]> {
  const article = (await getLibrary()).articlesById.get(articleId);
  return article ? [...article.glossary.countLemmas().keys()] : [];
}

export type VocabularyWordDto = {
  entryId: string;
  lemma: string;
  /** der/die/das for nouns. */
  article?: "der" | "die" | "das";
  pos: string;
  glosses: string[];
  status: WordStatus;
  /** The article of the sentence where the learner met it. */
  articleId: string;
  sentenceId: string;
  tokenIndex: number;
  savedAt: Date;
};

/** The learner's words, newest first, with what the glossary knows about each. */
export async function listVocabulary(
  learnerId: string,
  /** The library this request read already (a route handler has no per-request memo). */
  known?: Library,
): Promise<VocabularyWordDto[]> {
  const library = known ?? (await getLibrary());
  const rows = await db.vocabularyWord.findMany({
    where: { learnerId },
    orderBy: { createdAt: "desc" },
  });
  return rows.flatMap((row) => {
    // The entry as the article where the learner met it has it.
    const article = library.articleOfSentence(row.sentenceId);
    const entry = article?.glossary.entries.get(row.entryId);
    if (!article || !entry) return [];
    return [
      {
        entryId: row.entryId,
        lemma: entry.lemma,
        article: articleOf(entry),
        pos: entry.pos,
        glosses: entry.glosses,
        status: row.status as WordStatus,
        articleId: article.id,
        sentenceId: row.sentenceId,
        tokenIndex: row.tokenIndex,
        savedAt: row.createdAt,
      },
    ];
  });
}

/** A saved word with its entry and the sentence where the learner met it, split around the word. */
export function drillWordOf(
  row: {
    entryId: string;
    sentenceId: string;
    tokenIndex: number;
  },
  library: Pick<Library, "articleOfSentence">,
): DrillWord | null {
  const article = library.articleOfSentence(row.sentenceId);
  const entry = article?.glossary.entries.get(row.entryId);
  const sentence = article?.catalog.sentencesById.get(row.sentenceId);
  const token = sentence ? wordTokens(sentence.de)[row.tokenIndex] : undefined;
  if (!entry || !sentence || !token) return null;
  return {
    entryId: entry.id,
    lemma: entry.lemma,
    pos: entry.pos,
    article: articleOf(entry),
    glosses: entry.glosses,
    surface: token.text,
    before: sentence.de.slice(0, token.start),
    after: sentence.de.slice(token.end),
    sentenceEn: sentence.en,
  };
}

/**
 * One drill per saved word, newest first: of the given kind (words it does not fit are left
 * out), or rotating through the kinds that fit each word.
 */
export async function getDrills(
  learnerId: string,
  kind?: DrillKind,
): Promise<PublicDrill[]> {
  const library = await getLibrary();
  const rows = await db.vocabularyWord.findMany({
    where: { learnerId, status: "saved" },
    orderBy: { createdAt: "desc" },
  });
  return rows.flatMap((row, index) => {
    const word = drillWordOf(row, library);
    if (!word) return [];
    const kinds = drillKindsFor(word);
    if (kind) return kinds.includes(kind) ? [toPublicDrill(word, kind)] : [];
    return [toPublicDrill(word, kinds[index % kinds.length]!)];
  });
}

export type DrillResult = DrillVerdict & {
  sentence: { de: string; en: string };
  surface: string;
};

/** Grades a drill on a word of the learner's vocabulary; null when the word is not theirs. */
export async function checkDrill(
  learnerId: string,
  input: { entryId: string; kind: DrillKind; answer: string },
): Promise<DrillResult | null> {
  const row = await db.vocabularyWord.findUnique({
    where: { learnerId_entryId: { learnerId, entryId: input.entryId } },
  });
  const library = await getLibrary();
  const word = row ? drillWordOf(row, library) : null;
  const sentence = row ? library.sentencesById.get(row.sentenceId) : undefined;
  if (!word || !sentence || !drillKindsFor(word).includes(input.kind))
    return null;
  return {
    ...gradeDrill(word, input.kind, input.answer),
    sentence: { de: sentence.de, en: sentence.en },
    surface: word.surface,
  };
}
