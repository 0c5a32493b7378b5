// Names and titles that people read off a screen: what they may contain, and when two of them look
// the same. Text is taken in NFKC (full-width letters, ligatures and compatibility spaces become
// their plain forms); characters that show nothing or reorder the text around them (control and
// format characters such as NUL, zero-width spaces and bidi overrides, Hangul fillers, the Braille
// blank) are refused rather than silently dropped, so what is stored is what the person typed.

/** Characters a reader cannot see, or that change how the text around them is shown. */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0\u115F\u1160]/u;

/** Whether text contains an invisible or reordering character (after NFKC). */
export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text.normalize("NFKC"));
}

/** Whether text shows at least one letter or digit (not only marks, symbols or spaces). */
export function hasVisibleLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.normalize("NFKC"));
}

/**
 * Cyrillic and Greek letters that look like Latin ones in the fonts people use. Capitals are mapped
 * before lower-casing, since "В" looks like "B" while "в" looks like nothing Latin; small letters
 * again after accents are gone ("ё" → "е" → "e"). Unicode's confusables table is far larger;
 * these are the look-alikes a name in a German or English class list can be spoofed with. Each
 * row: the look-alikes, then the Latin letter each one looks like, in the same order.
 */
const LOOK_ALIKE_ROWS = [
  ["АВЕЅІЈКМНОРСТУХԚԜҮӀ", "ABESIJKMHOPCTYXQWYI"], // Cyrillic capitals
  ["аеорсухѕіјһԁԛԝӏү", "aeopcyxsijhdqwly"], // Cyrillic small letters
  ["ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX"], // Greek capitals
  ["οικρυχαϲϳν", "oikpuxacjv"], // Greek small letters
] as const;
const LOOK_ALIKES = new Map(
  LOOK_ALIKE_ROWS.flatMap(([from, to]) =>
    [...from].map((c, i) => [c, to[i]!] as const),
  ),
);
const LOOK_ALIKE = new RegExp(`[${[...LOOK_ALIKES.keys()].join("")}]`, "gu");
const asLatin = (text: string) =>
  text.replace(LOOK_ALIKE, (c) => LOOK_ALIKES.get(c)!);

/**
 * What a name looks like, for telling whether two names would be confused in a list: NFKC,
 * look-alike letters as their Latin twins, case, umlaut spellings (ü/ue) and ß/ss, accents, and
 * repeated or surrounding spaces do not count.
 */
export function lookAlikeKey(text: string): string {
  return asLatin(
    asLatin(text.normalize("NFKC"))
      .toLowerCase()
      .replace(/ä/g, "ae")
      .replace(/ö/g, "oe")
      .replace(/ü/g, "ue")
      .replace(/ß/g, "ss")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
}
