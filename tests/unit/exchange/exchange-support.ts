// Shared by the exchange tests: the seed pack, Moodle's and the GIFT grammar's fixture files
// (third-party files kept beside the repository, never copied into it), and a view of a
// question in one language that says what an exchange file can carry.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadContentPack } from "@/lib/content/load";
import type { Language, Question } from "@/lib/content/schema";
import {
  exportQuestions,
  type QuestionExport,
} from "@/lib/exchange/exchange-export";
import {
  importQuestions,
  type QuestionImport,
} from "@/lib/exchange/exchange-import";
import type { ExchangeFormat } from "@/lib/exchange/exchange-model";
import { normalizeAnswerText } from "@/lib/grading/normalize";

export const seedPack = loadContentPack();

const exports = new Map<string, QuestionExport>();
const imports = new Map<string, Extract<QuestionImport, { ok: true }>>();

/** The whole seed bank exported once per format, language and word-bank form (per test file). */
export function seedExport(
  format: ExchangeFormat,
  language: Language,
  wordBanks: "multianswer" | "gapselect" = "multianswer",
): QuestionExport {
  const key = `${format}:${language}:${wordBanks}`;
  let exported = exports.get(key);
  if (!exported) {
    exported = exportQuestions(seedPack, { format, language, wordBanks });
    exports.set(key, exported);
  }
  return exported;
}

/** A file imported with the seed article chosen, once per text; an import error fails the test. */
export function importedWithSeed(
  text: string,
): Extract<QuestionImport, { ok: true }> {
  let imported = imports.get(text);
  if (!imported) {
    const result = importQuestions(text, { pack: seedPack });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    imported = result;
    imports.set(text, imported);
  }
  return imported;
}

const SHARED = path.resolve(process.cwd(), "..", "shared", "fixtures");
export const MOODLE_FIXTURES = path.join(SHARED, "moodle");
export const GIFT_FIXTURES = path.join(SHARED, "gift-grammar");

export function moodleFixture(name: string): string {
  return readFileSync(path.join(MOODLE_FIXTURES, name), "utf8");
}

export function fixtureNames(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/**
 * What an exchange file in `language` carries of a question: everything a learner sees and is
 * graded on in that language (a figure's qualifier too, which our grading reads), with option ids replaced by their texts (files have no ids).
 * Right-hand matching items are a set (Moodle shuffles them and lists them by pair); ordering
 * items are their correct order (the order they are shown in is a shuffle). A word-bank gap
 * carries the accepted answers a learner can pick, those in the bank.
 */
export function carried(question: Question, language: Language): unknown {
  const base = {
    type: question.type,
    sentenceIds: question.sentenceIds,
    factIds: question.factIds,
    difficulty: question.difficulty,
    prompt: question.prompt[language],
    explanation: question.explanation[language],
  };
  const textOf = (
    options: { id: string; text: Record<Language, string> }[],
    id: string,
  ) => options.find((o) => o.id === id)?.text[language];
  switch (question.type) {
    case "single":
      return {
        ...base,
        options: question.options.map((o) => o.text[language]),
        correct: textOf(question.options, question.correct),
      };
    case "multiple":
      return {
        ...base,
        options: question.options.map((o) => o.text[language]),
        correct: question.options
          .filter((o) => question.correct.includes(o.id))
          .map((o) => o.text[language]),
      };
    case "truefalse":
      return { ...base, correct: question.correct };
    case "numeric":
      return {
        ...base,
        correct: question.correct,
        tolerance: question.tolerance,
        unit: question.unit?.[language],
        qualifier: question.qualifier ?? "none",
      };
    case "short":
      return {
        ...base,
        accepted: question.accepted[language],
        typoTolerance: question.typoTolerance,
      };
    case "cloze": {
      const bank = question.wordBank?.map(normalizeAnswerText);
      return {
        ...base,
        text: question.text,
        gaps: question.gaps.map((g) =>
          bank
            ? g.accepted.filter((a) => bank.includes(normalizeAnswerText(a)))
            : g.accepted,
        ),
        wordBank: question.wordBank,
      };
    }
    case "matching":
      return {
        ...base,
        left: question.left.map((l) => l.text[language]),
        right: question.right.map((r) => r.text[language]).sort(),
        pairs: Object.entries(question.correct)
          .map(([l, r]) => [
            textOf(question.left, l),
            textOf(question.right, r),
          ])
          .sort(),
      };
    case "ordering":
      return {
        ...base,
        order: question.correct.map((id) => textOf(question.items, id)),
        items: question.items.map((i) => i.text[language]).sort(),
      };
  }
}
