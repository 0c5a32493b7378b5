// Proposes how a German news sentence qualifies its claims, for the content studio's fact editor.
//
// detectHedges(sentence) finds hedge cues, works out which part of the sentence each one
// qualifies (its scope), and joins cues that qualify the same part into one proposed hedge:
//
// * cues, by family:
//   - attribution: "laut X", "X zufolge", "nach Angaben (von) X", "nach Einschätzung X",
//     speech verbs ("sagte", "hat angekündigt", "äußerte", "bestätigte", "beschreibt",
//     "befürchten", "kündigte … an"), "so X" after a quotation, Konjunktiv I ("sei", "habe",
//     "könne") and nouns that carry a statement ("die Ankündigung von X, …").
//   - report: "Berichten zufolge", "laut Berichten", "soll(en) … haben/sein" (reportive
//     sollen), "angeblich", "es heißt", evidence nouns with a complement ("Informationen
//     darüber, dass …", "Hinweise darauf, dass …").
//   - claim: accusations and contested assertions ("beschuldigte", "warf … vor", "behauptet",
//     "propagiert", "die These, dass …", "der Vorwurf, …").
//   - possibility: "möglicherweise", "vielleicht", "vermutlich", "wahrscheinlich", Konjunktiv II
//     modals ("könnte", "dürften"), "kann … verstanden werden", "scheint … zu".
//   - estimate: "Schätzungen", "geschätzt", "schätzungsweise".
//   - bound: a qualifier right before a figure ("bis zu 50%", "über 10.000", "rund", "knapp",
//     "mehr als", "mindestens") — it says the figure is a limit or an approximation.
// * scope: the sentence is cut into segments at commas, semicolons, colons, dashes and
//   brackets. An adverbial cue qualifies its own segment and the dependent segments after it
//   (those that open with a subordinator, a relative pronoun, a preposition or "jedoch", or that
//   are zu-infinitives). A speech verb or a statement noun qualifies its complement: the
//   dass-/zu-/V2-clause that follows it; with a noun-phrase object ("beschreibt den
//   Zusammenbruch …") the words up to the next cue. A speech verb placed after what it
//   qualifies ("…, wie X bestätigte"; "…, sagte X") qualifies what comes before it.
// * hedges: cues whose scopes meet are one hedge. Its kind is the strongest of its cues, in the
//   order estimate > possibility > report > claim > attribution > bound. A bare bound only
//   limits a figure, so it names the kind only when nothing else qualifies the claim:
//   "Informationen darüber, dass über 10.000 Soldaten …" is reported, "rund 1.200 Soldaten" is
//   an estimate.
//
// Every cue keeps its position, so the hedge lint can tell which words must survive a rewrite.
// Words and patterns are German; ENGLISH_MARKERS lists what keeps a hedge in an English text.
import type { z } from "zod";
import type { hedgeKindSchema } from "@/lib/content/content-schema";

export type HedgeKind = z.infer<typeof hedgeKindSchema>;
export type CueFamily =
  "attribution" | "report" | "claim" | "possibility" | "estimate" | "bound";
/** Which way a qualifier moves a figure: "bis zu 50" upper, "über 50" lower, "rund 50" approx. */
export type BoundDirection = "upper" | "lower" | "approx";

export type HedgeCue = {
  family: CueFamily;
  /** The words as they stand in the text. */
  marker: string;
  start: number;
  end: number;
  /** Who is said to say it, for attribution and claim cues that name someone. */
  source?: string;
  /** For bounds: the figure the qualifier belongs to, and which way it moves it. */
  figure?: { value: number; text: string; direction: BoundDirection };
};

export type DetectedHedge = {
  kind: Exclude<HedgeKind, "none">;
  markers: string[];
  source?: string;
  /** The words the hedge qualifies, as they stand in the sentence. */
  scope: string;
  cues: HedgeCue[];
};

const L = String.raw`\p{L}\p{N}`;
/**
 * A whole word or phrase with Unicode word edges; its first letter may be upper or lower case
 * (sentence start). The rest is matched as written: patterns are case-sensitive so that
 * capitalised nouns and names can be told from other words.
 */
function words(alternatives: readonly string[]): string {
  const either = alternatives.map((a) =>
    a.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`),
  );
  return `(?<![${L}])(?:${either.join("|")})(?![${L}])`;
}

// ---------------------------------------------------------------------------------------------
// Figures

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  fünfzehn: 15,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100,
  tausend: 1000,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

const FRACTIONS: Readonly<Record<string, number>> = {
  hälfte: 1 / 2,
  drittel: 1 / 3,
  viertel: 1 / 4,
  fünftel: 1 / 5,
  half: 1 / 2,
  third: 1 / 3,
  quarter: 1 / 4,
  dutzende: 12,
  hunderte: 100,
  tausende: 1000,
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
};

/**
 * Digits with German or English grouping, a number word, a fraction ("ein Drittel", "half") or a
 * round plural ("Hunderte"); an optional "%" after it.
 */
const FIGURE = String.raw`(?:(?:(?:ein|eine|die|a|one)\s+)?(?:${Object.keys(FRACTIONS).join("|")})|\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|${Object.keys(
  NUMBER_WORDS,
).join("|")})(?:[ \u00A0\u202F]?%)?`;
const FIGURE_PATTERN = new RegExp(`(?<![${L}.,])${FIGURE}(?![${L}])`, "giu");

export type Figure = {
  value: number;
  text: string;
  start: number;
  end: number;
};

/** Every figure in a German or English text with its value ("10.000" and "10,000" are 10000). */
export function findFigures(text: string): Figure[] {
  return [...text.matchAll(FIGURE_PATTERN)].flatMap((match) => {
    const value = figureValue(match[0]);
    return value === null
      ? []
      : [
          {
            value,
            text: match[0],
            start: match.index,
            end: match.index + match[0].length,
          },
        ];
  });
}

export function figureValue(text: string): number | null {
  const bare = text
    .replace(/[ \u00A0\u202F]?%$/u, "")
    .trim()
    .toLowerCase();
  const word =
    NUMBER_WORDS[bare] ??
    FRACTIONS[bare.replace(/^(?:ein|eine|die|a|one)\s+/u, "")];
  if (word !== undefined) return word;
  // A separator followed by exactly three digits groups thousands in both languages.
  if (/^\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+$/u.test(bare))
    return Number(bare.replace(/\D/g, ""));
  const decimal = Number(bare.replace(",", "."));
  return Number.isFinite(decimal) ? decimal : null;
}

export const GERMAN_BOUND_WORDS: Readonly<
  Record<BoundDirection, readonly string[]>
> = {
  upper: [
    "bis zu",
    "höchstens",
    "maximal",
    "weniger als",
    "unter",
    "nicht mehr als",
  ],
  lower: ["über", "mehr als", "mindestens", "gut", "wenigstens"],
  approx: [
    "rund",
    "etwa",
    "ca\\.",
    "circa",
    "zirka",
    "ungefähr",
    "knapp",
    "fast",
    "nahezu",
    "annähernd",
    "beinahe",
    "an die",
  ],
};

export const ENGLISH_BOUND_WORDS: Readonly<
  Record<BoundDirection, readonly string[]>
> = {
  upper: [
    "up to",
    "at most",
    "as many as",
    "as much as",
    "less than",
    "fewer than",
    "under",
    "no more than",
  ],
  lower: ["more than", "over", "at least", "upwards of", "in excess of"],
  approx: [
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "close to",
    "just under",
    "an estimated",
  ],
};

function boundPattern(
  table: Readonly<Record<BoundDirection, readonly string[]>>,
): RegExp {
  const all = Object.values(table).flat();
  return new RegExp(
    `(?<![${L}])(${all.join("|")})\\s+(${FIGURE})(?![${L}])`,
    "giu",
  );
}
const GERMAN_BOUND = boundPattern(GERMAN_BOUND_WORDS);
const ENGLISH_BOUND = boundPattern(ENGLISH_BOUND_WORDS);

function directionOf(
  word: string,
  table: Readonly<Record<BoundDirection, readonly string[]>>,
): BoundDirection {
  const lower = word.toLowerCase();
  for (const direction of ["upper", "lower", "approx"] as const) {
    if (table[direction].some((w) => new RegExp(`^${w}$`, "iu").test(lower)))
      return direction;
  }
  return "approx";
}

/** Qualified figures: "bis zu 50%" → upper bound 50. Works on German and English text. */
export function findBounds(text: string, lang: "de" | "en"): HedgeCue[] {
  const table = lang === "de" ? GERMAN_BOUND_WORDS : ENGLISH_BOUND_WORDS;
  const pattern = lang === "de" ? GERMAN_BOUND : ENGLISH_BOUND;
  return [...text.matchAll(pattern)].flatMap((match) => {
    const qualifier = match[1] ?? "";
    const figureText = match[2] ?? "";
    const value = figureValue(figureText);
    if (value === null) return [];
    return [
      {
        family: "bound" as const,
        marker: qualifier,
        start: match.index,
        end: match.index + qualifier.length,
        figure: {
          value,
          text: figureText,
          direction: directionOf(qualifier, table),
        },
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// German cue words

/** Speech and belief verbs that attribute what follows to someone: finite forms and participles. */
const ATTRIBUTION_VERBS = [
  "sagt(?:e|en|et)?",
  "gesagt",
  "sagen",
  "erklärt(?:e|en)?",
  "erklären",
  "betont(?:e|en)?",
  "betonen",
  "angekündigt",
  "ankündigen",
  "ankündigte",
  "äußert(?:e|en)?",
  "geäußert",
  "äußern",
  "bestätigt(?:e|en)?",
  "bestätigen",
  "beschreibt",
  "beschrieb(?:en)?",
  "beschreiben",
  "schreibt",
  "schrieb(?:en)?",
  "meint(?:e|en)?",
  "glaubt(?:e|en)?",
  "befürchtet(?:e|en)?",
  "befürchten",
  "fürchtet(?:e|en)?",
  "fürchten",
  "warnt(?:e|en)?",
  "gewarnt",
  "warnen",
  "erwartet(?:e|en)?",
  "erwarten",
  "zitiert(?:e|en)?",
  "versichert(?:e|en)?",
  "unterstrich(?:en)?",
  "räumt(?:e|en)? ein",
  "eingeräumt",
  "mitgeteilt",
  "mitteilte(?:n)?",
  "angab(?:en)?",
  "hinwies(?:en)?",
  "einräumte(?:n)?",
  "teilt(?:e|en)? mit",
  "berichtet(?:e|en)?",
  "berichten",
];
/** Separable speech verbs whose prefix ends the clause: "kündigte … an", "gab … an". */
const SPLIT_ATTRIBUTION_VERBS: readonly [string[], string][] = [
  [["kündigt(?:e|en)?"], "an"],
  [["gab(?:en)?", "gibt", "geben"], "an"],
  [["wies(?:en)?", "weist", "weisen"], "hin"],
  [["stellt(?:e|en)?"], "klar"],
];
const CLAIM_VERBS = [
  "beschuldigt(?:e|en)?",
  "beschuldigen",
  "behauptet(?:e|en)?",
  "behaupten",
  "propagiert(?:e|en)?",
  "propagieren",
  "vorgeworfen",
  "vorwerfen",
  "vorwarf(?:en)?",
  "unterstellt(?:e|en)?",
  "bestreitet",
  "bestritt(?:en)?",
  "bestreiten",
  "dementiert(?:e|en)?",
  "bezeichnet(?:e|en)?",
];
const SPLIT_CLAIM_VERBS: readonly [string[], string][] = [
  [["wirft", "warf(?:en)?", "werfen"], "vor"],
];
const POSSIBILITY_VERBS = [
  "vermutet(?:e|en)?",
  "vermuten",
  "spekuliert(?:e|en)?",
];
const ESTIMATE_VERBS = ["schätzt(?:e|en)?", "schätzen", "geschätzt(?:e|en)?"];

/** Nouns that carry a statement; with a dass- or zu-complement they qualify it. */
const STATEMENT_NOUNS: readonly [CueFamily, string][] = [
  ["report", "Informationen"],
  ["report", "Hinweise?n?"],
  ["report", "Berichte?n?"],
  ["report", "Anzeichen"],
  ["report", "Gerüchte?n?"],
  ["claim", "These"],
  ["claim", "Behauptung(?:en)?"],
  ["claim", "Vorwurf"],
  ["claim", "Vorwürfe?n?"],
  ["attribution", "Ankündigung"],
  ["attribution", "Aussage"],
  ["attribution", "Erklärung"],
  ["attribution", "Einschätzung"],
  ["attribution", "Befürchtung(?:en)?"],
  ["attribution", "Sorge"],
  ["possibility", "Vermutung(?:en)?"],
  ["possibility", "Möglichkeit"],
  ["estimate", "Schätzung(?:en)?"],
];

const POSSIBILITY_ADVERBS = [
  "möglicherweise",
  "vielleicht",
  "eventuell",
  "vermutlich",
  "wahrscheinlich",
  "womöglich",
  "mutmaßlich",
  "offenbar",
  "anscheinend",
  "unter Umständen",
  "nicht ausgeschlossen",
  "es ist möglich",
  "könnte",
  "könnten",
  "dürfte",
  "dürften",
];
const REPORT_ADVERBS = [
  "Berichten zufolge",
  "angeblich",
  "Medienberichten zufolge",
];
/** "Es heißt, …" and "…, hieß es aus Diplomatenkreisen": an unnamed source. */
const REPORT_VERBS = ["heißt es", "hieß es", "es heißt", "es hieß"];
const ESTIMATE_ADVERBS = ["schätzungsweise", "Schätzungen zufolge"];

/** Konjunktiv I forms that are not also indicative (3rd person; "habe" not after "ich"). */
const KONJUNKTIV_I = [
  "sei",
  "seien",
  "habe",
  "werde",
  "könne",
  "müsse",
  "dürfe",
  "wolle",
  "solle",
  "möge",
  "gebe",
  "liege",
  "stehe",
  "gehe",
  "komme",
  "bleibe",
  "wisse",
  "verfüge",
  "befinde",
  "plane",
];

/** Words that may stand inside a noun phrase naming a source: "der Militärexperte Seth Jones". */
const NP_GLUE = new Set([
  "der",
  "die",
  "das",
  "des",
  "dem",
  "den",
  "ein",
  "eine",
  "einer",
  "eines",
  "einem",
  "einen",
  "von",
  "vom",
  "zur",
  "zum",
  "einige",
  "einigen",
  "mehrere",
  "mehreren",
  "viele",
  "vielen",
]);
const LEADING_ARTICLES =
  /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)\s+/iu;
const PRONOUNS = new Set([
  "er",
  "sie",
  "es",
  "man",
  "dies",
  "diese",
  "dieser",
  "sie alle",
]);

/** Segment openers that make a segment depend on the one before it. */
const DEPENDENT_OPENERS = new Set([
  "dass",
  "ob",
  "weil",
  "da",
  "wenn",
  "als",
  "obwohl",
  "obgleich",
  "indem",
  "sodass",
  "damit",
  "nachdem",
  "bevor",
  "seit",
  "seitdem",
  "wo",
  "wobei",
  "wodurch",
  "womit",
  "worauf",
  "was",
  "wie",
  "welche",
  "welcher",
  "welches",
  "welchen",
  "welchem",
  "der",
  "die",
  "das",
  "dem",
  "den",
  "deren",
  "dessen",
  "um",
  "ohne",
  "statt",
  "anstatt",
  "jedoch",
  "in",
  "im",
  "mit",
  "für",
  "auf",
  "an",
  "am",
  "bei",
  "nach",
  "zu",
  "zur",
  "zum",
  "aus",
  "von",
  "vom",
  "gegen",
  "durch",
  "unter",
  "einschließlich",
]);
const SEPARABLE_PREFIXES = [
  "ab",
  "an",
  "auf",
  "aus",
  "bei",
  "ein",
  "fest",
  "fort",
  "frei",
  "her",
  "heraus",
  "hin",
  "hinzu",
  "mit",
  "nach",
  "teil",
  "vor",
  "weg",
  "weiter",
  "zurück",
  "zusammen",
  "dar",
  "durch",
  "um",
  "über",
];
const ZU_INFINITIVE = new RegExp(
  `(?:(?<![${L}])zu\\s+\\p{L}+(?:en|ern|eln|n)|(?<![${L}])(?:${SEPARABLE_PREFIXES.join("|")})zu\\p{L}+(?:en|n))\\s*$`,
  "iu",
);

type Pattern = {
  family: CueFamily;
  regex: RegExp;
  /** adverbial: qualifies its segment; governing: qualifies its complement. */
  role: "adverbial" | "governing";
  /** Capturing group that names the source, if any. */
  sourceGroup?: number;
  /** Statement nouns count only with a complement clause. */
  needsComplement?: boolean;
};

/** An adjective, by its ending: in a source's noun phrase it stands before the noun. */
const ADJECTIVE = String.raw`[\p{Ll}]+(?:e|en|er|es|em)`;
/**
 * A noun phrase: an article, up to two adjectives, then nouns ("der russische Militärexperte Seth
 * Jones"). Adjectives come before the noun in German, so a lower-case word after the nouns ends the
 * phrase: "Laut Schätzungen des Wetterdienstes könnte die Zahl …" names the weather service, not
 * "könnte die Zahl".
 */
const NOUN_PHRASE = String.raw`(?:(?:der|die|das|des|dem|den|einem|einer|eines|einen|einige|einigen|mehrere|mehreren)\s+)?(?:${ADJECTIVE}\s+){0,2}[\p{Lu}][\p{L}\p{N}-]*(?:\s+[\p{Lu}][\p{L}\p{N}-]*)*`;
/**
 * Who a German claim is attributed to: a noun phrase with genitives or "von" phrases after it
 * ("des Instituts für …" stops). Also what the studio's false variants take out of a sentence.
 */
export const GERMAN_SOURCE_PHRASE = String.raw`${NOUN_PHRASE}(?:\s+(?:der|des|von|vom|zur|zum)\s+${NOUN_PHRASE})*`;
const SOURCE_PHRASE = `(${GERMAN_SOURCE_PHRASE})`;

/**
 * Verbs are written in lower case, except at the start of a sentence ("Geschätzt starben …"); a
 * capitalised "Angaben" or "Berichten" elsewhere is a noun.
 */
function verbs(alternatives: readonly string[]): string {
  const either = alternatives.map(
    (a) =>
      `(?:(?<=^[„"»]?|[.!?:]\\s+[„"»]?)${a.charAt(0).toUpperCase()}${a.slice(1)}|${a})`,
  );
  return `(?<![${L}])(?:${either.join("|")})(?![${L}])`;
}

function pattern(source: string): RegExp {
  return new RegExp(source, "gu");
}

/** A separable verb whose prefix closes the clause: "kündigte … an". */
function split(verb: string, prefix: string): RegExp {
  return pattern(
    `(?<head>${verb})[^,;:.]*?(?<tail>(?<![${L}])${prefix})(?=\\s*(?:[,;:.!?–—]|$))`,
  );
}

const GERMAN_PATTERNS: readonly Pattern[] = [
  // "laut Berichten", "laut Schätzungen", "laut X"
  {
    family: "report",
    role: "adverbial",
    regex: pattern(
      `${words(["laut", "nach"])}\\s+(?:(?:Medien)?[Bb]erichten|Informationen)(?![${L}])`,
    ),
  },
  {
    family: "estimate",
    role: "adverbial",
    regex: pattern(
      `${words(["laut", "nach", "ersten"])}\\s+(?:ersten\\s+)?Schätzungen(?![${L}])`,
    ),
  },
  {
    family: "attribution",
    role: "adverbial",
    regex: pattern(
      `${words(["laut", "nach Angaben", "nach Ansicht", "nach Einschätzung", "nach Auffassung", "nach Meinung", "nach Darstellung", "gemäß"])}\\s+(?:von\\s+|des\\s+|der\\s+)?${SOURCE_PHRASE}`,
    ),
    sourceGroup: 1,
  },
  {
    family: "report",
    role: "adverbial",
    regex: pattern(words(REPORT_ADVERBS)),
  },
  {
    family: "report",
    role: "adverbial",
    regex: pattern(`${words(["nach Angaben"])}(?!\\s+(?:von|des|der)\\b)`),
  },
  {
    family: "estimate",
    role: "adverbial",
    regex: pattern(words(ESTIMATE_ADVERBS)),
  },
  {
    family: "possibility",
    role: "adverbial",
    regex: pattern(words(POSSIBILITY_ADVERBS)),
  },
  // "nach Polizeiangaben", "laut Medienberichten", "nach ersten Regierungsschätzungen"
  ...(
    [
      ["attribution", "angaben"],
      ["report", "berichten"],
      ["report", "informationen"],
      ["estimate", "schätzungen"],
    ] as const
  ).map(([family, tail]): Pattern => ({
    family,
    role: "adverbial",
    regex: pattern(
      `${words(["nach", "laut"])}\\s+(\\p{Lu}\\p{Ll}+?)-?${tail}(?![${L}])`,
    ),
    sourceGroup: family === "attribution" ? 1 : undefined,
  })),
  // "dem Ministerium zufolge", "Angaben der Polizei zufolge"; Berichten/Schätzungen have their own.
  {
    family: "attribution",
    role: "adverbial",
    regex: pattern(
      `((?:(?:dem|der|den|des|einem|einer)\\s+)?(?:${ADJECTIVE}\\s+)?(?!(?:Medien)?Berichten|Schätzungen)\\p{Lu}[\\p{L}-]*(?:\\s+(?:der|des)\\s+\\p{Lu}[\\p{L}-]*)?)\\s+zufolge(?![${L}])`,
    ),
    sourceGroup: 1,
  },
  {
    family: "possibility",
    role: "adverbial",
    regex: pattern(
      `(?<head>${words(["kann", "können"])})[^;:.!?]{0,160}?(?<tail>(?<![${L}])(?:verstanden|gesehen|gewertet|interpretiert|gedeutet|betrachtet)\\s+werden)(?![${L}])`,
    ),
  },
  {
    family: "possibility",
    role: "adverbial",
    regex: pattern(
      `(?<head>${words(["scheint", "scheinen", "schien", "schienen"])})[^,;:.]*?(?<tail>(?<![${L}])zu\\s+\\p{L}+)`,
    ),
  },
  // reportive "soll(en) … haben/sein"
  {
    family: "report",
    role: "adverbial",
    regex: pattern(
      `(?<head>${words(["soll", "sollen"])})[^,;:.]*?(?<tail>(?<![${L}])(?:haben|sein))(?=\\s*(?:[,;:.!?–—)]|$))`,
    ),
  },
  {
    family: "attribution",
    role: "adverbial",
    regex: pattern(`(?<!(?<![${L}])[Ii]ch\\s)${words(KONJUNKTIV_I)}`),
  },
  {
    family: "attribution",
    role: "governing",
    regex: pattern(verbs(ATTRIBUTION_VERBS)),
  },
  ...SPLIT_ATTRIBUTION_VERBS.map(([verb, prefix]): Pattern => ({
    family: "attribution",
    role: "governing",
    regex: split(verbs(verb), prefix),
  })),
  { family: "claim", role: "governing", regex: pattern(verbs(CLAIM_VERBS)) },
  { family: "report", role: "governing", regex: pattern(words(REPORT_VERBS)) },
  ...SPLIT_CLAIM_VERBS.map(([verb, prefix]): Pattern => ({
    family: "claim",
    role: "governing",
    regex: split(verbs(verb), prefix),
  })),
  {
    family: "possibility",
    role: "governing",
    regex: pattern(verbs(POSSIBILITY_VERBS)),
  },
  {
    family: "estimate",
    role: "governing",
    regex: pattern(verbs(ESTIMATE_VERBS)),
  },
  ...STATEMENT_NOUNS.map(([family, noun]): Pattern => ({
    family,
    role: "governing",
    // Case-sensitive: these are nouns ("die These"), never sentence-initial verbs.
    regex: new RegExp(
      `(?<![${L}])${noun}(?![${L}])(?:\\s+(?:von|des|der)\\s+${SOURCE_PHRASE})?`,
      "gu",
    ),
    sourceGroup: 1,
    needsComplement: true,
  })),
];

type RawCue = HedgeCue & { role: Pattern["role"]; needsComplement: boolean };

/** Never a hedge: the quiz's own framing ("laut dem Artikel", "der Artikel nennt"). */
const ARTICLE_SELF_REFERENCE =
  /^(?:laut\s+)?(?:dem|des|der|den|diesem|diesen)\s+(?:Artikel|Text|Beitrag|Bericht)s?$/iu;

function findRawCues(text: string): RawCue[] {
  const cues: RawCue[] = [];
  for (const p of GERMAN_PATTERNS) {
    for (const match of text.matchAll(p.regex)) {
      const source = p.sourceGroup
        ? cleanSource(match[p.sourceGroup])
        : undefined;
      if (p.family === "attribution" && p.sourceGroup && !p.needsComplement) {
        if (
          !source ||
          ARTICLE_SELF_REFERENCE.test(source) ||
          /^laut\s+(?:dem|diesem)\s+Artikel/iu.test(match[0])
        )
          continue;
      }
      const { head, tail } = match.groups ?? {};
      cues.push({
        family: p.family,
        // A cue in two parts keeps only its two parts: "soll … getötet haben" → "soll … haben".
        marker: head && tail ? `${head} … ${tail}` : match[0].trim(),
        start: match.index,
        end: match.index + match[0].trimEnd().length,
        ...(source ? { source } : {}),
        role: p.role,
        needsComplement: p.needsComplement ?? false,
      });
    }
  }
  for (const bound of findBounds(text, "de"))
    cues.push({ ...bound, role: "adverbial", needsComplement: false });
  return cues;
}

/** Where two cues overlap, the longer one stands ("Berichten zufolge" over "Berichten … zufolge"). */
function dropOverlaps<T extends RawCue>(cues: T[]): T[] {
  const sorted = [...cues].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const cue of sorted) {
    if (kept.some((k) => cue.start < k.end && k.start < cue.end)) continue;
    kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function cleanSource(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const trimmed = raw.trim().replace(LEADING_ARTICLES, "");
  // A source ends at its last capitalised word ("Militäranalysten hat" → "Militäranalysten").
  const parts = trimmed.split(/\s+/u);
  while (parts.length > 0 && !/^\p{Lu}/u.test(parts[parts.length - 1] ?? ""))
    parts.pop();
  const source = parts.join(" ");
  return source === "" || PRONOUNS.has(source.toLowerCase())
    ? undefined
    : source;
}

/**
 * German cue words in any text, without scopes: what the hedge lint looks for when it checks
 * that a rewrite still carries a hedge. "laut dem Artikel" is not a cue.
 */
export function findGermanCues(text: string): HedgeCue[] {
  return dropOverlaps(findRawCues(text)).map(
    ({ role: _role, needsComplement: _n, ...cue }) => cue,
  );
}

// ---------------------------------------------------------------------------------------------
// Segments and scopes

type Segment = { start: number; end: number; text: string };

function segmentsOf(sentence: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  const boundary = /(?<!\d),(?!\d)|[;:()–—]|\s-\s/gu;
  for (const match of sentence.matchAll(boundary)) {
    segments.push(segment(sentence, start, match.index));
    start = match.index + match[0].length;
  }
  segments.push(segment(sentence, start, sentence.length));
  return segments.filter((s) => s.text !== "");
}

function segment(sentence: string, from: number, to: number): Segment {
  const raw = sentence.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/[.!?]+$/u, "");
  return { start: from + lead, end: from + lead + text.length, text };
}

function firstWord(segment: Segment): string {
  return (/^[„"»]?(\p{L}+)/u.exec(segment.text)?.[1] ?? "").toLowerCase();
}

function isDependent(segment: Segment): boolean {
  return (
    DEPENDENT_OPENERS.has(firstWord(segment)) ||
    ZU_INFINITIVE.test(segment.text)
  );
}

function isComplementClause(segment: Segment): boolean {
  const first = firstWord(segment);
  return first === "dass" || first === "ob" || ZU_INFINITIVE.test(segment.text);
}

/** The segment and the dependent segments that follow it. */
function withDependents(segments: readonly Segment[], index: number): number[] {
  const result = [index];
  for (let next = index + 1; next < segments.length; next++) {
    const s = segments[next];
    if (!s || !isDependent(s)) break;
    result.push(next);
  }
  return result;
}

type ScopedCue = RawCue & {
  segment: number;
  scope: { start: number; end: number }[];
};

function scopeCue(cue: RawCue, segments: readonly Segment[]): ScopedCue | null {
  const index = segments.findIndex(
    (s) => cue.start >= s.start && cue.start < s.end + 1,
  );
  const own = segments[index];
  if (index < 0 || !own) return null;
  const spans = (indexes: number[]) =>
    indexes.flatMap((i) => {
      const s = segments[i];
      return s ? [{ start: s.start, end: s.end }] : [];
    });

  if (cue.role === "adverbial")
    return {
      ...cue,
      segment: index,
      scope: spans(withDependents(segments, index)),
    };

  const next = segments[index + 1];
  const cueEndsSegment =
    own.text.slice(cue.end - own.start).trim() === "" ||
    /^\p{Lu}?\p{Ll}*$/u.test(own.text.slice(cue.end - own.start).trim());
  const hasComplement =
    next !== undefined &&
    (isComplementClause(next) || (!cue.needsComplement && cueEndsSegment));
  if (hasComplement)
    return {
      ...cue,
      segment: index,
      scope: spans(withDependents(segments, index + 1)),
    };
  if (cue.needsComplement) return null;

  // Placed after what it qualifies: "…, wie X bestätigte" or "…, sagte ein Sprecher."
  const opener = firstWord(own);
  if (index > 0 && (opener === "wie" || opener === "so")) {
    return { ...cue, segment: index, scope: spans([index - 1]) };
  }
  if (index > 0 && isPostposedSpeech(cue, own, segments, index)) {
    return { ...cue, segment: index, scope: spans([...Array(index).keys()]) };
  }
  // A noun-phrase object: the words from the verb to the next cue or the end of the segment.
  return {
    ...cue,
    segment: index,
    scope: [{ start: cue.start, end: own.end }],
  };
}

/**
 * "…, sagte ein Sprecher." — a speech verb that opens the last segment, followed only by a short
 * noun phrase, after a whole clause (not after an apposition such as "…, KCNA, beschreibt …").
 */
function isPostposedSpeech(
  cue: RawCue,
  own: Segment,
  segments: readonly Segment[],
  index: number,
): boolean {
  if (!own.text.startsWith(sentenceText(own, cue))) return false;
  const previous = segments[index - 1];
  if (!previous) return false;
  const afterVerb = own.text.slice(cue.end - own.start).trim();
  const isLast = index === segments.length - 1;
  const quoted = /[“”"»«]$/u.test(previous.text);
  return (
    quoted ||
    (isLast &&
      afterVerb.split(/\s+/u).length <= 6 &&
      previous.text.split(/\s+/u).length >= 4)
  );
}

function sentenceText(own: Segment, cue: RawCue): string {
  return own.text.slice(cue.start - own.start, cue.end - own.start);
}

/**
 * Who speaks: the subject before the verb in its clause; after it when an adverbial comes first
 * ("Unmittelbar danach äußerte der Präsident …"); in the segments before when the verb opens its
 * segment ("Die Agentur, KCNA, beschreibt …"); a pronoun names nobody.
 */
function speakerOf(
  cue: ScopedCue,
  sentence: string,
  segments: readonly Segment[],
  earlierInSegment: string | undefined,
): string | undefined {
  if (cue.source) return cue.source;
  if (cue.role !== "governing" || cue.needsComplement) return undefined;
  const own = segments[cue.segment];
  if (!own) return undefined;
  const before = sentence
    .slice(own.start, cue.start)
    .replace(/^(?:wie|so|wobei|während|da|dass|und|aber)\s+/iu, "")
    .replace(
      /\s+(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden)\s*$/iu,
      "",
    )
    .trim();
  const after = sentence.slice(cue.end, own.end).trim();
  if (before === "") {
    if (isPostposedSpeech(cue, own, segments, cue.segment))
      return nounPhrase(after);
    if (cue.segment === 0) return nounPhrase(after);
    // The subject stands in the segments before the verb's own.
    return nounPhrase(
      segments
        .slice(0, cue.segment)
        .map((s) => s.text)
        .join(", "),
      true,
    );
  }
  // A second verb of the same subject: "beschreibt … und propagiert …".
  if (earlierInSegment && /\s(?:und|sowie|oder)$/u.test(before))
    return earlierInSegment;
  const subject = nounPhrase(before);
  const bare = before.replace(LEADING_ARTICLES, "");
  if (subject !== undefined && subject === bare) return subject;
  if (PRONOUNS.has(bare.toLowerCase())) return undefined;
  return nounPhrase(after);
}

function nounPhrase(text: string, allowCommas = false): string | undefined {
  const tokens = text.split(allowCommas ? /\s+/u : /\s+/u).filter(Boolean);
  const taken: string[] = [];
  for (const token of tokens) {
    const bare = token.replace(/[,„“"»«]/gu, "");
    const isName = /^\p{Lu}/u.test(bare);
    const isGlue =
      NP_GLUE.has(bare.toLowerCase()) ||
      /^\p{Ll}+(?:e|en|er|es|em)$/u.test(bare);
    if (!isName && !isGlue) break;
    taken.push(allowCommas ? token : bare);
    if (!allowCommas && token.endsWith(",")) break;
  }
  while (taken.length > 0 && !/^\p{Lu}/u.test(taken[taken.length - 1] ?? ""))
    taken.pop();
  const phrase = taken.join(" ").replace(/,$/u, "").trim();
  return cleanSource(phrase);
}

// ---------------------------------------------------------------------------------------------
// Hedges

const KIND_OF_FAMILY: Readonly<Record<CueFamily, Exclude<HedgeKind, "none">>> =
  {
    estimate: "estimate",
    possibility: "possibility",
    report: "reported",
    claim: "claim",
    attribution: "attributed",
    bound: "estimate",
  };
const FAMILY_STRENGTH: readonly CueFamily[] = [
  "estimate",
  "possibility",
  "report",
  "claim",
  "attribution",
  "bound",
];

function overlaps(
  a: { start: number; end: number }[],
  position: number,
): boolean {
  return a.some((span) => position >= span.start && position < span.end);
}

export function detectHedges(sentenceDe: string): DetectedHedge[] {
  const segments = segmentsOf(sentenceDe);
  // Overlaps are settled after scoping, so that a statement noun without a complement
  // ("Schätzungen der Vereinten Nationen") does not hide the cue it is part of ("nach Schätzungen").
  const cues = dropOverlaps(
    findRawCues(sentenceDe).flatMap((cue) => {
      const scoped = scopeCue(cue, segments);
      return scoped ? [scoped] : [];
    }),
  );

  // A noun-phrase object ends where the next cue begins: "beschreibt X und propagiert Y".
  for (const cue of cues) {
    const [only] = cue.scope;
    if (
      cue.role !== "governing" ||
      cue.scope.length !== 1 ||
      !only ||
      only.start !== cue.start
    )
      continue;
    const next = cues.find(
      (other) =>
        other.role === "governing" &&
        other.start > cue.start &&
        other.start < only.end,
    );
    if (next) only.end = next.start;
  }

  // Join cues that qualify the same words.
  const group = cues.map((_, i) => i);
  const find = (i: number): number =>
    group[i] === i ? i : (group[i] = find(group[i] ?? i));
  const join = (a: number, b: number) => {
    group[find(a)] = find(b);
  };
  cues.forEach((a, i) => {
    cues.forEach((b, j) => {
      if (j <= i) return;
      if (a.role === "adverbial" && b.role === "adverbial") {
        if (a.segment === b.segment) join(i, j);
      } else if (a.role === "governing" && b.role === "governing") {
        return;
      } else {
        const governing = a.role === "governing" ? a : b;
        const adverbial = a.role === "governing" ? b : a;
        if (
          overlaps(governing.scope, adverbial.start) ||
          overlaps(adverbial.scope, governing.start)
        )
          join(i, j);
      }
    });
  });

  const speakers = new Map<ScopedCue, string | undefined>();
  for (const cue of cues) {
    const earlier = cues.filter(
      (c) =>
        c.segment === cue.segment &&
        c.role === "governing" &&
        c.start < cue.start,
    );
    const previous = earlier[earlier.length - 1];
    speakers.set(
      cue,
      speakerOf(
        cue,
        sentenceDe,
        segments,
        previous ? speakers.get(previous) : undefined,
      ),
    );
  }

  const groups = new Map<number, ScopedCue[]>();
  cues.forEach((cue, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), cue]);
  });

  return [...groups.values()].map((members) => {
    const families = new Set(members.map((c) => c.family));
    const strongest =
      FAMILY_STRENGTH.find((f) => families.has(f)) ?? "attribution";
    const spans = members
      .flatMap((c) => c.scope)
      .sort((a, b) => a.start - b.start);
    const scope = mergeSpans(spans)
      .map((s) => sentenceDe.slice(s.start, s.end))
      .join(" … ");
    const source = members
      .map((c) => speakers.get(c))
      .find((s) => s !== undefined);
    const ordered = [...members].sort((a, b) => a.start - b.start);
    return {
      kind: KIND_OF_FAMILY[strongest],
      markers: [...new Set(ordered.map((c) => c.marker))],
      ...(source ? { source } : {}),
      scope,
      cues: ordered.map(
        ({ role: _r, needsComplement: _n, segment: _s, scope: _sc, ...cue }) =>
          cue,
      ),
    };
  });
}

function mergeSpans(
  spans: { start: number; end: number }[],
): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + 2)
      last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// English

/** What keeps each family of hedge in an English fact or question. */
export const ENGLISH_MARKERS: Readonly<
  Record<Exclude<CueFamily, "bound">, readonly string[]>
> = {
  attribution: [
    "according to",
    "said",
    "says",
    "stated",
    "states",
    "announced",
    "announces",
    "announcement",
    "confirmed",
    "confirms",
    "explained",
    "described",
    "describes",
    "fear",
    "fears",
    "feared",
    "fearing",
    "saying",
    "stating",
    "warning",
    "warned",
    "believes",
    "believe",
    "told",
    "stressed",
    "expects",
    "expect",
    "quoted",
    "view",
  ],
  report: [
    "according to reports",
    "reportedly",
    "reports",
    "reported",
    "is said to",
    "are said to",
    "allegedly",
    "information",
    "indications",
    "indication",
    "rumours",
    "sources",
  ],
  claim: [
    "claim",
    "claims",
    "claimed",
    "claiming",
    "accused",
    "accuses",
    "accusation",
    "alleged",
    "alleges",
    "promotes",
    "promoted",
    "propaganda",
    "asserts",
    "asserted",
    "insists",
    "denied",
    "denies",
  ],
  possibility: [
    "possibly",
    "perhaps",
    "maybe",
    "may",
    "might",
    "could",
    "can be",
    "probably",
    "likely",
    "presumably",
    "apparently",
    "possible",
    "seems",
    "seem",
  ],
  estimate: [
    "estimate",
    "estimates",
    "estimated",
    "estimation",
    "an estimated",
  ],
};

const ENGLISH_PATTERNS: readonly [CueFamily, RegExp][] = Object.entries(
  ENGLISH_MARKERS,
).map(([family, list]) => [
  family as CueFamily,
  new RegExp(words(list), "giu"),
]);

/** "according to the article" frames the quiz; it qualifies nothing. */
const ENGLISH_SELF_REFERENCE = /^according to$/iu;

/** English cue words in a text, and qualified figures ("up to 50%"). */
export function findEnglishCues(text: string): HedgeCue[] {
  const cues: HedgeCue[] = [];
  for (const [family, regex] of ENGLISH_PATTERNS) {
    for (const match of text.matchAll(regex)) {
      if (ENGLISH_SELF_REFERENCE.test(match[0])) {
        const after = text.slice(match.index + match[0].length);
        if (/^\s+(?:the|this)\s+(?:article|text)/iu.test(after)) continue;
      }
      cues.push({
        family,
        marker: match[0],
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  cues.push(...findBounds(text, "en"));
  return cues.sort((a, b) => a.start - b.start);
}
