// Reads the glossary's grammar notes on a word form ("dative plural, weak ending", "past participle
// (gesichtet wurden: were sighted)") into parts the word card can show in the interface's language.
//
// A note is written in English by the glossary's author. It is made of:
// * grammar terms from GRAMMAR_TERMS ("3rd person", "dative", "weak ending", "after"): translated
//   through the messages (Reader.grammar.<key>); the longest term wins ("past participle" before
//   "past");
// * German words and phrases from the article ("zu adressieren", "wo + bei", "\"auf\""), shown as
//   they are; a phrase in straight double quotes is quoted in the interface's style;
// * English meanings: what follows " = " ("die Region Kursk = the Kursk region"), or what follows
//   ": " when that is not made of terms ("es gibt: there are"); up to the end of the bracket or
//   of the note;
// * punctuation and spaces, kept.
// A word that is neither a term nor meaning is taken as German: the content test checks that every
// such word is a word of the article, so an untranslated English term in a new note fails there.

/** English grammar terms of the glossary's notes → their key under Reader.grammar. */
export const GRAMMAR_TERMS = {
  "3rd person": "thirdPerson",
  nominative: "nominative",
  accusative: "accusative",
  dative: "dative",
  genitive: "genitive",
  singular: "singular",
  plural: "plural",
  masculine: "masculine",
  feminine: "feminine",
  neuter: "neuter",
  present: "present",
  past: "past",
  "past participle": "pastParticiple",
  infinitive: "infinitive",
  "perfect infinitive": "perfectInfinitive",
  "zu-infinitive": "zuInfinitive",
  "infinitive marker": "infinitiveMarker",
  "Konjunktiv II": "konjunktivII",
  subjunctive: "subjunctive",
  "auxiliary of the perfect": "perfectAuxiliary",
  "passive auxiliary": "passiveAuxiliary",
  passive: "passive",
  "strong ending": "strongEnding",
  "weak ending": "weakEnding",
  "mixed declension": "mixedDeclension",
  predicative: "predicative",
  uninflected: "uninflected",
  "used as an adverb": "usedAsAdverb",
  "adverb before a number": "adverbBeforeNumber",
  preposition: "preposition",
  location: "location",
  "placed after its noun": "placedAfterNoun",
  "before countries without article": "beforeCountriesWithoutArticle",
  "subordinating conjunction": "subordinatingConjunction",
  "given name": "givenName",
  "family name": "familyName",
  possessive: "possessive",
  "reflexive pronoun": "reflexivePronoun",
  "relative pronoun": "relativePronoun",
  "relative adverb": "relativeAdverb",
  "pronominal adverb": "pronominalAdverb",
  "pointing ahead to the dass-clause": "pointsToDassClause",
  "opens a subordinate clause": "opensSubordinateClause",
  "referring to the whole clause": "refersToWholeClause",
  "separable prefix": "separablePrefix",
  "the prefix": "thePrefix",
  "comes later": "comesLater",
  "the separable verb stays whole at the end of a subordinate clause":
    "separableVerbStaysWhole",
  apposition: "apposition",
  contraction: "contraction",
  "shortened compound": "shortenedCompound",
  "standing alone": "standingAlone",
  "used on its own": "usedOnItsOwn",
  "many of them": "manyOfThem",
  "short for": "shortFor",
  "title before a name": "titleBeforeName",
  "no article": "noArticle",
  "name after a noun": "nameAfterNoun",
  "refers to": "refersTo",
  "only in": "onlyIn",
  after: "after",
  with: "with",
  of: "of",
} as const;

export type GrammarTerm = (typeof GRAMMAR_TERMS)[keyof typeof GRAMMAR_TERMS];

export type FormPart =
  | { kind: "term"; term: GrammarTerm }
  /** German from the article; `quoted` when the note put it in quotation marks. */
  | { kind: "german"; text: string; quoted?: true }
  /** An English meaning. */
  | { kind: "meaning"; text: string }
  /** Spaces and punctuation. */
  | { kind: "text"; text: string };

type Token =
  | { kind: "word"; text: string }
  | { kind: "quoted"; text: string }
  | { kind: "space"; text: string }
  | { kind: "mark"; text: string };

const TOKEN =
  /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}·'’-]*|-[\p{L}]+)|(\s+)|([\s\S])/gu;

function tokenize(note: string): Token[] {
  return [...note.matchAll(TOKEN)].map(([all, quoted, word, space]) =>
    quoted !== undefined
      ? { kind: "quoted", text: quoted }
      : word !== undefined
        ? { kind: "word", text: word }
        : space !== undefined
          ? { kind: "space", text: space }
          : { kind: "mark", text: all },
  );
}

/** Terms as word lists, longest first, so that "past participle" is tried before "past". */
const TERM_WORDS = Object.entries(GRAMMAR_TERMS)
  .map(([phrase, term]) => ({ words: phrase.split(" "), term }))
  .sort((a, b) => b.words.length - a.words.length);

/** The term whose words start at tokens[from] (single spaces between them), and the index after it. */
function termAt(
  tokens: readonly Token[],
  from: number,
): { term: GrammarTerm; next: number } | null {
  for (const { words, term } of TERM_WORDS) {
    let i = from;
    const matches = words.every((word, w) => {
      if (w > 0) {
        if (tokens[i]?.kind !== "space" || tokens[i]?.text !== " ")
          return false;
        i++;
      }
      const token = tokens[i];
      if (token?.kind !== "word" || token.text !== word) return false;
      i++;
      return true;
    });
    if (matches) return { term, next: i };
  }
  return null;
}

/** Index of the ")" that closes the bracket `from` is in, or the end of the note. */
function groupEnd(tokens: readonly Token[], from: number): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const text = tokens[i]!.kind === "mark" ? tokens[i]!.text : "";
    if (text === "(") depth++;
    if (text === ")" && depth-- === 0) return i;
  }
  return tokens.length;
}

/** Whether tokens[from, to) are grammar terms, spaces and punctuation only. */
function onlyTerms(tokens: readonly Token[], from: number, to: number) {
  for (let i = from; i < to;) {
    const token = tokens[i]!;
    if (token.kind === "space" || token.kind === "mark") i++;
    else {
      const found = termAt(tokens, i);
      if (!found || found.next > to) return false;
      i = found.next;
    }
  }
  return true;
}

const isMark = (token: Token | undefined, mark: string) =>
  token?.kind === "mark" && token.text === mark;

/** The parts of a grammar note; see the header. */
export function parseGrammarForm(note: string): FormPart[] {
  const tokens = tokenize(note);
  const parts: FormPart[] = [];
  // Adjacent text makes one part, and so do adjacent German words with the spaces between them.
  const push = (part: FormPart) => {
    const last = parts.at(-1);
    const joins =
      (last?.kind === "text" && part.kind === "text") ||
      (last?.kind === "german" &&
        part.kind === "german" &&
        !last.quoted &&
        !part.quoted);
    if (joins) last.text += part.text;
    else parts.push(part);
  };

  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const last = parts.at(-1);
    const startsMeaning =
      isMark(token, "=") ||
      (isMark(token, ":") &&
        !tokens
          .slice(i + 1, groupEnd(tokens, i + 1))
          .some((t) => isMark(t, "=")) &&
        !onlyTerms(tokens, i + 1, groupEnd(tokens, i + 1)));
    if (startsMeaning) {
      const end = groupEnd(tokens, i + 1);
      let from = i + 1;
      let lead = token.text;
      while (tokens[from]?.kind === "space") lead += tokens[from++]!.text;
      push({ kind: "text", text: lead });
      const meaning = tokens
        .slice(from, end)
        .map((t) => (t.kind === "quoted" ? `"${t.text}"` : t.text))
        .join("");
      if (meaning) parts.push({ kind: "meaning", text: meaning });
      i = end;
      continue;
    }
    if (token.kind === "word") {
      const found = termAt(tokens, i);
      if (found) {
        parts.push({ kind: "term", term: found.term });
        i = found.next;
        continue;
      }
      push({ kind: "german", text: token.text });
    } else if (token.kind === "quoted") {
      parts.push({ kind: "german", text: token.text, quoted: true });
    } else if (
      token.kind === "space" &&
      last?.kind === "german" &&
      !last.quoted &&
      tokens[i + 1]?.kind === "word" &&
      !termAt(tokens, i + 1)
    ) {
      // A space inside a German phrase belongs to the phrase.
      push({ kind: "german", text: token.text });
    } else {
      push({ kind: "text", text: token.text });
    }
    i++;
  }
  return parts;
}
