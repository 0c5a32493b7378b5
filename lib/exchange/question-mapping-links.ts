// Links an imported question to the sentences of the chosen article it comes from.
//
// 1. Tags: a question exported by Quellenquiz names its article and sentences in its tags; when
//    the article is the chosen one, those sentences (and the facts its tags name) are taken.
// 2. Quoted: a sentence whose whole text (German or English, normalised as answers are graded)
//    occurs in the question's texts — its text, answers, feedback, filled-in gap text — is a
//    source. Our own feedback quotes its sources this way, and teachers often paste them.
// 3. Overlap: otherwise each sentence is scored by the share of its content words (four letters
//    or more, not a function word; an inflected form counts when one word begins the other and
//    the shorter has five letters or more) that the question's texts contain. The best sentence
//    is a source when it reaches MIN_SHARE with at least MIN_SHARED words; sentences scoring
//    nearly as well are added (NEAR_BEST), up to MAX_SOURCES.
// Anything else is not linked, and the report flags the question for the teacher, with the best
// candidate when it shares at least a quarter of its content words (two or more): closestSentence,
// which the studio also asks when it lists an unlinked question.
import type { Article, Fact } from "@/lib/content/content-schema";
import { normalizeAnswerText } from "@/lib/grading/normalize";

export const LINK_THRESHOLDS = {
  MIN_SHARE: 0.5,
  MIN_SHARED: 3,
  NEAR_BEST: 0.9,
  MAX_SOURCES: 3,
  /** An unlinked question names its best sentence to the teacher only from this much overlap. */
  MIN_CANDIDATE_SHARE: 0.25,
  MIN_CANDIDATE_SHARED: 2,
  /** A quoted sentence must have at least this many words, so "Dies." quotes nothing. */
  MIN_QUOTED_WORDS: 4,
};

export type LinkMethod = "tags" | "quoted" | "overlap" | "none";

export type SentenceLink = {
  method: LinkMethod;
  sentenceIds: string[];
  factIds: string[];
  /** The share of the best sentence's content words found (overlap), 1 for tags and quotes. */
  score: number;
  /** For an unlinked question: the best candidate and its share, if any sentence shared a word. */
  candidate?: { sentenceId: string; score: number };
};

const FUNCTION_WORDS = new Set(
  (
    "aber alle allem allen aller alles also auch auf aus bei beim beide bereits bisher damit dann " +
    "darauf darin darum dass dein deine dem den denen denn der deren derer des dessen dies diese " +
    "diesem diesen dieser dieses doch durch eine einem einen einer eines einige einigen etwa " +
    "etwas euer gegen habe haben hatte hatten hier hinter ihre ihrem ihren ihrer ihres immer " +
    "indem jede jedem jeden jeder jedes jedoch jene jenem jenen jener kann keine keinem keinen " +
    "keiner konnte laut mehr mein meine muss nach nicht noch nun oder ohne seid sein seine " +
    "seinem seinen seiner seit sich sind sodass solche sollte sondern sowie über ueber uber " +
    "nicht unser unter viel vom von vor wann warum welche welchem welchen welcher welches wenn " +
    "werde werden wieder will wird wurde wurden zum zur zwischen artikel laut dem " +
    "about above after again against also among been before being below between both could " +
    "does doing down during each from further have having here into itself just more most " +
    "much must only other over same should some such than that their them then there these " +
    "they this those through under until very were what when where which while whom with " +
    "would your yours according article says said"
  ).split(/\s+/),
);

type Words = { words: string[]; normalized: string };

function wordsOf(text: string): Words {
  const normalized = normalizeAnswerText(text);
  const words = normalized
    .split(" ")
    .filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w));
  return { words, normalized };
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** The words of each sentence, German and English, worked out once per article. */
const sentenceWords = new WeakMap<Article, Map<string, Words[]>>();

function wordsOfSentences(article: Article): Map<string, Words[]> {
  let words = sentenceWords.get(article);
  if (!words) {
    words = new Map(
      article.sentences.map((s) => [s.id, [wordsOf(s.de), wordsOf(s.en)]]),
    );
    sentenceWords.set(article, words);
  }
  return words;
}

export function linkToSentences(
  texts: readonly string[],
  tags: readonly string[],
  article: Article,
  facts: readonly Fact[],
): SentenceLink {
  const sentenceIds = new Set(article.sentences.map((s) => s.id));
  const tagged = (prefix: string) =>
    tags.flatMap((tag) =>
      tag.startsWith(prefix) ? [tag.slice(prefix.length)] : [],
    );
  if (tagged("article:").includes(article.id)) {
    const fromTags = tagged("sentence:").filter((id) => sentenceIds.has(id));
    if (fromTags.length > 0) {
      const factIds = new Set(facts.map((f) => f.id));
      return {
        method: "tags",
        sentenceIds: fromTags,
        factIds: tagged("fact:").filter((id) => factIds.has(id)),
        score: 1,
      };
    }
  }

  const question = wordsOf(texts.join("\n"));
  const sentences = wordsOfSentences(article);
  const haystack = ` ${question.normalized} `;
  const quoted = article.sentences.filter((s) =>
    (sentences.get(s.id) ?? []).some((sentence) => {
      return (
        sentence.normalized.split(" ").length >=
          LINK_THRESHOLDS.MIN_QUOTED_WORDS &&
        haystack.includes(` ${sentence.normalized} `)
      );
    }),
  );
  if (quoted.length > 0)
    return {
      method: "quoted",
      sentenceIds: quoted.map((s) => s.id),
      factIds: [],
      score: 1,
    };

  const scored = scoreSentences(question.words, article);
  const best = scored[0];
  if (
    !best ||
    best.share < LINK_THRESHOLDS.MIN_SHARE ||
    best.shared < LINK_THRESHOLDS.MIN_SHARED
  ) {
    return {
      method: "none",
      sentenceIds: [],
      factIds: [],
      score: best?.share ?? 0,
      ...(best && isCandidate(best)
        ? { candidate: { sentenceId: best.id, score: round(best.share) } }
        : {}),
    };
  }
  const sources = scored
    .filter(
      (s) =>
        s.share >= LINK_THRESHOLDS.MIN_SHARE &&
        s.shared >= LINK_THRESHOLDS.MIN_SHARED &&
        s.share >= best.share * LINK_THRESHOLDS.NEAR_BEST,
    )
    .slice(0, LINK_THRESHOLDS.MAX_SOURCES);
  const order = new Map(article.sentences.map((s, i) => [s.id, i]));
  return {
    method: "overlap",
    sentenceIds: sources
      .map((s) => s.id)
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    factIds: [],
    score: round(best.share),
  };
}

/**
 * The sentence an unlinked question most likely comes from, by the overlap rule above (step 3):
 * the sentence (German or English) with the largest share of its content words in the question's
 * texts, ties going to more shared words, then to the earlier sentence. It is a candidate only
 * from MIN_CANDIDATE_SHARE with at least MIN_CANDIDATE_SHARED words: below that, two texts on
 * different topics share a common word or two by chance, and no sentence is named (null).
 */
export function closestSentence(
  texts: readonly string[],
  article: Article,
): { sentenceId: string; score: number } | null {
  const best = scoreSentences(wordsOf(texts.join("\n")).words, article)[0];
  return best && isCandidate(best)
    ? { sentenceId: best.id, score: round(best.share) }
    : null;
}

function isCandidate(scored: { share: number; shared: number }): boolean {
  return (
    scored.shared >= LINK_THRESHOLDS.MIN_CANDIDATE_SHARED &&
    scored.share >= LINK_THRESHOLDS.MIN_CANDIDATE_SHARE
  );
}

/** Every sentence with its overlap score (its better language), best first (a stable sort). */
function scoreSentences(
  question: readonly string[],
  article: Article,
): { id: string; share: number; shared: number }[] {
  const sentences = wordsOfSentences(article);
  return article.sentences
    .map((s) => {
      const scores = (sentences.get(s.id) ?? []).map((sentence) =>
        overlap(sentence.words, question),
      );
      const top = scores.reduce((a, b) => (b.share > a.share ? b : a), {
        share: 0,
        shared: 0,
      });
      return { id: s.id, ...top };
    })
    .sort((a, b) => b.share - a.share || b.shared - a.shared);
}

function overlap(
  sentence: readonly string[],
  question: readonly string[],
): { share: number; shared: number } {
  const unique = [...new Set(sentence)];
  if (unique.length === 0) return { share: 0, shared: 0 };
  const shared = unique.filter((w) =>
    question.some((q) => sameWord(w, q)),
  ).length;
  return { share: shared / unique.length, shared };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
