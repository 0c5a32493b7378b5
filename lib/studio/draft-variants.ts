// False versions of a fact for true/false and multiple-select drafts, which the teacher picks from
// or rewrites: a swapped entity, a negation, and a dropped hedge (the one that teaches the hedge).
//
// Every variant is built in German and English from the fact's own statements by small, checked
// rewrites; a rewrite that does not apply cleanly in both languages gives no variant. A
// dropped-hedge variant counts only if the hedge lint, run on it against the fact's sentences,
// confirms that it drops the hedge in both languages — the same check that keeps such a
// statement out of a true claim — and if both languages drop the same: the source in both or in
// neither, and as many of a figure's qualifiers.
import type { Fact, Localized } from "@/lib/content/content-schema";
import { lintView } from "./hedge-lint";
import { detectHedges, findBounds, GERMAN_SOURCE_PHRASE } from "./hedges";
import type { ArticleReading, Entity } from "./draft-text";

export type VariantKind = "swapped-entity" | "negation" | "dropped-hedge";
export type FalseVariant = {
  kind: VariantKind;
  statement: Localized;
  note: Localized;
};

export function falseVariants(
  fact: Fact,
  reading: ArticleReading,
): FalseVariant[] {
  const variants = [
    droppedHedge(fact, reading),
    swappedEntity(fact, reading),
    negated(fact),
  ];
  return variants.filter((v): v is FalseVariant => v !== undefined);
}

// --- dropped hedge ---------------------------------------------------------------------------

/** "der Behörden", "von Fachleuten", "dem staatlichen Wetterdienst der Region". */
const GERMAN_SOURCE = String.raw`\s+(?:(?:von|aus)\s+)?${GERMAN_SOURCE_PHRASE}`;
/**
 * Sentence-initial hedges become an explicit claim of certainty, so the word order stays right.
 * The first group names a source or an estimate; the last three are the speaker's own doubt.
 */
const GERMAN_OPENERS = new RegExp(
  "^(?:Berichten zufolge|Laut [^,]+?(?= (?:hat|haben|ist|sind|war|waren|wurde|wurden|wird|werden|soll|sollen|könnte|könnten) )" +
    `|(?:Laut|Nach Angaben)${GERMAN_SOURCE}(?=\\s+\\p{Ll})` +
    "|Nach Schätzungen|Schätzungen zufolge|Möglicherweise|Vermutlich|Angeblich)\\s+",
  "u",
);
/**
 * An attribution inside the sentence ("hat nach Angaben der Behörden …") gives way to the claim of
 * certainty in its place, as the English opener does.
 */
const GERMAN_INNER_ATTRIBUTION = new RegExp(
  `(?<=\\s)(?:nach Angaben|laut(?! Schätzungen))${GERMAN_SOURCE}(?=\\s)`,
  "u",
);
const ENGLISH_OPENERS =
  /^(?:According to [^,]+,|Reportedly,|Possibly,|Allegedly,)\s+/u;
/** "…, according to the authorities." at the end: the same attribution as the opener. */
const ENGLISH_TRAILING_ATTRIBUTION = /,\s*according to [^,.;]+(?=\.$)/u;
/** A rewrite rule; `attribution` marks the rules that drop a source or an estimate. */
type Drop = readonly [pattern: RegExp, by: string, attribution?: "attribution"];
const GERMAN_DROPS: readonly Drop[] = [
  [/\s*,?\s*(?:nach|laut) Schätzungen,?/gu, "", "attribution"],
  [/\s+Berichten zufolge/gu, "", "attribution"],
  [
    /\s+(?:möglicherweise|vermutlich|wahrscheinlich|vielleicht|angeblich)(?=\s)/gu,
    "",
  ],
  [/\s+(?:bis zu|über|mehr als|rund|etwa|knapp|mindestens)(?=\s+\d)/gu, ""],
  [
    /^Es gibt (?:Hinweise|Informationen|Berichte) dar(?:auf|über), dass /u,
    "Es ist erwiesen, dass ",
    "attribution",
  ],
  [/\s+(haben|sein) könnten?(?=[\s,.;])/gu, " $1"],
  [/(?<=\s)könnte(?=\s)/gu, "wird"],
  [/(?<=\s)könnten(?=\s)/gu, "werden"],
];
const ENGLISH_DROPS: readonly Drop[] = [
  [/,?\s*according to estimates,?/giu, "", "attribution"],
  [/,?\s*according to reports,?/giu, "", "attribution"],
  [/\s+reportedly(?=\s)/gu, "", "attribution"],
  [/\s+(?:possibly|probably|perhaps|allegedly)(?=\s)/gu, ""],
  [/\s+(?:up to|more than|over|around|about|nearly|at least)(?=\s+\d)/gu, ""],
  [
    /^There (?:are|is) (?:indications|information|reports) that /u,
    "It is proven that ",
    "attribution",
  ],
  [/\s+may have(?=\s)/gu, " have"],
  [/\s+could(?=\s)/gu, " will"],
  [/\s+may(?=\s)/gu, " will"],
];

/** Applies the rules in order; says whether one of them dropped an attribution. */
function applyDrops(
  text: string,
  drops: readonly Drop[],
): { text: string; attribution: boolean } {
  let result = text;
  let attribution = false;
  for (const [pattern, by, kind] of drops) {
    const next = result.replace(pattern, by);
    if (next !== result && kind) attribution = true;
    result = next;
  }
  return { text: result, attribution };
}

/** What a rewrite did, so that the two languages can be held to the same change. */
type Rewritten = {
  text: string;
  /** A source or an estimate the claim was attributed to was dropped or made a certainty. */
  attributionDropped: boolean;
};

const GERMAN_DOUBT_OPENER = /^(?:Möglicherweise|Vermutlich|Angeblich)\s/u;
const ENGLISH_DOUBT_OPENER = /^(?:Possibly|Allegedly),\s/u;

function rewriteGerman(text: string): Rewritten {
  let result = text;
  let attributionDropped = false;
  if (GERMAN_OPENERS.test(result)) {
    attributionDropped = !GERMAN_DOUBT_OPENER.test(result);
    result = `Nachweislich ${result.replace(GERMAN_OPENERS, "")}`;
  } else if (GERMAN_INNER_ATTRIBUTION.test(result)) {
    result = result.replace(GERMAN_INNER_ATTRIBUTION, "nachweislich");
    attributionDropped = true;
  }
  const dropped = applyDrops(result, GERMAN_DROPS);
  return {
    text: dropped.text
      .replace(/\s{2,}/gu, " ")
      .replace(/\s+([,.;])/gu, "$1")
      .replace(/^,\s*/u, ""),
    attributionDropped: attributionDropped || dropped.attribution,
  };
}

/** How many of a figure's qualifiers ("mindestens 40", "up to 50 %") the rewrite took out. */
function boundsDropped(before: string, after: string, lang: "de" | "en") {
  return findBounds(before, lang).length - findBounds(after, lang).length;
}

function droppedHedge(
  fact: Fact,
  reading: ArticleReading,
): FalseVariant | undefined {
  if (fact.hedge.kind === "none") return undefined;
  // "Nachweislich waren …": the new opener takes the first position, the verb stays second.
  const german = rewriteGerman(fact.statement.de);
  const english = rewriteEnglish(fact.statement.en, englishWords(reading));
  const { text: de } = german;
  const { text: en } = english;
  if (de === fact.statement.de || en === fact.statement.en) return undefined;
  // Both languages must make the same claim: a source dropped in one of them only ("It is
  // confirmed that …" against a German that keeps "nach Angaben der Behörden"), or a figure's
  // qualifier dropped in one only, would be two different false statements.
  if (
    german.attributionDropped !== english.attributionDropped ||
    boundsDropped(fact.statement.de, de, "de") !==
      boundsDropped(fact.statement.en, en, "en")
  )
    return undefined;
  const sources = fact.sentenceIds.flatMap((id) => {
    const sentence = reading.byId.get(id)?.sentence;
    return sentence
      ? [{ sentenceId: id, hedges: detectHedges(sentence.de) }]
      : [];
  });
  const warnings = lintView(sources, {
    de: [{ text: de, lang: "de" }],
    en: [{ text: en, lang: "en" }],
  });
  const dropsIn = new Set(warnings.map((w) => w.lang));
  if (!dropsIn.has("de") || !dropsIn.has("en")) return undefined;
  return {
    kind: "dropped-hedge",
    statement: { de, en },
    note: {
      de: "Der Artikel stellt das nicht als gesicherte Tatsache dar.",
      en: "The article does not present this as an established fact.",
    },
  };
}

/** How the article's English writes its words: read once per article, every fact's variants ask. */
type EnglishWords = {
  /** Capitalised after a sentence's first word: names ("North", "Kim"). */
  names: ReadonlySet<string>;
  /** Written in lower case somewhere. */
  lower: ReadonlySet<string>;
};
const wordsByReading = new WeakMap<ArticleReading, EnglishWords>();

/** Words that open a sentence without being names, for an article too short to show them in lower case. */
const ENGLISH_FUNCTION_WORDS = new Set(
  "the a an this that these those it its they their he she his her we our there some several many most more few all both each every no one two three about around over up at in on since after before during".split(
    " ",
  ),
);

function englishWords(reading: ArticleReading): EnglishWords {
  const known = wordsByReading.get(reading);
  if (known) return known;
  const names = new Set<string>();
  const lower = new Set<string>();
  for (const { en } of reading.article.sentences) {
    for (const match of en.matchAll(
      /(?<=[\p{L}\p{N},;:)] )\p{Lu}[\p{L}'’-]*/gu,
    ))
      names.add(match[0]);
    for (const match of en.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu))
      lower.add(match[0]);
  }
  const words = { names, lower };
  wordsByReading.set(reading, words);
  return words;
}

/**
 * The sentence's first word moves behind "It is confirmed that": a function word loses its capital,
 * a name keeps it, another word the article writes in lower case loses it, an unknown word keeps it.
 */
function lowerFirstWord(text: string, words: EnglishWords): string {
  const first = text.match(/^[\p{L}'’-]+/u)?.[0] ?? "";
  const lowered = first.toLowerCase();
  const lower =
    ENGLISH_FUNCTION_WORDS.has(lowered) ||
    (!words.names.has(first) && words.lower.has(lowered));
  return lower ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

function rewriteEnglish(text: string, words: EnglishWords): Rewritten {
  let result = text;
  let opened = false;
  let attributionDropped = false;
  if (ENGLISH_OPENERS.test(result)) {
    attributionDropped = !ENGLISH_DOUBT_OPENER.test(result);
    result = result.replace(ENGLISH_OPENERS, "");
    opened = true;
  } else if (ENGLISH_TRAILING_ATTRIBUTION.test(result)) {
    result = result.replace(ENGLISH_TRAILING_ATTRIBUTION, "");
    attributionDropped = opened = true;
  }
  if (opened) result = `It is confirmed that ${lowerFirstWord(result, words)}`;
  const dropped = applyDrops(result, ENGLISH_DROPS);
  return {
    text: dropped.text.replace(/\s{2,}/gu, " ").replace(/\s+([,.;])/gu, "$1"),
    attributionDropped: attributionDropped || dropped.attribution,
  };
}

// --- swapped entity --------------------------------------------------------------------------

/**
 * Persons stand in for persons. Places stand in for places only when the article comes back to
 * them: a place named once is often of another sort (a region among countries).
 */
function swappedEntity(
  fact: Fact,
  reading: ArticleReading,
): FalseVariant | undefined {
  const mentions = (entity: Entity) =>
    reading.mentions.filter((m) => m.entity === entity).length;
  const entities = [...reading.entities.values()].filter(
    (e) => e.kind === "person" || (e.kind === "place" && mentions(e) >= 2),
  );
  for (const entity of entities) {
    if (
      !containsWord(fact.statement.de, entity.name.de) ||
      !containsWord(fact.statement.en, entity.name.en)
    )
      continue;
    // "Nord- und Südkorea": the name shares its word with the one before.
    if (
      new RegExp(`-\\s+(?:und|oder)\\s+${escape(entity.name.de)}`, "u").test(
        fact.statement.de,
      )
    )
      continue;
    const replacement = entities.find(
      (other) =>
        other !== entity &&
        other.kind === entity.kind &&
        other.takesArticle === entity.takesArticle &&
        !fact.statement.de.includes(other.name.de) &&
        !fact.statement.en.includes(other.name.en),
    );
    if (!replacement) continue;
    const statement = {
      de: replaceWord(fact.statement.de, entity.name.de, replacement.name.de),
      en: replaceWord(fact.statement.en, entity.name.en, replacement.name.en),
    };
    if (isStatedElsewhere(statement, reading)) continue;
    return {
      kind: "swapped-entity",
      statement,
      note: {
        de: `Im Artikel geht es hier um ${entity.name.de}, nicht um ${replacement.name.de}.`,
        en: `The article says this of ${entity.name.en}, not of ${replacement.name.en}.`,
      },
    };
  }
  return undefined;
}

function containsWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}'’])`, "u").test(
    text,
  );
}

function replaceWord(text: string, word: string, by: string): string {
  return text.replace(
    new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}'’])`, "gu"),
    by,
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** A swap that happens to say what a sentence of the article says is not false. */
function isStatedElsewhere(
  statement: Localized,
  reading: ArticleReading,
): boolean {
  const normal = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const wanted = normal(statement.de);
  return reading.sentences.some((s) => normal(s.sentence.de).includes(wanted));
}

// --- negation --------------------------------------------------------------------------------

/** Only "X ist Y" / "X is Y": where "nicht"/"not" has one right place in both languages. */
function negated(fact: Fact): FalseVariant | undefined {
  const de = fact.statement.de;
  const en = fact.statement.en;
  const germanCopula = de.match(/(?<=\s)(ist|sind|war|waren)(?=\s)/gu) ?? [];
  const englishCopula = en.match(/(?<=\s)(is|are|was|were)(?=\s)/gu) ?? [];
  if (germanCopula.length !== 1 || englishCopula.length !== 1) return undefined;
  if (
    /,|\bnicht\b|\bkein/u.test(de) ||
    /,|\bnot\b/u.test(en) ||
    fact.hedge.kind !== "none"
  )
    return undefined;
  return {
    kind: "negation",
    statement: {
      de: de.replace(/(?<=\s)(ist|sind|war|waren)(?=\s)/u, "$1 nicht"),
      en: en.replace(/(?<=\s)(is|are|was|were)(?=\s)/u, "$1 not"),
    },
    note: {
      de: "Der Artikel sagt das Gegenteil.",
      en: "The article says the opposite.",
    },
  };
}
