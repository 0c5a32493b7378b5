// Question drafts of all eight types from an article's own structure — no language model. The
// teacher decides which to keep; every draft cites the sentences (and facts) it comes from, has
// German and English prompts from templates and the sentence's translation, an explanation that
// quotes the sentence, and keeps the sentence's hedges:
//
// * cloze — the sentence with gaps: the words the teacher picks, or a single-word hedge cue and the
//   longest noun; a word bank from words of the same part of speech and form elsewhere;
// * numeric — every figure with its unit, the sentence as the prompt with only the digits left out,
//   so "bis zu …%" and "über …" keep their qualifier;
// * single choice — a name left out of the sentence, with other names of the same kind as options;
// * short text — a person's name left out, with the forms a learner may type;
// * true/false — a fact as it stands, and false variants (dropped hedge, swapped entity, negation);
// * multiple select — true facts of a section among false variants of others;
// * matching — names and the roles the article gives them (or pairs the teacher marks);
// * ordering — facts of a section in the article's order.
//
// proposeQuizzes adds a quiz per section, the whole article in reading order and a quick mix.
import type {
  Fact,
  Localized,
  Question,
  QuestionType,
  Quiz,
  Sentence,
} from "@/lib/content/content-schema";
import {
  QUESTION_TYPES,
  idPrefixOf,
  type NumberQualifier,
} from "@/lib/content/content-schema";
import { qualifiedFigures } from "@/lib/grading/numbers";
import type { Article } from "@/lib/content/content-schema";
import type {
  ArticleReading,
  Mention,
  ReadableGlossary,
  ReadSentence,
  Role,
  SentenceWord,
} from "./draft-text";
import { readArticle } from "./draft-text";
import type { FalseVariant } from "./draft-variants";
import { falseVariants } from "./draft-variants";
import { detectHedges, findFigures } from "./hedges";

/** A question before it gets its id: ids follow the order of the article. */
export type QuestionDraft = DistributiveOmit<Question, "id">;
type DistributiveOmit<T, K extends keyof T> = T extends unknown
  ? Omit<T, K>
  : never;

export type DraftInput = {
  article: Article;
  glossary: ReadableGlossary;
  facts: readonly Fact[];
};
export type DraftChoices = {
  /** Word indexes the teacher picked as gaps, per sentence id. */
  clozeGaps?: Readonly<Record<string, readonly number[]>>;
  /** Pairs the teacher marked for a matching question (each with the sentences it rests on). */
  matchingPairs?: readonly {
    left: Localized;
    right: Localized;
    sentenceIds: readonly string[];
  }[];
};

const GAP = "…";

export function draftUnit(
  input: DraftInput,
  choices: DraftChoices = {},
): { questions: Question[]; quizzes: Quiz[] } {
  const questions = draftQuestions(input, choices);
  return { questions, quizzes: proposeQuizzes(input.article, questions) };
}

export function draftQuestions(
  input: DraftInput,
  choices: DraftChoices = {},
): Question[] {
  const reading = readArticle(input.article, input.glossary);
  const facts = input.facts;
  const drafts: QuestionDraft[] = [];
  for (const read of reading.sentences) {
    if (!read.sentence.factBearing || read.words.length === 0) continue;
    const sentenceFacts = facts.filter((f) =>
      f.sentenceIds.includes(read.sentence.id),
    );
    const cloze = draftCloze(
      read,
      reading,
      sentenceFacts,
      choices.clozeGaps?.[read.sentence.id],
    );
    if (cloze) drafts.push(cloze);
    drafts.push(...draftNumeric(read, sentenceFacts));
    const single = draftSingleChoice(read, reading, sentenceFacts);
    if (single) drafts.push(single);
    const short = draftShortText(read, reading, sentenceFacts);
    if (short) drafts.push(short);
  }
  for (const fact of facts) drafts.push(...draftTrueFalse(fact, reading));
  for (const section of input.article.sections) {
    const sectionFacts = facts.filter((f) =>
      f.sentenceIds.every(
        (id) => reading.byId.get(id)?.sentence.sectionId === section.id,
      ),
    );
    const multiple = draftMultipleSelect(sectionFacts, reading);
    if (multiple) drafts.push(multiple);
    const ordering = draftOrdering(section.label, sectionFacts, reading);
    if (ordering) drafts.push(ordering);
  }
  const matching = choices.matchingPairs
    ? draftMatching(choices.matchingPairs, facts)
    : draftRoleMatching(reading.roles, facts);
  if (matching) drafts.push(matching);
  return numbered(drafts, reading);
}

/** Ids q001, q002, … in reading order. */
function numbered(
  drafts: readonly QuestionDraft[],
  reading: ArticleReading,
): Question[] {
  const sorted = [...drafts].sort(
    inReadingOrder((id) => reading.byId.get(id)?.position ?? 0),
  );
  const prefix = idPrefixOf(reading.article);
  return sorted.map(
    (draft, index) =>
      ({
        id: `${prefix}q${String(index + 1).padStart(3, "0")}`,
        ...draft,
      }) as Question,
  );
}

/**
 * Questions in reading order: by the last sentence a question needs, then by its first, then by
 * type. `position` is a sentence's place in the article; a question that rests on no sentence yet
 * (an unlinked import) comes first.
 */
export function inReadingOrder(
  position: (sentenceId: string) => number,
): (
  a: Pick<Question, "sentenceIds" | "type">,
  b: Pick<Question, "sentenceIds" | "type">,
) => number {
  const key = (q: Pick<Question, "sentenceIds" | "type">) => {
    const positions = q.sentenceIds.map(position);
    return positions.length === 0
      ? [-1, -1, QUESTION_TYPES.indexOf(q.type)]
      : [
          Math.max(...positions),
          Math.min(...positions),
          QUESTION_TYPES.indexOf(q.type),
        ];
  };
  return (a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return (
      (ka[0] ?? 0) - (kb[0] ?? 0) ||
      (ka[1] ?? 0) - (kb[1] ?? 0) ||
      (ka[2] ?? 0) - (kb[2] ?? 0)
    );
  };
}

function quoteExplanation(sentence: Sentence): Localized {
  return {
    de: `Im Artikel heißt es: „${sentence.de}“`,
    en: `The article says: "${sentence.en}"`,
  };
}

function factsMentioning(
  facts: readonly Fact[],
  ...needles: string[]
): string[] {
  return facts
    .filter((f) => needles.some((n) => n !== "" && f.statement.de.includes(n)))
    .map((f) => f.id);
}

// --- cloze -----------------------------------------------------------------------------------

const CONTENT_POS = new Set(["noun", "verb", "adjective", "adverb"]);

/** Single-word hedge cues of the sentence ("möglicherweise", "könnten", "Schätzungen"). */
function hedgeWords(read: ReadSentence): SentenceWord[] {
  const cueWords = new Set(
    detectHedges(read.sentence.de)
      .flatMap((h) => h.cues)
      .filter((c) => c.family !== "bound")
      .flatMap((c) => c.marker.split(/\s+/u)),
  );
  return read.words.filter(
    (w) =>
      cueWords.has(w.text) &&
      CONTENT_POS.has(w.entry.pos) &&
      w.text.length >= 4,
  );
}

function suggestedGaps(read: ReadSentence): number[] {
  const hedge = hedgeWords(read)[0];
  const nouns = read.words
    .filter(
      (w) =>
        w.entry.pos === "noun" &&
        w.text.length >= 6 &&
        !w.text.includes("-") &&
        w !== hedge,
    )
    .sort((a, b) => b.text.length - a.text.length);
  const picks = [hedge, nouns[0]].filter(
    (w): w is SentenceWord => w !== undefined,
  );
  return picks.map((w) => w.index).sort((a, b) => a - b);
}

export function draftCloze(
  read: ReadSentence,
  reading: ArticleReading,
  facts: readonly Fact[],
  picked?: readonly number[],
): QuestionDraft | undefined {
  const indexes = [...new Set(picked ?? suggestedGaps(read))].sort(
    (a, b) => a - b,
  );
  const gaps = indexes.flatMap((i) => {
    const word = read.words[i];
    return word ? [word] : [];
  });
  if (gaps.length === 0) return undefined;
  let text = "";
  let from = 0;
  gaps.forEach((word, n) => {
    text += `${read.sentence.de.slice(from, word.start)}{{${n + 1}}}`;
    from = word.end;
  });
  text += read.sentence.de.slice(from);

  const answers = new Set(gaps.map((w) => w.text.toLowerCase()));
  const distractors = gaps.map((gap) =>
    distractorWord(gap, reading, read, answers),
  );
  const wordBank = distractors.every((d) => d !== undefined)
    ? [...gaps.map((g) => g.text), ...(distractors as string[])].sort((a, b) =>
        a.localeCompare(b, "de"),
      )
    : undefined;
  return {
    type: "cloze",
    sentenceIds: [read.sentence.id],
    factIds: facts.map((f) => f.id),
    difficulty: 2,
    prompt: wordBank
      ? {
          de: "Ergänze die Lücken mit Wörtern aus der Wortliste.",
          en: "Fill in the gaps with words from the word bank.",
        }
      : {
          de: "Ergänze die Lücken im Satz aus dem Artikel.",
          en: "Fill in the gaps in this sentence from the German article.",
        },
    text,
    gaps: gaps.map((w) => ({ accepted: [w.text] })),
    ...(wordBank ? { wordBank } : {}),
    explanation: quoteExplanation(read.sentence),
  };
}

/** A word of the same part of speech and form from another sentence, not already an answer. */
function distractorWord(
  gap: SentenceWord,
  reading: ArticleReading,
  own: ReadSentence,
  taken: Set<string>,
): string | undefined {
  const candidates = reading.sentences
    .filter((s) => s !== own)
    .flatMap((s) => s.words)
    .filter(
      (w) =>
        w.entry.pos === gap.entry.pos &&
        w.entry.id !== gap.entry.id &&
        (w.glossary.form ?? "") === (gap.glossary.form ?? "") &&
        !taken.has(w.text.toLowerCase()) &&
        !own.sentence.de.includes(w.text),
    );
  const pick = candidates[0];
  if (pick) taken.add(pick.text.toLowerCase());
  return pick?.text;
}

// --- numeric ---------------------------------------------------------------------------------

/** The figure's qualifier in the German sentence ("bis zu 50%" → atMost), as grading reads it. */
function qualifierOf(
  sentenceDe: string,
  value: number,
): { qualifier?: NumberQualifier } {
  const qualifier = qualifiedFigures(sentenceDe).find(
    (f) => f.value === value,
  )?.qualifier;
  return qualifier && qualifier !== "none" ? { qualifier } : {};
}

export function draftNumeric(
  read: ReadSentence,
  facts: readonly Fact[],
): QuestionDraft[] {
  const englishFigures = findFigures(read.sentence.en);
  return findFigures(read.sentence.de).flatMap((figure): QuestionDraft[] => {
    const english = englishFigures.find((f) => f.value === figure.value);
    if (!english || !Number.isInteger(figure.value)) return [];
    const digits = (text: string) => text.replace(/[ \u00A0\u202F]?%$/u, "");
    const blank = (sentence: string, at: { start: number; text: string }) =>
      `${sentence.slice(0, at.start)}${GAP}${sentence.slice(at.start + digits(at.text).length)}`;
    const unit = unitAfter(read, figure);
    return [
      {
        type: "numeric",
        sentenceIds: [read.sentence.id],
        factIds: facts
          .filter((f) =>
            findFigures(f.statement.de).some((v) => v.value === figure.value),
          )
          .map((f) => f.id),
        difficulty: 1,
        prompt: {
          de: `Welche Zahl steht im Artikel an der Stelle von „${GAP}“? „${blank(read.sentence.de, figure)}“`,
          en: `Which number does the article give in place of "${GAP}"? "${blank(read.sentence.en, english)}"`,
        },
        correct: figure.value,
        tolerance: 0,
        ...(unit ? { unit } : {}),
        ...qualifierOf(read.sentence.de, figure.value),
        explanation: quoteExplanation(read.sentence),
      },
    ];
  });
}

/** "%", or the noun that counts: "zehn Jahren" → Jahre / years; "10.000 nordkoreanische Soldaten" → Soldaten. */
function unitAfter(
  read: ReadSentence,
  figure: { end: number; text: string },
): Localized | undefined {
  if (figure.text.endsWith("%")) return { de: "%", en: "%" };
  const following = read.words.filter((w) => w.start >= figure.end).slice(0, 3);
  const stop = following.findIndex((w) => w.entry.pos !== "adjective");
  const noun = following[stop];
  // Without a gloss (a draft glossary) the English unit is unknown, so neither is given.
  if (!noun || noun.entry.pos !== "noun" || noun.glossary.gloss === null)
    return undefined;
  return { de: noun.entry.plural ?? noun.text, en: noun.glossary.gloss };
}

// --- names: single choice and short text -----------------------------------------------------

function blankName(
  sentence: string,
  mention: { start: number; end: number },
): string {
  return `${sentence.slice(0, mention.start)}${GAP}${sentence.slice(mention.end)}`;
}

/** Mentions written as the plain name (not "Nordkoreas"), findable in the English sentence too. */
function namedPlainly(
  read: ReadSentence,
  reading: ArticleReading,
): { mention: Mention; englishAt: number }[] {
  return reading.mentions
    .filter(
      (m) =>
        m.sentenceId === read.sentence.id &&
        m.text === m.entity.name.de &&
        // "Nord- und Südkorea": the name shares its word with the one before.
        !/-\s+(?:und|oder)\s+$/u.test(read.sentence.de.slice(0, m.start)),
    )
    .flatMap((mention) => {
      const englishAt = read.sentence.en.indexOf(mention.entity.name.en);
      const repeated =
        read.sentence.en.indexOf(mention.entity.name.en, englishAt + 1) >= 0;
      return englishAt >= 0 &&
        !repeated &&
        read.sentence.de.indexOf(mention.text, mention.end) < 0
        ? [{ mention, englishAt }]
        : [];
    });
}

function blankedPrompt(
  read: ReadSentence,
  { mention, englishAt }: { mention: Mention; englishAt: number },
  question: Localized,
): Localized {
  const en = blankName(read.sentence.en, {
    start: englishAt,
    end: englishAt + mention.entity.name.en.length,
  });
  return {
    de: `${question.de} „${blankName(read.sentence.de, mention)}“`,
    en: `${question.en} "${en}"`,
  };
}

export function draftSingleChoice(
  read: ReadSentence,
  reading: ArticleReading,
  facts: readonly Fact[],
): QuestionDraft | undefined {
  for (const found of namedPlainly(read, reading)) {
    const { entity } = found.mention;
    if (entity.kind === "other") continue;
    const others = [...reading.entities.values()].filter(
      (e) =>
        e !== entity &&
        e.kind === entity.kind &&
        e.takesArticle === entity.takesArticle &&
        !read.sentence.de.includes(e.name.de),
    );
    if (others.length < 2) continue;
    const options = [entity, ...others.slice(0, 3)].map((e) => ({
      id: slug(e.name.de),
      text: e.name,
    }));
    return {
      type: "single",
      sentenceIds: [read.sentence.id],
      factIds: factsMentioning(facts, entity.name.de, ...entity.variants.de),
      difficulty: 1,
      prompt: blankedPrompt(read, found, {
        de: "Welcher Name fehlt in diesem Satz aus dem Artikel?",
        en: "Which name is missing from this sentence of the article?",
      }),
      // Options in alphabetical order, so the answer's place says nothing.
      options: options.sort((a, b) => a.text.de.localeCompare(b.text.de, "de")),
      correct: slug(entity.name.de),
      explanation: quoteExplanation(read.sentence),
    };
  }
  return undefined;
}

export function draftShortText(
  read: ReadSentence,
  reading: ArticleReading,
  facts: readonly Fact[],
): QuestionDraft | undefined {
  const found = namedPlainly(read, reading).find(
    (f) => f.mention.entity.kind === "person",
  );
  if (!found) return undefined;
  const { entity } = found.mention;
  return {
    type: "short",
    sentenceIds: [read.sentence.id],
    factIds: factsMentioning(facts, entity.name.de, ...entity.variants.de),
    difficulty: 2,
    prompt: blankedPrompt(read, found, {
      de: "Wer fehlt in diesem Satz aus dem Artikel? Schreibe den Namen.",
      en: "Who is missing from this sentence of the article? Write the name.",
    }),
    accepted: {
      de: distinct([entity.name.de, ...entity.variants.de]),
      en: distinct([entity.name.en, ...entity.variants.en, entity.name.de]),
    },
    typoTolerance: false,
    explanation: quoteExplanation(read.sentence),
  };
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// --- true/false and multiple select ----------------------------------------------------------

export function draftTrueFalse(
  fact: Fact,
  reading: ArticleReading,
): QuestionDraft[] {
  const sentences = fact.sentenceIds.flatMap((id) => {
    const s = reading.byId.get(id)?.sentence;
    return s ? [s] : [];
  });
  const quote: Localized = {
    de: sentences.map((s) => `„${s.de}“`).join(" "),
    en: sentences.map((s) => `"${s.en}"`).join(" "),
  };
  const base = { sentenceIds: [...fact.sentenceIds], factIds: [fact.id] };
  const drafts: QuestionDraft[] = [];
  // Plain facts are asked as false statements when a variant exists, hedged facts both ways.
  const [variant] = falseVariants(fact, reading);
  if (fact.hedge.kind !== "none" || !variant) {
    drafts.push({
      ...base,
      type: "truefalse",
      difficulty: 1,
      prompt: fact.statement,
      correct: true,
      explanation: {
        de: `Richtig. Im Artikel heißt es: ${quote.de}`,
        en: `True. The article says: ${quote.en}`,
      },
    });
  }
  if (variant) {
    drafts.push({
      ...base,
      // The fact is what the explanation states; the statement itself is its false variant.
      factIds: variant.kind === "dropped-hedge" ? [] : [fact.id],
      type: "truefalse",
      difficulty: variant.kind === "dropped-hedge" ? 3 : 2,
      prompt: variant.statement,
      correct: false,
      explanation: {
        de: `Falsch. ${variant.note.de} Im Artikel heißt es: ${quote.de}`,
        en: `False. ${variant.note.en} The article says: ${quote.en}`,
      },
    });
  }
  return drafts;
}

export function draftMultipleSelect(
  facts: readonly Fact[],
  reading: ArticleReading,
): QuestionDraft | undefined {
  const withVariants = facts
    .map((fact) => ({
      fact,
      variant: falseVariants(fact, reading).find((v) => v.kind !== "negation"),
    }))
    .filter(
      (x): x is { fact: Fact; variant: FalseVariant } =>
        x.variant !== undefined,
    );
  const falseOnes = withVariants.slice(0, 2);
  const used = new Set(falseOnes.map((x) => x.fact.id));
  const trueOnes = facts
    .filter((f) => !used.has(f.id) && f.statement.de.length <= 160)
    .slice(0, 3);
  // The schema asks for four options at least: two true and one false are not enough.
  if (
    trueOnes.length < 2 ||
    falseOnes.length < 1 ||
    trueOnes.length + falseOnes.length < 4
  )
    return undefined;
  const options = [
    ...trueOnes.map((f) => ({ id: `aussage-${f.id}`, text: f.statement })),
    ...falseOnes.map((x) => ({
      id: `aussage-${x.fact.id}-v`,
      text: x.variant.statement,
    })),
  ];
  const cited = [
    ...new Set(
      [...trueOnes, ...falseOnes.map((x) => x.fact)].flatMap(
        (f) => f.sentenceIds,
      ),
    ),
  ];
  const position = (id: string) => reading.byId.get(id)?.position ?? 0;
  return {
    type: "multiple",
    sentenceIds: cited.sort((a, b) => position(a) - position(b)),
    factIds: trueOnes.map((f) => f.id),
    difficulty: 2,
    prompt: {
      de: "Welche Aussagen stimmen laut dem Artikel? Wähle alle zutreffenden Antworten.",
      en: "Which statements are true according to the article? Select all that apply.",
    },
    options: mixedOrder(options, (o) => o.id.endsWith("-v")),
    correct: trueOnes.map((f) => `aussage-${f.id}`),
    explanation: {
      de: `Richtig sind: ${trueOnes.map((f) => f.statement.de).join(" ")}`,
      en: `True: ${trueOnes.map((f) => f.statement.en).join(" ")}`,
    },
  };
}

// --- matching and ordering -------------------------------------------------------------------

export function draftRoleMatching(
  roles: readonly Role[],
  facts: readonly Fact[],
): QuestionDraft | undefined {
  const byEntity = new Map<string, Role>();
  for (const role of roles)
    if (!byEntity.has(role.entity.entryId))
      byEntity.set(role.entity.entryId, role);
  const pairs = [...byEntity.values()].slice(0, 5).map((role) => ({
    left: role.entity.name,
    right: role.role,
    sentenceIds: [role.sentenceId],
    noun: role.noun,
  }));
  return draftMatching(pairs, facts);
}

export function draftMatching(
  pairs: readonly {
    left: Localized;
    right: Localized;
    sentenceIds: readonly string[];
    noun?: string;
  }[],
  facts: readonly Fact[],
): QuestionDraft | undefined {
  if (pairs.length < 2) return undefined;
  const sentenceIds = [...new Set(pairs.flatMap((p) => p.sentenceIds))];
  const left = pairs.map((p) => ({ id: slug(p.left.de), text: p.left }));
  const right = pairs.map((p) => ({
    id: `rolle-${slug(p.right.de)}`,
    text: p.right,
  }));
  const factIds = facts
    .filter(
      (f) =>
        f.hedge.kind === "none" &&
        f.sentenceIds.every((id) => sentenceIds.includes(id)),
    )
    .filter((f) =>
      pairs.some(
        (p) =>
          f.statement.de.includes(p.left.de.split(" ").pop() ?? "") &&
          (!p.noun || f.statement.de.includes(p.noun)),
      ),
    )
    .map((f) => f.id);
  return {
    type: "matching",
    sentenceIds,
    factIds,
    difficulty: 2,
    prompt: {
      de: "Ordne jedem Namen die Rolle zu, die der Artikel nennt.",
      en: "Match each name with the role the article gives it.",
    },
    left,
    // Alphabetical, so that no role stands next to its name.
    right: right.sort((a, b) => a.text.de.localeCompare(b.text.de, "de")),
    correct: Object.fromEntries(
      left.map((l, i) => [
        l.id,
        right.find((r) => r.text === pairs[i]?.right)?.id ?? "",
      ]),
    ),
    explanation: {
      de: pairs.map((p) => `${p.left.de}: ${p.right.de}.`).join(" "),
      en: pairs.map((p) => `${p.left.en}: ${p.right.en}.`).join(" "),
    },
  };
}

export function draftOrdering(
  label: Localized,
  facts: readonly Fact[],
  reading: ArticleReading,
): QuestionDraft | undefined {
  const position = (f: Fact) =>
    Math.max(...f.sentenceIds.map((id) => reading.byId.get(id)?.position ?? 0));
  // One fact per sentence, at most five, in the article's order.
  const bySentence = new Map<number, Fact>();
  for (const fact of facts)
    if (!bySentence.has(position(fact))) bySentence.set(position(fact), fact);
  const chosen = [...bySentence.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, f]) => f);
  const picked =
    chosen.length <= 5
      ? chosen
      : [0, 1, 2, 3, 4].map(
          (i) => chosen[Math.round((i * (chosen.length - 1)) / 4)] as Fact,
        );
  if (picked.length < 3) return undefined;
  const ids = uniqueSlugs(picked.map((f) => f.statement.de));
  const items = picked.map((f, i) => ({
    id: ids[i] as string,
    text: f.statement,
  }));
  return {
    type: "ordering",
    sentenceIds: [...new Set(picked.flatMap((f) => f.sentenceIds))],
    factIds: picked.map((f) => f.id),
    difficulty: 2,
    prompt: {
      de: `Bringe die Aussagen in die Reihenfolge, in der sie im Abschnitt „${label.de}“ vorkommen.`,
      en: `Put the statements in the order in which they appear in the section "${label.en}".`,
    },
    items: shuffled(items),
    correct: items.map((i) => i.id),
    explanation: {
      de: `Die Reihenfolge im Artikel: ${picked.map((f) => f.statement.de).join(" → ")}`,
      en: `The order in the article: ${picked.map((f) => f.statement.en).join(" → ")}`,
    },
  };
}

/** Alphabetical by text: a fixed order that is not the article's (checked by the pack validation). */
function shuffled<T extends { text: Localized }>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) =>
    a.text.de.localeCompare(b.text.de, "de"),
  );
  if (sorted.every((item, i) => item === items[i]))
    sorted.push(sorted.shift() as T);
  return sorted;
}

/**
 * Shortest first, so that neither the true nor the false statements stand together; a false one
 * leads when the true ones would otherwise all come first (the pack's key-position check).
 */
function mixedOrder<T extends { text: Localized }>(
  items: readonly T[],
  isFalse: (item: T) => boolean,
): T[] {
  const sorted = [...items].sort((a, b) => a.text.de.length - b.text.de.length);
  const firstFalse = sorted.findIndex(isFalse);
  if (firstFalse > 0) sorted.unshift(...sorted.splice(firstFalse, 1));
  return sorted;
}

/** Ids from a statement's first content words, without digits or single letters that could hint at an order. */
function uniqueSlugs(texts: readonly string[]): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const words = slug(text)
      .split("-")
      .filter((part) => part.length > 3 && !/\d/u.test(part));
    for (let n = 2; n <= words.length; n++) {
      const candidate = words.slice(0, n).join("-");
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
    const fallback = `${words.join("-") || "aussage"}-${"x".repeat(used.size + 1)}`;
    used.add(fallback);
    return fallback;
  });
}

const FOLD: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/gu, (c) => FOLD[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
}

// --- quizzes ---------------------------------------------------------------------------------

/** The most questions a quick round proposes. */
export const QUICK_SIZE = 10;

export function proposeQuizzes(
  article: Article,
  questions: readonly Question[],
): Quiz[] {
  const sectionOf = new Map(article.sentences.map((s) => [s.id, s.sectionId]));
  const sectionQuizzes = article.sections.flatMap((section): Quiz[] => {
    const ids = questions
      .filter((q) =>
        q.sentenceIds.every((s) => sectionOf.get(s) === section.id),
      )
      .map((q) => q.id);
    if (ids.length === 0) return [];
    return [
      {
        id: `${article.id}-${section.id}`,
        kind: "section",
        sectionId: section.id,
        feedbackMode: "immediate",
        title: {
          de: `Abschnitt: ${section.label.de}`,
          en: `Section: ${section.label.en}`,
        },
        description: {
          de: `Die Fragen zum Abschnitt „${section.label.de}“, mit Rückmeldung nach jeder Antwort.`,
          en: `The questions on the section "${section.label.en}", with feedback after each answer.`,
        },
        questionIds: ids,
      },
    ];
  });
  const full: Quiz = {
    id: `${article.id}-full`,
    kind: "article",
    feedbackMode: "end",
    title: { de: "Der ganze Artikel", en: "The whole article" },
    description: {
      de: "Alle Fragen zum Artikel in der Reihenfolge des Textes. Die Auswertung gibt es am Ende.",
      en: "Every question on the article, in the order of the text. You get your results at the end.",
    },
    questionIds: questions.map((q) => q.id),
  };
  const quick: Quiz = {
    id: `${article.id}-quick`,
    kind: "mix",
    feedbackMode: "immediate",
    title: { de: "Schnelle Runde", en: "Quick round" },
    description: {
      de: "Eine Auswahl von Fragen aus allen Abschnitten und von vielen Fragetypen.",
      en: "A selection of questions from every section and of many question types.",
    },
    questionIds: quickMix(article, questions),
  };
  return [full, ...sectionQuizzes, quick];
}

function quickMix(article: Article, questions: readonly Question[]): string[] {
  const order = new Map(questions.map((q, i) => [q.id, i]));
  return quickMixPicks(article, questions)
    .map((q) => q.id)
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * The questions a quick round takes from `candidates`, in the order picked: round-robin over the
 * sections, each time a question of a type the mix lacks if it can, until the mix (`inMix`, the
 * questions it already has, and the picks) holds QUICK_SIZE.
 */
export function quickMixPicks(
  article: Article,
  candidates: readonly Question[],
  inMix: readonly Pick<Question, "type">[] = [],
): Question[] {
  const sectionOf = new Map(article.sentences.map((s) => [s.id, s.sectionId]));
  const pools = article.sections.map((section) =>
    candidates.filter((q) =>
      q.sentenceIds.every((s) => sectionOf.get(s) === section.id),
    ),
  );
  const chosen: Question[] = [];
  const types = new Set<QuestionType>(inMix.map((q) => q.type));
  const size = Math.min(
    Math.max(0, QUICK_SIZE - inMix.length),
    candidates.length,
  );
  for (
    let round = 0;
    chosen.length < size && round < candidates.length;
    round++
  ) {
    for (const pool of pools) {
      if (chosen.length >= size) break;
      const remaining = pool.filter((q) => !chosen.includes(q));
      const pick = remaining.find((q) => !types.has(q.type)) ?? remaining[0];
      if (!pick) continue;
      chosen.push(pick);
      types.add(pick.type);
    }
  }
  return chosen;
}
