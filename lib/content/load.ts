// Reads a content pack from its four JSON files, parses it with the schema and refuses it
// when the schema or the cross-reference checks find anything wrong.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentPack } from './schema';
import { contentPackSchema } from './schema';
import { findContentProblems } from './validate';

const PACK_FILES = {
  article: 'article.json',
  facts: 'facts.json',
  questions: 'questions.json',
  quizzes: 'quizzes.json',
} as const;

export function loadContentPack(
  dir: string = path.join(process.cwd(), 'content', 'nordkorea-russland'),
): ContentPack {
  const raw = {
    article: readJson(dir, PACK_FILES.article),
    facts: readJson(dir, PACK_FILES.facts),
    questions: readJson(dir, PACK_FILES.questions),
    quizzes: readJson(dir, PACK_FILES.quizzes),
  };

  const parsed = contentPackSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(describeFailure(dir, 'does not match the content schema', issues));
  }

  const problems = findContentProblems(parsed.data);
  if (problems.length > 0) throw new Error(describeFailure(dir, 'is inconsistent', problems));
  return parsed.data;
}

let defaultPack: ContentPack | undefined;

/** The default pack, loaded and checked once per process. */
export function getContentPack(): ContentPack {
  defaultPack ??= loadContentPack();
  return defaultPack;
}

function readJson(dir: string, file: string): unknown {
  const filePath = path.join(dir, file);
  try {
    return JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Content pack file ${filePath} cannot be read: ${reason}`);
  }
}

/** ["questions", 3, "options", 1, "id"] → "questions[3].options[1].id" */
function formatPath(segments: readonly PropertyKey[]): string {
  if (segments.length === 0) return '(root)';
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      return index === 0 ? String(segment) : `.${String(segment)}`;
    })
    .join('');
}

function describeFailure(dir: string, what: string, problems: readonly string[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [`Content pack ${dir} ${what} (${count}):`, ...problems.map((p) => `  - ${p}`)].join('\n');
}
