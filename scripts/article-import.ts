// article:import — turns a German article (plain text) and, optionally, its English translation
// into a draft content pack folder: article.json, glossary.json, facts.json, questions.json,
// quizzes.json, the source texts, and draft.json listing what a person must still do
// (docs/content-pack.md). Check the result with article:check.
//
//   npm run article:import -- <german.txt> [--en <english.txt>] --out <folder>
//     [--id <article id>] [--lexicon <pack folder>]
//
// --id is the article's id (default: the German file's name as a slug); --lexicon a content pack
// whose glossary's glosses seed the drafts (default: an empty lexicon). Bad input is refused with
// a message naming the file (and line) and exit code 2, and nothing is written; the pack is
// written to a staging folder and renamed into place at the end. Exit code 1 when the draft the
// import made fails its own schema (a bug worth reporting), 0 when the pack was written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { readContentJson } from "../lib/content/content-files";
import {
  DRAFT_FILE,
  draftManifestSchema,
  type DraftManifest,
} from "../lib/content/draft-schema";
import { outFolderProblem, writePackFolder } from "../lib/content/pack-writer";
import { glossarySchema } from "../lib/reader/glossary-schema";
import {
  ArticleImportError,
  draftArticle,
  slugOf,
  type ArticleDraft,
  type ArticleSource,
} from "../lib/studio/article-draft";
import { lexiconOf, type Lexicon } from "../lib/studio/glossary-draft";
import { decodeText } from "../lib/studio/import-text";

const USAGE =
  "Usage: npm run article:import -- <german.txt> [--en <english.txt>] --out <folder> [--id <article id>] [--lexicon <pack folder>]";

export type Output = {
  out: (line: string) => void;
  err: (line: string) => void;
};

const optionsSchema = z.object({
  file: z.string().min(1),
  en: z.string().min(1).optional(),
  out: z.string().min(1, "is required"),
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "an article id (lowercase slug)")
    .optional(),
  lexicon: z.string().min(1).optional(),
});

export function runArticleImport(argv: readonly string[], io: Output): number {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        en: { type: "string" },
        out: { type: "string" },
        id: { type: "string" },
        lexicon: { type: "string" },
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
    out: "",
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
  const outProblem = outFolderProblem(options.out);
  if (outProblem) {
    io.err(`${outProblem}\n${USAGE}`);
    return 2;
  }

  let draft: ArticleDraft;
  let german: ArticleSource;
  let english: ArticleSource | undefined;
  try {
    german = readSource(options.file);
    english = options.en ? readSource(options.en) : undefined;
    const lexicon = options.lexicon ? readLexicon(options.lexicon) : new Map();
    draft = draftArticle({
      id: options.id ?? articleIdOf(options.file),
      german,
      ...(english ? { english } : {}),
      lexicon,
    });
  } catch (error) {
    if (error instanceof ArticleImportError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof z.ZodError) {
      // The import made something its own draft schema refuses: not the input's fault.
      io.err(
        `The draft made from ${options.file} does not match the draft schema:\n${error.issues
          .map((i) => `  - ${i.path.join(".")}: ${i.message}`)
          .join("\n")}`,
      );
      return 1;
    }
    throw error;
  }

  const manifest: DraftManifest = draftManifestSchema.parse({
    status: "draft",
    createdBy: "article:import",
    sources: {
      de: path.basename(options.file),
      ...(options.en ? { en: path.basename(options.en) } : {}),
    },
    open: draft.open,
  });
  writePackFolder(options.out, [
    { name: "article.json", json: draft.pack.article },
    { name: "glossary.json", json: draft.glossary },
    { name: "facts.json", json: draft.pack.facts },
    { name: "questions.json", json: draft.pack.questions },
    { name: "quizzes.json", json: draft.pack.quizzes },
    { name: DRAFT_FILE, json: manifest },
    { name: "source.de.txt", text: german.text },
    ...(english ? [{ name: "source.en.txt", text: english.text }] : []),
  ]);

  for (const line of summaryLines(draft, options.file, options.out))
    io.out(line);
  return 0;
}

/** What the import prints: counts a teacher can check against the text, then the next step. */
export function summaryLines(
  { summary, open }: ArticleDraft,
  file: string,
  out: string,
): string[] {
  const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
  const hedged = Object.values(summary.hedges).reduce((a, b) => a + b, 0);
  const questionCount = Object.values(summary.questions).reduce(
    (a, b) => a + b,
    0,
  );
  const { glossary } = summary;
  return [
    `${file} → ${out} (draft)`,
    `Title: ${summary.title.de ? "yes" : "missing"}; English title: ${summary.title.en ? "yes" : "missing"}`,
    `Sentences: ${summary.sentences} in ${summary.paragraphs} paragraphs and ${summary.sections} sections`,
    summary.english
      ? `English: ${summary.english.aligned} of ${summary.sentences} sentences aligned, ${summary.english.toCheck} to check`
      : "English: none given (--en); every sentence needs its translation",
    `Glossary: ${glossary.tokens} tokens, ${glossary.resolved} analysed from data and rules (${percent(glossary.resolvedShare)}), ${glossary.glossed} glossed (${percent(glossary.glossedShare)})`,
    `Hedges: ${hedged} of ${summary.sentences} sentences hedged (${Object.entries(
      summary.hedges,
    )
      .map(([kind, n]) => `${kind} ${n}`)
      .join(", ")})`,
    `Question drafts: ${questionCount} (${Object.entries(summary.questions)
      .map(([type, n]) => `${type} ${n}`)
      .join(", ")}); quizzes: ${summary.quizzes}`,
    `Open items: ${open.length} (listed in ${path.join(out, DRAFT_FILE)})`,
    `Next: npm run article:check -- ${out}`,
  ];
}

function readSource(file: string): ArticleSource {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleImportError(
      file,
      undefined,
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a folder, not a text file"
          : `cannot be read (${code ?? String(error)})`,
    );
  }
  // The studio's decoding: a file saved as "ANSI" on Windows is read as Windows-1252.
  return { name: path.basename(file), text: decodeText(bytes) };
}

function readLexicon(folder: string): Lexicon {
  let raw: unknown;
  try {
    raw = readContentJson(folder, "glossary.json");
  } catch (error) {
    throw new ArticleImportError(
      path.join(folder, "glossary.json"),
      undefined,
      `cannot be read as a lexicon: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const glossary = glossarySchema.safeParse(raw);
  if (!glossary.success)
    throw new ArticleImportError(
      path.join(folder, "glossary.json"),
      undefined,
      `is not a published glossary: ${glossary.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ")}`,
    );
  return lexiconOf([glossary.data]);
}

function articleIdOf(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/u, "");
  return slugOf(base) || "article";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = runArticleImport(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
