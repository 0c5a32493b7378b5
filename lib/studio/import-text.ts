// Turns a pasted or uploaded article (.txt, .md, .html, .docx) into its title and a list of
// headings and paragraphs, the input of sentence segmentation.
//
// Plain text:
// * Paragraphs are separated by blank lines; the lines of one paragraph are joined with a space.
//   A text without any blank line has one paragraph per line (text copied from a web page, and
//   the seed article, are laid out like that).
// * A one-line paragraph without sentence-final punctuation, up to MAX_HEADING_LENGTH
//   characters, is a heading; a longer one is a paragraph that lacks its full stop.
// Markdown, HTML and Word files mark their headings themselves (#, <h1>–<h6>, heading styles),
// and their paragraphs are the format's paragraphs and list items.
// In every format, the first block is the title when it is a heading (the first line of a
// .txt, "# Title", <h1>, Word's "Title" style). An article that opens with a paragraph has no
// title: the teacher types one.
// Digits glued to the final punctuation of a paragraph ("droht.2") are a reference marker left
// over from the source and are removed; the rest of the text is kept as written, with runs of
// spaces, tabs and line breaks inside a paragraph made one space.
import { DomUtils, ElementType, parseDocument } from "htmlparser2";
import mammoth from "mammoth";
import { fromMarkdown } from "mdast-util-from-markdown";

export const IMPORT_FORMATS = ["txt", "md", "html", "docx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type TextFormat = Exclude<ImportFormat, "docx">;

export type ImportedBlockKind = "heading" | "paragraph";
export type ImportedBlock = { kind: ImportedBlockKind; text: string };
export type ImportedText = { title: string | null; blocks: ImportedBlock[] };

export type ImportProblem = "unsupported-format" | "unreadable-file" | "empty";

/** An import that cannot give an article; `problem` is the key the studio translates. */
export class ImportError extends Error {
  constructor(
    readonly problem: ImportProblem,
    message: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

/** Longer lines without final punctuation are treated as (unpunctuated) paragraphs. */
export const MAX_HEADING_LENGTH = 120;

const CLOSING = `"'“”»«’)\\]`;
const SENTENCE_FINAL = new RegExp(`[.!?…:;][${CLOSING}]*$`, "u");
const FOOTNOTE_DIGITS = "0-9¹²³⁴⁵⁶⁷⁸⁹⁰";
const FOOTNOTE_MARKER = new RegExp(
  `(\\p{L}[${CLOSING}]?[.!?][${CLOSING}]?)[${FOOTNOTE_DIGITS}]{1,3}$`,
  "u",
);
/** Whitespace except the no-break spaces that German typography puts in "50 %" and "z. B.". */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f\v]+/g;

/** The format of an uploaded file, from its name; undefined for anything else. */
export function formatOfFileName(name: string): ImportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === "htm") return "html";
  if (extension === "markdown") return "md";
  return IMPORT_FORMATS.find((format) => format === extension);
}

/** Imports an uploaded file: text formats are read as UTF-8 (or Windows-1252 when not UTF-8). */
export async function importFile(
  name: string,
  bytes: Uint8Array,
): Promise<ImportedText> {
  const format = formatOfFileName(name);
  if (format === undefined)
    throw new ImportError(
      "unsupported-format",
      `${name} is not a .txt, .md, .html or .docx file`,
    );
  if (format === "docx") return importDocx(bytes);
  return importText(decodeText(bytes), format);
}

/**
 * An imported text written back as plain text in the .txt layout (headings and paragraphs on
 * their own lines, blank lines between), without its title: what the drafter reads.
 */
export function plainTextBody(imported: ImportedText): string {
  return imported.blocks.map((block) => block.text).join("\n\n");
}

export function importText(source: string, format: TextFormat): ImportedText {
  const blocks =
    format === "txt"
      ? plainTextBlocks(source)
      : format === "md"
        ? markdownBlocks(source)
        : htmlBlocks(source);
  return withTitle(blocks);
}

export async function importDocx(bytes: Uint8Array): Promise<ImportedText> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: [
          "p[style-name='Title'] => h1:fresh",
          "p[style-name='Subtitle'] => p:fresh",
        ],
        // Pictures are not part of the text; this keeps them out of memory.
        convertImage: mammoth.images.imgElement(() =>
          Promise.resolve({ src: "" }),
        ),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError(
      "unreadable-file",
      `not a readable Word document: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return importText(html, "html");
}

/** Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1. */
const WINDOWS_1252_HIGH =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** A text file's characters: UTF-8, or Windows-1252 when the bytes are not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Node's TextDecoder reads "windows-1252" as Latin-1, which loses „ “ – € and the like.
    return Array.from(bytes, (byte) =>
      byte >= 0x80 && byte <= 0x9f
        ? (WINDOWS_1252_HIGH[byte - 0x80] ?? "")
        : String.fromCharCode(byte),
    ).join("");
  }
}

function withTitle(blocks: ImportedBlock[]): ImportedText {
  const cleaned = blocks
    .map(({ kind, text }) => ({
      kind,
      text:
        kind === "paragraph"
          ? stripFootnoteMarker(collapseSpace(text))
          : collapseSpace(text),
    }))
    .filter((block) => block.text !== "");
  if (cleaned.length === 0)
    throw new ImportError("empty", "the text has no words");
  const [first, ...rest] = cleaned;
  if (first?.kind === "heading" && rest.length > 0)
    return { title: first.text, blocks: rest };
  return { title: null, blocks: cleaned };
}

function collapseSpace(text: string): string {
  return text.replace(COLLAPSIBLE_SPACE, " ").trim();
}

export function stripFootnoteMarker(paragraph: string): string {
  return paragraph.replace(FOOTNOTE_MARKER, "$1");
}

export function isHeadingLine(line: string): boolean {
  return line.length <= MAX_HEADING_LENGTH && !SENTENCE_FINAL.test(line);
}

function plainTextBlocks(source: string): ImportedBlock[] {
  const lines = source
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
  const hasBlankLines = lines.some(
    (line, index) => line === "" && index > 0 && index < lines.length - 1,
  );
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === "" || !hasBlankLines) {
      if (current.length > 0) paragraphs.push(current);
      current = line === "" ? [] : [line];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs.map((paragraphLines) => {
    const text = stripFootnoteMarker(paragraphLines.join(" "));
    const kind =
      paragraphLines.length === 1 && isHeadingLine(text)
        ? "heading"
        : "paragraph";
    return { kind, text };
  });
}

type MarkdownNode = { type: string; value?: string; children?: unknown[] };

function markdownBlocks(source: string): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  const visit = (node: MarkdownNode) => {
    if (node.type === "heading")
      blocks.push({ kind: "heading", text: markdownText(node) });
    else if (node.type === "paragraph")
      blocks.push({ kind: "paragraph", text: markdownText(node) });
    else if (["root", "blockquote", "list", "listItem"].includes(node.type))
      for (const child of node.children ?? []) visit(child as MarkdownNode);
    // Code, tables, HTML, rules and definitions are not article text.
  };
  visit(fromMarkdown(source.replace(/^\uFEFF/, "")) as MarkdownNode);
  return blocks;
}

function markdownText(node: MarkdownNode): string {
  if (node.type === "text" || node.type === "inlineCode")
    return node.value ?? "";
  if (node.type === "break") return " ";
  if (node.type === "image" || node.type === "html") return "";
  return (node.children ?? [])
    .map((child) => markdownText(child as MarkdownNode))
    .join("");
}

type HtmlNode = ReturnType<typeof parseDocument>["children"][number];
type HtmlElement = Parameters<typeof DomUtils.getName>[0];
type HtmlText = Extract<HtmlNode, { data: string }>;

function isElement(node: HtmlNode): node is HtmlElement {
  return ElementType.isTag(node);
}

function isText(node: HtmlNode): node is HtmlText {
  return node.type === ElementType.Text;
}

const HTML_SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "aside",
  "footer",
  "form",
  "button",
  "select",
  "textarea",
  "svg",
  "math",
  "figure",
  "iframe",
  "object",
  "img",
  "table",
]);
const HTML_HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const HTML_PARAGRAPHS = new Set(["p", "li", "dd", "dt", "blockquote", "pre"]);
const HTML_BLOCKS = new Set([
  "address",
  "article",
  "body",
  "div",
  "dl",
  "header",
  "hgroup",
  "html",
  "main",
  "ol",
  "section",
  "ul",
  "hr",
]);

function htmlBlocks(source: string): ImportedBlock[] {
  const document = parseDocument(source);
  const blocks: ImportedBlock[] = [];
  let inline = "";
  const flush = () => {
    if (inline.trim() !== "") blocks.push({ kind: "paragraph", text: inline });
    inline = "";
  };
  const visit = (node: HtmlNode) => {
    if (isText(node)) {
      inline += node.data;
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (HTML_SKIPPED.has(name) || isReferenceMarker(node)) return;
    if (name === "br") {
      inline += " ";
      return;
    }
    if (HTML_HEADINGS.has(name) || HTML_PARAGRAPHS.has(name)) {
      flush();
      const hasBlocks = node.children.some(
        (child) =>
          isElement(child) &&
          (HTML_PARAGRAPHS.has(child.name) || HTML_BLOCKS.has(child.name)),
      );
      if (hasBlocks) node.children.forEach(visit);
      else
        blocks.push({
          kind: HTML_HEADINGS.has(name) ? "heading" : "paragraph",
          text: textOf(node),
        });
      flush();
      return;
    }
    if (HTML_BLOCKS.has(name)) {
      flush();
      node.children.forEach(visit);
      flush();
      return;
    }
    node.children.forEach(visit);
  };
  articleRoot(document).forEach(visit);
  flush();
  return blocks;
}

/** The one <article> (or <main>) of a web page when there is one; else the whole document. */
function articleRoot(document: ReturnType<typeof parseDocument>): HtmlNode[] {
  for (const name of ["article", "main"]) {
    const found = DomUtils.getElementsByTagName(name, document);
    if (found.length === 1 && found[0] !== undefined) return found[0].children;
  }
  return document.children;
}

/** Footnote references ("<sup>[2]</sup>") and Word's footnote list are not article text. */
function isReferenceMarker(node: HtmlNode): boolean {
  if (!isElement(node)) return false;
  if (node.name === "sup")
    return /^\s*\[?\s*\d{1,3}\s*\]?\s*$/.test(DomUtils.textContent(node));
  return /^(?:footnote|endnote)-/.test(node.attribs.id ?? "");
}

/** The text of a node as a reader sees it, without skipped elements and reference markers. */
function textOf(node: HtmlNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node)) return "";
  if (HTML_SKIPPED.has(node.name) || isReferenceMarker(node)) return "";
  if (node.name === "br") return " ";
  return node.children.map(textOf).join("");
}
