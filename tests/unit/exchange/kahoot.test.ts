// The Kahoot spreadsheet read back with exceljs, cell by cell where Kahoot's importer reads them.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/content-schema";
import { numberedSentences } from "@/lib/exchange/exports-common";
import {
  KAHOOT_ANSWER_MAX,
  KAHOOT_HEADER,
  KAHOOT_HEADER_ROW,
  KAHOOT_QUESTION_MAX,
  KAHOOT_TIME_LIMITS,
  kahootRows,
  kahootWorkbook,
} from "@/lib/exchange/kahoot";
import { exportsTranslator, pack } from "../../support/exports";

const t = exportsTranslator("de");
const exported = kahootRows(pack.questions, pack, "de", t);

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer-like "Buffer"; a copy of the bytes is one.
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

const text = (value: ExcelJS.CellValue) =>
  value === null || value === undefined ? "" : String(value);

describe("Kahoot rows", () => {
  it("keep every question within Kahoot's limits, with two to four answers and a correct one", () => {
    expect(exported.rows.length).toBeGreaterThan(0);
    for (const row of exported.rows) {
      expect([...row.question].length).toBeLessThanOrEqual(KAHOOT_QUESTION_MAX);
      expect(row.answers.length).toBeGreaterThanOrEqual(2);
      expect(row.answers.length).toBeLessThanOrEqual(4);
      for (const answer of row.answers)
        expect([...answer].length).toBeLessThanOrEqual(KAHOOT_ANSWER_MAX);
      expect(row.correct.length).toBeGreaterThanOrEqual(1);
      for (const n of row.correct)
        expect(row.answers[n - 1], row.questionId).toBeDefined();
      expect(KAHOOT_TIME_LIMITS).toContain(row.timeLimit);
    }
  });

  it("mark exactly the correct options as correct", () => {
    for (const row of exported.rows) {
      const question = pack.questions.find((q) => q.id === row.questionId)!;
      const correct = row.correct.map((n) => row.answers[n - 1]);
      if (question.type === "single")
        expect(correct).toEqual([
          question.options.find((o) => o.id === question.correct)!.text.de,
        ]);
      else if (question.type === "multiple")
        expect(correct.sort()).toEqual(
          question.options
            .filter((o) => question.correct.includes(o.id))
            .map((o) => o.text.de)
            .sort(),
        );
      else if (question.type === "truefalse")
        expect(correct).toEqual([question.correct ? "Richtig" : "Falsch"]);
      else throw new Error(`${question.type} should have been skipped`);
    }
  });

  it("do not always put the correct answer first", () => {
    const choiceRows = exported.rows.filter((r) => r.answers.length > 2);
    expect(new Set(choiceRows.map((r) => r.correct[0])).size).toBeGreaterThan(
      1,
    );
  });

  it("report every question left out, with the reason", () => {
    const exportedIds = exported.rows.map((r) => r.questionId);
    const skippedIds = exported.skipped.map((s) => s.id);
    expect([...exportedIds, ...skippedIds].sort()).toEqual(
      pack.questions.map((q) => q.id).sort(),
    );
    for (const { id, reason } of exported.skipped) {
      const question = pack.questions.find((q) => q.id === id)!;
      const length = [...question.prompt.de].length;
      if (length > KAHOOT_QUESTION_MAX)
        expect(reason).toEqual({
          code: "question-too-long",
          length,
          max: KAHOOT_QUESTION_MAX,
        });
      else if (!["single", "multiple", "truefalse"].includes(question.type))
        expect(reason).toEqual({
          code: "type-not-supported",
          format: "Kahoot",
        });
      else expect(reason.code).toBe("answer-too-long");
    }
  });

  it("pass over a distractor that is too long and keep the question", () => {
    const question: Question = {
      id: "q900",
      type: "single",
      sentenceIds: ["s01"],
      factIds: [],
      difficulty: 1,
      prompt: { de: "Wer?", en: "Who?" },
      explanation: { de: "Weil.", en: "Because." },
      options: [
        { id: "a", text: { de: "Kim Jong-un", en: "Kim Jong-un" } },
        { id: "b", text: { de: "x".repeat(80), en: "x" } },
        { id: "c", text: { de: "Seth Jones", en: "Seth Jones" } },
      ],
      correct: "a",
    };
    const { rows, skipped } = kahootRows([question], pack, "de", t);
    expect(skipped).toEqual([]);
    expect(rows[0]!.answers.sort()).toEqual(["Kim Jong-un", "Seth Jones"]);
    const tooLong = { ...question, correct: "b" };
    expect(kahootRows([tooLong], pack, "de", t).skipped).toEqual([
      {
        id: "q900",
        reason: { code: "answer-too-long", length: 80, max: KAHOOT_ANSWER_MAX },
      },
    ]);
  });
});

describe("the Kahoot spreadsheet", () => {
  it("has Kahoot's template header and one row per question on its first sheet", async () => {
    const workbook = await readBack(
      await kahootWorkbook(exported.rows, pack, "de", t),
    );
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(KAHOOT_HEADER_ROW);
    expect(
      KAHOOT_HEADER.map((_, i) => text(header.getCell(i + 2).value)),
    ).toEqual([...KAHOOT_HEADER]);
    exported.rows.forEach((row, i) => {
      const cells = sheet.getRow(KAHOOT_HEADER_ROW + 1 + i);
      expect(cells.getCell(1).value).toBe(i + 1);
      expect(text(cells.getCell(2).value)).toBe(row.question);
      expect([3, 4, 5, 6].map((c) => text(cells.getCell(c).value))).toEqual(
        [0, 1, 2, 3].map((a) => row.answers[a] ?? ""),
      );
      expect(cells.getCell(7).value).toBe(row.timeLimit);
      expect(text(cells.getCell(8).value)).toBe(row.correct.join(","));
    });
    expect(
      text(
        sheet.getRow(KAHOOT_HEADER_ROW + 1 + exported.rows.length).getCell(2)
          .value,
      ),
    ).toBe("");
  });

  it("lists each question's German source sentences and their translation on the second sheet", async () => {
    const workbook = await readBack(
      await kahootWorkbook(exported.rows, pack, "de", t),
    );
    const sources = workbook.worksheets[1]!;
    expect(sources.name).toBe("Quellsätze");
    expect(text(workbook.worksheets[0]!.getCell("B4").value)).toContain(
      "„Quellsätze“",
    );
    const sentences = numberedSentences(pack.article);
    exported.rows.forEach((row, i) => {
      const cells = sources.getRow(i + 2);
      expect(cells.getCell(1).value).toBe(i + 1);
      expect(text(cells.getCell(2).value)).toBe(row.question);
      const question = pack.questions.find((q) => q.id === row.questionId)!;
      for (const id of question.sentenceIds) {
        expect(text(cells.getCell(4).value)).toContain(sentences.get(id)!.de);
        expect(text(cells.getCell(5).value)).toContain(sentences.get(id)!.en);
      }
    });
  });

  it("is written in English for an English export", async () => {
    const en = exportsTranslator("en");
    const english = kahootRows(pack.questions, pack, "en", en);
    const workbook = await readBack(
      await kahootWorkbook(english.rows, pack, "en", en),
    );
    expect(workbook.worksheets[1]!.name).toBe("Source sentences");
    const first = workbook.worksheets[0]!.getRow(KAHOOT_HEADER_ROW + 1);
    expect(text(first.getCell(2).value)).toBe(
      pack.questions.find((q) => q.id === english.rows[0]!.questionId)!.prompt
        .en,
    );
    const trueFalse = english.rows.find((r) => r.answers.length === 2)!;
    expect(trueFalse.answers).toEqual(["True", "False"]);
  });
});
