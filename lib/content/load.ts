// Reads a content pack from its four JSON files, parses it with the schema and refuses it
// when the schema or the cross-reference checks find anything wrong.
import { existsSync } from "node:fs";
import path from "node:path";
import { DRAFT_FILE } from "./draft-schema";
import type { Article, ContentPack } from "./content-schema";
import { articleSchema, contentPackSchema } from "./content-schema";
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

/**
 * A pack's article alone, for readers that need no facts or questions (the glossary): the same
 * file, schema and error report as loadContentPack.
 */
export function loadArticle(dir: string = contentPackDir()): Article {
  const parsed = articleSchema.safeParse(
    readContentJson(dir, PACK_FILES.article),
  );
  if (!parsed.success)
    throw new Error(
      describeProblems(
        `Content pack ${dir}`,
        `${PACK_FILES.article} does not match the article schema`,
        parsed.error.issues.map(
          (issue) => `${formatIssuePath(issue.path)}: ${issue.message}`,
        ),
      ),
    );
  return parsed.data;
}

export function loadContentPack(dir: string = contentPackDir()): ContentPack {
  // A draft (article:import) may already match the published schema; only a person may publish it.
  if (existsSync(path.join(dir, DRAFT_FILE)))
    throw new Error(
      `Content pack ${dir} is a draft (it has ${DRAFT_FILE}); finish its open items (npm run article:check) and remove ${DRAFT_FILE} to publish it.`,
    );
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

/** A pack folder with its glossary, as publishArticlePack takes it (checked there). */
export function loadPublishedPack(
  dir: string,
): ContentPack & { glossary: unknown } {
  return {
    ...loadContentPack(dir),
    glossary: readContentJson(dir, "glossary.json"),
  };
}

let defaultPack: ContentPack | undefined;

/** The default pack, loaded and checked once per process. */
export function getContentPack(): ContentPack {
  defaultPack ??= loadContentPack();
  return defaultPack;
}
