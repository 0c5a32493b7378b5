// Reads a content pack from its four JSON files, parses it with the schema and refuses it
// when the schema or the cross-reference checks find anything wrong.
import type { ContentPack } from "./schema";
import { contentPackSchema } from "./schema";
import {
  contentPackDir,
  describeProblems,
  formatIssuePath,
  readContentJson,
} from "./content-files";
import { findContentProblems } from "./validate";

const PACK_FILES = {
  article: "article.json",
  facts: "facts.json",
  questions: "questions.json",
  quizzes: "quizzes.json",
} as const;

export function loadContentPack(dir: string = contentPackDir()): ContentPack {
  const raw = {
    article: readContentJson(dir, PACK_FILES.article),
    facts: readContentJson(dir, PACK_FILES.facts),
    questions: readContentJson(dir, PACK_FILES.questions),
    quizzes: readContentJson(dir, PACK_FILES.quizzes),
  };

  const parsed = contentPackSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${formatIssuePath(issue.path)}: ${issue.message}`,
    );
    throw new Error(
      describeProblems(
        `Content pack ${dir}`,
        "does not match the content schema",
        issues,
      ),
    );
  }

  const problems = findContentProblems(parsed.data);
  if (problems.length > 0)
    throw new Error(
      describeProblems(`Content pack ${dir}`, "is inconsistent", problems),
    );
  return parsed.data;
}

let defaultPack: ContentPack | undefined;

/** The default pack, loaded and checked once per process. */
export function getContentPack(): ContentPack {
  defaultPack ??= loadContentPack();
  return defaultPack;
}
