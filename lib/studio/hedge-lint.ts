// The hedge lint: warns when a fact or a question drops a hedge that its source sentence carries —
// the check that catches "could be up to 50 %" turned into "was 50 %".
//
// For every hedge detectHedges finds in a source sentence, the lint asks two questions of each
// text a learner reads as the claim (a fact's statement; a question's prompt with its correct
// options, accepted answers, pairs, items, filled cloze text or numeric answer; its explanation).
// Distractors are left out: they are false by design, and one may drop a hedge on purpose.
//
// 1. Does the text restate what the hedge qualifies? Yes when its German side shares at least
//    MIN_SHARED_WORDS content words with the hedge's scope (without the cue words and the
//    source's name), or at least half of them, or when either side names a figure of the scope.
// 2. If so, does it keep each part of the hedge, in German and in English?
//    - attribution, report and claim: a cue of any of the three ("laut X", "Berichten zufolge",
//      "beschuldigte", Konjunktiv I; "according to", "reportedly", "accused") or the source's
//      name. Who says it may be rephrased; that someone says it may not be dropped — unless the
//      claim stays marked as possible or estimated, which keeps it from reading as plain fact.
//    - possibility: a possibility cue ("möglicherweise", "könnte"; "possibly", "could", "may").
//    - estimate: an estimate word ("Schätzungen", "geschätzt"; "estimates").
//    - bound: where the text names the figure, a qualifier of the same direction before it
//      ("bis zu 50 %" → "höchstens 50 %" or "up to 50%"), or before the gap a numeric
//      question leaves for it ("bis zu wie viel Prozent", "up to what percentage", "über …").
// The quiz's own framing ("laut dem Artikel", "according to the article", "der Artikel
// schreibt") qualifies nothing and is removed first.
//
// A true/false statement whose answer is "false" is exempt: dropping a hedge is one of the ways
// a teacher makes a false statement, and it teaches the hedge. Its explanation is linted instead.
import type {
  ContentPack,
  Fact,
  Language,
  Localized,
  Question,
  Sentence,
} from "@/lib/content/content-schema";
import { fillCloze } from "@/lib/content/validate";
import type {
  BoundDirection,
  CueFamily,
  DetectedHedge,
  HedgeCue,
} from "./hedges";
import {
  ENGLISH_BOUND_WORDS,
  GERMAN_BOUND_WORDS,
  detectHedges,
  findEnglishCues,
  findFigures,
  findGermanCues,
} from "./hedges";

export type LintSegment = { text: string; lang: Language };
/** A text as the learner reads it in each quiz language. A cloze's German text counts for both. */
export type LintView = Record<Language, LintSegment[]>;

export type HedgeWarning = {
  sentenceId: string;
  lang: Language;
  /** The part of the hedge that is missing. */
  part: "source" | "possibility" | "estimate" | "bound";
  hedge: DetectedHedge;
  /** For "bound": the figure whose qualifier is missing, and the qualifier. */
  bound?: { value: number; marker: string };
};

export type SourceHedges = { sentenceId: string; hedges: DetectedHedge[] };

const MIN_SHARED_WORDS = 3;
const SOURCE_FAMILIES: ReadonlySet<CueFamily> = new Set([
  "attribution",
  "report",
  "claim",
]);

const GERMAN_STOPWORDS = new Set(
  `der die das des dem den ein eine einer eines einem einen und oder aber sondern denn doch jedoch
  als wie so auch noch schon nur sehr mehr nicht kein keine keinen keiner keinem dass ob weil da wenn
  während obwohl indem um zu zur zum im in ins am an auf aus bei mit nach von vom vor für über unter
  gegen durch ohne bis seit zwischen er sie es wir ihr ich du man sich sein seine seiner seinen seinem
  ihre ihrer ihren ihrem ihres dies diese dieser diesen diesem dieses welche welcher welches welchen
  welchem wo wobei was wer wen wem wann warum wieso hat haben hatte hatten ist sind war waren sei
  seien wird werden wurde wurden worden kann können könnte könnten soll sollen sollte muss müssen
  darf dürfen will wollen laut artikel text satz lücke lücken ergänze richtig falsch stimmt heißt
  es gibt gab viele viel einige alle jede jeder jedes andere anderen zuvor zuletzt dort hier dabei
  darüber darauf damit deshalb also etwa rund`.split(/\s+/u),
);
const GERMAN_BOUND_QUALIFIERS: Record<BoundDirection, RegExp[]> =
  qualifierPatterns(GERMAN_BOUND_WORDS);
const ENGLISH_BOUND_QUALIFIERS: Record<BoundDirection, RegExp[]> =
  qualifierPatterns(ENGLISH_BOUND_WORDS);

function qualifierPatterns(
  table: Readonly<Record<BoundDirection, readonly string[]>>,
): Record<BoundDirection, RegExp[]> {
  const patterns = (list: readonly string[]) =>
    list.map((w) => new RegExp(`(?<![\\p{L}])${w}\\s+`, "giu"));
  return {
    upper: patterns(table.upper),
    lower: patterns(table.lower),
    approx: patterns(table.approx),
  };
}
const ENGLISH_PLACEHOLDER = /^(?:what|how many|how much|…|\.\.\.)/iu;
const GERMAN_PLACEHOLDER = /^(?:wie viele?|wie viel|welche|…|\.\.\.)/iu;

/** The quiz's framing, which attributes to the article and hedges nothing. */
const FRAMING: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:laut\s+(?:dem|diesem)\s+Artikel|(?:im|dem)\s+Artikel\s+(?:zufolge|heißt\s+es)|der\s+Artikel\s+(?:schreibt|sagt|berichtet|meldet|nennt|beschreibt|erklärt|spricht(?:\s+von)?|gibt\s+\S+\s+wieder|stellt\s+fest))(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:according\s+to\s+(?:the|this)\s+article|the\s+article\s+(?:says|reports|states|writes|describes|mentions|speaks\s+of|gives|notes))(?![\p{L}])/giu,
};

function unframed(segment: LintSegment): LintSegment {
  return { ...segment, text: segment.text.replace(FRAMING[segment.lang], " ") };
}

function cuesOf(segment: LintSegment): HedgeCue[] {
  return segment.lang === "de"
    ? findGermanCues(segment.text)
    : findEnglishCues(segment.text);
}

/** Lower-case content words, cut to a rough stem so "Truppen" meets "Truppe". */
function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}][\p{L}-]*/gu) ?? []) {
    if (word.length < 3 || GERMAN_STOPWORDS.has(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}

function stem(word: string): string {
  for (const ending of ["en", "em", "er", "es", "e", "n", "s"]) {
    if (word.endsWith(ending) && word.length - ending.length >= 4)
      return word.slice(0, -ending.length);
  }
  return word;
}

type HedgeParts = {
  source: boolean;
  possibility: boolean;
  estimate: boolean;
  bounds: { value: number; direction: BoundDirection; marker: string }[];
};

function partsOf(hedge: DetectedHedge): HedgeParts {
  const families = new Set(hedge.cues.map((c) => c.family));
  return {
    source: [...families].some((f) => SOURCE_FAMILIES.has(f)),
    possibility: families.has("possibility"),
    estimate: families.has("estimate"),
    bounds: hedge.cues.flatMap((c) =>
      c.figure
        ? [
            {
              value: c.figure.value,
              direction: c.figure.direction,
              marker: c.marker,
            },
          ]
        : [],
    ),
  };
}

/** Content words of the scope that are neither cue words nor the source's name. */
function scopeStems(hedge: DetectedHedge): Set<string> {
  const excluded = contentStems(
    [...hedge.markers, hedge.source ?? ""].join(" "),
  );
  const stems = contentStems(hedge.scope);
  for (const word of excluded) stems.delete(word);
  for (const bound of partsOf(hedge).bounds) stems.delete(String(bound.value));
  return stems;
}

/**
 * Whether a view restates what the hedge qualifies: its German side shares enough content words
 * with the scope, or either side names a figure of the scope — the figure is the claim.
 */
export function restatesScope(hedge: DetectedHedge, view: LintView): boolean {
  const figures = findFigures(hedge.scope).map((f) => f.value);
  const all = [...view.de, ...view.en];
  if (figures.some((value) => namesFigure(value, all))) return true;
  const scope = scopeStems(hedge);
  if (scope.size === 0) return false;
  const text = contentStems(view.de.map((s) => unframed(s).text).join(" "));
  const shared = [...scope].filter((w) => text.has(w)).length;
  return (
    shared >= MIN_SHARED_WORDS || (shared >= 1 && shared * 2 >= scope.size)
  );
}

function sourceWords(hedge: DetectedHedge): string[] {
  return (hedge.source ?? "")
    .split(/[\s,]+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && w.length >= 3);
}

function keepsSource(
  hedge: DetectedHedge,
  segments: readonly LintSegment[],
): boolean {
  const names = sourceWords(hedge).map((w) => w.toLowerCase());
  return segments.some((segment) => {
    const text = unframed(segment);
    if (cuesOf(text).some((c) => SOURCE_FAMILIES.has(c.family))) return true;
    const tokens = new Set(
      text.text.toLowerCase().match(/[\p{L}][\p{L}-]*/gu) ?? [],
    );
    return names.some((name) => tokens.has(name) || tokens.has(`${name}s`));
  });
}

function keepsFamily(
  family: CueFamily,
  segments: readonly LintSegment[],
): boolean {
  return segments.some((segment) =>
    cuesOf(unframed(segment)).some((c) => c.family === family),
  );
}

/** Whether a text names the figure (in either language's writing). */
function namesFigure(value: number, segments: readonly LintSegment[]): boolean {
  return segments.some((s) =>
    findFigures(s.text).some((f) => f.value === value),
  );
}

function keepsBound(
  bound: HedgeParts["bounds"][number],
  segments: readonly LintSegment[],
): boolean {
  return segments.some((segment) => {
    if (
      cuesOf(segment).some(
        (c) =>
          c.figure?.value === bound.value &&
          c.figure.direction === bound.direction,
      )
    ) {
      return true;
    }
    // "bis zu wie viel Prozent", "up to what percentage", "über …": the qualifier before the gap.
    const qualifiers = (
      segment.lang === "de" ? GERMAN_BOUND_QUALIFIERS : ENGLISH_BOUND_QUALIFIERS
    )[bound.direction];
    const placeholder =
      segment.lang === "de" ? GERMAN_PLACEHOLDER : ENGLISH_PLACEHOLDER;
    return qualifiers.some((qualifier) =>
      [...segment.text.matchAll(qualifier)].some((m) =>
        placeholder.test(
          segment.text.slice(m.index + m[0].length).replace(/^[„“"»«]/u, ""),
        ),
      ),
    );
  });
}

/**
 * Warnings for one view of a text against the hedges of its source sentences. `restates` decides
 * relevance from the German side; both languages must then keep every part of the hedge.
 */
export function lintView(
  sources: readonly SourceHedges[],
  view: LintView,
): HedgeWarning[] {
  const warnings: HedgeWarning[] = [];
  for (const { sentenceId, hedges } of sources) {
    for (const hedge of hedges) {
      const parts = partsOf(hedge);
      const restates = restatesScope(hedge, view);
      for (const lang of ["de", "en"] as const) {
        const segments = view[lang];
        const warn = (
          part: HedgeWarning["part"],
          bound?: HedgeWarning["bound"],
        ) =>
          warnings.push({
            sentenceId,
            lang,
            part,
            hedge,
            ...(bound ? { bound } : {}),
          });
        if (restates) {
          // Who says it may go when the claim stays marked as possible or estimated.
          const sourceNeeded =
            parts.source && !parts.possibility && !parts.estimate;
          if (sourceNeeded && !keepsSource(hedge, segments)) warn("source");
          if (parts.possibility && !keepsFamily("possibility", segments))
            warn("possibility");
          if (parts.estimate && !keepsFamily("estimate", segments))
            warn("estimate");
        }
        for (const bound of parts.bounds) {
          if (
            namesFigure(bound.value, segments) &&
            !keepsBound(bound, segments)
          ) {
            warn("bound", { value: bound.value, marker: bound.marker });
          }
        }
      }
    }
  }
  return warnings;
}

/** The English line article:check prints for a warning (the studio translates the warning). */
export function hedgeWarningLine(warning: HedgeWarning): string {
  const { hedge, lang, sentenceId } = warning;
  const what =
    warning.part === "source"
      ? hedge.source
        ? `who says it (${hedge.source})`
        : "that the claim is reported"
      : warning.part === "bound"
        ? `the qualifier „${warning.bound?.marker}“ of ${warning.bound?.value}`
        : `the ${warning.part}`;
  return `${lang}: drops ${what} that ${sentenceId} carries (${hedge.kind}: ${hedge.markers
    .map((m) => `„${m}“`)
    .join(", ")})`;
}

// ---------------------------------------------------------------------------------------------
// Facts and questions of a content pack

export type PackHedgeWarning = HedgeWarning & { where: string };

const detected = new Map<string, DetectedHedge[]>();

/** A pack asks about the same sentence many times; its hedges do not change. */
function hedgesOfSentence(text: string): DetectedHedge[] {
  const known = detected.get(text);
  if (known) return known;
  const hedges = detectHedges(text);
  detected.set(text, hedges);
  return hedges;
}

function hedgesOf(
  sentenceIds: readonly string[],
  sentences: ReadonlyMap<string, Sentence>,
): SourceHedges[] {
  return sentenceIds.flatMap((id) => {
    const sentence = sentences.get(id);
    return sentence
      ? [{ sentenceId: id, hedges: hedgesOfSentence(sentence.de) }]
      : [];
  });
}

function both(
  text: Localized,
  extra: Record<Language, string[]> = { de: [], en: [] },
): LintView {
  return {
    de: [text.de, ...extra.de].map((t) => ({ text: t, lang: "de" as const })),
    en: [text.en, ...extra.en].map((t) => ({ text: t, lang: "en" as const })),
  };
}

/** The texts a learner reads as the question's claim, per quiz language. */
export function claimView(question: Question): LintView {
  const texts = (items: readonly { text: Localized }[]) => ({
    de: items.map((i) => i.text.de),
    en: items.map((i) => i.text.en),
  });
  switch (question.type) {
    // Distractors are false by design (one may drop a hedge on purpose); the claim is the key.
    case "single":
      return both(
        question.prompt,
        texts(question.options.filter((o) => o.id === question.correct)),
      );
    case "multiple":
      return both(
        question.prompt,
        texts(question.options.filter((o) => question.correct.includes(o.id))),
      );
    case "truefalse":
      return both(question.prompt);
    case "numeric": {
      const unit = question.unit ?? { de: "", en: "" };
      return both(question.prompt, {
        de: [`${question.correct.toLocaleString("de-DE")} ${unit.de}`.trim()],
        en: [`${question.correct.toLocaleString("en-GB")} ${unit.en}`.trim()],
      });
    }
    case "short":
      return both(question.prompt, question.accepted);
    case "cloze": {
      const filled = {
        text: fillCloze(question.text, question.gaps),
        lang: "de" as const,
      };
      const view = both(question.prompt);
      return { de: [...view.de, filled], en: [...view.en, filled] };
    }
    case "matching": {
      const left = texts(question.left);
      const right = texts(question.right);
      return both(question.prompt, {
        de: [...left.de, ...right.de],
        en: [...left.en, ...right.en],
      });
    }
    case "ordering":
      return both(question.prompt, texts(question.items));
  }
}

export function lintFact(
  fact: Fact,
  sentences: ReadonlyMap<string, Sentence>,
): PackHedgeWarning[] {
  return lintView(
    hedgesOf(fact.sentenceIds, sentences),
    both(fact.statement),
  ).map((w) => ({
    ...w,
    where: `fact ${fact.id}`,
  }));
}

export function lintQuestion(
  question: Question,
  sentences: ReadonlyMap<string, Sentence>,
): PackHedgeWarning[] {
  const sources = hedgesOf(question.sentenceIds, sentences);
  const where = `question ${question.id} (${question.type})`;
  const isFalseStatement = question.type === "truefalse" && !question.correct;
  const claim = isFalseStatement ? [] : lintView(sources, claimView(question));
  const explanation = lintView(sources, both(question.explanation));
  return [
    ...claim.map((w) => ({ ...w, where })),
    ...explanation.map((w) => ({ ...w, where: `${where} explanation` })),
  ];
}

export function lintPack(
  pack: Pick<ContentPack, "article" | "facts" | "questions">,
): PackHedgeWarning[] {
  const sentences = new Map(pack.article.sentences.map((s) => [s.id, s]));
  return [
    ...pack.facts.flatMap((fact) => lintFact(fact, sentences)),
    ...pack.questions.flatMap((question) => lintQuestion(question, sentences)),
  ];
}
