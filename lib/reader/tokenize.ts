// Splits one German sentence (or heading) into word, punctuation and space tokens for the reader.
//
// A word token is what a learner can tap and what the glossary lists, in order:
// * letters, digits and combining marks, joined by word-internal hyphens and apostrophes:
//   "Ukraine-Krieg", "Atomwaffen-Tests", "Jong-uns", "Suk-yeol", "geht’s";
// * numbers with thousands separators or decimal commas: "10.000", "1.000.000", "3,5";
// * a percent sign after a number, also after one space (German typography writes "50 %"):
//   "50%", "50 %" — the space is then part of the word token;
// * a hyphen that marks a left-out compound part (Ergänzungsstrich) when a space or comma
//   follows: "Nord-" in "Nord- und Südkorea"; or when it opens a word after a space:
//   "-verkäufe" in "Ein- und -verkäufe";
// * an apostrophe after s, x, z or ß that marks a genitive: "Jones’" in "Jones’ Einschätzung".
// Everything else is punctuation (one token per character) or space (one token per run of
// whitespace). Concatenating the `text` of all tokens gives back the input exactly.

export type TokenKind = "word" | "punct" | "space";

export type Token = {
  text: string;
  /** Index of the first UTF-16 code unit in the input. */
  start: number;
  /** Index after the last code unit, so `input.slice(start, end) === text`. */
  end: number;
  kind: TokenKind;
};

const WORD_CHAR = String.raw`\p{L}\p{M}\p{N}`;
/** Hyphen-minus, hyphen, non-breaking hyphen and the soft hyphen join the parts of a compound. */
const JOINER = String.raw`\-\u2010\u2011\u00AD`;
const APOSTROPHE = String.raw`'\u2019`;

const WORD = new RegExp(
  [
    // an opening hyphen for a left-out first part: "-verkäufe"
    String.raw`(?:(?<![${WORD_CHAR}])-(?=\p{L}))?`,
    String.raw`[${WORD_CHAR}]+`,
    // joined parts: "Ukraine-Krieg", "geht’s", "10.000", "3,5"
    String.raw`(?:(?:[${JOINER}${APOSTROPHE}]|(?<=\p{N})[.,](?=\p{N}))[${WORD_CHAR}]+)*`,
    // a percent sign after a number, optionally after one (no-break) space
    String.raw`(?:(?<=\p{N})[ \u00A0\u202F]?%)?`,
    // a closing hyphen for a left-out last part: "Nord- und Süd…", "Nord-, Süd- und …"
    String.raw`(?:-(?=[\s,]))?`,
  ].join(""),
  "uy",
);
const SPACE = /\s+/uy;
const GENITIVE_APOSTROPHE = /[sxzß]$/u;
const APOSTROPHE_CHAR = /^['\u2019]$/u;

export function tokenizeSentence(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const word = matchAt(WORD, text, position);
    if (word !== undefined) {
      let end = position + word.length;
      if (hasGenitiveApostrophe(text, position, end)) end += 1;
      tokens.push({
        text: text.slice(position, end),
        start: position,
        end,
        kind: "word",
      });
      position = end;
      continue;
    }
    const space = matchAt(SPACE, text, position);
    if (space !== undefined) {
      tokens.push({
        text: space,
        start: position,
        end: position + space.length,
        kind: "space",
      });
      position += space.length;
      continue;
    }
    // One code point, so characters outside the Basic Multilingual Plane stay whole.
    const char = String.fromCodePoint(text.codePointAt(position) ?? 0);
    tokens.push({
      text: char,
      start: position,
      end: position + char.length,
      kind: "punct",
    });
    position += char.length;
  }
  return tokens;
}

/** The word tokens of `text`, in order — what a glossary lists for a sentence. */
export function wordTokens(text: string): Token[] {
  return tokenizeSentence(text).filter((token) => token.kind === "word");
}

function matchAt(
  pattern: RegExp,
  text: string,
  position: number,
): string | undefined {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match && match[0] !== "" ? match[0] : undefined;
}

/**
 * "Jones’ Buch": an apostrophe right after a word ending in s, x, z or ß, followed by a space,
 * punctuation or the end, is a genitive marker — unless the word was opened by the same
 * character, in which case it closes a quotation ('Jones').
 */
function hasGenitiveApostrophe(
  text: string,
  start: number,
  end: number,
): boolean {
  const next = text[end];
  if (next === undefined || !APOSTROPHE_CHAR.test(next)) return false;
  if (!GENITIVE_APOSTROPHE.test(text.slice(start, end))) return false;
  const after = text[end + 1];
  if (after !== undefined && new RegExp(`[${WORD_CHAR}]`, "u").test(after))
    return false;
  const before = text[start - 1];
  return before !== next && !(next === "\u2019" && before === "\u2018");
}
