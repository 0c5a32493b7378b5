// Parsing a typed numeric answer ("über 10.000", "rund 50 Prozent", "zehntausend", "10,000+").
//
// An answer is accepted only if it has exactly this shape (case-insensitive, ä/ö/ü/ß may be
// written ae/oe/ue/ss, any kind of whitespace, typographic apostrophes ’ count as '):
//
//     [qualifier] [-] NUMBER [multiplier] [+] [unit] [trailing qualifier] [. or !]
//
// * qualifier — at most one, before the number or after it ("10.000+", "50 oder mehr"), in either
//   language whatever the quiz language. Each says which way the figure points (NumberQualifier,
//   lib/content/schema.ts); see QUALIFIER_PHRASES below for every word:
//     about     rund, etwa, ca., circa, zirka, ungefähr, annähernd, um die, an die,
//               schätzungsweise, about, around, approximately, approx., roughly, some,
//               an estimated, ~, ≈
//     almost    knapp, fast, beinahe, nahezu, knapp unter, almost, nearly, just under,
//               not quite, close to (just under the figure)
//     fewerThan unter, weniger als, fewer than, less than, under, below, <
//     atMost    bis zu, höchstens, maximal, max., nicht mehr als, up to, at most, no more than,
//               not more than, a maximum of, ≤; after the number: oder/und weniger, or less,
//               or fewer
//     atLeast   mindestens, wenigstens, zumindest, at least, no fewer/less than, not less than,
//               a minimum of, ≥; after the number: +, oder/und mehr, or/and more
//     moreThan  über, mehr als, more than, over, above, upwards of, in excess of, >
//     justOver  gut, knapp über, etwas über, etwas mehr als, just over, a little over,
//               slightly more than, slightly over
//   Whether a qualified answer is right is decided by qualifierFollows (below), not here.
// * NUMBER — either digits or number words:
//   - digits with separators. A "." "," "'" or space followed by exactly three digits, in the
//     group pattern ^[1-9]\d{0,2}([.,' ]\d{3})+$ (one separator kind throughout), is a
//     THOUSANDS separator in both languages: "10.000" = "10,000" = "10 000" = "10'000" = 10000,
//     and therefore also "1.500" = "1,500" = 1500 in both languages.
//     Otherwise the quiz language's decimal separator is decimal (de ",", en ".") and the other
//     one is rejected: "1,5" is 1.5 in German and invalid in English; "1.5" the reverse.
//     A grouped integer part may be followed by a decimal part ("1.234,5" de, "1,234.5" en).
//   - German number words written as one word, as German writes them, up to 999 999:
//     "zehn", "einundzwanzig", "hundertfünfzig", "zehntausend", "zweitausendfünfhundert".
//   - English number words up to 999 999, with spaces or hyphens: "ten", "twenty-one",
//     "one hundred and fifty", "ten thousand", "a thousand".
// * multiplier — tausend/thousand, Million(en)/Mio./million, Milliarde(n)/Mrd., and in English
//   quizzes "billion" (10⁹; the German "Billion" is 10¹² and is not accepted to avoid confusion).
//   "1,5 Mio." = 1500000.
// * unit — %, Prozent, percent, per cent, Prozentpunkte, percentage points, Jahr(e/en),
//   year(s), Jahre alt, years old, plus the question's own unit (both languages) when the
//   caller passes it. Units are only stripped, never converted: "50 %" is 50.
// * One run of full stops or exclamation marks may end the answer, as at the end of a sentence
//   ("50%.", "Über 10.000 Soldaten.").
//
// Everything else yields null: two numbers ("10 oder 20", "10 20"), ranges ("10-20", "10–20"),
// two qualifiers ("über rund 50"), leftover words ("10 Soldaten" unless "Soldaten" is the
// question's unit, "weit über 10.000"), a question mark ("10?"), malformed groups ("1.2.3",
// "10.00"), empty input. A minus sign directly before the digits makes the number negative.
import type { Language, NumberQualifier } from "@/lib/content/schema";
import { foldGermanSpelling } from "./normalize";

export interface ParseNumberOptions {
  /** Extra units to accept after the number, typically the question's unit in both languages. */
  units?: readonly string[];
}

export interface QualifiedNumber {
  value: number;
  /** "none" for a bare number. */
  qualifier: NumberQualifier;
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

/** Words before the figure, by the direction they give it. */
const LEADING_QUALIFIERS: Readonly<
  Record<Exclude<NumberQualifier, "none">, readonly string[]>
> = {
  about: [
    "rund",
    "etwa",
    "ca.",
    "ca",
    "circa",
    "zirka",
    "ungefähr",
    "annähernd",
    "um die",
    "an die",
    "schätzungsweise",
    "about",
    "around",
    "approximately",
    "approx.",
    "approx",
    "roughly",
    "some",
    "an estimated",
    "~",
    "≈",
  ],
  almost: [
    "knapp",
    "fast",
    "beinahe",
    "nahezu",
    "knapp unter",
    "almost",
    "nearly",
    "just under",
    "not quite",
    "close to",
  ],
  fewerThan: [
    "unter",
    "weniger als",
    "fewer than",
    "less than",
    "under",
    "below",
    "<",
  ],
  atMost: [
    "bis zu",
    "höchstens",
    "maximal",
    "max.",
    "nicht mehr als",
    "up to",
    "at most",
    "no more than",
    "not more than",
    "a maximum of",
    "≤",
  ],
  atLeast: [
    "mindestens",
    "wenigstens",
    "zumindest",
    "at least",
    "no fewer than",
    "no less than",
    "not less than",
    "a minimum of",
    "≥",
  ],
  moreThan: [
    "über",
    "mehr als",
    "more than",
    "over",
    "above",
    "upwards of",
    "in excess of",
    ">",
  ],
  justOver: [
    "gut",
    "knapp über",
    "etwas über",
    "etwas mehr als",
    "just over",
    "a little over",
    "slightly more than",
    "slightly over",
  ],
};

/** Words after the figure ("50 oder mehr"); "+" directly after the digits is handled apart. */
const TRAILING_QUALIFIERS: Readonly<
  Partial<Record<NumberQualifier, readonly string[]>>
> = {
  atMost: ["oder weniger", "und weniger", "or less", "or fewer"],
  atLeast: ["oder mehr", "und mehr", "or more", "and more"],
};

function qualifierTable(
  table: Readonly<Partial<Record<NumberQualifier, readonly string[]>>>,
): { phrases: string[]; kind: ReadonlyMap<string, NumberQualifier> } {
  const kind = new Map<string, NumberQualifier>();
  for (const [qualifier, phrases] of Object.entries(table) as [
    NumberQualifier,
    readonly string[],
  ][])
    for (const phrase of phrases) kind.set(prepare(phrase), qualifier);
  return { phrases: phraseList([...kind.keys()]), kind };
}

const LEADING = qualifierTable(LEADING_QUALIFIERS);
const TRAILING = qualifierTable(TRAILING_QUALIFIERS);

/**
 * What each qualifier says about the true value relative to the stated figure: far or just
 * below it, equal, just or far above it.
 */
const REGIONS: Readonly<Record<NumberQualifier, readonly Region[]>> = {
  none: ["equal"],
  about: ["justBelow", "equal", "justAbove"],
  almost: ["justBelow"],
  fewerThan: ["farBelow", "justBelow"],
  atMost: ["farBelow", "justBelow", "equal"],
  atLeast: ["equal", "justAbove", "farAbove"],
  moreThan: ["justAbove", "farAbove"],
  justOver: ["justAbove"],
};
type Region = "farBelow" | "justBelow" | "equal" | "justAbove" | "farAbove";

/**
 * Whether a learner's qualified figure follows from the article's: every value the article's
 * wording allows must be allowed by the learner's. A bare number always follows (it names the
 * figure the article gives); "mehr als 50 %" does not follow from "bis zu 50 %", "mindestens
 * 10.000" does follow from "über 10.000", and "etwa zehn" from a plain "zehn".
 */
export function qualifierFollows(
  article: NumberQualifier,
  answer: NumberQualifier,
): boolean {
  if (answer === "none") return true;
  const allowed = REGIONS[answer];
  return REGIONS[article].every((region) => allowed.includes(region));
}

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

/** Folded German number words below a hundred that stand alone or end a compound. */
const GERMAN_BELOW_100: ReadonlyMap<string, number> = new Map(
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
    ] as const
  ).map(([word, value]) => [prepare(word), value] as const),
);
/** "ein" … "neun" as the first part of "einundzwanzig" or "zweihundert". */
const GERMAN_UNIT_PREFIXES: ReadonlyMap<string, number> = new Map(
  [...GERMAN_BELOW_100].filter(
    ([word, value]) => value >= 1 && value <= 9 && word !== "eins",
  ),
);
const GERMAN_TENS: ReadonlyMap<string, number> = new Map(
  [...GERMAN_BELOW_100].filter(([, value]) => value >= 20 && value % 10 === 0),
);

function germanBelow100(word: string): number | null {
  const direct = GERMAN_BELOW_100.get(word);
  if (direct !== undefined) return direct;
  const und = word.indexOf("und");
  if (und <= 0) return null;
  const unit = GERMAN_UNIT_PREFIXES.get(word.slice(0, und));
  const tens = GERMAN_TENS.get(word.slice(und + 3));
  return unit !== undefined && tens !== undefined ? tens + unit : null;
}

function germanBelow1000(word: string): number | null {
  const at = word.indexOf("hundert");
  if (at < 0) return germanBelow100(word);
  const before = word.slice(0, at);
  const after = word.slice(at + "hundert".length);
  const hundreds = before === "" ? 1 : GERMAN_UNIT_PREFIXES.get(before);
  if (hundreds === undefined) return null;
  if (after === "") return hundreds * 100;
  const rest = germanBelow100(after);
  return rest === null || rest === 0 ? null : hundreds * 100 + rest;
}

/** One German number word, written as one word: "zehntausend", "einhundertfünfzig". */
function germanNumberWord(word: string): number | null {
  const at = word.indexOf("tausend");
  if (at < 0) return germanBelow1000(word);
  const before = word.slice(0, at);
  const after = word.slice(at + "tausend".length);
  const thousands = before === "" ? 1 : germanBelow1000(before);
  if (thousands === null || thousands === 0) return null;
  if (after === "") return thousands * 1000;
  const rest = germanBelow1000(after);
  return rest === null || rest === 0 ? null : thousands * 1000 + rest;
}

const ENGLISH_UNITS: ReadonlyMap<string, number> = new Map([
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
]);
const ENGLISH_TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

/**
 * Reads English number words from the start of `words` (already split at spaces and hyphens):
 * returns the value and how many words it used, or null.
 */
function englishNumberWords(
  words: readonly string[],
): { value: number; used: number } | null {
  let i = 0;
  const below100 = (): number | null => {
    const word = words[i];
    if (word === undefined) return null;
    const tens = ENGLISH_TENS.get(word);
    if (tens !== undefined) {
      i++;
      const unit = ENGLISH_UNITS.get(words[i] ?? "");
      if (unit !== undefined && unit >= 1 && unit <= 9) {
        i++;
        return tens + unit;
      }
      return tens;
    }
    const unit = ENGLISH_UNITS.get(word);
    if (unit === undefined) return null;
    i++;
    return unit;
  };
  const below1000 = (): number | null => {
    const start = i;
    let hundreds: number | null = null;
    if (words[i] === "a" && words[i + 1] === "hundred") {
      i += 2;
      hundreds = 1;
    } else if (words[i] === "hundred") {
      i += 1;
      hundreds = 1;
    } else {
      const unitStart = i;
      const unit = below100();
      if (unit !== null && unit >= 1 && unit <= 9 && words[i] === "hundred") {
        i++;
        hundreds = unit;
      } else if (unit !== null) {
        return unit;
      } else {
        i = unitStart;
        return null;
      }
    }
    const afterHundred = i;
    if (words[i] === "and") i++;
    const rest = below100();
    if (rest === null || rest === 0) {
      i = afterHundred;
      return hundreds * 100;
    }
    return i > start ? hundreds * 100 + rest : null;
  };

  let value: number | null;
  if (words[0] === "a" && words[1] === "thousand") {
    i = 2;
    value = 1000;
  } else {
    value = below1000();
    if (value === null) return null;
    if (words[i] === "thousand" && value > 0) {
      i++;
      value *= 1000;
    } else {
      return { value, used: i };
    }
  }
  const afterThousand = i;
  if (words[i] === "and") i++;
  const rest = below1000();
  if (rest === null || rest === 0) return { value, used: afterThousand };
  return { value: value + rest, used: i };
}

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

/** The number itself at the start of `text`: digits, or number words. */
function consumeNumber(
  text: string,
  lang: Language,
): { value: Decimal; rest: string; inWords: boolean } | null {
  const run = DIGIT_RUN.exec(text);
  if (run) {
    const value = parseDigits(run[0], lang);
    if (!value) return null;
    const rest = text.slice(run[0].length);
    // "50%" and "10.000+" may follow the digits directly; anything else needs a space.
    if (rest === "" || rest.startsWith("%") || rest.startsWith("+"))
      return { value, rest, inWords: false };
    return rest.startsWith(" ")
      ? { value, rest: rest.slice(1), inWords: false }
      : null;
  }
  const space = text.indexOf(" ");
  const first = space < 0 ? text : text.slice(0, space);
  const german = germanNumberWord(first);
  if (german !== null)
    return {
      value: { digits: String(german), exponent: 0 },
      rest: space < 0 ? "" : text.slice(space + 1),
      inWords: true,
    };
  // English words may be split by spaces or hyphens ("twenty-one", "one hundred and fifty").
  const tokens = text.split(" ");
  const words = tokens.flatMap((token) => token.split("-"));
  const english = englishNumberWords(words);
  if (!english) return null;
  // Map the words used back to whole space-separated tokens; a hyphen may not split the rest.
  let used = 0;
  let taken = 0;
  while (taken < english.used) {
    const token = tokens[used];
    if (token === undefined) return null;
    taken += token.split("-").length;
    used++;
  }
  if (taken !== english.used) return null;
  return {
    value: { digits: String(english.value), exponent: 0 },
    rest: tokens.slice(used).join(" "),
    inWords: true,
  };
}

/**
 * Parses a learner's numeric answer and its qualifier; null when it is not exactly one number
 * in an accepted format (see the rules at the top of this file).
 */
export function parseQualifiedNumber(
  input: string,
  lang: Language,
  options: ParseNumberOptions = {},
): QualifiedNumber | null {
  // One run of sentence-final punctuation; "Mio." keeps its own full stop through the run.
  let rest = prepare(input).replace(/(?<=[\p{L}\p{N}%.+])[.!]+$/u, "");
  if (rest === "") return null;
  let qualifier: NumberQualifier = "none";

  const leading = consumeFirst(rest, LEADING.phrases);
  if (leading) {
    qualifier = LEADING.kind.get(leading.phrase) ?? "none";
    rest = leading.rest;
  }

  let negative = false;
  if (/^-\d/.test(rest)) {
    negative = true;
    rest = rest.slice(1);
  }

  const number = consumeNumber(rest, lang);
  if (!number || (negative && !/^\d/.test(rest))) return null;
  let value = number.value;
  rest = number.rest;

  // Multiplier ("Millionen", "thousand").
  const multipliers = MULTIPLIERS[lang];
  const multiplier = consumeFirst(rest, multipliers.keys());
  if (multiplier) {
    const power = multipliers.get(multiplier.phrase) ?? 0;
    // Words that already said thousand ("one thousand thousand") take no second one.
    if (number.inWords && power === 3 && Number(value.digits) >= 1000)
      return null;
    value = {
      digits: value.digits,
      exponent: value.exponent + power,
    };
    rest = multiplier.rest;
  }

  // "10.000+" or "10.000 +": at least.
  const plus = /^\+(?: |$)/.exec(rest);
  if (plus) {
    if (qualifier !== "none") return null;
    qualifier = "atLeast";
    rest = rest.slice(plus[0].length);
  }

  // Unit ("%", "Jahre", the question's own unit) and a trailing qualifier, in either order.
  const units = options.units?.length
    ? phraseList([...UNITS, ...options.units]).filter((u) => u !== "")
    : UNITS;
  let unitSeen = false;
  while (rest !== "") {
    const unit = unitSeen ? null : consumeFirst(rest, units);
    if (unit) {
      unitSeen = true;
      rest = unit.rest;
      continue;
    }
    const trailing = consumeFirst(rest, TRAILING.phrases);
    if (!trailing || qualifier !== "none") return null;
    qualifier = TRAILING.kind.get(trailing.phrase) ?? "none";
    rest = trailing.rest;
  }

  const magnitude = Number(`${value.digits}e${value.exponent}`);
  if (!Number.isFinite(magnitude)) return null;
  return {
    value: magnitude === 0 ? 0 : negative ? -magnitude : magnitude,
    qualifier,
  };
}

/**
 * Parses a learner's numeric answer; null when it is not exactly one number in an accepted
 * format (see the rules at the top of this file). The qualifier is read and dropped.
 */
export function parseNumberAnswer(
  input: string,
  lang: Language,
  options: ParseNumberOptions = {},
): number | null {
  return parseQualifiedNumber(input, lang, options)?.value ?? null;
}

/** Every figure of a German sentence with the words that qualify it ("über 10.000", "zehn"). */
export function qualifiedFigures(
  sentence: string,
): { value: number; qualifier: NumberQualifier; text: string }[] {
  const words = sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[„“"(]+|[,;:“"),]+$/g, ""));
  const figures: { value: number; qualifier: NumberQualifier; text: string }[] =
    [];
  for (let end = 0; end < words.length; end++) {
    const figure = words[end] ?? "";
    if (
      parseQualifiedNumber(figure.replace(/\.$/, ""), "de")?.qualifier !==
      "none"
    )
      continue;
    // The longest qualifier first: "knapp über" before "über".
    for (let start = Math.max(0, end - 3); start <= end; start++) {
      const text = words
        .slice(start, end + 1)
        .join(" ")
        .replace(/\.$/, "");
      const read = parseQualifiedNumber(text, "de");
      if (read) {
        figures.push({ ...read, text });
        break;
      }
    }
  }
  return figures;
}
