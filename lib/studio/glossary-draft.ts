// Drafts an article's glossary (the glossary.json format of lib/reader/glossary-schema.ts) for the
// teacher to confirm: every word token gets a lemma and part of speech, nouns their gender and
// plural, verbs their infinitive; English glosses come from the installation's lexicon.
//
// Per token, in this order:
// 1. numbers ("10.000" → zehntausend, "50%" → fünfzig Prozent) and number words;
// 2. function words (lib/studio/function-words.ts), with the ones whose class depends on the
//    sentence settled by their neighbours: "während"/"da"/"um"/"zu"/"über"/"laut"/"sein";
// 3. capitalised words: place names, nouns of the data, compounds by their head; a capitalised
//    word the data does not know is taken for a name (unresolved until the teacher confirms).
//    At the start of a sentence a noun beats a verb ("Berichten zufolge"), an adjective of the
//    data or one before a noun beats a noun ("Unmittelbar nach", "Innenpolitische Situation");
// 4. lower-case words: verb forms, then adjective forms; participles after an auxiliary of the
//    same clause are verbs ("ist … eingegangen"), without one adjectives ("bleibt angespannt").
// Then, per clause: a finite verb whose form stands without its separable prefix is joined to
// that prefix later in the clause ("stellte … vor" → vorstellen; both tokens get the verb and an
// expression records the pair); neighbouring unknown names are one name ("Kim Jong-un"); and in
// the whole article a name with a genitive -s is the name without it when that also occurs.
//
// A token is resolved when its analysis comes from the data, a word list or a rule about known
// words, and unresolved when it is a guess; it is glossed when the lexicon has its entry. The
// lexicon grows with every article a teacher glosses (Lexicon: entry id → glosses).
import {
  entryIdFor,
  type GlossaryData,
  type GlossaryEntry,
  glossarySchema,
  type PartOfSpeech,
} from "@/lib/reader/glossary-schema";
import { tokenizeSentence, type Token } from "@/lib/reader/tokenize";
import type { ImportedText } from "@/lib/studio/import-text";
import { splitSentences } from "@/lib/studio/segment";
import {
  functionWord,
  isNumberWord,
  numberInWords,
  placeName,
} from "@/lib/studio/function-words";
import {
  germanMorphology,
  type GermanMorphology,
  type NounReading,
  type VerbReading,
} from "@/lib/studio/morphology";

/** English glosses by entry id ("paket-noun"), most common first. */
export type Lexicon = ReadonlyMap<string, readonly string[]>;

export type DraftText = { id: string; text: string };

export type AnalysisSource =
  | "number"
  | "function-word"
  | "place-name"
  | "dictionary"
  | "compound"
  | "rule"
  | "guess"
  /** Confirmed or corrected by the teacher. */
  | "teacher";

export type DraftEntry = Omit<GlossaryEntry, "glosses"> & {
  /** From the lexicon; empty until the teacher glosses the entry. */
  glosses: string[];
};

export type DraftToken = {
  text: string;
  entryId: string;
  /** The lexicon's first gloss of the entry; null when the lexicon has none. */
  gloss: string | null;
  form?: string;
  source: AnalysisSource;
  resolved: boolean;
  glossed: boolean;
};

export type DraftExpression = {
  id: string;
  sentenceId: string;
  tokenIndexes: number[];
  entryId: string;
  gloss: string | null;
};

export type GlossaryDraft = {
  articleId: string;
  entries: DraftEntry[];
  tokens: Record<string, DraftToken[]>;
  expressions: DraftExpression[];
};

export type Coverage = {
  tokens: number;
  resolved: number;
  glossed: number;
  /** Shares from 0 to 1; a draft can be published at 1 and 1. */
  resolvedShare: number;
  glossedShare: number;
};

type Analysis = {
  lemma: string;
  pos: PartOfSpeech;
  source: AnalysisSource;
  form?: string;
  noun?: NounReading;
  place?: ReturnType<typeof placeName>;
  verbs?: VerbReading[];
};

type WordSlot = {
  token: Token;
  /** Whether clause punctuation (comma, colon, bracket, quote) stands before this word. */
  breakBefore: boolean;
  analysis: Analysis;
};

const CLAUSE_BREAK = /^[,;:()\u2013\u2014"„“”«»]$/u;
const AUXILIARY_LEMMAS = new Set(["haben", "sein", "werden"]);
const GENITIVE_DETERMINERS = new Set([
  "des",
  "eines",
  "dieses",
  "jenes",
  "seines",
  "ihres",
  "meines",
  "deines",
  "unseres",
  "keines",
]);
const PERSONAL_PRONOUNS = new Set([
  "ich",
  "du",
  "er",
  "sie",
  "es",
  "wir",
  "ihr",
  "man",
]);

/** The texts of an imported article with the ids the glossary uses: title, headings, sentences. */
export function draftTextsOf(imported: ImportedText): DraftText[] {
  const texts: DraftText[] = [];
  if (imported.title !== null)
    texts.push({ id: "title", text: imported.title });
  const sentenceCount = imported.blocks
    .filter((b) => b.kind === "paragraph")
    .reduce((sum, b) => sum + splitSentences(b.text).length, 0);
  const width = Math.max(2, String(sentenceCount).length);
  let sentence = 0;
  let heading = 0;
  for (const block of imported.blocks) {
    if (block.kind === "heading") {
      heading += 1;
      texts.push({ id: `heading-${heading}`, text: block.text });
    } else
      for (const text of splitSentences(block.text)) {
        sentence += 1;
        texts.push({ id: `s${String(sentence).padStart(width, "0")}`, text });
      }
  }
  return texts;
}

export function draftGlossary(
  articleId: string,
  texts: readonly DraftText[],
  lexicon: Lexicon,
  morphology: GermanMorphology = germanMorphology(),
): GlossaryDraft {
  const analysed = texts.map((text) => ({
    text,
    slots: analyseText(text.text, morphology),
  }));
  const expressions: DraftExpression[] = [];
  for (const { text, slots } of analysed) {
    joinSeparableVerbs(text.id, slots, morphology, expressions);
    joinNames(slots);
  }
  mergeGenitiveNames(analysed.flatMap((a) => a.slots));

  const entries = new Map<string, DraftEntry>();
  const tokens: Record<string, DraftToken[]> = {};
  for (const { text, slots } of analysed) {
    tokens[text.id] = slots.map(({ token, analysis }) => {
      const entry = entryOf(analysis, morphology, lexicon);
      if (!entries.has(entry.id)) entries.set(entry.id, entry);
      const gloss = lexicon.get(entry.id)?.[0] ?? null;
      return {
        text: token.text,
        entryId: entry.id,
        gloss,
        ...(analysis.form ? { form: analysis.form } : {}),
        source: analysis.source,
        resolved: analysis.source !== "guess",
        glossed: gloss !== null,
      };
    });
  }
  for (const expression of expressions)
    expression.gloss = lexicon.get(expression.entryId)?.[0] ?? null;
  return {
    articleId,
    entries: [...entries.values()],
    tokens,
    expressions,
  };
}

export function coverage(draft: GlossaryDraft): Coverage {
  const all = Object.values(draft.tokens).flat();
  const resolved = all.filter((t) => t.resolved).length;
  const glossed = all.filter((t) => t.glossed).length;
  const share = (n: number) => (all.length === 0 ? 1 : n / all.length);
  return {
    tokens: all.length,
    resolved,
    glossed,
    resolvedShare: share(resolved),
    glossedShare: share(glossed),
  };
}

/** What a teacher may set on a card: the entry of the token, without its id and glosses. */
export type EntryEdit = Omit<DraftEntry, "id" | "glosses">;

/**
 * The teacher confirms a token's card, or corrects it by giving another entry: the token then
 * points to that entry (made when new) and entries no token uses any more are dropped.
 */
export function confirmToken(
  draft: GlossaryDraft,
  textId: string,
  index: number,
  edit?: EntryEdit,
): GlossaryDraft {
  const token = draft.tokens[textId]?.[index];
  if (token === undefined)
    throw new RangeError(`no token ${index} in ${textId}`);
  let entries = draft.entries;
  let entryId = token.entryId;
  if (edit !== undefined) {
    entryId = entryIdFor(edit.lemma, edit.pos);
    const existing = entries.find((e) => e.id === entryId);
    const entry: DraftEntry = {
      ...edit,
      id: entryId,
      glosses: existing?.glosses ?? [],
    };
    entries = existing
      ? entries.map((e) => (e.id === entryId ? entry : e))
      : [...entries, entry];
  }
  const glosses = entries.find((e) => e.id === entryId)?.glosses ?? [];
  const gloss = entryId === token.entryId ? token.gloss : (glosses[0] ?? null);
  const confirmed: DraftToken = {
    ...token,
    entryId,
    gloss,
    source: "teacher",
    resolved: true,
    glossed: gloss !== null,
  };
  const tokens = {
    ...draft.tokens,
    [textId]: (draft.tokens[textId] ?? []).map((t, k) =>
      k === index ? confirmed : t,
    ),
  };
  const used = new Set([
    ...Object.values(tokens)
      .flat()
      .map((t) => t.entryId),
    ...draft.expressions.map((e) => e.entryId),
  ]);
  return {
    ...draft,
    entries: entries.filter((e) => used.has(e.id)),
    tokens,
  };
}

/**
 * The teacher glosses an entry: its glosses are set, and every token and expression of the
 * entry that has no gloss, or the entry's former first gloss, gets the new first one; a gloss
 * the teacher gave one token for its sentence stays.
 */
export function glossEntry(
  draft: GlossaryDraft,
  entryId: string,
  glosses: readonly string[],
): GlossaryDraft {
  const cleaned = glosses.map((g) => g.trim()).filter((g) => g !== "");
  const first = cleaned[0] ?? null;
  const former =
    draft.entries.find((e) => e.id === entryId)?.glosses[0] ?? null;
  const takesNew = (gloss: string | null) => gloss === null || gloss === former;
  return {
    ...draft,
    entries: draft.entries.map((e) =>
      e.id === entryId ? { ...e, glosses: cleaned } : e,
    ),
    tokens: Object.fromEntries(
      Object.entries(draft.tokens).map(([id, list]) => [
        id,
        list.map((t) =>
          t.entryId === entryId && takesNew(t.gloss)
            ? { ...t, gloss: first, glossed: first !== null }
            : t,
        ),
      ]),
    ),
    expressions: draft.expressions.map((e) =>
      e.entryId === entryId && takesNew(e.gloss) ? { ...e, gloss: first } : e,
    ),
  };
}

/** The teacher glosses one token for its sentence ("raises" for wirft … auf). */
export function glossToken(
  draft: GlossaryDraft,
  textId: string,
  index: number,
  gloss: string,
): GlossaryDraft {
  const token = draft.tokens[textId]?.[index];
  const cleaned = gloss.trim();
  if (token === undefined)
    throw new RangeError(`no token ${index} in ${textId}`);
  return {
    ...draft,
    tokens: {
      ...draft.tokens,
      [textId]: (draft.tokens[textId] ?? []).map((t, k) =>
        k === index
          ? { ...t, gloss: cleaned || null, glossed: cleaned !== "" }
          : t,
      ),
    },
  };
}

/** The installation's lexicon after a draft: every glossed entry of it, added or widened. */
export function growLexicon(lexicon: Lexicon, draft: GlossaryDraft): Lexicon {
  const grown = new Map(lexicon);
  for (const entry of draft.entries)
    if (entry.glosses.length > 0)
      grown.set(entry.id, [
        ...new Set([...(grown.get(entry.id) ?? []), ...entry.glosses]),
      ]);
  return grown;
}

/** The lexicon a new installation starts with: every entry of the given glossaries. */
export function lexiconOf(glossaries: readonly GlossaryData[]): Lexicon {
  const lexicon = new Map<string, string[]>();
  for (const glossary of glossaries)
    for (const entry of glossary.entries)
      lexicon.set(entry.id, [
        ...new Set([...(lexicon.get(entry.id) ?? []), ...entry.glosses]),
      ]);
  return lexicon;
}

/**
 * The finished glossary of a fully resolved and glossed draft, checked by the glossary schema;
 * the problems otherwise (what the studio shows before publishing).
 */
/** A published glossary as a draft again: every card the teacher's, confirmed and glossed. */
export function glossaryDraftOfPublished(
  glossary: GlossaryData,
): GlossaryDraft {
  return {
    articleId: glossary.articleId,
    entries: glossary.entries.map((entry) => ({ ...entry })),
    tokens: Object.fromEntries(
      Object.entries(glossary.tokens).map(([textId, list]) => [
        textId,
        list.map(({ text, entryId, gloss, form }) => ({
          text,
          entryId,
          gloss,
          ...(form ? { form } : {}),
          source: "teacher" as const,
          resolved: true,
          glossed: true,
        })),
      ]),
    ),
    expressions: glossary.expressions.map((e) => ({ ...e })),
  };
}

export function publishableGlossary(
  draft: GlossaryDraft,
): { glossary: GlossaryData } | { problems: string[] } {
  const problems = Object.entries(draft.tokens).flatMap(([textId, list]) =>
    list.flatMap((token, index) => [
      ...(token.resolved
        ? []
        : [`${textId} token ${index} "${token.text}" is not confirmed`]),
      ...(token.glossed
        ? []
        : [`${textId} token ${index} "${token.text}" has no gloss`]),
    ]),
  );
  if (problems.length > 0) return { problems };
  const parsed = glossarySchema.safeParse({
    articleId: draft.articleId,
    entries: draft.entries,
    tokens: Object.fromEntries(
      Object.entries(draft.tokens).map(([id, list]) => [
        id,
        list.map(({ text, entryId, gloss, form }) => ({
          text,
          entryId,
          gloss,
          ...(form ? { form } : {}),
        })),
      ]),
    ),
    expressions: draft.expressions,
  });
  return parsed.success
    ? { glossary: parsed.data }
    : {
        problems: parsed.error.issues.map(
          (i) => `${i.path.join(".")}: ${i.message}`,
        ),
      };
}

function analyseText(text: string, morphology: GermanMorphology): WordSlot[] {
  const all = tokenizeSentence(text);
  const words = all
    .map((token, position) => ({ token, position }))
    .filter(({ token }) => token.kind === "word");
  const breakBefore = words.map(({ position }, index) =>
    all
      .slice((words[index - 1]?.position ?? -1) + 1, position)
      .some((t) => t.kind === "punct" && CLAUSE_BREAK.test(t.text)),
  );
  const slots = words.map(({ token, position }, index) => {
    const context: WordContext = {
      previous: words[index - 1]?.token.text,
      next: words[index + 1]?.token.text,
      afterNext: words[index + 2]?.token.text,
      sentenceStart: index === 0 || isClauseOpening(all, position),
      clauseStart: breakBefore[index] === true,
      followedByDot: all[position + 1]?.text === ".",
      rest: words.slice(index + 1).map((w) => w.token.text),
    };
    return {
      token,
      breakBefore: breakBefore[index] === true,
      analysis: analyseWord(token.text, context, morphology),
    };
  });
  markParticiples(slots, morphology);
  return slots;
}

type WordContext = {
  previous: string | undefined;
  next: string | undefined;
  afterNext: string | undefined;
  sentenceStart: boolean;
  /** First word after clause punctuation. */
  clauseStart: boolean;
  followedByDot: boolean;
  rest: string[];
};

function analyseWord(
  word: string,
  context: WordContext,
  morphology: GermanMorphology,
): Analysis {
  const number = numberAnalysis(word);
  if (number) return number;
  const abbreviation = context.followedByDot
    ? abbreviationOf(word, context)
    : undefined;
  if (abbreviation)
    return {
      lemma: abbreviation,
      pos: "abbreviation",
      source: "function-word",
    };
  const lower = word.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(word);

  if (!capitalised || context.sentenceStart) {
    const settled = functionWordInContext(lower, context, morphology);
    if (settled) return settled;
  }
  if (word.endsWith("-")) {
    const truncated = truncatedCompound(word, context, morphology);
    if (truncated) return truncated;
  }
  if (capitalised) {
    const place = placeName(word);
    if (place)
      return {
        lemma: place.lemma,
        pos: "proper-noun",
        source: "place-name",
        place,
      };
    const noun = morphology.nounReadings(word)[0];
    const lowerReading = context.sentenceStart
      ? lowerCaseAnalysis(lower, context, morphology)
      : undefined;
    // At the start of a sentence a noun is likelier than a verb ("Berichten zufolge"); an
    // adjective of the data ("Unmittelbar nach") or one before a noun ("Innenpolitische
    // Situation") is likelier than a noun.
    if (
      lowerReading?.pos === "adjective" &&
      (lowerReading.source === "dictionary" || isCapitalised(context.next))
    )
      return lowerReading;
    if (noun) return nounAnalysis(noun, "dictionary");
    if (lowerReading && lowerReading.source !== "guess") return lowerReading;
    if (isAcronym(word))
      return { lemma: word, pos: "proper-noun", source: "guess" };
    const compound = morphology.compoundReading(word);
    if (compound) return nounAnalysis(compound, "compound");
    return { lemma: word, pos: "proper-noun", source: "guess" };
  }
  return (
    lowerCaseAnalysis(lower, context, morphology) ?? {
      lemma: lower,
      pos: /(?:ieren|eln|ern|en)$/u.test(lower) ? "verb" : "adjective",
      source: "guess",
    }
  );
}

function lowerCaseAnalysis(
  lower: string,
  context: WordContext,
  morphology: GermanMorphology,
): Analysis | undefined {
  const settled = functionWordInContext(lower, context, morphology);
  if (settled) return settled;
  if (isNumberWord(lower))
    return { lemma: lower, pos: "numeral", source: "number" };
  const verbs = morphology.verbReadings(lower);
  const adjective = morphology.adjectiveReading(lower);
  // An inflected adjective before its noun: "moderner Militärtechnologie", "bestätigte Zahlen"
  // (but "er beschuldigte Nordkorea": a name, and a pronoun before the verb).
  const attributive =
    adjective !== undefined &&
    lower !== adjective.lemma &&
    context.next !== undefined &&
    placeName(context.next) === undefined &&
    morphology.isNoun(context.next) &&
    !PERSONAL_PRONOUNS.has(context.previous?.toLowerCase() ?? "");
  if (verbs.length > 0 && !attributive) return verbAnalysis(verbs);
  if (adjective !== undefined)
    return {
      lemma: adjective.lemma,
      pos: "adjective",
      source: adjective.derived ? "rule" : "dictionary",
    };
  return undefined;
}

function verbAnalysis(verbs: VerbReading[]): Analysis {
  // Prefer a reading that needs no separated prefix, the verb whose infinitive the form is
  // ("führen", not fahren's Konjunktiv II), a finite reading over a participle (decided in
  // context later), and plain verbs over prefixed ones.
  const rank = (r: VerbReading) =>
    (r.prefixApart !== undefined ? 4 : 0) +
    (r.kind === "infinitive" ? 0 : r.kind === "finite" ? 1 : 2);
  const sorted = [...verbs].sort(
    (a, b) => rank(a) - rank(b) || a.infinitive.length - b.infinitive.length,
  );
  const best = sorted[0] as VerbReading;
  return {
    lemma: best.infinitive,
    pos: "verb",
    source: "dictionary",
    form: best.kind === "finite" ? undefined : best.kind,
    verbs: sorted,
  };
}

function nounAnalysis(noun: NounReading, source: AnalysisSource): Analysis {
  return { lemma: noun.lemma, pos: "noun", source, form: noun.number, noun };
}

function numberAnalysis(word: string): Analysis | undefined {
  const match =
    /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?([ \u00A0\u202F]?%)?$/u.exec(word);
  if (!match) return undefined;
  const whole = Number((match[1] ?? "").replace(/\./g, ""));
  const fraction = match[2];
  const spelled =
    fraction === undefined
      ? numberInWords(whole)
      : `${numberInWords(whole)} Komma ${[...fraction].map((d) => numberInWords(Number(d))).join(" ")}`;
  return {
    lemma: match[3] ? `${spelled} Prozent` : spelled,
    pos: "numeral",
    source: "number",
  };
}

/** Function words, with those whose class depends on the sentence settled by their neighbours. */
function functionWordInContext(
  lower: string,
  context: WordContext,
  morphology: GermanMorphology,
): Analysis | undefined {
  const known = functionWord(lower);
  const next = context.next?.toLowerCase();
  const as = (lemma: string, pos: PartOfSpeech): Analysis => ({
    lemma,
    pos,
    source: "function-word",
  });
  switch (lower) {
    case "während":
      return next !== undefined && GENITIVE_DETERMINERS.has(next)
        ? as("während", "preposition")
        : as("während", "conjunction");
    case "da":
      return context.sentenceStart || context.clauseStart
        ? as("da", "conjunction")
        : as("da", "adverb");
    case "um": {
      const zu = context.rest.indexOf("zu");
      return zu >= 0 &&
        morphology
          .verbReadings(context.rest[zu + 1] ?? "")
          .some((r) => r.kind === "infinitive")
        ? as("um", "conjunction")
        : as("um", "preposition");
    }
    case "zu":
      return next !== undefined &&
        !isCapitalised(context.next) &&
        morphology.verbReadings(next).some((r) => r.kind === "infinitive")
        ? as("zu", "particle")
        : as("zu", "preposition");
    case "über":
      return context.next !== undefined && /^\d/.test(context.next)
        ? as("über", "adverb")
        : as("über", "preposition");
    case "laut":
      return isCapitalised(context.next) || /^\d/.test(context.next ?? "")
        ? as("laut", "preposition")
        : undefined;
    case "sein":
      return next !== undefined &&
        (isCapitalised(context.next) ||
          morphology.adjectiveLemma(next) !== undefined)
        ? as("sein", "pronoun")
        : undefined;
  }
  return known ? as(known.lemma, known.pos) : undefined;
}

/** Abbreviations written with a full stop; "z. B." and "u. a." are two tokens of one entry. */
const ABBREVIATIONS = new Map(
  [
    "bzw.",
    "ca.",
    "Dr.",
    "etc.",
    "evtl.",
    "ggf.",
    "inkl.",
    "Mio.",
    "Mrd.",
    "Nr.",
    "Prof.",
    "sog.",
    "usw.",
    "vgl.",
    "zzgl.",
  ].map((a) => [a.slice(0, -1), a]),
);
const TWO_PART_ABBREVIATIONS = ["z. B.", "u. a.", "d. h.", "o. Ä.", "u. Ä."];

function abbreviationOf(
  word: string,
  context: WordContext,
): string | undefined {
  const single = ABBREVIATIONS.get(word);
  if (single) return single;
  return TWO_PART_ABBREVIATIONS.find(
    (a) =>
      (a.startsWith(`${word}. `) && context.next === a[3]) ||
      (a.endsWith(` ${word}.`) && context.previous === a[0]),
  );
}

/** "Nord-" in "Nord- und Südkorea": the part that the later word completes. */
function truncatedCompound(
  word: string,
  context: WordContext,
  morphology: GermanMorphology,
): Analysis | undefined {
  const completing = context.afterNext;
  if (
    completing === undefined ||
    !/^(?:und|oder|bis|sowie)$/u.test(context.next ?? "")
  )
    return undefined;
  const first = word.slice(0, -1);
  for (let start = 1; start <= completing.length - 3; start++) {
    const candidate = first + completing.slice(start).toLowerCase();
    const place = placeName(candidate);
    if (place)
      return { lemma: place.lemma, pos: "proper-noun", source: "rule", place };
    const noun = morphology.nounReadings(candidate)[0];
    if (noun) return nounAnalysis(noun, "rule");
  }
  return undefined;
}

/**
 * Past participles: verbs with an auxiliary in their clause, or earlier in the sentence with no
 * other finite verb between ("hat …, einschließlich …, vorangetrieben"); adjectives of the data
 * otherwise ("bleibt angespannt"). A form that is also finite ("entsendet") stays finite then.
 */
function markParticiples(slots: WordSlot[], morphology: GermanMorphology) {
  slots.forEach((slot, index) => {
    const { analysis } = slot;
    const participle = analysis.verbs?.find(
      (r) => r.kind === "past participle",
    );
    if (analysis.pos !== "verb" || participle === undefined) return;
    const isAuxiliary = (other: WordSlot) =>
      other !== slot &&
      other.analysis.pos === "verb" &&
      AUXILIARY_LEMMAS.has(other.analysis.lemma) &&
      (other.analysis.form === undefined ||
        other.analysis.form === "infinitive");
    let hasAuxiliary = clauseOf(slots, index).some(isAuxiliary);
    for (let earlier = index - 1; earlier >= 0 && !hasAuxiliary; earlier--) {
      const other = slots[earlier] as WordSlot;
      if (isAuxiliary(other)) hasAuxiliary = true;
      else if (
        other.analysis.pos === "verb" &&
        other.analysis.form === undefined
      )
        break;
    }
    // A clause has one finite verb: after another one ("wies … entschieden zurück") a form that
    // could be finite ("wir entschieden") is the participle.
    let afterFinite = false;
    for (let earlier = index - 1; earlier >= 0; earlier--) {
      if ((slots[earlier + 1] as WordSlot).breakBefore) break;
      const other = slots[earlier] as WordSlot;
      if (/^(?:und|oder|aber|sondern)$/u.test(other.token.text)) break;
      if (other.analysis.pos === "verb" && other.analysis.form === undefined) {
        afterFinite = true;
        break;
      }
    }
    if (hasAuxiliary) {
      slot.analysis = {
        ...analysis,
        lemma: participle.infinitive,
        form: "past participle",
        verbs: [participle],
      };
      return;
    }
    if (analysis.form !== "past participle" && !afterFinite) return;
    const adjective = morphology.adjectiveReading(
      slot.token.text.toLowerCase(),
    );
    if (adjective !== undefined && !adjective.derived)
      slot.analysis = {
        lemma: adjective.lemma,
        pos: "adjective",
        source: "dictionary",
      };
  });
}

/**
 * A finite verb standing without its separable prefix takes the prefix found later in its
 * clause: "Dies wirft Fragen auf über …" → aufwerfen. The prefix is a separate word that is
 * not the preposition of a following noun phrase.
 */
function joinSeparableVerbs(
  textId: string,
  slots: WordSlot[],
  morphology: GermanMorphology,
  expressions: DraftExpression[],
) {
  slots.forEach((slot, index) => {
    const readings = slot.analysis.verbs?.filter(
      (r) => r.prefixApart !== undefined,
    );
    if (!readings || readings.length === 0 || slot.analysis.pos !== "verb")
      return;
    for (let later = index + 1; later < slots.length; later++) {
      const candidate = slots[later] as WordSlot;
      if (breaksClause(slots, index, later)) break;
      const reading = readings.find(
        (r) => r.prefixApart === candidate.token.text.toLowerCase(),
      );
      if (!reading || !standsAsParticle(slots, later, morphology)) continue;
      const verb: Analysis = {
        lemma: reading.infinitive,
        pos: "verb",
        source: "dictionary",
        verbs: [reading],
      };
      slot.analysis = verb;
      candidate.analysis = { ...verb, form: "separated prefix" };
      expressions.push({
        id: `${textId}-${entryIdFor(reading.infinitive, "verb").replace(/-verb$/, "")}`,
        sentenceId: textId,
        tokenIndexes: [index, later],
        entryId: entryIdFor(reading.infinitive, "verb"),
        gloss: null,
      });
      return;
    }
  });
}

/** A separated prefix ends its clause or is followed by a word it cannot govern. */
function standsAsParticle(
  slots: WordSlot[],
  index: number,
  morphology: GermanMorphology,
): boolean {
  const next = slots[index + 1];
  if (next === undefined || breaksClause(slots, index, index + 1)) return true;
  const { pos } = next.analysis;
  if (pos === "preposition" || pos === "conjunction" || pos === "verb")
    return true;
  return (
    pos === "adverb" && morphology.adjectiveLemma(next.token.text) === undefined
  );
}

/** Neighbouring names that the data does not know are one name: "Kim Jong-un", "Seth Jones". */
function joinNames(slots: WordSlot[]) {
  let start = 0;
  while (start < slots.length) {
    let end = start;
    const isName = (slot: WordSlot | undefined) =>
      slot?.analysis.pos === "proper-noun" && slot.analysis.source === "guess";
    while (
      isName(slots[end]) &&
      isName(slots[end + 1]) &&
      !breaksClause(slots, end, end + 1)
    )
      end += 1;
    if (end > start) {
      const lemma = slots
        .slice(start, end + 1)
        .map((s) => s.token.text)
        .join(" ");
      for (const slot of slots.slice(start, end + 1))
        slot.analysis = { lemma, pos: "proper-noun", source: "guess" };
    }
    start = end + 1;
  }
}

/** "Kim Jong-uns" is Kim Jong-un's genitive when the article also names "Kim Jong-un". */
function mergeGenitiveNames(slots: WordSlot[]) {
  const names = new Set(
    slots
      .filter((s) => s.analysis.pos === "proper-noun")
      .map((s) => s.analysis.lemma),
  );
  for (const slot of slots) {
    const { lemma } = slot.analysis;
    if (slot.analysis.pos !== "proper-noun" || !/[^s]s$/u.test(lemma)) continue;
    const withoutS = lemma.slice(0, -1);
    if (names.has(withoutS))
      slot.analysis = { ...slot.analysis, lemma: withoutS, form: "genitive" };
  }
}

function entryOf(
  analysis: Analysis,
  morphology: GermanMorphology,
  lexicon: Lexicon,
): DraftEntry {
  const id = entryIdFor(analysis.lemma, analysis.pos);
  const glosses = [...(lexicon.get(id) ?? [])];
  const base = { id, lemma: analysis.lemma, pos: analysis.pos, glosses };
  if (analysis.pos === "noun" && analysis.noun) {
    const { gender, plural, onlyIn } = analysis.noun;
    return {
      ...base,
      ...(gender && onlyIn !== "plural" ? { gender } : {}),
      plural,
      ...(plural === null ? { onlyIn: onlyIn ?? "singular" } : {}),
    };
  }
  if (analysis.pos === "proper-noun" && analysis.place) {
    const { gender, takesArticle, onlyIn } = analysis.place;
    return {
      ...base,
      ...(gender ? { gender } : {}),
      ...(onlyIn ? { plural: null, onlyIn } : {}),
      takesArticle,
    };
  }
  if (analysis.pos === "verb")
    return { ...base, verb: morphology.verbDetails(analysis.lemma) };
  return base;
}

function clauseOf(slots: WordSlot[], index: number): WordSlot[] {
  let start = index;
  while (start > 0 && !breaksClause(slots, start - 1, start)) start -= 1;
  let end = index;
  while (end < slots.length - 1 && !breaksClause(slots, end, end + 1)) end += 1;
  return slots.slice(start, end + 1);
}

/** Whether clause punctuation stands between the word slots `from` and `to`. */
function breaksClause(slots: WordSlot[], from: number, to: number): boolean {
  return slots.slice(from + 1, to + 1).some((slot) => slot.breakBefore);
}

function isClauseOpening(all: Token[], position: number): boolean {
  for (let i = position - 1; i >= 0; i--) {
    const token = all[i] as Token;
    if (token.kind === "space") continue;
    return token.kind === "punct" && /^[„“"«»(:]$/u.test(token.text);
  }
  return true;
}

function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}s?$/u.test(word);
}
