// A learner's vocabulary: words saved to practise or marked as known, one row per lemma.
import 'server-only';
import { db } from '@/lib/db/client';
import { articleOf, getGlossary } from '@/lib/reader/glossary';
import type { WordStatus } from '@/lib/reader/vocabulary-schema';

export type VocabularyStatuses = Record<string, WordStatus>;

/** The status of every word in the learner's vocabulary, by glossary entry id. */
export async function getVocabularyStatuses(learnerId: string): Promise<VocabularyStatuses> {
  const rows = await db.vocabularyWord.findMany({ where: { learnerId }, select: { entryId: true, status: true } });
  return Object.fromEntries(rows.map((r) => [r.entryId, r.status as WordStatus]));
}

/**
 * Saves, marks as known, or removes the word at a position of the article. The lemma is looked up
 * on the server; returns null when there is no word at that position.
 */
export async function setWordStatus(
  learnerId: string,
  input: { sentenceId: string; tokenIndex: number; status: WordStatus | null },
): Promise<{ entryId: string; status: WordStatus | null } | null> {
  const card = getGlossary().lookupToken(input.sentenceId, input.tokenIndex);
  if (!card) return null;
  const { entryId } = card;
  if (input.status === null) {
    await db.vocabularyWord.deleteMany({ where: { learnerId, entryId } });
  } else {
    await db.vocabularyWord.upsert({
      where: { learnerId_entryId: { learnerId, entryId } },
      create: { learnerId, entryId, status: input.status, sentenceId: input.sentenceId, tokenIndex: input.tokenIndex },
      update: { status: input.status },
    });
  }
  return { entryId, status: input.status };
}

/** The article's learnable lemmas (no names or numbers), for "you know X of Y words". */
export function learnableLemmaIds(): string[] {
  return [...getGlossary().countLemmas().keys()];
}

export type VocabularyWordDto = {
  entryId: string;
  lemma: string;
  /** der/die/das for nouns. */
  article?: 'der' | 'die' | 'das';
  pos: string;
  glosses: string[];
  status: WordStatus;
  sentenceId: string;
  tokenIndex: number;
  savedAt: Date;
};

/** The learner's words, newest first, with what the glossary knows about each. */
export async function listVocabulary(learnerId: string): Promise<VocabularyWordDto[]> {
  const glossary = getGlossary();
  const rows = await db.vocabularyWord.findMany({ where: { learnerId }, orderBy: { createdAt: 'desc' } });
  return rows.flatMap((row) => {
    const entry = glossary.entries.get(row.entryId);
    if (!entry) return [];
    return [{
      entryId: row.entryId,
      lemma: entry.lemma,
      article: articleOf(entry),
      pos: entry.pos,
      glosses: entry.glosses,
      status: row.status as WordStatus,
      sentenceId: row.sentenceId,
      tokenIndex: row.tokenIndex,
      savedAt: row.createdAt,
    }];
  });
}
