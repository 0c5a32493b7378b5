// Parsing a typed numeric answer ("über 10.000", "rund 50 Prozent", "ten years").
//
// An answer is accepted only if it has exactly this shape (case-insensitive, ä/ö/ü/ß may be
// written ae/oe/ue/ss, any kind of whitespace, typographic apostrophes ’ count as '):
//
//     [qualifier …] [-] NUMBER [multiplier] [unit]
//
// * qualifier — words that soften a figure, in both languages whatever the quiz language:
//   über, mehr als, rund, etwa, ca., circa, zirka, knapp, bis zu, ungefähr, fast, mindestens,
//   more than, over, about, around, approximately, approx., up to, nearly, almost, roughly,
//   at least, some, "~", "≈". They are ignored: "über 10.000" is read as 10000.
// * NUMBER — either digits or a number word:
//   - digits with separators. A "." "," "'" or space followed by exactly three digits, in the
//     group pattern ^[1-9]\d{0,2}([.,' ]\d{3})+$ (one separator kind throughout), is a
//     THOUSANDS separator in both languages: "10.000" = "10,000" = "10 000" = "10'000" = 10000,
//     and therefore also "1.500" = "1,500" = 1500 in both languages.
//     Otherwise the quiz language's decimal separator is decimal (de ",", en ".") and the other
//     one is rejected: "1,5" is 1.5 in German and invalid in English; "1.5" the reverse.
//     A grouped integer part may be followed by a decimal part ("1.234,5" de, "1,234.5" en).
//   - a number word 0–20 or a ten up to hundred, German or English ("zehn", "ten", "zwanzig",
//     "fifty", "hundert", "one hundred"). Compounds ("einundzwanzig", "twenty-one",
//     "zehntausend") are not understood.
// * multiplier — tausend/thousand, Million(en)/Mio./million, Milliarde(n)/Mrd., and in English
//   quizzes "billion" (10⁹; the German "Billion" is 10¹² and is not accepted to avoid confusion).
//   "1,5 Mio." = 1500000.
// * unit — %, Prozent, percent, per cent, Prozentpunkte, percentage points, Jahr(e/en),
//   year(s), Jahre alt, years old, plus the question's own unit (both languages) when the
//   caller passes it. Units are only stripped, never converted: "50 %" is 50.
//
// Everything else yields null: two numbers ("10 oder 20", "10 20"), ranges ("10-20", "10–20"),
// leftover words ("10 Soldaten" unless "Soldaten" is the question's unit, "10 oder mehr"),
// trailing punctuation ("10."), malformed groups ("1.2.3", "10.00"), empty input.
// A minus sign directly before the digits makes the number negative.
import type { Language } from "@/lib/content/schema";
import { foldGermanSpelling } from "./normalize";

export interface ParseNumberOptions {
  /** Extra units to accept after the number, typically the question's unit in both languages. */
  units?: readonly string[];
}

/** Lower-case, NFKC, German folding, uniform apostrophes/minus, single spaces, trimmed. */
function prepare(input: string): string {
  return foldGermanSpelling(input.normalize("NFKC").toLowerCase())
    .replace(/[’‘ʼ′´`]/g, "'")
    .replace(/\u2212/g, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Longest first, so "approximately" is tried before "approx." and "mehr als" before nothing. */
function phraseList(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map(prepare))].sort((a, b) => b.length - a.length);
}

const QUALIFIERS = phraseList([
  "über",
  "mehr als",
  "rund",
  "etwa",
  "ca.",
  "ca",
  "circa",
  "zirka",
  "knapp",
  "bis zu",
  "ungefähr",
  "fast",
  "mindestens",
  "more than",
  "over",
  "about",
  "around",
  "approximately",
  "approx.",
  "up to",
  "nearly",
  "almost",
  "roughly",
  "at least",
  "some",
  "~",
  "≈",
]);

const UNITS = phraseList([
  "%",
  "prozent",
  "percent",
  "per cent",
  "prozentpunkte",
  "percentage points",
  "jahr",
  "jahre",
  "jahren",
  "jahre alt",
  "year",
  "years",
  "years old",
]);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ["null", 0],
      ["eins", 1],
      ["ein", 1],
      ["eine", 1],
      ["zwei", 2],
      ["drei", 3],
      ["vier", 4],
      ["fünf", 5],
      ["sechs", 6],
      ["sieben", 7],
      ["acht", 8],
      ["neun", 9],
      ["zehn", 10],
      ["elf", 11],
      ["zwölf", 12],
      ["dreizehn", 13],
      ["vierzehn", 14],
      ["fünfzehn", 15],
      ["sechzehn", 16],
      ["siebzehn", 17],
      ["achtzehn", 18],
      ["neunzehn", 19],
      ["zwanzig", 20],
      ["dreißig", 30],
      ["vierzig", 40],
      ["fünfzig", 50],
      ["sechzig", 60],
      ["siebzig", 70],
      ["achtzig", 80],
      ["neunzig", 90],
      ["hundert", 100],
      ["einhundert", 100],
      ["zero", 0],
      ["one", 1],
      ["two", 2],
      ["three", 3],
      ["four", 4],
      ["five", 5],
      ["six", 6],
      ["seven", 7],
      ["eight", 8],
      ["nine", 9],
      ["ten", 10],
      ["eleven", 11],
      ["twelve", 12],
      ["thirteen", 13],
      ["fourteen", 14],
      ["fifteen", 15],
      ["sixteen", 16],
      ["seventeen", 17],
      ["eighteen", 18],
      ["nineteen", 19],
      ["twenty", 20],
      ["thirty", 30],
      ["forty", 40],
      ["fifty", 50],
      ["sixty", 60],
      ["seventy", 70],
      ["eighty", 80],
      ["ninety", 90],
      ["hundred", 100],
      ["one hundred", 100],
      ["a hundred", 100],
    ] as const
  ).map(([word, value]) => [prepare(word), value] as const),
);
const NUMBER_WORD_LIST = [...NUMBER_WORDS.keys()].sort(
  (a, b) => b.length - a.length,
);

/** Multiplier word → power of ten. */
const MULTIPLIERS: Readonly<Record<Language, ReadonlyMap<string, number>>> =
  (() => {
    const common: [string, number][] = [
      ["tausend", 3],
      ["thousand", 3],
      ["million", 6],
      ["millionen", 6],
      ["mio", 6],
      ["mio.", 6],
      ["milliarde", 9],
      ["milliarden", 9],
      ["mrd", 9],
      ["mrd.", 9],
    ];
    return {
      de: new Map(common),
      en: new Map([...common, ["billion", 9]]),
    };
  })();

/** Pure thousands grouping, one separator kind throughout: "10.000", "1,234,567", "10 000". */
const GROUPED_INTEGER = /^[1-9]\d{0,2}([.,' ])\d{3}(?:\1\d{3})*$/;

/** Integer part (plain or grouped with a non-decimal separator) + optional locale decimal part. */
const LOCALE_NUMBER: Readonly<Record<Language, RegExp>> = {
  de: /^(\d+|[1-9]\d{0,2}([.' ])\d{3}(?:\2\d{3})*)(?:,(\d+))?$/,
  en: /^(\d+|[1-9]\d{0,2}([,' ])\d{3}(?:\2\d{3})*)(?:\.(\d+))?$/,
};

/** A run of digits joined by single separators; validated by parseDigits afterwards. */
const DIGIT_RUN = /^\d+(?:[.,' ]\d+)*/;

interface Decimal {
  /** All significant digits, no separators. */
  digits: string;
  /** Power of ten to apply to `digits`. */
  exponent: number;
}

function parseDigits(literal: string, lang: Language): Decimal | null {
  if (GROUPED_INTEGER.test(literal))
    return { digits: literal.replace(/\D/g, ""), exponent: 0 };
  const match = LOCALE_NUMBER[lang].exec(literal);
  if (!match) return null;
  const integer = (match[1] ?? "").replace(/\D/g, "");
  const fraction = match[3] ?? "";
  return { digits: integer + fraction, exponent: -fraction.length };
}

/** Returns the rest after `phrase` if `text` starts with it at a word boundary. */
function consumePhrase(text: string, phrase: string): string | null {
  if (!text.startsWith(phrase)) return null;
  const rest = text.slice(phrase.length);
  if (rest === "") return "";
  if (rest.startsWith(" ")) return rest.slice(1);
  // Phrases ending in a non-letter ("ca.", "~") may be followed directly by the number.
  return /[\p{L}\p{N}]$/u.test(phrase) ? null : rest;
}

function consumeFirst(
  text: string,
  phrases: Iterable<string>,
): { phrase: string; rest: string } | null {
  for (const phrase of phrases) {
    const rest = consumePhrase(text, phrase);
    if (rest !== null) return { phrase, rest };
  }
  return null;
}

/**
 * Parses a learner's numeric answer; null when it is not exactly one number in an accepted
 * format (see the rules at the top of this file).
 */
export function parseNumberAnswer(
  input: string,
  lang: Language,
  options: ParseNumberOptions = {},
): number | null {
  let rest = prepare(input);
  if (rest === "") return null;

  // Qualifiers ("über", "more than", "ca.").
  for (
    let q = consumeFirst(rest, QUALIFIERS);
    q;
    q = consumeFirst(rest, QUALIFIERS)
  )
    rest = q.rest;

  let negative = false;
  if (/^-\d/.test(rest)) {
    negative = true;
    rest = rest.slice(1);
  }

  // The number itself.
  let value: Decimal;
  const run = DIGIT_RUN.exec(rest);
  if (run) {
    const parsed = parseDigits(run[0], lang);
    if (!parsed) return null;
    value = parsed;
    rest = rest.slice(run[0].length);
    if (rest.startsWith(" ")) rest = rest.slice(1);
    else if (rest !== "" && !rest.startsWith("%")) return null;
  } else {
    if (negative) return null;
    const word = consumeFirst(rest, NUMBER_WORD_LIST);
    if (!word) return null;
    value = { digits: String(NUMBER_WORDS.get(word.phrase)), exponent: 0 };
    rest = word.rest;
  }

  // Multiplier ("Millionen", "thousand").
  const multipliers = MULTIPLIERS[lang];
  const multiplier = consumeFirst(rest, multipliers.keys());
  if (multiplier) {
    value = {
      digits: value.digits,
      exponent: value.exponent + (multipliers.get(multiplier.phrase) ?? 0),
    };
    rest = multiplier.rest;
  }

  // Unit ("%", "Jahre", the question's own unit).
  if (rest !== "") {
    const units = options.units?.length
      ? phraseList([...UNITS, ...options.units]).filter((u) => u !== "")
      : UNITS;
    const unit = consumeFirst(rest, units);
    if (!unit || unit.rest !== "") return null;
  }

  const magnitude = Number(`${value.digits}e${value.exponent}`);
  if (!Number.isFinite(magnitude)) return null;
  if (magnitude === 0) return 0;
  return negative ? -magnitude : magnitude;
}
