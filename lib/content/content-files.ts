// Reading content JSON files and reporting what is wrong with them, shared by every content loader.
import { readFileSync } from "node:fs";
import path from "node:path";

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
