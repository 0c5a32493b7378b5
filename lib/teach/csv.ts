// CSV export for spreadsheet programs (Excel, LibreOffice Calc, Numbers). Framework-free.
//
// * Dialect by locale: German regional settings expect `;` between fields and a decimal comma
//   ("1,5"); English ones expect `,` and a decimal point ("1.5").
// * The text starts with a UTF-8 byte order mark, otherwise Excel reads the file as Windows-1252 and
//   garbles umlauts; records end with CRLF (RFC 4180). Fields holding the delimiter, a quote, CR or LF
//   are quoted, quotes inside doubled (done by csv-stringify).
// * CSV/formula injection (OWASP "CSV Injection"): a STRING cell starting with = + - @ TAB or CR gets a
//   leading apostrophe, so the spreadsheet shows it as text instead of evaluating it. Cells of type
//   number are never altered: −3 stays "-3". Consequently, pass numbers as numbers (rounded as wanted),
//   not as pre-formatted strings — the string "-3,5" would be shown as '-3,5.
import { stringify } from "csv-stringify/sync";

export type CsvLocale = "de" | "en";
export type CsvCell = string | number | boolean | null | undefined;
export type CsvDialect = { delimiter: ";" | ","; decimal: "," | "." };

const BOM = "\uFEFF";
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** Field delimiter and decimal separator that spreadsheet programs expect for the locale. */
export function csvDialect(locale: CsvLocale): CsvDialect {
  return locale === "de"
    ? { delimiter: ";", decimal: "," }
    : { delimiter: ",", decimal: "." };
}

/** Fixed-digit number with the locale's decimal separator, no thousands separator; '' for null or non-finite. */
export function formatCsvNumber(
  value: number | null,
  locale: CsvLocale,
  fractionDigits = 1,
): string {
  if (value === null || !Number.isFinite(value)) return "";
  let text = value.toFixed(fractionDigits);
  // -0.04 rounds to "-0.0": drop the sign of a zero.
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  return text.replace(".", csvDialect(locale).decimal);
}

/** A number cell: shortest round-trip form with the locale's decimal separator. */
function numberCell(value: number, decimal: "," | "."): string {
  if (!Number.isFinite(value)) return "";
  return String(value).replace(".", decimal);
}

/** A string cell, defused against formula injection. */
function stringCell(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]!)
    ? `'${value}`
    : value;
}

/**
 * The CSV text (header + rows) for the locale: BOM, CRLF, quoting as needed, formula-injection guard.
 * null/undefined → empty field; booleans → 1/0; numbers use the locale's decimal separator.
 */
export function toCsv(
  header: string[],
  rows: CsvCell[][],
  locale: CsvLocale,
): string {
  const { delimiter, decimal } = csvDialect(locale);
  const body = stringify([header, ...rows], {
    delimiter,
    record_delimiter: "\r\n",
    // Must be explicit: with a custom record_delimiter csv-stringify would no longer quote lone CR/LF.
    quote_record_delimiter: true,
    quote: '"',
    escape: '"',
    bom: false,
    cast: {
      string: (value) => stringCell(value),
      number: (value) => numberCell(value, decimal),
      boolean: (value) => (value ? "1" : "0"),
    },
  });
  return BOM + body;
}

const GERMAN_LETTERS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ẞ: "SS",
};
const MAX_BASE_LENGTH = 120;

/** One part of a file name: German letters transliterated, other accents dropped, the rest → '-'. */
function slug(part: string): string {
  return part
    .replace(/[äöüßÄÖÜẞ]/g, (letter) => GERMAN_LETTERS[letter]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
}

/**
 * A safe ASCII file name: slugged non-empty parts joined with '_', then `.extension`; 'export' as
 * the base when nothing is left. downloadFileName(["Klasse 7b", "Noten"], "xlsx") = "klasse-7b_noten.xlsx".
 */
export function downloadFileName(
  parts: readonly string[],
  extension: string,
): string {
  const base = parts
    .map(slug)
    .filter((part) => part !== "")
    .join("_")
    .slice(0, MAX_BASE_LENGTH)
    .replace(/[-_]+$/, "");
  return `${base || "export"}.${extension}`;
}

/**
 * A safe ASCII file name ending in '.csv' (downloadFileName).
 * Takes an array or the parts as arguments: csvFileName(['Klasse 7b', 'Noten']) = csvFileName('Klasse 7b', 'Noten').
 */
export function csvFileName(...parts: (string | string[])[]): string {
  return downloadFileName(parts.flat(), "csv");
}
