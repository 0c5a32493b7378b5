// Loads an article's glossary, checks it against the article and answers the reader's questions:
// what is this word (lookupToken), what is its dictionary form (lemmaOf), and how many distinct
// learnable words does a part of the article have (countLemmas).
//
// Token indexes count word tokens only (see tokenizeSentence), so index 3 of s04 is "auf" in
// "Dies wirft Fragen auf über …". A text is a sentence ("s01"), the title ("title") or a section
// heading ("heading-background").
import {
  describeProblems,
  formatIssuePath,
  readContentJson,
} from "@/lib/content/content-files";
import { getContentPack, loadArticle } from "@/lib/content/load";
import type { Article } from "@/lib/content/content-schema";
import type {
  DefiniteArticle,
  Gender,
  GlossaryData,
  GlossaryEntry,
  GlossaryExpression,
  GlossaryToken,
  PartOfSpeech,
} from "./glossary-schema";
import { ARTICLE_OF_GENDER, glossarySchema } from "./glossary-schema";
import type { Token } from "./tokenize";
import { tokenizeSentence, wordTokens } from "./tokenize";
import { contentPackDir } from "@/lib/content/content-files";

const GLOSSARY_FILE = "glossary.json";

/** Parts of speech a learner is not asked to learn: names and numbers. */
const NOT_LEARNABLE: ReadonlySet<PartOfSpeech> = new Set([
  "proper-noun",
  "numeral",
]);

export type TextRef = { id: string; de: string; en: string };

export type ExpressionInfo = {
  id: string;
  entryId: string;
  /** Dictionary form: "Berichten zufolge", "sich an etwas beteiligen". */
  lemma: string;
  /** The gloss of the whole expression in this sentence. */
  gloss: string;
  glosses: string[];
  tokenIndexes: number[];
};

/** Everything the reader shows when a learner taps a word. */
export type GlossaryCard = {
  entryId: string;
  tokenIndex: number;
  /** The word as it appears in the sentence. */
  surface: string;
  lemma: string;
  pos: PartOfSpeech;
  /** Definite article of a noun (or of a proper noun used with its article). */
  article?: DefiniteArticle;
  gender?: Gender;
  /** Nominative plural; null when the noun has none in use (see onlyIn). */
  plural?: string | null;
  pluralRare?: true;
  onlyIn?: "singular" | "plural";
  infinitive?: string;
  /**
   * For separable verbs: the prefix and the token indexes of this occurrence — both parts when the
   * verb is split ("wirft … auf" → [1, 3]), otherwise only this token ("ausgesprochen").
   */
  separable?: { prefix: string; parts: number[] };
  participle?: string;
  auxiliary?: "haben" | "sein";
  preterite?: string;
  /** The English gloss that fits this sentence. */
  gloss: string;
  /** All English glosses of the lemma. */
  glosses: string[];
  form?: string;
  note?: { de: string; en: string };
  /** The first multi-word expression this token belongs to (see `expressions` for all). */
  expression?: ExpressionInfo;
  expressions: ExpressionInfo[];
  sentence: TextRef;
};

/** A token of a text for rendering, with its index among word tokens when it is a word. */
export type ReaderToken = Token & { wordIndex?: number };

export type Glossary = {
  articleId: string;
  data: GlossaryData;
  entries: ReadonlyMap<string, GlossaryEntry>;
  /** Sentence ids in article order; the default scope of countLemmas. */
  sentenceIds: readonly string[];
  /** Ids of every text that has a token list: sentences, and title and headings when glossed. */
  textIds: readonly string[];
  lookupToken(textId: string, tokenIndex: number): GlossaryCard | null;
  /** The cards of every word token of a text, in token order; null for a text without tokens. */
  glossaryCardsOf(textId: string): GlossaryCard[] | null;
  /** Lemma of the token's entry ("aufwerfen" for "wirft" in s04). Throws for an unknown token. */
  lemmaOf(textId: string, tokenIndex: number): string;
  /**
   * Occurrences per entry id over the given texts (default: all sentences). Counts by entry, not by
   * word form; a split separable verb and a name of several words ("Kim Jong-un") count once.
   * Only learnable entries unless `learnableOnly` is false. The map's size is the number of
   * distinct lemmas.
   */
  countLemmas(
    textIds?: readonly string[],
    options?: { learnableOnly?: boolean },
  ): Map<string, number>;
  /** All tokens of a text (words, spaces, punctuation) with word indexes, for rendering. */
  readerTokens(textId: string): ReaderToken[];
};

/** Whether an entry belongs to the vocabulary a learner can know: not a name or a number. */
export function isLearnable(entry: Pick<GlossaryEntry, "pos">): boolean {
  return !NOT_LEARNABLE.has(entry.pos);
}

/** The definite article of a noun entry, derived from gender (plural-only nouns take "die"). */
export function articleOf(entry: GlossaryEntry): DefiniteArticle | undefined {
  if (entry.pos === "proper-noun" && entry.takesArticle !== true)
    return undefined;
  if (entry.pos !== "noun" && entry.pos !== "proper-noun") return undefined;
  if (entry.onlyIn === "plural") return "die";
  return entry.gender === undefined
    ? undefined
    : ARTICLE_OF_GENDER[entry.gender];
}

export function loadGlossary(
  dir: string = contentPackDir(),
  article: Article = loadArticle(dir),
): Glossary {
  const rawGlossary = readContentJson(dir, GLOSSARY_FILE);
  const parsed = glossarySchema.safeParse(rawGlossary);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error.issues, (segments) =>
      entryIdAt(rawGlossary, segments),
    );
    throw new Error(
      describeProblems(
        `Glossary in ${dir}:`,
        `${GLOSSARY_FILE} does not match the glossary schema`,
        issues,
      ),
    );
  }
  const problems = findGlossaryProblems(parsed.data, article);
  if (problems.length > 0)
    throw new Error(
      describeProblems(
        `Glossary in ${dir}:`,
        `${GLOSSARY_FILE} is inconsistent`,
        problems,
      ),
    );
  return buildGlossary(parsed.data, article);
}

let defaultGlossary: Glossary | undefined;

/** The default article's glossary, loaded and checked once per process. */
export function getGlossary(): Glossary {
  defaultGlossary ??= loadGlossary(contentPackDir(), getContentPack().article);
  return defaultGlossary;
}

/** lookupToken on the default glossary. */
export function lookupToken(
  textId: string,
  tokenIndex: number,
): GlossaryCard | null {
  return getGlossary().lookupToken(textId, tokenIndex);
}

/** glossaryCardsOf on the default glossary. */
export function glossaryCardsOf(textId: string): GlossaryCard[] | null {
  return getGlossary().glossaryCardsOf(textId);
}

/** lemmaOf on the default glossary. */
export function lemmaOf(textId: string, tokenIndex: number): string {
  return getGlossary().lemmaOf(textId, tokenIndex);
}

/** countLemmas on the default glossary. */
export function countLemmas(
  textIds?: readonly string[],
  options?: { learnableOnly?: boolean },
): Map<string, number> {
  return getGlossary().countLemmas(textIds, options);
}

/** Every text of the article that can have a token list: sentences, title and headings. */
export function articleTexts(article: Article): TextRef[] {
  const headings = article.sections.flatMap((section) =>
    section.heading
      ? [{ id: `heading-${section.id}`, ...section.heading }]
      : [],
  );
  return [
    ...article.sentences.map(({ id, de, en }) => ({ id, de, en })),
    { id: "title", ...article.title },
    ...headings,
  ];
}

/** Everything wrong with a parsed glossary with respect to its article; empty when it is sound. */
export function findGlossaryProblems(
  glossary: GlossaryData,
  article: Article,
): string[] {
  const problems: string[] = [];
  if (glossary.articleId !== article.id) {
    problems.push(
      `articleId "${glossary.articleId}" does not match the article "${article.id}"`,
    );
  }

  const entries = new Map<string, GlossaryEntry>();
  for (const entry of glossary.entries) {
    if (entries.has(entry.id))
      problems.push(`entry id "${entry.id}" is used more than once`);
    entries.set(entry.id, entry);
  }

  const texts = new Map(articleTexts(article).map((t) => [t.id, t]));
  for (const sentence of article.sentences) {
    if (glossary.tokens[sentence.id] === undefined)
      problems.push(`tokens.${sentence.id}: sentence has no token list`);
  }
  for (const [textId, tokens] of Object.entries(glossary.tokens)) {
    const textOf = texts.get(textId);
    if (!textOf) {
      problems.push(
        `tokens.${textId}: the article has no such sentence, title or heading`,
      );
      continue;
    }
    checkTokensMatchText(textId, textOf.de, tokens, problems);
    tokens.forEach((token, index) => {
      if (!entries.has(token.entryId)) {
        problems.push(
          `tokens.${textId}[${index}] "${token.text}": unknown entryId "${token.entryId}"`,
        );
      }
    });
  }

  const expressionIds = new Set<string>();
  const separableOwner = new Map<string, string>();
  for (const expression of glossary.expressions) {
    const where = `expressions "${expression.id}"`;
    if (expressionIds.has(expression.id))
      problems.push(`${where}: id is used more than once`);
    expressionIds.add(expression.id);
    const tokens = glossary.tokens[expression.sentenceId];
    if (!tokens) {
      problems.push(
        `${where}: sentence "${expression.sentenceId}" has no token list`,
      );
      continue;
    }
    const indexes = expression.tokenIndexes;
    indexes.forEach((index, i) => {
      if (index >= tokens.length) {
        problems.push(
          `${where}: token index ${index} is out of range (${expression.sentenceId} has ${tokens.length} word tokens)`,
        );
      }
      const previous = indexes[i - 1];
      if (previous !== undefined && index <= previous)
        problems.push(`${where}: token indexes must be strictly ascending`);
    });
    const entry = entries.get(expression.entryId);
    if (!entry) {
      problems.push(`${where}: unknown entryId "${expression.entryId}"`);
      continue;
    }
    if (entry.pos === "expression") continue;
    const prefix = entry.verb?.separablePrefix;
    if (entry.pos !== "verb" || prefix === undefined) {
      problems.push(
        `${where}: entry "${entry.id}" is neither an expression nor a separable verb`,
      );
      continue;
    }
    // A split separable verb: every part is glossed with the verb, and the last part is its prefix.
    for (const index of indexes) {
      const token = tokens[index];
      if (token && token.entryId !== entry.id) {
        problems.push(
          `${where}: token ${index} "${token.text}" must have entryId "${entry.id}" like the rest of the verb`,
        );
      }
      const key = `${expression.sentenceId}:${index}`;
      const owner = separableOwner.get(key);
      if (owner !== undefined)
        problems.push(
          `${where}: token ${index} already belongs to separable verb "${owner}"`,
        );
      separableOwner.set(key, expression.id);
    }
    const last = tokens[indexes[indexes.length - 1] ?? -1];
    if (last && last.text.toLowerCase() !== prefix.toLowerCase()) {
      problems.push(
        `${where}: last part "${last.text}" is not the separable prefix "${prefix}"`,
      );
    }
  }

  // A bare separable prefix glossed as its verb must be recorded with the rest of the verb.
  for (const [textId, tokens] of Object.entries(glossary.tokens)) {
    tokens.forEach((token, index) => {
      const prefix = entries.get(token.entryId)?.verb?.separablePrefix;
      if (
        prefix !== undefined &&
        token.text.toLowerCase() === prefix.toLowerCase() &&
        !separableOwner.has(`${textId}:${index}`)
      ) {
        problems.push(
          `tokens.${textId}[${index}] "${token.text}": separable prefix of "${token.entryId}" is not recorded in expressions`,
        );
      }
    });
  }

  const used = new Set([
    ...Object.values(glossary.tokens).flatMap((tokens) =>
      tokens.map((t) => t.entryId),
    ),
    ...glossary.expressions.map((e) => e.entryId),
  ]);
  for (const entry of glossary.entries) {
    if (!used.has(entry.id))
      problems.push(
        `entry "${entry.id}" is not used by any token or expression`,
      );
  }
  return problems;
}

function checkTokensMatchText(
  textId: string,
  text: string,
  tokens: readonly GlossaryToken[],
  problems: string[],
): void {
  const expected = wordTokens(text).map((t) => t.text);
  const actual = tokens.map((t) => t.text);
  const index = expected.findIndex((word, i) => actual[i] !== word);
  const first =
    index === -1 && actual.length > expected.length ? expected.length : index;
  if (first === -1) return;
  const counts = `(the sentence has ${expected.length} word tokens, the glossary lists ${actual.length})`;
  const sameFrom = (
    a: readonly string[],
    aFrom: number,
    b: readonly string[],
    bFrom: number,
  ) =>
    a.length - aFrom === b.length - bFrom &&
    a.slice(aFrom).every((word, i) => word === b[bFrom + i]);
  // Only the first difference is reported: everything after it is shifted.
  if (sameFrom(actual, first, expected, first + 1)) {
    problems.push(
      `tokens.${textId}[${first}]: the word "${expected[first]}" is missing ${counts}`,
    );
  } else if (sameFrom(actual, first + 1, expected, first)) {
    problems.push(
      `tokens.${textId}[${first}]: "${actual[first]}" is not a word of the sentence here ${counts}`,
    );
  } else {
    const want =
      expected[first] === undefined
        ? "the end of the sentence"
        : `"${expected[first]}"`;
    const got =
      actual[first] === undefined
        ? "the end of the list"
        : `"${actual[first]}"`;
    problems.push(
      `tokens.${textId}[${first}]: expected ${want}, found ${got} ${counts}`,
    );
  }
}

/** The reader's glossary over data already checked against its article (findGlossaryProblems). */
export function buildGlossary(data: GlossaryData, article: Article): Glossary {
  const entries = new Map(data.entries.map((e) => [e.id, e]));
  const texts = new Map(articleTexts(article).map((t) => [t.id, t]));
  const sentenceIds = article.sentences.map((s) => s.id);
  const textIds = articleTexts(article)
    .map((t) => t.id)
    .filter((id) => data.tokens[id] !== undefined);

  /** "s04:1" → expressions (and split separable verbs) containing that token, in file order. */
  const expressionsAt = new Map<string, GlossaryExpression[]>();
  const separableAt = new Map<string, GlossaryExpression>();
  for (const expression of data.expressions) {
    const isVerb = entries.get(expression.entryId)?.pos === "verb";
    for (const index of expression.tokenIndexes) {
      const key = `${expression.sentenceId}:${index}`;
      if (isVerb) separableAt.set(key, expression);
      else
        expressionsAt.set(key, [...(expressionsAt.get(key) ?? []), expression]);
    }
  }

  const tokenAt = (textId: string, tokenIndex: number) => {
    const token = data.tokens[textId]?.[tokenIndex];
    const entry = token && entries.get(token.entryId);
    return token && entry ? { token, entry } : undefined;
  };

  const expressionInfo = (expression: GlossaryExpression): ExpressionInfo => {
    const entry = entries.get(expression.entryId);
    return {
      id: expression.id,
      entryId: expression.entryId,
      lemma: entry?.lemma ?? expression.entryId,
      gloss: expression.gloss,
      glosses: entry?.glosses ?? [],
      tokenIndexes: [...expression.tokenIndexes],
    };
  };

  const lookup = (textId: string, tokenIndex: number): GlossaryCard | null => {
    const found = tokenAt(textId, tokenIndex);
    const text = texts.get(textId);
    if (!found || !text) return null;
    const { token, entry } = found;
    const key = `${textId}:${tokenIndex}`;
    const expressions = (expressionsAt.get(key) ?? []).map(expressionInfo);
    const verb = entry.verb;
    const split = separableAt.get(key);
    const card: GlossaryCard = {
      entryId: entry.id,
      tokenIndex,
      surface: token.text,
      lemma: entry.lemma,
      pos: entry.pos,
      gloss: token.gloss,
      glosses: [...entry.glosses],
      expressions,
      sentence: { ...text },
    };
    const article = articleOf(entry);
    if (article) card.article = article;
    if (entry.gender) card.gender = entry.gender;
    if (entry.plural !== undefined) card.plural = entry.plural;
    if (entry.pluralRare) card.pluralRare = entry.pluralRare;
    if (entry.onlyIn) card.onlyIn = entry.onlyIn;
    if (verb) {
      card.infinitive = verb.infinitive;
      if (verb.separablePrefix !== undefined) {
        card.separable = {
          prefix: verb.separablePrefix,
          parts: split ? [...split.tokenIndexes] : [tokenIndex],
        };
      }
      if (verb.participle) card.participle = verb.participle;
      if (verb.auxiliary) card.auxiliary = verb.auxiliary;
      if (verb.preterite) card.preterite = verb.preterite;
    }
    if (token.form) card.form = token.form;
    if (entry.note) card.note = { ...entry.note };
    if (expressions[0]) card.expression = expressions[0];
    return card;
  };

  return {
    articleId: data.articleId,
    data,
    entries,
    sentenceIds,
    textIds,
    lookupToken: lookup,
    glossaryCardsOf(textId) {
      const tokens = data.tokens[textId];
      if (!tokens || !texts.has(textId)) return null;
      return tokens
        .map((_, index) => lookup(textId, index))
        .filter((card) => card !== null);
    },
    lemmaOf(textId, tokenIndex) {
      const found = tokenAt(textId, tokenIndex);
      if (!found)
        throw new RangeError(
          `Glossary has no word token ${tokenIndex} in "${textId}"`,
        );
      return found.entry.lemma;
    },
    countLemmas(ids = sentenceIds, { learnableOnly = true } = {}) {
      const counts = new Map<string, number>();
      for (const textId of ids) {
        const tokens = data.tokens[textId];
        if (!tokens)
          throw new RangeError(`Glossary has no tokens for "${textId}"`);
        tokens.forEach((token, index) => {
          // The parts of a split separable verb are one occurrence: count only the first part.
          const split = separableAt.get(`${textId}:${index}`);
          if (split && split.tokenIndexes[0] !== index) return;
          const entry = entries.get(token.entryId);
          if (!entry || (learnableOnly && !isLearnable(entry))) return;
          // So is a name written as several words ("Kim Jong-un").
          if (
            entry.pos === "proper-noun" &&
            tokens[index - 1]?.entryId === entry.id
          )
            return;
          counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
        });
      }
      return counts;
    },
    readerTokens(textId) {
      const text = texts.get(textId);
      if (!text) throw new RangeError(`Article has no text "${textId}"`);
      let wordIndex = 0;
      return tokenizeSentence(text.de).map((token) =>
        token.kind === "word"
          ? { ...token, wordIndex: wordIndex++ }
          : { ...token },
      );
    },
  };
}

function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  label: (segments: readonly PropertyKey[]) => string | undefined = () =>
    undefined,
): string[] {
  return issues.map((issue) => {
    const name = label(issue.path);
    return `${formatIssuePath(issue.path)}${name ? ` (${name})` : ""}: ${issue.message}`;
  });
}

/** For a problem inside entries[n], the id that entry claims, so the message names the word. */
function entryIdAt(
  raw: unknown,
  segments: readonly PropertyKey[],
): string | undefined {
  if (segments[0] !== "entries" || typeof segments[1] !== "number")
    return undefined;
  if (
    typeof raw !== "object" ||
    raw === null ||
    !("entries" in raw) ||
    !Array.isArray(raw.entries)
  )
    return undefined;
  const entry: unknown = raw.entries[segments[1]];
  if (typeof entry !== "object" || entry === null || !("id" in entry))
    return undefined;
  return typeof entry.id === "string" ? entry.id : undefined;
}
