// questions:export — writes an article's questions (its whole bank, or one of its quizzes) as
// Moodle XML or GIFT in one language, and lists what the format could not carry as it is.
//
//   npx tsx scripts/questions-export.ts --article <id> [--quiz <id>] --format moodle|gift
//     --lang de|en --out <file> [--word-banks multianswer|gapselect] [--content <folder>]
//
// Exit code 0 when the file was written, 1 when the article or quiz does not exist, 2 on wrong
// usage.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadContentPack } from "../lib/content/load";
import { languageSchema } from "../lib/content/schema";
import { exportQuestions } from "../lib/exchange/exchange-export";
import { EXCHANGE_FORMATS } from "../lib/exchange/exchange-model";

export type Output = {
  out: (line: string) => void;
  err: (line: string) => void;
};

const USAGE =
  "Usage: npm run questions:export -- --article <id> [--quiz <id>] --format moodle|gift --lang de|en --out <file> [--word-banks multianswer|gapselect]";

const optionsSchema = z.object({
  article: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "an article id (lowercase slug)"),
  quiz: z.string().optional(),
  format: z.enum(EXCHANGE_FORMATS),
  lang: languageSchema,
  out: z.string().min(1),
  "word-banks": z.enum(["multianswer", "gapselect"]).default("multianswer"),
  content: z.string().default("content"),
});

export function runExport(argv: readonly string[], io: Output): number {
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

  let pack;
  try {
    pack = loadContentPack(path.resolve(options.content, options.article));
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

  const exported = exportQuestions(pack, {
    format: options.format,
    language: options.lang,
    wordBanks: options["word-banks"],
    ...(set ? { set } : {}),
  });
  writeFileSync(options.out, exported.text, "utf8");
  const count = set ? set.questionIds.length : pack.questions.length;
  io.out(
    `Wrote ${options.out}: ${count} questions of ${options.article} as ${options.format} (${options.lang}).`,
  );
  for (const note of exported.notes) io.out(`  ${note}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = runExport(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
