// How much of an article a learner already knows: the share of its distinct learnable lemmas
// (glossary entry ids) that the learner has marked as known, in any article. Entry ids name a lemma
// with its part of speech, the same in every article's glossary, so what a learner marked known
// in one article counts in the next.
export type KnownShare = {
  known: number;
  total: number;
  /**
   * Whole percent, rounded down so that 100 means every word, and up to 1 for a single word of
   * many so that 0 means none: a learner who marked a word sees that it counted.
   */
  percent: number;
};

export function knownShare(
  articleLemmaIds: Iterable<string>,
  knownEntryIds: ReadonlySet<string>,
): KnownShare {
  const lemmas = new Set(articleLemmaIds);
  let known = 0;
  for (const id of lemmas) if (knownEntryIds.has(id)) known++;
  const total = lemmas.size;
  return {
    known,
    total,
    percent: known === 0 ? 0 : Math.max(1, Math.floor((100 * known) / total)),
  };
}
