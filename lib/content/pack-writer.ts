// Writes a content pack folder (or a draft of one) as a whole or not at all: every file goes into
// a staging folder beside the target, which is renamed into place at the end, so a failure leaves
// no half-written pack behind. Shared by the commands that write packs (questions:import,
// article:import).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

export type PackFile =
  | { name: string; json: unknown }
  | { name: string; text: string }
  | { name: string; copyFrom: string };

/** Why `out` cannot take a new pack (it exists and holds files); undefined when it can. */
export function outFolderProblem(out: string): string | undefined {
  return existsSync(out) && readdirSync(out).length > 0
    ? `${out} exists and is not empty; choose a new folder.`
    : undefined;
}

export function writePackFolder(out: string, files: readonly PackFile[]): void {
  const target = path.resolve(out);
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    for (const file of files) {
      const to = path.join(staging, file.name);
      if ("copyFrom" in file) copyFileSync(file.copyFrom, to);
      else
        writeFileSync(
          to,
          "json" in file
            ? `${JSON.stringify(file.json, null, 2)}\n`
            : file.text,
          "utf8",
        );
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
