// questions:export and questions:import as a teacher or the lead would run them (in-process: a
// tsx child process costs seconds): the files they write, what they print, and their exit codes
// for a refused file and wrong usage.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentPackSchema } from "@/lib/content/content-schema";
import { runExport } from "@/scripts/questions-export";
import { runImport } from "@/scripts/questions-import";
import { MOODLE_FIXTURES, seedPack } from "./exchange-support";

const scratch = mkdtempSync(path.join(tmpdir(), "questions-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const at = (name: string) => path.join(scratch, name);

async function run(
  command: typeof runExport | typeof runImport,
  args: string[],
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("questions:export", () => {
  it("writes the article's bank as Moodle XML and a quiz as GIFT, and lists the notes", async () => {
    const xml = await run(runExport, [
      "--article",
      seedPack.article.id,
      "--format",
      "moodle",
      "--lang",
      "de",
      "--out",
      at("bank.xml"),
    ]);
    expect(xml.code).toBe(0);
    expect(readFileSync(at("bank.xml"), "utf8")).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/,
    );
    expect(xml.out).toContain(`${seedPack.questions.length} questions`);

    const quiz = seedPack.quizzes[1]!;
    const gift = await run(runExport, [
      "--article",
      seedPack.article.id,
      "--quiz",
      quiz.id,
      "--format",
      "gift",
      "--lang",
      "en",
      "--out",
      at("quiz.gift"),
    ]);
    expect(gift.code).toBe(0);
    expect(readFileSync(at("quiz.gift"), "utf8")).toContain(
      `$CATEGORY: $course$/top/${seedPack.article.title.en}/${quiz.title.en}`,
    );
    expect(gift.out).toContain(`${quiz.questionIds.length} questions`);
  });

  it("writes a quiz in every other format: Anki, Quizlet, Kahoot and the worksheet PDF", async () => {
    const quiz = seedPack.quizzes[0]!;
    const magic: Record<string, string> = {
      anki: "PK", // an .apkg is a zip file
      kahoot: "PK", // so is an .xlsx
      pdf: "%PDF-",
    };
    for (const format of ["anki", "anki-text", "quizlet", "kahoot", "pdf"]) {
      const out = at(`quiz.${format}`);
      const result = await run(runExport, [
        "--article",
        seedPack.article.id,
        "--quiz",
        quiz.id,
        "--format",
        format,
        "--lang",
        "en",
        "--out",
        out,
      ]);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain(`as ${format} (en)`);
      const head = readFileSync(out).subarray(0, 5).toString("latin1");
      if (magic[format]) expect(head.startsWith(magic[format])).toBe(true);
      else expect(readFileSync(out, "utf8")).toMatch(/^#separator:|\t/);
    }
    // Kahoot has no ordering or matching questions: the command names what it left out.
    const kahoot = await run(runExport, [
      "--article",
      seedPack.article.id,
      "--format",
      "kahoot",
      "--lang",
      "de",
      "--out",
      at("bank.xlsx"),
    ]);
    expect(kahoot.out).toMatch(/Left out \(\d+\):/);
    expect(kahoot.out).toContain("Kahoot hat keinen passenden Fragetyp.");
  });

  it("refuses an unknown article or quiz (1) and wrong usage (2), writing nothing", async () => {
    expect(
      (
        await run(runExport, [
          "--article",
          "no-such-article",
          "--format",
          "gift",
          "--lang",
          "de",
          "--out",
          at("x.gift"),
        ])
      ).code,
    ).toBe(1);
    expect(
      (
        await run(runExport, [
          "--article",
          seedPack.article.id,
          "--quiz",
          "nope",
          "--format",
          "gift",
          "--lang",
          "de",
          "--out",
          at("x.gift"),
        ])
      ).code,
    ).toBe(1);
    expect(
      (
        await run(runExport, [
          "--article",
          seedPack.article.id,
          "--format",
          "qti",
          "--lang",
          "de",
          "--out",
          at("x.gift"),
        ])
      ).code,
    ).toBe(2);
    expect(
      (
        await run(runExport, [
          "--article",
          "../etc",
          "--format",
          "gift",
          "--lang",
          "de",
          "--out",
          at("x.gift"),
        ])
      ).code,
    ).toBe(2);
    expect(
      (
        await run(runExport, [
          "--article",
          seedPack.article.id,
          "--format",
          "gift",
          "--lang",
          "fr",
          "--out",
          at("x.gift"),
        ])
      ).code,
    ).toBe(2);
    expect(existsSync(at("x.gift"))).toBe(false);
  });
});

describe("questions:import", () => {
  it("writes a draft pack that is a content pack of the chosen article, and reports in the chosen language", async () => {
    await run(runExport, [
      "--article",
      seedPack.article.id,
      "--format",
      "moodle",
      "--lang",
      "de",
      "--out",
      at("for-import.xml"),
    ]);
    const result = await run(runImport, [
      at("for-import.xml"),
      "--article",
      seedPack.article.id,
      "--out",
      at("drafts"),
      "--messages",
      "de",
    ]);
    expect(result.code).toBe(0);
    expect(readdirSync(at("drafts")).sort()).toEqual([
      "article.json",
      "facts.json",
      "import-report.json",
      "questions.json",
      "quizzes.json",
    ]);
    const read = (name: string) =>
      JSON.parse(
        readFileSync(path.join(at("drafts"), `${name}.json`), "utf8"),
      ) as unknown;
    contentPackSchema.parse({
      article: read("article"),
      facts: read("facts"),
      questions: read("questions"),
      quizzes: read("quizzes"),
    });
    expect(result.out).toContain(
      `${seedPack.questions.length} Fragen importiert`,
    );
    expect(result.out).toContain("verknüpft über die Schlagwörter der Frage");
    const report = read("import-report") as {
      format: string;
      language: string;
      drafts: unknown[];
    };
    expect([report.format, report.language, report.drafts.length]).toEqual([
      "moodle",
      "de",
      seedPack.questions.length,
    ]);
  });

  it("refuses a broken file with each error's line and element, and writes nothing", async () => {
    const result = await run(runImport, [
      path.join(
        MOODLE_FIXTURES,
        "question__format__xml__tests__fixtures__broken_cloze_questions.xml",
      ),
      "--out",
      at("broken"),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      "line 40, element quiz/question[3]/questiontext: A gap with a drop-down list needs at least two choices",
    );
    expect(existsSync(at("broken"))).toBe(false);
    expect(readdirSync(scratch).some((f) => f.includes(".partial-"))).toBe(
      false,
    );
  });

  it("will not write into a folder that holds files, and needs exactly one file", async () => {
    writeFileSync(at("taken.txt"), "x");
    const gift = path.join(
      MOODLE_FIXTURES,
      "question__format__gift__tests__fixtures__questions.gift.txt",
    );
    expect((await run(runImport, [gift, "--out", scratch])).code).toBe(2);
    expect((await run(runImport, ["--out", at("none")])).code).toBe(2);
    expect((await run(runImport, [gift, gift, "--out", at("none")])).code).toBe(
      2,
    );
  });
});
