// HTML at the edge of the question exchange. Imported question texts become plain text: tags,
// attributes, scripts, styles and comments go, paragraphs and line breaks stay as blank lines and
// line breaks, entities are decoded, and embedded media are counted so the report can say they
// were left out. Exported texts are plain text escaped into paragraphs and line breaks.

/** Elements whose content is never text a learner reads. */
const DROPPED_WITH_CONTENT =
  /<(script|style|template|noscript|iframe|object|svg|math|head|title)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const MEDIA = /<(img|audio|video|object|embed|iframe|svg|picture|canvas)\b/gi;
const BLOCK =
  /<\/?(p|div|h[1-6]|ul|ol|dl|dt|dd|blockquote|pre|table|thead|tbody|tfoot|tr|section|article|header|footer|aside|figure|figcaption|hr|address|details|summary|fieldset|form)\b[^>]*>/gi;
const LINE = /<(br|li)\b[^>]*>/gi;
const CELL = /<\/?(td|th)\b[^>]*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^>]*>|<![^>]*>|<\?[^>]*>/g;

const PARAGRAPH = "\u{F0000}";
const BREAK = "\u{F0001}";

export type PlainText = { text: string; media: number };

export type TextFormat = "html" | "moodle" | "plain" | "markdown";

/**
 * Plain text of a text field. HTML (and Moodle's auto-format, where a line break is a line break)
 * loses every tag; plain and markdown text keep their characters but still lose anything that
 * looks like a tag, so no markup of any kind reaches a draft.
 */
export function htmlToPlainText(
  source: string,
  format: TextFormat = "html",
): PlainText {
  let html = source.replace(/\r\n?/g, "\n");
  const media = html.match(MEDIA)?.length ?? 0;
  if (format === "html") html = html.replace(/[ \t\n\f]+/g, " ");
  else html = html.replace(/\n/g, BREAK);
  html = html
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(DROPPED_WITH_CONTENT, " ")
    .replace(BLOCK, PARAGRAPH)
    .replace(LINE, BREAK)
    .replace(CELL, " ")
    .replace(ANY_TAG, "");
  const text = decodeHtmlEntities(html)
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replaceAll(PARAGRAPH, "\n\n")
    .replaceAll(BREAK, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, media };
}

/** Plain text as HTML: "&", "<" and ">" escaped, blank lines as paragraphs, line breaks as <br />. */
export function plainTextToHtml(text: string): string {
  if (text.trim() === "") return "";
  return text
    .trim()
    .split(/\n{2,}/)
    .map(
      (paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br />")}</p>`,
    )
    .join("");
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  shy: "",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  bdquo: "„",
  ldquo: "“",
  rdquo: "”",
  sbquo: "‚",
  lsquo: "‘",
  rsquo: "’",
  euro: "€",
  pound: "£",
  cent: "¢",
  yen: "¥",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  plusmn: "±",
  times: "×",
  divide: "÷",
  middot: "·",
  bull: "•",
  sect: "§",
  para: "¶",
  micro: "µ",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sup2: "²",
  sup3: "³",
  minus: "−",
  larr: "←",
  rarr: "→",
  harr: "↔",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  atilde: "ã",
  aring: "å",
  aelig: "æ",
  ccedil: "ç",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  euml: "ë",
  iacute: "í",
  igrave: "ì",
  icirc: "î",
  iuml: "ï",
  ntilde: "ñ",
  oacute: "ó",
  ograve: "ò",
  ocirc: "ô",
  otilde: "õ",
  oslash: "ø",
  uacute: "ú",
  ugrave: "ù",
  ucirc: "û",
  yacute: "ý",
  yuml: "ÿ",
  Aacute: "Á",
  Agrave: "À",
  Acirc: "Â",
  Ccedil: "Ç",
  Eacute: "É",
  Egrave: "È",
  Ecirc: "Ê",
  Iacute: "Í",
  Ntilde: "Ñ",
  Oacute: "Ó",
  Oslash: "Ø",
  Uacute: "Ú",
};

/** Decodes named (the common ones), decimal and hexadecimal character references. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    (whole, name: string) => {
      if (name.startsWith("#")) {
        const hex = name[1] === "x" || name[1] === "X";
        const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
        const valid =
          code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        return valid ? String.fromCodePoint(code) : "\uFFFD";
      }
      return NAMED_ENTITIES[name] ?? whole;
    },
  );
}
