// article:check — validates a content pack folder the way the app loads it (zod schema and the
// cross-reference checks of lib/content/validate.ts), then runs the hedge lint over its facts and
// questions and the give-away check over every quiz in both languages. Prints a report and exits
// non-zero when anything is wrong. A draft (a folder with draft.json, as article:import writes it)
// is read with the draft schemas (lib/content/draft-schema.ts), its open items are listed, and it
// always fails: it is not publishable until they are done and draft.json is removed.
//
//   npx tsx scripts/article-check.ts content/<article>
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  describeProblems,
  formatIssuePath,
  readContentJson,
} from "../lib/content/content-files";
import {
  DRAFT_FILE,
  draftContentPackSchema,
  draftGlossarySchema,
  draftManifestSchema,
} from "../lib/content/draft-schema";
import { contentPackSchema } from "../lib/content/content-schema";
import { findQuizGiveaways } from "../lib/content/published-pack-schema";
import { findContentProblems } from "../lib/content/validate";
import { hedgeWarningLine, lintPack } from "../lib/studio/hedge-lint";

const PACK_FILES = ["article", "facts", "questions", "quizzes"] as const;

export type PackCheck = { ok: boolean; draft: boolean; report: string };

export function checkPackFolder(dir: string): PackCheck {
  const draft = existsSync(path.join(dir, DRAFT_FILE));
  const lines = [`Checking ${draft ? "draft " : ""}content pack ${dir}`];
  const raw: Record<string, unknown> = {};
  const unreadable: string[] = [];
  const files = draft
    ? [...PACK_FILES, "glossary", DRAFT_FILE.replace(/\.json$/, "")]
    : PACK_FILES;
  for (const name of files) {
    try {
      raw[name] = readContentJson(dir, `${name}.json`);
    } catch (error) {
      unreadable.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (unreadable.length > 0) {
    lines.push(describeProblems("Files:", "cannot be read", unreadable));
    return { ok: false, draft, report: lines.join("\n") };
  }

  const { glossary, draft: manifest, ...packFiles } = raw;
  const parsed = (draft ? draftContentPackSchema : contentPackSchema).safeParse(
    packFiles,
  );
  const draftParts = draft
    ? {
        glossary: draftGlossarySchema.safeParse(glossary),
        manifest: draftManifestSchema.safeParse(manifest),
      }
    : undefined;
  const issues = [
    ...(parsed.error?.issues ?? []),
    ...(draftParts?.glossary.error?.issues ?? []).map((issue) => ({
      ...issue,
      path: ["glossary", ...issue.path],
    })),
    ...(draftParts?.manifest.error?.issues ?? []).map((issue) => ({
      ...issue,
      path: ["draft", ...issue.path],
    })),
  ].map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const schemaName = draft ? "Draft schema:" : "Schema:";
  if (!parsed.success || issues.length > 0) {
    lines.push(describeProblems(schemaName, "does not match", issues));
    return { ok: false, draft, report: lines.join("\n") };
  }
  lines.push(`${schemaName} ok`);
  const open = draftParts?.manifest.data?.open ?? [];
  if (draft)
    lines.push(
      open.length === 0
        ? `Open items (${DRAFT_FILE}): none`
        : [
            `Open items (${DRAFT_FILE}): ${open.length}`,
            ...open.map((item) => `  - ${item}`),
          ].join("\n"),
    );

  const pack = parsed.data;
  const problems = findContentProblems(pack);
  lines.push(
    problems.length === 0
      ? "Cross-references: ok"
      : describeProblems("Cross-references:", "are inconsistent", problems),
  );

  const warnings = lintPack(pack).map(
    (w) => `${w.where}: ${hedgeWarningLine(w)}`,
  );
  lines.push(
    warnings.length === 0
      ? `Hedge lint: ok (${pack.facts.length} facts, ${pack.questions.length} questions)`
      : describeProblems("Hedge lint:", "finds dropped hedges", warnings),
  );

  const giveaways = findQuizGiveaways(pack);
  lines.push(
    giveaways.length === 0
      ? `Give-aways: ok (${pack.quizzes.length} quizzes)`
      : describeProblems("Give-aways:", "give answers away", giveaways),
  );

  const total = problems.length + warnings.length + giveaways.length;
  const problemCount = `${total} problem${total === 1 ? "" : "s"}`;
  if (draft) {
    lines.push(
      `DRAFT: not publishable; ${problemCount} and ${open.length} open item${open.length === 1 ? "" : "s"} left, then remove ${DRAFT_FILE}`,
    );
    return { ok: false, draft, report: lines.join("\n") };
  }
  lines.push(total === 0 ? "OK" : `FAILED: ${problemCount}`);
  return { ok: total === 0, draft, report: lines.join("\n") };
}

function main(argv: readonly string[]): number {
  const folder = argv[0];
  if (!folder || argv.length > 1) {
    console.error("Usage: npm run article:check -- <content pack folder>");
    return 2;
  }
  const { ok, report } = checkPackFolder(path.resolve(folder));
  (ok ? console.log : console.error)(report);
  return ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = main(process.argv.slice(2));
}
