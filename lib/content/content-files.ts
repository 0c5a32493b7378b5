// Reading content JSON files and reporting what is wrong with them, shared by every content loader.
// The folder under content/ comes in as a parameter, which Turbopack cannot scope: the calls that
// take it carry Turbopack's documented ignore comment so the build does not trace the whole project
// (content/ is traced by next.config.ts's outputFileTracingIncludes).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DRAFT_FILE } from "./draft-schema";

/** The folders under `root` that hold an article.json, drafts included, in name order. */
function packFolders(root: string): string[] {
  return readdirSync(/*turbopackIgnore: true*/ root, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory()
        ? path.join(/*turbopackIgnore: true*/ root, entry.name)
        : null,
    )
    .filter(
      (dir): dir is string =>
        dir !== null &&
        existsSync(path.join(/*turbopackIgnore: true*/ dir, "article.json")),
    )
    .sort();
}

/**
 * The content pack's folder: the one folder under content/ that holds an article.json (the seed),
 * for what reads that pack itself rather than the library in the database. No article id is
 * written into code; more than one pack is refused here with a clear error.
 */
export function contentPackDir(
  root: string = path.join(process.cwd(), "content"),
): string {
  const packs = packFolders(root);
  if (packs.length !== 1)
    throw new Error(
      `Expected exactly one content pack (a folder with article.json) in ${root}, found ${packs.length}.`,
    );
  return packs[0]!;
}

/**
 * The installation's pack folders under content/ (each a folder with article.json), in name order,
 * without drafts (a folder with draft.json is not publishable, decision 032).
 */
export function contentPackDirs(
  root: string = path.join(process.cwd(), "content"),
): string[] {
  return packFolders(root).filter(
    (dir) => !existsSync(path.join(/*turbopackIgnore: true*/ dir, DRAFT_FILE)),
  );
}

export function readContentJson(dir: string, file: string): unknown {
  const filePath = path.join(dir, file);
  try {
    return JSON.parse(readFileSync(filePath, "utf8")) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Content file ${filePath} cannot be read: ${reason}`);
  }
}

/** ["questions", 3, "options", 1, "id"] → "questions[3].options[1].id" */
export function formatIssuePath(segments: readonly PropertyKey[]): string {
  if (segments.length === 0) return "(root)";
  return segments
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      return index === 0 ? String(segment) : `.${String(segment)}`;
    })
    .join("");
}

/** One error message listing every problem, e.g. "Content pack content/x is inconsistent (2 problems): …". */
export function describeProblems(
  subject: string,
  what: string,
  problems: readonly string[],
): string {
  const count = `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
  return [
    `${subject} ${what} (${count}):`,
    ...problems.map((p) => `  - ${p}`),
  ].join("\n");
}
