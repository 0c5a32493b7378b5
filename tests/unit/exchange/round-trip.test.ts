// Round trips over the whole seed bank: every question exported as Moodle XML (with word banks
// as embedded drop-downs and as "Select missing words") and as GIFT, in German and in English,
// and imported again with the article chosen, comes back as the same question in that language
// — type, prompt, options, key, tolerance and unit, accepted variants, explanation, sentences,
// facts and difficulty — where the format can carry it.
import { describe, expect, it } from "vitest";
import {
  LANGUAGES,
  questionSchema,
  type Language,
  type Question,
} from "@/lib/content/schema";
import { findGiveaways } from "@/lib/content/giveaways";
import { findContentProblems } from "@/lib/content/validate";
import { exportQuestions } from "@/lib/exchange/exchange-export";
import { importQuestions } from "@/lib/exchange/exchange-import";
import {
  carried,
  importedWithSeed,
  seedExport,
  seedPack,
} from "./exchange-support";

const reimported = importedWithSeed;

/** The original id each draft came from (its Moodle ID number is "<id>@<version>"). */
function sourceIds(imported: ReturnType<typeof reimported>): string[] {
  return imported.report.drafts.map((d) => d.idnumber.split("@")[0] ?? "");
}

describe.each(LANGUAGES)("Moodle XML round trip in %s", (language) => {
  for (const wordBanks of ["multianswer", "gapselect"] as const) {
    it(`brings back every question of the seed bank (word banks as ${wordBanks})`, () => {
      const exported = seedExport("moodle", language, wordBanks);
      const imported = reimported(exported.text);

      expect(imported.report.skipped).toEqual([]);
      expect(imported.report.language).toBe(language);
      expect(imported.report.languageFrom).toBe("tags");
      expect(imported.questions.map((q) => carried(q, language))).toEqual(
        seedPack.questions.map((q) => carried(q, language)),
      );
      expect(sourceIds(imported)).toEqual(seedPack.questions.map((q) => q.id));
      expect(imported.questions.map((q) => q.id)).toEqual(
        seedPack.questions.map((q) => q.id),
      );
      expect(imported.report.drafts.every((d) => d.link === "tags")).toBe(true);
      expect(imported.report.drafts.flatMap((d) => d.notes)).toEqual([]);
    });
  }

  it("gives drafts that the content schema and the pack's checks accept", () => {
    const exported = seedExport("moodle", language);
    const imported = reimported(exported.text);
    for (const question of imported.questions) questionSchema.parse(question);
    const untranslated = imported.report.untranslated;
    expect(untranslated).not.toBe(language);
    const problems = findContentProblems({
      article: seedPack.article,
      facts: seedPack.facts,
      questions: imported.questions,
      quizzes: imported.quizzes,
    }).filter((p) => !p.includes(` in ${untranslated} (`));
    expect(problems).toEqual([]);
    // Until the teacher translates them, the other language holds the file's text.
    for (const question of imported.questions)
      expect(question.prompt[untranslated]).toBe(question.prompt[language]);
  });
});

/**
 * What GIFT carries of a question: the same as Moodle XML, except that a cloze with more than
 * one gap is left out, an ordering question becomes matching (each item to its position), and
 * a number has no unit.
 */
function carriedByGift(question: Question, language: Language): unknown {
  if (question.type === "cloze" && question.gaps.length > 1) return undefined;
  const view = carried(question, language) as Record<string, unknown>;
  if (question.type === "numeric") return { ...view, unit: undefined };
  if (question.type === "ordering") {
    const order = view.order as string[];
    const { order: _order, items: _items, ...rest } = view;
    return {
      ...rest,
      type: "matching",
      left: order,
      right: order.map((_, i) => String(i + 1)).sort(),
      pairs: order.map((item, i) => [item, String(i + 1)]).sort(),
    };
  }
  return view;
}

describe.each(LANGUAGES)("GIFT round trip in %s", (language) => {
  it("brings back every question GIFT can carry, and says in the file what it left out or changed", () => {
    const exported = seedExport("gift", language);
    const imported = reimported(exported.text);

    const expected = seedPack.questions
      .map((q) => ({ id: q.id, view: carriedByGift(q, language) }))
      .filter((q) => q.view !== undefined);
    expect(sourceIds(imported)).toEqual(expected.map((q) => q.id));
    expect(imported.questions.map((q) => carried(q, language))).toEqual(
      expected.map((q) => q.view),
    );
    expect(imported.report.drafts.flatMap((d) => d.notes)).toEqual([]);

    const leftOut = seedPack.questions.filter(
      (q) => q.type === "cloze" && q.gaps.length > 1,
    );
    const changed = seedPack.questions.filter(
      (q) => q.type === "ordering" || (q.type === "numeric" && q.unit),
    );
    expect(leftOut.length).toBeGreaterThan(0);
    const header = exported.text.split("\n\n")[0] ?? "";
    for (const question of [...leftOut, ...changed])
      expect(header, question.id).toMatch(
        new RegExp(`^// ${question.id}: `, "m"),
      );
    expect(
      exported.notes.filter((n) => /^q\d{3}: /.test(n)).length,
    ).toBeGreaterThanOrEqual(leftOut.length + changed.length);
  });
});

describe("qualified figures", () => {
  const qualified = seedPack.questions.filter(
    (q) => q.type === "numeric" && (q.qualifier ?? "none") !== "none",
  );

  it("travel as a qualifier tag, and the notes say that Moodle grades only the number", () => {
    expect(qualified.length).toBeGreaterThan(0);
    for (const language of LANGUAGES)
      for (const format of ["moodle", "gift"] as const) {
        const exported = seedExport(format, language);
        for (const question of qualified) {
          if (question.type !== "numeric") continue;
          expect(exported.text, question.id).toContain(
            `qualifier:${question.qualifier}`,
          );
          expect(
            exported.notes.filter(
              (n) =>
                n.startsWith(`${question.id}: `) &&
                n.includes(`qualifier:${question.qualifier}`),
            ),
            `${format} ${language} ${question.id}`,
          ).toHaveLength(1);
        }
      }
  });

  it("are read back from a foreign file's tag only when the qualifier is one we know", () => {
    const numerical = (tag: string) =>
      `<question type="numerical"><name><text>n</text></name><questiontext format="html"><text>How many?</text></questiontext><generalfeedback format="html"><text>Ten.</text></generalfeedback><answer fraction="100"><text>10</text><tolerance>0</tolerance></answer><tags><tag><text>${tag}</text></tag></tags></question>`;
    const result = importQuestions(
      `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${numerical("qualifier:atLeast")}\n${numerical("qualifier:roughly")}\n</quiz>\n`,
      { language: "en" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.questions.map((q) =>
        q.type === "numeric" ? (q.qualifier ?? "none") : q.type,
      ),
    ).toEqual(["atLeast", "none"]);
  });
});

describe("export of a quiz", () => {
  it.each(LANGUAGES)(
    "gives back each quiz of the pack as one that passes the give-away check (%s)",
    (language) => {
      for (const quiz of seedPack.quizzes)
        for (const format of ["moodle", "gift"] as const) {
          const exported = exportQuestions(seedPack, {
            format,
            language,
            set: {
              title: quiz.title[language],
              idnumber: quiz.id,
              questionIds: quiz.questionIds,
            },
          });
          const imported = reimported(exported.text);
          const [draftQuiz] = imported.quizzes;
          expect(imported.quizzes).toHaveLength(1);
          const asked = (draftQuiz?.questionIds ?? []).map((id) =>
            imported.questions.find((q) => q.id === id)!,
          );
          const found = findGiveaways(asked, language, {
            feedback: draftQuiz?.feedbackMode,
          }).map((g) => `${g.earlierId} → ${g.laterId} (${g.via})`);
          expect(found, `${quiz.id} ${format}`).toEqual([]);
        }
    },
  );

  it("puts the quiz's questions, in its order, into a category of the quiz under the article's", () => {
    const quiz =
      seedPack.quizzes.find((q) => q.kind === "section") ??
      seedPack.quizzes[0]!;
    for (const format of ["moodle", "gift"] as const) {
      const exported = exportQuestions(seedPack, {
        format,
        language: "de",
        set: {
          title: quiz.title.de,
          idnumber: quiz.id,
          questionIds: quiz.questionIds,
        },
      });
      const imported = reimported(exported.text);
      const kept = quiz.questionIds.filter((id) => {
        const q = seedPack.questions.find((x) => x.id === id);
        return (
          format === "moodle" || !(q?.type === "cloze" && q.gaps.length > 1)
        );
      });
      expect(sourceIds(imported)).toEqual(kept);
      expect(imported.quizzes).toHaveLength(1);
      expect(imported.quizzes[0]?.title.de).toBe(quiz.title.de);
      expect(imported.report.categories.map((c) => c.path)).toEqual([
        `$course$/top/${seedPack.article.title.de}`,
        `$course$/top/${seedPack.article.title.de}/${quiz.title.de}`,
      ]);
    }
  });
});
