// questions:export — writes an article's questions (its whole bank, or one of its quizzes) in one
// language as Moodle XML, GIFT, an Anki package (.apkg) or Anki text file, Quizlet text, a Kahoot
// spreadsheet or a printable worksheet PDF, and lists what the format could not carry as it is.
// The teacher's set page downloads the same files (lib/exchange/set-export.ts).
//
//   npx tsx scripts/questions-export.ts --article <id> [--quiz <id>]
//     --format moodle|gift|anki|anki-text|quizlet|kahoot|pdf --lang de|en --out <file>
//     [--word-banks multianswer|gapselect] [--content <folder>]
//
// Exit code 0 when the file was written, 1 when the article or quiz does not exist, 2 on wrong
// usage.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { loadContentPack } from "../lib/content/load";
import { languageSchema } from "../lib/content/content-schema";
import {
  describeSkipReason,
  type ExportsTranslator,
} from "../lib/exchange/exports-common";
import { exportSet, SET_EXPORT_FORMATS } from "../lib/exchange/set-export";
import { loadGlossary } from "../lib/reader/glossary";
import de from "../messages/de.json";
import en from "../messages/en.json";

export type Output = {
  out: (line: string) => void;
  err: (line: string) => void;
};

const USAGE =
  "Usage: npm run questions:export -- --article <id> [--quiz <id>] --format moodle|gift|anki|anki-text|quizlet|kahoot|pdf --lang de|en --out <file> [--word-banks multianswer|gapselect]";

const optionsSchema = z.object({
  article: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "an article id (lowercase slug)"),
  quiz: z.string().optional(),
  format: z.enum(SET_EXPORT_FORMATS),
  lang: languageSchema,
  out: z.string().min(1),
  "word-banks": z.enum(["multianswer", "gapselect"]).default("multianswer"),
  content: z.string().default("content"),
});

export async function runExport(
  argv: readonly string[],
  io: Output,
): Promise<number> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        article: { type: "string" },
        quiz: { type: "string" },
        format: { type: "string" },
        lang: { type: "string" },
        out: { type: "string" },
        "word-banks": { type: "string" },
        content: { type: "string" },
      },
      strict: true,
    }).values;
  } catch (error) {
    io.err(
      `${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    return 2;
  }
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    io.err(
      `${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n")}\n${USAGE}`,
    );
    return 2;
  }
  const options = parsed.data;

  const folder = path.resolve(options.content, options.article);
  let pack;
  let glossary;
  try {
    pack = loadContentPack(folder);
    glossary = loadGlossary(folder);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  let set;
  if (options.quiz) {
    const quiz = pack.quizzes.find((q) => q.id === options.quiz);
    if (!quiz) {
      io.err(
        `Article ${options.article} has no quiz "${options.quiz}" (quizzes: ${pack.quizzes.map((q) => q.id).join(", ")})`,
      );
      return 1;
    }
    set = {
      title: quiz.title[options.lang],
      idnumber: quiz.id,
      questionIds: quiz.questionIds,
    };
  }

  const t: ExportsTranslator = createTranslator({
    locale: options.lang,
    messages: options.lang === "de" ? de : en,
    namespace: "Exports",
  });
  const exported = await exportSet({
    pack,
    glossary,
    format: options.format,
    language: options.lang,
    t,
    now: new Date(),
    wordBanks: options["word-banks"],
    ...(set ? { set } : {}),
  });
  writeFileSync(options.out, exported.data);
  const count = set ? set.questionIds.length : pack.questions.length;
  io.out(
    `Wrote ${options.out}: ${count} questions of ${options.article} as ${options.format} (${options.lang}).`,
  );
  for (const note of exported.notes) io.out(`  ${note}`);
  if (exported.skipped.length > 0)
    io.out(`  Left out (${exported.skipped.length}):`);
  for (const item of exported.skipped)
    io.out(`    ${item.id}: ${describeSkipReason(t, item.reason)}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await runExport(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
