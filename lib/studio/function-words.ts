// German function words (closed classes) and place names: what the german-pos-dict data does
// not list (it has nouns, verbs and adjectives only). Each list is the grammar-book inventory of
// its class, not the words of any one article. Words whose class depends on the sentence
// ("während", "da", "zu", "sein", "laut", "über") are settled by the drafter in context.
import type { Gender, PartOfSpeech } from "@/lib/reader/glossary-schema";

export type FunctionWord = { lemma: string; pos: PartOfSpeech };

const FUNCTION_WORDS = new Map<string, FunctionWord>();

function define(pos: PartOfSpeech, lemma: string, forms: string[] = [lemma]) {
  for (const form of forms)
    if (!FUNCTION_WORDS.has(form)) FUNCTION_WORDS.set(form, { lemma, pos });
}

const endings = (stem: string, list: string[]) => list.map((e) => stem + e);
const DETERMINER_ENDINGS = ["e", "er", "es", "em", "en"];
const POSSESSIVE_ENDINGS = ["", "e", "er", "es", "em", "en"];

define("article", "der", ["der", "die", "das", "den", "dem", "des"]);
define("article", "ein", endings("ein", POSSESSIVE_ENDINGS));
define("article", "kein", endings("kein", POSSESSIVE_ENDINGS));

// Prepositions fused with the article: the entry is the preposition.
define("preposition", "in", ["im", "ins"]);
define("preposition", "an", ["am", "ans"]);
define("preposition", "zu", ["zum", "zur"]);
define("preposition", "von", ["vom"]);
define("preposition", "bei", ["beim"]);
for (const [fused, preposition] of [
  ["aufs", "auf"],
  ["durchs", "durch"],
  ["fürs", "für"],
  ["ums", "um"],
  ["übers", "über"],
  ["unterm", "unter"],
  ["vorm", "vor"],
] as const)
  define("preposition", preposition, [fused]);

define("pronoun", "ich", ["ich", "mich", "mir", "meiner"]);
define("pronoun", "du", ["du", "dich", "dir", "deiner"]);
define("pronoun", "er", ["er", "ihn", "ihm"]);
define("pronoun", "sie", ["sie", "ihnen"]);
define("pronoun", "es", ["es"]);
define("pronoun", "wir", ["wir", "uns"]);
define("pronoun", "ihr", endings("ihr", POSSESSIVE_ENDINGS));
define("pronoun", "euer", [
  "euch",
  "euer",
  ...endings("eur", DETERMINER_ENDINGS),
]);
define("pronoun", "sich");
define("pronoun", "man");
define("pronoun", "mein", endings("mein", POSSESSIVE_ENDINGS));
define("pronoun", "dein", endings("dein", POSSESSIVE_ENDINGS));
define("pronoun", "sein", endings("sein", POSSESSIVE_ENDINGS.slice(1)));
define("pronoun", "unser", [
  "unser",
  ...endings("unser", DETERMINER_ENDINGS),
  ...endings("unsr", DETERMINER_ENDINGS),
]);
define("pronoun", "dieser", ["dies", ...endings("dies", DETERMINER_ENDINGS)]);
define("pronoun", "jener", endings("jen", DETERMINER_ENDINGS));
define("pronoun", "jeder", endings("jed", DETERMINER_ENDINGS));
define("pronoun", "welcher", endings("welch", DETERMINER_ENDINGS));
define("pronoun", "solcher", endings("solch", DETERMINER_ENDINGS));
define("pronoun", "mancher", endings("manch", DETERMINER_ENDINGS));
define("pronoun", "alle", ["all", ...endings("all", DETERMINER_ENDINGS)]);
define("pronoun", "viel", ["viel", ...endings("viel", DETERMINER_ENDINGS)]);
define("pronoun", "wenig", ["wenig", ...endings("wenig", DETERMINER_ENDINGS)]);
define("pronoun", "einige", endings("einig", DETERMINER_ENDINGS));
define("pronoun", "mehrere", endings("mehrer", DETERMINER_ENDINGS));
define("pronoun", "beide", endings("beid", DETERMINER_ENDINGS));
define("pronoun", "wer", ["wer", "wen", "wem", "wessen"]);
define("pronoun", "was");
define("pronoun", "etwas");
define("pronoun", "nichts");
define("pronoun", "jemand", ["jemand", "jemanden", "jemandem"]);
define("pronoun", "niemand", ["niemand", "niemanden", "niemandem"]);
define("pronoun", "selbst");

for (const preposition of [
  "ab",
  "an",
  "angesichts",
  "anhand",
  "anlässlich",
  "anstatt",
  "auf",
  "aufgrund",
  "aus",
  "außer",
  "außerhalb",
  "bei",
  "bezüglich",
  "binnen",
  "bis",
  "dank",
  "durch",
  "einschließlich",
  "entlang",
  "für",
  "gegen",
  "gegenüber",
  "gemäß",
  "hinsichtlich",
  "hinter",
  "in",
  "infolge",
  "inmitten",
  "innerhalb",
  "jenseits",
  "laut",
  "mit",
  "mithilfe",
  "mittels",
  "nach",
  "neben",
  "oberhalb",
  "ohne",
  "per",
  "pro",
  "samt",
  "seit",
  "seitens",
  "statt",
  "trotz",
  "über",
  "um",
  "unter",
  "unterhalb",
  "von",
  "vor",
  "während",
  "wegen",
  "zufolge",
  "zugunsten",
  "zwischen",
  "zu",
])
  define("preposition", preposition);

for (const conjunction of [
  "aber",
  "als",
  "bevor",
  "da",
  "damit",
  "dass",
  "daß",
  "denn",
  "ehe",
  "falls",
  "indem",
  "jedoch",
  "nachdem",
  "ob",
  "obgleich",
  "obwohl",
  "oder",
  "seitdem",
  "sobald",
  "sodass",
  "solange",
  "sondern",
  "sowie",
  "sowohl",
  "und",
  "weder",
  "weil",
  "wenn",
  "wie",
  "wohingegen",
  "zumal",
])
  define("conjunction", conjunction);

define("particle", "nicht");
define("particle", "ja");
define("particle", "nein");

for (const adverb of [
  "allerdings",
  "also",
  "anschließend",
  "auch",
  "außerdem",
  "bald",
  "bereits",
  "besonders",
  "bisher",
  "bislang",
  "bloß",
  "damals",
  "danach",
  "dann",
  "daher",
  "darum",
  "davor",
  "dennoch",
  "deshalb",
  "deswegen",
  "doch",
  "dort",
  "dorthin",
  "ebenfalls",
  "ebenso",
  "eher",
  "einst",
  "endlich",
  "erst",
  "etwa",
  "fast",
  "gerade",
  "gestern",
  "gern",
  "gerne",
  "heute",
  "hier",
  "immer",
  "immerhin",
  "indes",
  "insbesondere",
  "inzwischen",
  "irgendwann",
  "jedenfalls",
  "jemals",
  "jetzt",
  "kaum",
  "kürzlich",
  "längst",
  "lediglich",
  "mal",
  "manchmal",
  "mehr",
  "meist",
  "meistens",
  "mittlerweile",
  "möglicherweise",
  "morgen",
  "nämlich",
  "neulich",
  "nie",
  "niemals",
  "noch",
  "nun",
  "nur",
  "oben",
  "oft",
  "schließlich",
  "schon",
  "sehr",
  "seither",
  "so",
  "sofort",
  "sogar",
  "sonst",
  "stets",
  "trotzdem",
  "überall",
  "überhaupt",
  "unten",
  "vielleicht",
  "vorher",
  "weiter",
  "weiterhin",
  "weithin",
  "wieder",
  "wiederum",
  "wohl",
  "zudem",
  "zugleich",
  "zuletzt",
  "zunächst",
  "zurück",
  "zusammen",
  "zuvor",
  "zwar",
  // interrogative and relative adverbs
  "wann",
  "warum",
  "weshalb",
  "wieso",
  "wo",
  "woher",
  "wohin",
])
  define("adverb", adverb);

// Pronominal adverbs: da(r)-, wo(r)- and hier- before a preposition ("darüber", "wobei").
for (const preposition of [
  "an",
  "auf",
  "aus",
  "bei",
  "durch",
  "für",
  "gegen",
  "hinter",
  "in",
  "mit",
  "nach",
  "neben",
  "über",
  "um",
  "unter",
  "von",
  "vor",
  "zu",
  "zwischen",
]) {
  const r = /^[aeiouäöü]/.test(preposition) ? "r" : "";
  define("adverb", `da${r}${preposition}`);
  define("adverb", `wo${r}${preposition}`);
  define("adverb", `hier${preposition}`);
}

/** A function word by its lower-case form. */
export function functionWord(lowerCaseForm: string): FunctionWord | undefined {
  return FUNCTION_WORDS.get(lowerCaseForm);
}

export type PlaceName = {
  lemma: string;
  gender?: Gender;
  /** Names used with their article: die Ukraine, der Iran, die USA. */
  takesArticle: boolean;
  onlyIn?: "plural";
};

const PLACE_NAMES = new Map<string, PlaceName>();

function places(
  names: string[],
  gender: Gender | undefined,
  takesArticle: boolean,
  onlyIn?: "plural",
) {
  for (const lemma of names)
    PLACE_NAMES.set(lemma, {
      lemma,
      ...(gender ? { gender } : {}),
      takesArticle,
      ...(onlyIn ? { onlyIn } : {}),
    });
}

// Countries, continents and capitals without an article are neuter.
places(
  [
    "Afghanistan",
    "Afrika",
    "Ägypten",
    "Albanien",
    "Algerien",
    "Amerika",
    "Argentinien",
    "Armenien",
    "Aserbaidschan",
    "Asien",
    "Äthiopien",
    "Australien",
    "Belarus",
    "Belgien",
    "Bosnien",
    "Brasilien",
    "Bulgarien",
    "Chile",
    "China",
    "Dänemark",
    "Deutschland",
    "England",
    "Estland",
    "Europa",
    "Finnland",
    "Frankreich",
    "Georgien",
    "Griechenland",
    "Großbritannien",
    "Indien",
    "Indonesien",
    "Irland",
    "Island",
    "Israel",
    "Italien",
    "Japan",
    "Jordanien",
    "Kanada",
    "Kasachstan",
    "Katar",
    "Kenia",
    "Kolumbien",
    "Korea",
    "Kroatien",
    "Kuba",
    "Kuwait",
    "Lettland",
    "Libyen",
    "Litauen",
    "Luxemburg",
    "Marokko",
    "Mexiko",
    "Moldau",
    "Neuseeland",
    "Nigeria",
    "Nordamerika",
    "Nordkorea",
    "Norwegen",
    "Österreich",
    "Pakistan",
    "Palästina",
    "Peru",
    "Polen",
    "Portugal",
    "Rumänien",
    "Russland",
    "Saudi-Arabien",
    "Schottland",
    "Schweden",
    "Serbien",
    "Slowenien",
    "Spanien",
    "Südafrika",
    "Südamerika",
    "Südkorea",
    "Syrien",
    "Taiwan",
    "Thailand",
    "Tschechien",
    "Tunesien",
    "Ungarn",
    "Usbekistan",
    "Venezuela",
    "Vietnam",
    "Weißrussland",
    // capitals and large cities
    "Berlin",
    "Brüssel",
    "Hamburg",
    "Kiew",
    "London",
    "Moskau",
    "München",
    "Paris",
    "Peking",
    "Pjöngjang",
    "Rom",
    "Seoul",
    "Tokio",
    "Washington",
    "Wien",
  ],
  "n",
  false,
);
places(
  [
    "Mongolei",
    "Schweiz",
    "Slowakei",
    "Türkei",
    "Ukraine",
    "EU",
    "UNO",
    "NATO",
    "Nato",
    "UN",
  ],
  "f",
  true,
);
places(["Irak", "Iran", "Jemen", "Kosovo", "Libanon", "Sudan"], "m", true);
places(
  ["USA", "Niederlande", "Philippinen", "Vereinten Nationen"],
  undefined,
  true,
  "plural",
);

/** A place name, also in the genitive ("Russlands", "Nordkoreas"). */
export function placeName(word: string): PlaceName | undefined {
  return (
    PLACE_NAMES.get(word) ??
    (word.endsWith("s") ? PLACE_NAMES.get(word.slice(0, -1)) : undefined)
  );
}

const UNITS = [
  "null",
  "eins",
  "zwei",
  "drei",
  "vier",
  "fünf",
  "sechs",
  "sieben",
  "acht",
  "neun",
  "zehn",
  "elf",
  "zwölf",
  "dreizehn",
  "vierzehn",
  "fünfzehn",
  "sechzehn",
  "siebzehn",
  "achtzehn",
  "neunzehn",
];
const TENS = [
  "",
  "",
  "zwanzig",
  "dreißig",
  "vierzig",
  "fünfzig",
  "sechzig",
  "siebzig",
  "achtzig",
  "neunzig",
];

/** A whole number in words, as German writes it: 10000 → "zehntausend", 21 → "einundzwanzig". */
export function numberInWords(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`no words for ${value}`);
  if (value < 20) return UNITS[value] ?? "";
  if (value < 100) {
    const unit = value % 10;
    const tens = TENS[Math.floor(value / 10)] ?? "";
    return unit === 0 ? tens : `${unit === 1 ? "ein" : UNITS[unit]}und${tens}`;
  }
  const part = (n: number, size: number, word: string) => {
    const count = Math.floor(n / size);
    const rest = n % size;
    const head = count === 1 ? "ein" : numberInWords(count);
    return head + word + (rest === 0 ? "" : numberInWords(rest));
  };
  if (value < 1000) return part(value, 100, "hundert");
  if (value < 1_000_000) return part(value, 1000, "tausend");
  const millions = Math.floor(value / 1_000_000);
  const rest = value % 1_000_000;
  const head =
    millions === 1 ? "eine Million" : `${numberInWords(millions)} Millionen`;
  return rest === 0 ? head : `${head} ${numberInWords(rest)}`;
}

/** Number words written out ("zehn", "einundzwanzig", "hundert"), for the numeral class. */
export function isNumberWord(lowerCaseWord: string): boolean {
  return /^(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?(?:hundert|tausend))*(?:null|eins?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|hundert|tausend)$/u.test(
    lowerCaseWord,
  );
}
