// Import of a question file (Moodle XML or GIFT) as drafts: read the file, refuse it as a whole
// with located errors when it cannot be read, otherwise map its questions to drafts and report
// what was skipped, converted or needs the teacher.
import type { ContentPack, Language } from "@/lib/content/schema";
import { readGift } from "./gift-import";
import type { ExchangeError, ExchangeFormat } from "./exchange-model";
import { readMoodleXml } from "./moodle-xml-import";
import { draftsOf, type DraftImport } from "./question-mapping-import";

export type QuestionImport =
  | ({ ok: true; format: ExchangeFormat } & DraftImport)
  | { ok: false; format: ExchangeFormat | null; errors: ExchangeError[] };

export type QuestionImportOptions = {
  /** The file's format; by default Moodle XML when it starts with "<", GIFT otherwise. */
  format?: ExchangeFormat;
  language?: Language;
  pack?: ContentPack;
};

export function importQuestions(
  source: string,
  options: QuestionImportOptions = {},
): QuestionImport {
  const format = options.format ?? formatOf(source);
  if (!format)
    return {
      ok: false,
      format: null,
      errors: [{ code: "unknownFormat", detail: source.slice(0, 40) }],
    };
  const read = format === "moodle" ? readMoodleXml(source) : readGift(source);
  if (!read.ok) return { ok: false, format, errors: read.errors };
  return {
    ok: true,
    format,
    ...draftsOf(read.file, { language: options.language, pack: options.pack }),
  };
}

/** Moodle XML starts with "<"; GIFT is text. A file with NUL bytes is neither (e.g. a .docx). */
export function formatOf(source: string): ExchangeFormat | null {
  if (source.includes("\u0000")) return null;
  return source
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("<")
    ? "moodle"
    : "gift";
}
