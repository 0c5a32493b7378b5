// article:check — validates a content pack folder the way the app loads it (zod schema and the
// cross-reference checks of lib/content/validate.ts), then runs the hedge lint over its facts and
// questions and the give-away check over every quiz in both languages. Prints a report and exits
// non-zero when anything is wrong.
//
//   npx tsx scripts/article-check.ts content/<article>
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  describeProblems,
  formatIssuePath,
  readContentJson,
} from "../lib/content/content-files";
import { contentPackSchema } from "../lib/content/schema";
import { findGiveaways } from "../lib/content/giveaways";
import { findContentProblems } from "../lib/content/validate";
import { lintPack } from "../lib/studio/hedge-lint";

const PACK_FILES = ["article", "facts", "questions", "quizzes"] as const;

export type PackCheck = { ok: boolean; report: string };

export function checkPackFolder(dir: string): PackCheck {
  const lines = [`Checking content pack ${dir}`];
  const raw: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const name of PACK_FILES) {
    try {
      raw[name] = readContentJson(dir, `${name}.json`);
    } catch (error) {
      unreadable.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (unreadable.length > 0) {
    lines.push(describeProblems("Files:", "cannot be read", unreadable));
    return { ok: false, report: lines.join("\n") };
  }

  const parsed = contentPackSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${formatIssuePath(issue.path)}: ${issue.message}`,
    );
    lines.push(describeProblems("Schema:", "does not match", issues));
    return { ok: false, report: lines.join("\n") };
  }
  lines.push("Schema: ok");

  const pack = parsed.data;
  const problems = findContentProblems(pack);
  lines.push(
    problems.length === 0
      ? "Cross-references: ok"
      : describeProblems("Cross-references:", "are inconsistent", problems),
  );

  const warnings = lintPack(pack).map((w) => `${w.where}: ${w.message}`);
  lines.push(
    warnings.length === 0
      ? `Hedge lint: ok (${pack.facts.length} facts, ${pack.questions.length} questions)`
      : describeProblems("Hedge lint:", "finds dropped hedges", warnings),
  );

  // A quiz must not let an earlier question give a later one's answer away (decision 020).
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const giveaways = pack.quizzes.flatMap((quiz) =>
    (["de", "en"] as const).flatMap((language) =>
      findGiveaways(
        quiz.questionIds.flatMap((id) => byId.get(id) ?? []),
        language,
        { feedback: quiz.feedbackMode },
      ).map(
        (g) =>
          `quiz ${quiz.id} (${language}): ${g.earlierId} gives away ${g.laterId} by its ${g.via}: ${g.words.join(", ")}`,
      ),
    ),
  );
  lines.push(
    giveaways.length === 0
      ? `Give-aways: ok (${pack.quizzes.length} quizzes)`
      : describeProblems("Give-aways:", "give answers away", giveaways),
  );

  const total = problems.length + warnings.length + giveaways.length;
  lines.push(
    total === 0 ? "OK" : `FAILED: ${total} problem${total === 1 ? "" : "s"}`,
  );
  return { ok: total === 0, report: lines.join("\n") };
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
