// Runs the real content pack (content/nordkorea-russland) through the presentation layer and the
// grading engine. Skipped only while lib/content/load.ts does not exist.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ContentPack, Language, Question } from "@/lib/content/schema";
import {
  describeCorrectAnswer,
  describeGivenAnswer,
} from "@/lib/grading/describe-answer";
import { gradeAnswer, type ResolvedAnswer } from "@/lib/grading/grade";
import { publicId, toPublicQuestion } from "@/lib/quiz/present";
import { resolveAnswer } from "@/lib/quiz/resolve-answer";
import { authoredIds, correctPublicAnswer } from "@/tests/support/answers";

const LOADER_FILE = fileURLToPath(
  new URL("../../../lib/content/load.ts", import.meta.url),
);
const LOADER_MODULE = "@/lib/content/load";
const LANGS: readonly Language[] = ["de", "en"];
const FORBIDDEN_KEYS = [
  "correct",
  "accepted",
  "explanation",
  "sentenceIds",
  "factIds",
  "tolerance",
  "difficulty",
  "typoTolerance",
  "gaps",
];

async function loadPack(): Promise<ContentPack> {
  const loader = (await import(/* @vite-ignore */ LOADER_MODULE)) as {
    getContentPack?: () => ContentPack;
  };
  if (typeof loader.getContentPack !== "function")
    throw new Error("lib/content/load.ts does not export getContentPack");
  return loader.getContentPack();
}

function walk(
  value: unknown,
  visit: (key: string, value: unknown) => void,
): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      visit(k, v);
      walk(v, visit);
    }
  }
}

describe.skipIf(!existsSync(LOADER_FILE))("the real content pack", async () => {
  const pack = await loadPack();

  describe.each(pack.questions.map((q) => [q.id, q.type, q] as const))(
    "%s (%s)",
    (_id, _type, q) => {
      it.each(LANGS)(
        "public form (%s) leaks no key, no authored id, no internal field",
        (lang) => {
          const pq = toPublicQuestion(q, lang);
          const authored = new Set(authoredIds(q));
          walk(JSON.parse(JSON.stringify(pq)), (key, value) => {
            expect(FORBIDDEN_KEYS, `key "${key}"`).not.toContain(key);
            if (key === "id" && value !== q.id) {
              expect(value).toMatch(/^[a-f0-9]{10}$/);
              expect(authored.has(value as string)).toBe(false);
            }
          });
          expect(JSON.stringify(pq)).not.toContain(q.explanation[lang]);
          if (pq.type === "ordering" && q.type === "ordering") {
            expect(pq.items.map((i) => i.id)).not.toEqual(
              q.correct.map((id) => publicId(q.id, id)),
            );
          }
        },
      );

      it.each(LANGS)("the correct answer grades as correct (%s)", (lang) => {
        const solution = describeCorrectAnswer(q);
        let resolved: ResolvedAnswer | null;
        switch (q.type) {
          case "numeric":
          case "short":
            // The solution text shown to learners must itself be accepted when typed back in.
            resolved = { type: q.type, text: solution[lang] };
            break;
          case "cloze":
            resolved = {
              type: "cloze",
              gaps: q.gaps.map((g) => g.accepted[0]!),
            };
            break;
          default: {
            resolved = resolveAnswer(q, correctPublicAnswer(q));
            expect(resolved).not.toBeNull();
            expect(describeGivenAnswer(q, resolved!)).toEqual(solution);
          }
        }
        expect(
          gradeAnswer(q, resolved!, lang),
          `${q.id}: ${solution[lang]}`,
        ).toEqual({ score: 1, correct: true });
      });

      if (q.type === "numeric") {
        it("the figure with the article's own qualifier grades as correct, the opposite one as wrong", () => {
          const opposite: Record<string, readonly string[]> = {
            atMost: ["mehr als", "mindestens", "at least", "over"],
            moreThan: ["bis zu", "knapp", "almost", "up to"],
            none: ["mehr als", "fast", "more than", "nearly"],
          };
          const own: Record<string, readonly string[]> = {
            atMost: ["bis zu", "höchstens", "up to", "at most"],
            moreThan: ["über", "mehr als", "more than", "over"],
            none: ["", "etwa", "about"],
          };
          const qualifier = q.qualifier ?? "none";
          expect(Object.keys(own), q.id).toContain(qualifier);
          for (const lang of LANGS) {
            const figure = describeCorrectAnswer(q)[lang];
            for (const word of own[qualifier]!) {
              const text = `${word} ${figure}`.trim();
              expect(
                gradeAnswer(q, { type: "numeric", text }, lang).correct,
                text,
              ).toBe(true);
            }
            for (const word of opposite[qualifier]!) {
              const text = `${word} ${figure}`;
              expect(
                gradeAnswer(q, { type: "numeric", text }, lang).correct,
                text,
              ).toBe(false);
            }
          }
        });
      }

      if (q.type === "short") {
        it("every accepted answer grades as correct in both quiz languages", () => {
          for (const lang of LANGS) {
            for (const text of [...q.accepted.de, ...q.accepted.en]) {
              expect(
                gradeAnswer(q, { type: "short", text }, lang).correct,
                `${lang}: ${text}`,
              ).toBe(true);
            }
          }
        });
      }

      if (q.type === "cloze") {
        it("every accepted gap answer grades as correct", () => {
          q.gaps.forEach((gap, index) => {
            for (const text of gap.accepted) {
              const gaps = q.gaps.map((g, i) =>
                i === index ? text : g.accepted[0]!,
              );
              expect(
                gradeAnswer(q, { type: "cloze", gaps }, "de").correct,
                text,
              ).toBe(true);
            }
          });
        });
      }

      if (q.type === "multiple") {
        it("selecting every option earns nothing", () => {
          const all: ResolvedAnswer = {
            type: "multiple",
            optionIds: q.options.map((o) => o.id),
          };
          expect(gradeAnswer(q, all, "de").score).toBe(0);
        });
      }
    },
  );
});

describe.skipIf(!existsSync(LOADER_FILE))(
  "the real content pack accepts the equivalent answers learners gave",
  async () => {
    const pack = await loadPack();

    /** The one question of `type` whose key satisfies `has`. */
    function questionWith<T extends Question["type"]>(
      type: T,
      has: (q: Extract<Question, { type: T }>) => boolean,
    ): Extract<Question, { type: T }> {
      const found = pack.questions
        .filter((q): q is Extract<Question, { type: T }> => q.type === type)
        .filter(has);
      expect(found, type).toHaveLength(1);
      return found[0]!;
    }
    const shortAnswering = (answer: string) =>
      questionWith("short", (q) => q.accepted.de[0] === answer);
    const gapAnswering = (answer: string) => {
      const q = questionWith("cloze", (c) =>
        c.gaps.some((g) => g.accepted[0] === answer),
      );
      return { q, index: q.gaps.findIndex((g) => g.accepted[0] === answer) };
    };

    it.each([
      ["Kursk", "Gebiet Kursk"],
      ["Kursk", "in Kursk"],
      ["Kursk", "Kursk province"],
      ["Kursk", "Provinz Kursk"],
      ["Kursk", "Kursker Gebiet"],
      ["Wolodymyr Selenskyj", "Selenski"],
      ["Wolodymyr Selenskyj", "Zelenskyj"],
      ["Wolodymyr Selenskyj", "Wolodymyr Selenski"],
      ["Wolodymyr Selenskyj", "Volodymyr Zelenskyj"],
      ["KCNA", "Koreanische Zentrale Nachrichtenagentur"],
      ["KCNA", "K.C.N.A."],
    ])("short answer %s: %j", (answer, text) => {
      const q = shortAnswering(answer);
      for (const lang of LANGS)
        expect(gradeAnswer(q, { type: "short", text }, lang).correct).toBe(
          true,
        );
    });

    it.each([
      ["möglicherweise", "vielleicht"],
      ["möglicherweise", "eventuell"],
      ["uneinig", "uneins"],
      ["befürchten", "fürchten"],
      ["glorifiziert", "verherrlicht"],
      ["kürzlich", "neulich"],
      ["kürzlich", "vor Kurzem"],
    ])("cloze gap %s: %j", (answer, text) => {
      const { q, index } = gapAnswering(answer);
      const gaps = q.gaps.map((g, i) => (i === index ? text : g.accepted[0]!));
      expect(gradeAnswer(q, { type: "cloze", gaps }, "de").correct).toBe(true);
    });

    it.each([
      [10000, "zehntausend"],
      [10000, "10.000+"],
      [10000, "Über 10.000 Soldaten."],
      [50, "50%."],
    ])("numeric %d: %j", (figure, text) => {
      for (const q of pack.questions)
        if (q.type === "numeric" && q.correct === figure)
          for (const lang of LANGS)
            expect(
              gradeAnswer(q, { type: "numeric", text }, lang).correct,
              `${q.id} ${lang}`,
            ).toBe(true);
    });
  },
);
