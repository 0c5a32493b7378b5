// A learner's vocabulary: words saved to practise or marked as known, one row per lemma.
import 'server-only';
import { db } from '@/lib/db/client';
import { getGlossary } from '@/lib/reader/glossary';
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
