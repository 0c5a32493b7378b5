// Splits a German article — one paragraph or heading per line — into headings and sentences.
//
// * A line is a heading when it is short and does not end in sentence-final punctuation.
// * A sentence ends at ".", "!" or "?" (optionally followed by closing quotes or a bracket) when
//   whitespace and then an upper-case letter or an opening quote follow. A "." does not end a
//   sentence after a known abbreviation ("bzw.", "Dr.", "etc."), after a single letter ("z. B.",
//   "u. a.", "Donald J. Trump") or after an ordinal before a month or century ("am 3. Oktober").
//   Numbers such as "10.000" or "50%" never split, because no whitespace follows their ".".
// * Digits glued to the final punctuation of a paragraph ("droht.2") are a footnote marker
//   left over from the source and are removed.
// Sentences are returned exactly as they appear in the line, only trimmed.

export type SegmentKind = "heading" | "paragraph";
export type SegmentedBlock = { kind: SegmentKind; sentences: string[] };
export type SegmentedArticle = { paragraphs: SegmentedBlock[] };

/** Longer lines without final punctuation are treated as (unpunctuated) paragraphs. */
const MAX_HEADING_LENGTH = 120;

const CLOSING = `"'“”»«’)\\]`;
const OPENING = `"'„“‚‘»«(\\[`;

const SENTENCE_FINAL = new RegExp(`[.!?…:][${CLOSING}]*$`, "u");
const FOOTNOTE_DIGITS = "0-9¹²³⁴⁵⁶⁷⁸⁹⁰";
const FOOTNOTE_MARKER = new RegExp(
  `(\\p{L}[${CLOSING}]?[.!?][${CLOSING}]?)[${FOOTNOTE_DIGITS}]{1,3}$`,
  "u",
);
const BOUNDARY = new RegExp(
  `[.!?]+[${CLOSING}]*(?=\\s+(?:\\p{Lu}|[${OPENING}]))`,
  "gu",
);

/** Lower-case, without the final "." — compared against the word before a ".". */
const ABBREVIATIONS = new Set([
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
  "etc",
  "evtl",
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
  "usw",
  "vgl",
  "zb",
  "ziff",
  "zzgl",
]);

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

export function segmentArticle(raw: string): SegmentedArticle {
  const lines = raw
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line) => stripFootnoteMarker(line.trim()))
    .filter((line) => line !== "");

  return {
    paragraphs: lines.map((line): SegmentedBlock => {
      if (isHeading(line)) return { kind: "heading", sentences: [line] };
      return { kind: "paragraph", sentences: splitSentences(line) };
    }),
  };
}

export function isHeading(line: string): boolean {
  return line.length <= MAX_HEADING_LENGTH && !SENTENCE_FINAL.test(line);
}

export function stripFootnoteMarker(paragraph: string): string {
  return paragraph.replace(FOOTNOTE_MARKER, "$1");
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (
      match[0].startsWith(".") &&
      match[0].length === 1 &&
      !endsSentence(paragraph, match.index)
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
function endsSentence(text: string, dotIndex: number): boolean {
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(0, dotIndex))?.[1] ?? "";
  const word = before.toLowerCase().replace(/\./g, "");
  if (/^\p{L}$/u.test(word)) return false;
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\d{1,2}$/.test(word)) {
    const next = /^\s+(\p{L}+)/u
      .exec(text.slice(dotIndex + 1))?.[1]
      ?.toLowerCase();
    if (next !== undefined && ORDINAL_FOLLOWERS.has(next)) return false;
  }
  return true;
}
