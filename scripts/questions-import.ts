// questions:import — reads a Moodle XML or GIFT file and writes its questions as a draft pack:
// questions.json (drafts in the content pack's question shape), quizzes.json (one per category)
// and import-report.json (what was skipped, converted, linked or needs the teacher). With
// --article, the drafts are linked to that article's sentences and the folder also holds its
// article.json and facts.json, so it is a content pack that article:check can read.
//
//   npx tsx scripts/questions-import.ts <file> [--article <id>] --out <folder>
//     [--lang de|en] [--format moodle|gift] [--messages de|en] [--content <folder>]
//
// --lang is the file's language (read from its tags or guessed when not given); --messages the
// language of what this prints. A file that cannot be read is refused as a whole: nothing is
// written, and the errors say where. Exit code 0 when the drafts were written, 1 when the file
// was refused or cannot be read, 2 on wrong usage (also when --out exists and is not empty).
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { IntlMessageFormat } from "intl-messageformat";
import { z } from "zod";
import { loadContentPack } from "../lib/content/load";
import { outFolderProblem, writePackFolder } from "../lib/content/pack-writer";
import {
  languageSchema,
  type ContentPack,
  type Language,
} from "../lib/content/schema";
import { importQuestions } from "../lib/exchange/exchange-import";
import {
  EXCHANGE_FORMATS,
  EXCHANGE_LIMITS,
  type ExchangeError,
  type ExchangeLocation,
  type ImportNote,
} from "../lib/exchange/exchange-model";
import type { Output } from "./questions-export";

const USAGE =
  "Usage: npm run questions:import -- <file> [--article <id>] --out <folder> [--lang de|en] [--format moodle|gift] [--messages de|en]";

const optionsSchema = z.object({
  file: z.string().min(1),
  article: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "an article id (lowercase slug)")
    .optional(),
  out: z.string().min(1),
  lang: languageSchema.optional(),
  format: z.enum(EXCHANGE_FORMATS).optional(),
  messages: languageSchema.default("en"),
  content: z.string().default("content"),
});

export function runImport(argv: readonly string[], io: Output): number {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        article: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        format: { type: "string" },
        messages: { type: "string" },
        content: { type: "string" },
      },
      strict: true,
    });
  } catch (error) {
    io.err(
      `${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    return 2;
  }
  if (parsedArgs.positionals.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const parsed = optionsSchema.safeParse({
    ...parsedArgs.values,
    file: parsedArgs.positionals[0],
  });
  if (!parsed.success) {
    io.err(
      `${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n${USAGE}`,
    );
    return 2;
  }
  const options = parsed.data;
  const out = path.resolve(options.out);
  const outProblem = outFolderProblem(options.out);
  if (outProblem) {
    io.err(`${outProblem}\n${USAGE}`);
    return 2;
  }
  const t = translator(options.messages);

  let source: string;
  try {
    source = readFileSync(options.file, "utf8");
  } catch (error) {
    io.err(
      `${options.file}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  let pack: ContentPack | undefined;
  let packDir: string | undefined;
  if (options.article) {
    packDir = path.resolve(options.content, options.article);
    try {
      pack = loadContentPack(packDir);
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
      return 1;
    }
  }

  const result = importQuestions(source, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.lang ? { language: options.lang } : {}),
    ...(pack ? { pack } : {}),
  });
  if (!result.ok) {
    io.err(`${options.file}:`);
    for (const error of result.errors) io.err(`  ${describeError(error, t)}`);
    return 1;
  }

  writePackFolder(out, [
    { name: "questions.json", json: result.questions },
    { name: "quizzes.json", json: result.quizzes },
    {
      name: "import-report.json",
      json: {
        file: path.basename(options.file),
        format: result.format,
        ...result.report,
      },
    },
    ...(packDir
      ? ["article.json", "facts.json"].map((name) => ({
          name,
          copyFrom: path.join(packDir, name),
        }))
      : []),
  ]);

  const { report } = result;
  io.out(`${options.file} → ${options.out}`);
  io.out(t("report.imported", { count: result.questions.length }));
  if (report.skipped.length > 0)
    io.out(t("report.skipped", { count: report.skipped.length }));
  io.out(t("report.untranslated", { language: report.untranslated }));
  if (!pack) io.out(t("report.noArticle"));
  for (const skipped of report.skipped)
    io.out(
      `  ✗ ${skipped.name} (${skipped.moodleType}, ${where(skipped.where, t)}): ${notes(skipped.notes, t)}`,
    );
  for (const draft of report.drafts) {
    const link = pack
      ? `, ${t("report.linkedBy", { method: draft.link })}`
      : "";
    const sentences =
      draft.sentenceIds.length > 0 ? ` [${draft.sentenceIds.join(", ")}]` : "";
    const detail = draft.notes.length > 0 ? `: ${notes(draft.notes, t)}` : "";
    io.out(`  ${draft.draftId} ${draft.name}${link}${sentences}${detail}`);
  }
  return 0;
}

type Translate = (
  key: string,
  values?: Record<string, string | number>,
) => string;

/** Formats the Exchange messages of messages/<lang>.json as the app does (ICU). */
function translator(language: Language): Translate {
  const file = path.join(
    import.meta.dirname,
    "..",
    "messages",
    `${language}.json`,
  );
  const messages = (
    JSON.parse(readFileSync(file, "utf8")) as { Exchange: unknown }
  ).Exchange;
  return (key, values = {}) => {
    const message = key
      .split(".")
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown>)?.[part],
        messages,
      );
    if (typeof message !== "string") return key;
    return String(new IntlMessageFormat(message, language).format(values));
  };
}

function where(location: ExchangeLocation, t: Translate): string {
  if (location.line !== undefined && location.element)
    return t("location.lineAndElement", {
      line: location.line,
      element: location.element,
    });
  if (location.line !== undefined)
    return t("location.line", { line: location.line });
  if (location.element)
    return t("location.element", { element: location.element });
  return "";
}

function describeError(error: ExchangeError, t: Translate): string {
  const message = t(`errors.${error.code}`, {
    detail: error.detail,
    ...EXCHANGE_LIMITS,
  });
  const at = where(error, t);
  return at ? `${at}: ${message}` : message;
}

function notes(list: readonly ImportNote[], t: Translate): string {
  return list.map((n) => t(`notes.${n.code}`, n.values)).join(" ");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = runImport(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
