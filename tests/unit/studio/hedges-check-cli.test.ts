// article:check on the seed pack (passes) and on broken copies in a temp dir (fails, and says why).
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkPackFolder } from "@/scripts/article-check";

const seed = path.join(process.cwd(), "content", "nordkorea-russland");
const scratch = mkdtempSync(path.join(tmpdir(), "article-check-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the seed pack's four files, changed by `edit` (file name → parsed JSON). */
function brokenCopy(
  name: string,
  edit: (files: Record<string, unknown>) => void,
): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const files: Record<string, unknown> = {};
  for (const file of ["article", "facts", "questions", "quizzes"]) {
    files[file] = JSON.parse(
      readFileSync(path.join(seed, `${file}.json`), "utf8"),
    );
  }
  edit(files);
  for (const [file, data] of Object.entries(files))
    writeFileSync(path.join(dir, `${file}.json`), JSON.stringify(data));
  return dir;
}

function runCli(dir: string) {
  const tsx = path.join(
    process.cwd(),
    "node_modules",
    "tsx",
    "dist",
    "cli.mjs",
  );
  return spawnSync(process.execPath, [tsx, "scripts/article-check.ts", dir], {
    encoding: "utf8",
  });
}

type QuestionJson = {
  id: string;
  prompt: { de: string; en: string };
  sentenceIds: string[];
};

/** A child process with tsx compiling on a busy 2-core machine takes seconds. */
const CLI_TIMEOUT = 60_000;

describe("article:check", () => {
  it(
    "passes the seed pack and exits 0",
    () => {
      const run = runCli(seed);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain("Hedge lint: ok");
      expect(run.stdout.trim().endsWith("OK")).toBe(true);
    },
    CLI_TIMEOUT,
  );

  it(
    "fails a copy whose numeric question drops the estimate, and exits 1",
    () => {
      const dir = brokenCopy("dropped-hedge", (files) => {
        const question = (files.questions as QuestionJson[]).find(
          (q) => q.id === "q009",
        );
        if (!question) throw new Error("q009 is missing");
        question.prompt = {
          de: "Wie hoch waren die Verluste in Prozent?",
          en: "What percentage were the losses?",
        };
      });
      const run = runCli(dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("Hedge lint: finds dropped hedges");
      expect(run.stderr).toContain(
        "question q009 (numeric): de: drops the qualifier „bis zu“ of 50 that s04 carries",
      );
      // validate.ts says the same in its own words
      expect(run.stderr).toContain(
        "question q009 (numeric): does not keep the hedge of fact f08 in de",
      );
      expect(run.stderr).toMatch(/FAILED: \d+ problems/);
    },
    CLI_TIMEOUT,
  );

  it("reports a question citing a sentence that does not exist", () => {
    const dir = brokenCopy("unknown-sentence", (files) => {
      (files.questions as QuestionJson[])[0]?.sentenceIds.push("s99");
    });
    const check = checkPackFolder(dir);
    expect(check.ok).toBe(false);
    expect(check.report).toContain("Cross-references: are inconsistent");
    expect(check.report).toContain(
      "question q001 (single): unknown sentence s99",
    );
  });

  it("reports a quiz in which an earlier question gives a later one's answer away", () => {
    // q002's answer, shown as feedback, holds the words q003 asks for.
    const dir = brokenCopy("giveaway", (files) => {
      const quizzes = files.quizzes as {
        id: string;
        questionIds: string[];
        feedbackMode: string;
      }[];
      const quiz = quizzes.find((q) => q.feedbackMode === "immediate")!;
      quiz.questionIds = ["q002", "q003"];
    });
    const check = checkPackFolder(dir);
    expect(check.ok).toBe(false);
    expect(check.report).toContain("Give-aways: give answers away");
    expect(check.report).toMatch(/q002 gives away q003 by its answer/);
  });

  it("reports where a pack breaks the schema", () => {
    const dir = brokenCopy("schema", (files) => {
      const question = (files.questions as QuestionJson[])[2];
      if (question) question.id = "question-3";
    });
    const check = checkPackFolder(dir);
    expect(check.ok).toBe(false);
    expect(check.report).toContain("Schema: does not match");
    expect(check.report).toContain("questions[2].id");
  });

  it("reports a file that is not JSON", () => {
    const dir = path.join(scratch, "not-json");
    mkdirSync(dir, { recursive: true });
    for (const file of ["article", "facts", "questions", "quizzes"]) {
      copyFileSync(
        path.join(seed, `${file}.json`),
        path.join(dir, `${file}.json`),
      );
    }
    writeFileSync(path.join(dir, "facts.json"), "{ not json");
    const check = checkPackFolder(dir);
    expect(check.ok).toBe(false);
    expect(check.report).toContain("facts.json cannot be read");
  });
});
