// The answer hints under each question (messages Quiz.hint.*) are the same for every question of a
// type, so they must never contain an answer: every hint in both languages against every key of
// the content pack, numbers compared as numbers in any spelling.
import { describe, expect, it } from "vitest";
import { loadContentPack } from "@/lib/content/load";
import type { Language, Question } from "@/lib/content/schema";
import { normalizeAnswerText } from "@/lib/grading/normalize";
import { parseNumberAnswer } from "@/lib/grading/numbers";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

const LANGS: readonly Language[] = ["de", "en"];
const HINTS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  de: de.Quiz.hint,
  en: en.Quiz.hint,
};
const LOCALES: Readonly<Record<Language, string>> = {
  de: "de-DE",
  en: "en-GB",
};
const pack = loadContentPack();

/** Every number a text states, in digits or words, read in either quiz language. */
function numbersIn(text: string): number[] {
  const digits = text.match(/\d+(?:[.,'\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g);
  // "eine Zahl" is no figure.
  const words = normalizeAnswerText(text)
    .split(" ")
    .filter((word) => !/^ein(e[mnrs]?)?$/.test(word));
  const candidates = [...(digits ?? []), ...words];
  return candidates.flatMap((candidate) =>
    LANGS.flatMap((lang) => {
      const value = parseNumberAnswer(candidate, lang);
      return value === null ? [] : [value];
    }),
  );
}

/** The texts that answer a question: accepted answers, gap answers and correct options. */
function keyTexts(question: Question): string[] {
  switch (question.type) {
    case "short":
      return [...question.accepted.de, ...question.accepted.en];
    case "cloze":
      return question.gaps.flatMap((gap) => gap.accepted);
    case "single":
    case "multiple": {
      const correct = [question.correct].flat();
      return question.options
        .filter((o) => correct.includes(o.id))
        .flatMap((o) => [o.text.de, o.text.en]);
    }
    default:
      return [];
  }
}

const numericKeys = pack.questions.flatMap((q) =>
  q.type === "numeric" ? [[q.id, q.correct] as const] : [],
);

describe("answer hints", () => {
  it("exist for every question type in both languages", () => {
    for (const lang of LANGS)
      for (const type of new Set(pack.questions.map((q) => q.type)))
        expect(HINTS[lang][type], `${lang} ${type}`).toBeTruthy();
  });

  describe.each(LANGS)("%s", (lang) => {
    it.each(Object.entries(HINTS[lang]))(
      "Quiz.hint.%s states no numeric key of any question",
      (_type, hint) => {
        const stated = numbersIn(hint);
        for (const [id, key] of numericKeys)
          expect(stated, `${id}: ${key}`).not.toContain(key);
      },
    );

    it.each(Object.entries(HINTS[lang]))(
      "Quiz.hint.%s contains no accepted answer or correct option of any question",
      (_type, hint) => {
        const words = ` ${normalizeAnswerText(hint)} `;
        for (const question of pack.questions)
          for (const key of keyTexts(question)) {
            const normalized = normalizeAnswerText(key);
            if (normalized === "") continue;
            expect(words, `${question.id}: ${key}`).not.toContain(
              ` ${normalized} `,
            );
          }
      },
    );

    it("writes the numeric hint's figures as the interface language groups digits", () => {
      const grouped = HINTS[lang].numeric?.match(/\d{1,3}(?:[.,]\d{3})+/g);
      expect(grouped?.length, "an example with digit grouping").toBeGreaterThan(
        0,
      );
      for (const figure of grouped ?? []) {
        const value = Number(figure.replace(/\D/g, ""));
        expect(figure).toBe(new Intl.NumberFormat(LOCALES[lang]).format(value));
      }
    });

    it("gives numeric examples a learner can type in either quiz language", () => {
      const examples =
        HINTS[lang].numeric?.match(/\d+(?:[.,]\d{3})*(?:[.,]\d+)?/g) ?? [];
      expect(examples.length).toBeGreaterThan(0);
      const values = new Set(examples.map((e) => parseNumberAnswer(e, "de")));
      for (const example of examples)
        for (const quizLang of LANGS)
          expect(
            values.has(parseNumberAnswer(example, quizLang)),
            `${example} in a ${quizLang} quiz`,
          ).toBe(true);
    });
  });
});
