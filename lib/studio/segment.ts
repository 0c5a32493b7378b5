// Splits a paragraph into sentences (German, or English for translations), and the editor's
// split and merge of sentences.
//
// * A sentence ends at ".", "!" or "?" (optionally followed by closing quotes or a bracket) when
//   whitespace and then an upper-case letter or an opening quote follow. Numbers such as
//   "10.000", "10.30 Uhr" or "2,50" never split, because no whitespace follows their ".".
// * A "." does not end a sentence after a single letter ("z. B.", "u. a.", "Donald J. Trump"),
//   after letters joined by dots ("z.B.", "U.S."), after a known abbreviation of the language
//   ("Dr.", "bzw.", "Nr.", "Mio."), or, in German, after a one- or two-digit ordinal: before a
//   month or century ("am 3. Oktober", "im 19. Jahrhundert") or after an article or possessive
//   ("den 2. Platz").
// * "usw." and "etc." end a sentence when a capital follows: at the end of a sentence their
//   full stop is also the sentence's (German and English write only one).
// Sentences are returned exactly as they appear in the paragraph, only trimmed.
//
// The alternatives were measured on the same hard cases (decision 027): Intl.Segmenter breaks
// after "Dr.", "z.", "3."; sentencex after ordinals ("im 19. Jahrhundert");
// @echogarden/text-segmentation after ordinals, "bzw." and "Prof." and inside „…“.

export type SentenceLanguage = "de" | "en";

const CLOSING = `"'“”»«’)\\]`;
const OPENING = `"'„“‚‘»«(\\[`;

const BOUNDARY = new RegExp(
  `[.!?]+[${CLOSING}]*(?=\\s+(?:\\p{Lu}|[${OPENING}]))`,
  "gu",
);

/** Lower-case, without dots — compared against the word before a ".". */
const ABBREVIATIONS: Record<SentenceLanguage, ReadonlySet<string>> = {
  de: new Set([
    "abb",
    "abs",
    "allg",
    "bd",
    "bspw",
    "bzgl",
    "bzw",
    "ca",
    "chr",
    "dh",
    "dr",
    "ebd",
    "evtl",
    "gegr",
    "gem",
    "ggf",
    "hrsg",
    "inkl",
    "insb",
    "jh",
    "jhd",
    "kap",
    "mio",
    "mrd",
    "nr",
    "oä",
    "prof",
    "sog",
    "st",
    "str",
    "tel",
    "ua",
    "uä",
    "vgl",
    "zb",
    "ziff",
    "zzgl",
  ]),
  en: new Set([
    "approx",
    "capt",
    "co",
    "col",
    "corp",
    "dept",
    "dr",
    "fig",
    "gen",
    "gov",
    "inc",
    "jr",
    "lt",
    "ltd",
    "mr",
    "mrs",
    "ms",
    "mt",
    "prof",
    "rep",
    "sen",
    "sgt",
    "sr",
    "st",
    "vs",
  ]),
};

/** Abbreviations that often close a sentence, where their "." is also the full stop. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(["usw", "usf", "etc"]);

const ORDINAL_FOLLOWERS = new Set([
  "januar",
  "jänner",
  "februar",
  "märz",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "dezember",
  "jahrhundert",
  "jahrhunderts",
  "jahrtausend",
  "jahrtausends",
]);

/** Words that stand before an ordinal number: "den 2. Platz", "am 3. Tag", "ihr 5. Album". */
const BEFORE_ORDINAL =
  /^(?:d(?:er|ie|as|en|em|es)|[aiv]m|zu[mr]|beim|ins|(?:ein|kein|mein|dein|sein|ihr|unser|euer|dies|jed|jen)(?:e[mnrs]?)?)$/iu;

export function splitSentences(
  paragraph: string,
  language: SentenceLanguage = "de",
): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (
      match[0].startsWith(".") &&
      match[0].length === 1 &&
      !endsSentence(paragraph, match.index, language)
    )
      continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== "") sentences.push(rest);
  return sentences;
}

/** Whether the single "." at `dotIndex` ends a sentence, judged by the words around it. */
function endsSentence(
  text: string,
  dotIndex: number,
  language: SentenceLanguage,
): boolean {
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(0, dotIndex))?.[1] ?? "";
  const word = before.toLowerCase().replace(/\./g, "");
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word)) return true;
  if (/^\p{L}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return false;
  if (ABBREVIATIONS[language].has(word)) return false;
  if (language === "de" && /^\d{1,2}$/.test(word)) {
    const next = /^\s+(\p{L}+)/u
      .exec(text.slice(dotIndex + 1))?.[1]
      ?.toLowerCase();
    if (next !== undefined && ORDINAL_FOLLOWERS.has(next)) return false;
    const previous = /(\p{L}+)\s+$/u.exec(
      text.slice(0, dotIndex - word.length),
    )?.[1];
    if (previous !== undefined && BEFORE_ORDINAL.test(previous)) return false;
  }
  return true;
}

/**
 * The editor's split: sentence `index` becomes two at character `at` of its text. Both parts
 * must keep some text; the sentences around it are unchanged.
 */
export function splitSentence(
  sentences: readonly string[],
  index: number,
  at: number,
): string[] {
  const sentence = sentences[index];
  if (sentence === undefined)
    throw new RangeError(`no sentence at index ${index}`);
  const first = sentence.slice(0, at).trim();
  const second = sentence.slice(at).trim();
  if (!Number.isInteger(at) || first === "" || second === "")
    throw new RangeError(`cannot split sentence ${index} at ${at}`);
  return [
    ...sentences.slice(0, index),
    first,
    second,
    ...sentences.slice(index + 1),
  ];
}

/** The editor's merge: sentence `index` and the one after it become one, joined by a space. */
export function mergeSentences(
  sentences: readonly string[],
  index: number,
): string[] {
  const first = sentences[index];
  const second = sentences[index + 1];
  if (first === undefined || second === undefined)
    throw new RangeError(`no sentence after index ${index} to merge with`);
  return [
    ...sentences.slice(0, index),
    `${first} ${second}`,
    ...sentences.slice(index + 2),
  ];
}
