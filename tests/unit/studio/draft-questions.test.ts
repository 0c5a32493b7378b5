// Question drafts over the seed pack: valid under the pack schema and validation, all eight
// types, each traced to its sentences, and no draft that turns a hedged claim into a plain one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentPack } from "@/lib/content/load";
import type {
  ContentPack,
  Question,
  QuestionType,
} from "@/lib/content/content-schema";
import {
  QUESTION_TYPES,
  contentPackSchema,
} from "@/lib/content/content-schema";
import { fillCloze, findContentProblems } from "@/lib/content/validate";
import { glossarySchema } from "@/lib/reader/glossary-schema";
import { draftQuestions, draftUnit } from "@/lib/studio/draft-questions";
import {
  claimView,
  hedgeWarningLine,
  lintPack,
  lintView,
} from "@/lib/studio/hedge-lint";
import { detectHedges, findFigures } from "@/lib/studio/hedges";

const dir = path.join(process.cwd(), "content", "nordkorea-russland");
const pack = loadContentPack(dir);
const glossary = glossarySchema.parse(
  JSON.parse(readFileSync(path.join(dir, "glossary.json"), "utf8")),
);
const input = { article: pack.article, glossary, facts: pack.facts };
const { questions, quizzes } = draftUnit(input);
const draftPack: ContentPack = {
  article: pack.article,
  facts: pack.facts,
  questions,
  quizzes,
};
const sentence = new Map(pack.article.sentences.map((s) => [s.id, s]));

type Of<T extends QuestionType> = Extract<Question, { type: T }>;
function ofType<T extends QuestionType>(type: T): Of<T>[] {
  return questions.filter((q): q is Of<T> => q.type === type);
}
function germanOf(q: Question): string {
  return q.sentenceIds.map((id) => sentence.get(id)?.de ?? "").join(" ");
}

describe("question drafts over the seed pack", () => {
  it("are valid under the pack schema and every cross-reference check", () => {
    const parsed = contentPackSchema.safeParse(draftPack);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(findContentProblems(draftPack)).toEqual([]);
  });

  it("cover all eight question types", () => {
    const counts = Object.fromEntries(
      QUESTION_TYPES.map((t) => [t, ofType(t).length]),
    );
    console.log(
      `Drafts over the seed pack: ${questions.length} questions`,
      counts,
    );
    for (const type of QUESTION_TYPES)
      expect(counts[type], type).toBeGreaterThanOrEqual(1);
  });

  it("each rest on sentences of the article, and on facts of those sentences", () => {
    for (const q of questions) {
      expect(q.sentenceIds.length, q.id).toBeGreaterThan(0);
      for (const id of q.sentenceIds)
        expect(sentence.has(id), `${q.id} → ${id}`).toBe(true);
      for (const factId of q.factIds) {
        const fact = pack.facts.find((f) => f.id === factId);
        expect(
          fact?.sentenceIds.every((s) => q.sentenceIds.includes(s)),
          `${q.id} → ${factId}`,
        ).toBe(true);
      }
    }
  });

  it("take their answers from the sentences they cite", () => {
    for (const q of ofType("cloze"))
      expect(germanOf(q), q.id).toContain(fillCloze(q.text, q.gaps));
    for (const q of ofType("numeric")) {
      expect(
        findFigures(germanOf(q)).map((f) => f.value),
        q.id,
      ).toContain(q.correct);
    }
    for (const q of ofType("single")) {
      const answer = q.options.find((o) => o.id === q.correct);
      expect(germanOf(q), q.id).toContain(answer?.text.de);
    }
    for (const q of ofType("short"))
      expect(germanOf(q), q.id).toContain(q.accepted.de[0]);
    for (const q of ofType("matching"))
      for (const left of q.left)
        expect(germanOf(q), q.id).toContain(left.text.de);
    for (const q of ofType("ordering")) {
      const statements = pack.facts
        .filter((f) => q.factIds.includes(f.id))
        .map((f) => f.statement.de);
      for (const item of q.items)
        expect(statements, q.id).toContain(item.text.de);
    }
  });

  it("put ordering items in the article's order in the key", () => {
    const position = new Map(pack.article.sentences.map((s, i) => [s.id, i]));
    for (const q of ofType("ordering")) {
      const factOf = (id: string) => {
        const text = q.items.find((i) => i.id === id)?.text.de;
        return pack.facts.find((f) => f.statement.de === text);
      };
      const positions = q.correct.map((id) =>
        Math.max(
          ...(factOf(id)?.sentenceIds ?? []).map((s) => position.get(s) ?? -1),
        ),
      );
      expect(positions, q.id).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("pass the hedge lint, explanations included", () => {
    expect(
      lintPack(draftPack).map((w) => `${w.where}: ${hedgeWarningLine(w)}`),
    ).toEqual([]);
  });

  it("keep a figure's qualifier in numeric prompts", () => {
    const prompts = ofType("numeric").map((q) => q.prompt);
    expect(
      prompts.some(
        (p) => p.de.includes("bis zu …%") && p.en.includes("up to …%"),
      ),
    ).toBe(true);
    expect(
      prompts.some(
        (p) => p.de.includes("über …") && p.en.includes("more than …"),
      ),
    ).toBe(true);
  });

  it("never state a hedged claim as plain: only false true/false statements drop a hedge, and the lint sees it", () => {
    let droppedHedges = 0;
    for (const q of questions) {
      const sources = q.sentenceIds.map((id) => ({
        sentenceId: id,
        hedges: detectHedges(sentence.get(id)?.de ?? ""),
      }));
      const warnings = lintView(sources, claimView(q));
      if (q.type === "truefalse" && !q.correct) {
        if (warnings.length > 0) droppedHedges++;
        continue;
      }
      expect(warnings.map(hedgeWarningLine), q.id).toEqual([]);
    }
    // At least one false statement per hedged kind that can be rewritten: the lesson on hedges.
    expect(droppedHedges).toBeGreaterThanOrEqual(3);
  });

  it("offer cloze gaps the teacher picks", () => {
    const s03 = pack.article.sentences.find((s) => s.id === "s03");
    if (!s03) throw new Error("s03 is missing");
    const picked = draftQuestions(input, { clozeGaps: { s03: [0, 10] } }).find(
      (q): q is Of<"cloze"> => q.type === "cloze" && q.sentenceIds[0] === "s03",
    );
    expect(picked?.gaps.map((g) => g.accepted[0])).toEqual([
      "Berichten",
      "Kursk",
    ]);
    expect(picked && fillCloze(picked.text, picked.gaps)).toBe(s03.de);
  });

  it("offer matching pairs the teacher marks", () => {
    const matching = draftQuestions(input, {
      matchingPairs: [
        {
          left: { de: "Selenskyj", en: "Zelensky" },
          right: {
            de: "beschuldigte Nordkorea und Russland",
            en: "accused North Korea and Russia",
          },
          sentenceIds: ["s06"],
        },
        {
          left: { de: "KCNA", en: "KCNA" },
          right: {
            de: "propagiert die Überlegenheit des Systems",
            en: "promotes the system's superiority",
          },
          sentenceIds: ["s12"],
        },
      ],
    }).filter((q) => q.type === "matching");
    expect(matching).toHaveLength(1);
    expect(matching[0]?.sentenceIds).toEqual(["s06", "s12"]);
  });
});

describe("proposed quizzes", () => {
  const sectionOf = new Map(
    pack.article.sentences.map((s) => [s.id, s.sectionId]),
  );

  it("hold the whole article in reading order", () => {
    const full = quizzes.find((q) => q.kind === "article");
    expect(full?.questionIds).toEqual(questions.map((q) => q.id));
    const position = new Map(pack.article.sentences.map((s, i) => [s.id, i]));
    const last = questions.map((q) =>
      Math.max(...q.sentenceIds.map((s) => position.get(s) ?? -1)),
    );
    expect(last).toEqual([...last].sort((a, b) => a - b));
  });

  it("give each section a quiz with exactly the questions whose sentences lie in it", () => {
    for (const section of pack.article.sections) {
      const quiz = quizzes.find(
        (q) => q.kind === "section" && q.sectionId === section.id,
      );
      const expected = questions
        .filter((q) =>
          q.sentenceIds.every((s) => sectionOf.get(s) === section.id),
        )
        .map((q) => q.id);
      expect(quiz?.questionIds, section.id).toEqual(expected);
    }
  });

  it("mix ten questions from every section and of at least six types", () => {
    const quick = quizzes.find((q) => q.kind === "mix");
    expect(quick?.questionIds).toHaveLength(10);
    const chosen = questions.filter((q) => quick?.questionIds.includes(q.id));
    const sections = new Set(
      chosen.flatMap((q) => q.sentenceIds.map((s) => sectionOf.get(s))),
    );
    expect(sections.size).toBe(pack.article.sections.length);
    expect(new Set(chosen.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
  });
});
