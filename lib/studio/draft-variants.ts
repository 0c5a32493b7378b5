// False versions of a fact for true/false and multiple-select drafts, which the teacher picks from
// or rewrites: a swapped entity, a negation, and a dropped hedge (the one that teaches the hedge).
//
// Every variant is built in German and English from the fact's own statements by small, checked
// rewrites; a rewrite that does not apply cleanly in both languages gives no variant. A
// dropped-hedge variant counts only if the hedge lint, run on it against the fact's sentences,
// confirms that it drops the hedge in both languages — the same check that keeps such a
// statement out of a true claim.
import type { Fact, Localized } from "@/lib/content/content-schema";
import { lintView } from "./hedge-lint";
import { detectHedges } from "./hedges";
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

/** Sentence-initial hedges become an explicit claim of certainty, so the word order stays right. */
const GERMAN_OPENERS =
  /^(?:Berichten zufolge|Laut [^,]+?(?= (?:hat|haben|ist|sind|war|waren|wurde|wurden|wird|werden|soll|sollen|könnte|könnten) )|Nach Schätzungen|Schätzungen zufolge|Möglicherweise|Vermutlich|Angeblich)\s+/u;
const ENGLISH_OPENERS =
  /^(?:According to [^,]+,|Reportedly,|Possibly,|Allegedly,)\s+/u;
const GERMAN_DROPS: readonly [RegExp, string][] = [
  [/\s*,?\s*(?:nach|laut) Schätzungen,?/gu, ""],
  [/\s+Berichten zufolge/gu, ""],
  [
    /\s+(?:möglicherweise|vermutlich|wahrscheinlich|vielleicht|angeblich)(?=\s)/gu,
    "",
  ],
  [/\s+(?:bis zu|über|mehr als|rund|etwa|knapp|mindestens)(?=\s+\d)/gu, ""],
  [
    /^Es gibt (?:Hinweise|Informationen|Berichte) dar(?:auf|über), dass /u,
    "Es ist erwiesen, dass ",
  ],
  [/\s+(haben|sein) könnten?(?=[\s,.;])/gu, " $1"],
  [/(?<=\s)könnte(?=\s)/gu, "wird"],
  [/(?<=\s)könnten(?=\s)/gu, "werden"],
];
const ENGLISH_DROPS: readonly [RegExp, string][] = [
  [/,?\s*according to estimates,?/giu, ""],
  [/,?\s*according to reports,?/giu, ""],
  [/\s+(?:possibly|probably|perhaps|reportedly|allegedly)(?=\s)/gu, ""],
  [/\s+(?:up to|more than|over|around|about|nearly|at least)(?=\s+\d)/gu, ""],
  [
    /^There (?:are|is) (?:indications|information|reports) that /u,
    "It is proven that ",
  ],
  [/\s+may have(?=\s)/gu, " have"],
  [/\s+could(?=\s)/gu, " will"],
  [/\s+may(?=\s)/gu, " will"],
];

function rewrite(
  text: string,
  opener: RegExp,
  certainty: string,
  drops: readonly [RegExp, string][],
): string {
  let result = text;
  if (opener.test(result))
    result = `${certainty} ${result.replace(opener, "")}`;
  for (const [pattern, replacement] of drops)
    result = result.replace(pattern, replacement);
  return result
    .replace(/\s{2,}/gu, " ")
    .replace(/\s+([,.;])/gu, "$1")
    .replace(/^,\s*/u, "");
}

function droppedHedge(
  fact: Fact,
  reading: ArticleReading,
): FalseVariant | undefined {
  if (fact.hedge.kind === "none") return undefined;
  // "Nachweislich waren …": the new opener takes the first position, the verb stays second.
  const de = rewrite(
    fact.statement.de,
    GERMAN_OPENERS,
    "Nachweislich",
    GERMAN_DROPS,
  );
  const en = rewriteEnglish(fact.statement.en);
  if (de === fact.statement.de || en === fact.statement.en) return undefined;
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

function rewriteEnglish(text: string): string {
  const opened = ENGLISH_OPENERS.test(text);
  let result = text.replace(ENGLISH_OPENERS, "");
  if (opened)
    result = `It is confirmed that ${result.charAt(0).toLowerCase()}${result.slice(1)}`;
  for (const [pattern, replacement] of ENGLISH_DROPS)
    result = result.replace(pattern, replacement);
  // Names keep their capital after the lower-casing above.
  result = result.replace(
    /that ([a-z])(\w*)/u,
    (match, first: string, rest: string) =>
      /^(?:north|south|kim|zelensky|kcna)$/iu.test(first + rest)
        ? `that ${first.toUpperCase()}${rest}`
        : match,
  );
  return result.replace(/\s{2,}/gu, " ").replace(/\s+([,.;])/gu, "$1");
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
