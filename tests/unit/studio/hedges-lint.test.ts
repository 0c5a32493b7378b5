// The hedge lint: the seed pack passes, a question or fact that drops a hedge does not.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentPack } from "@/lib/content/load";
import type { ContentPack, Question } from "@/lib/content/content-schema";
import type { LintView } from "@/lib/studio/hedge-lint";
import {
  lintFact,
  lintPack,
  lintQuestion,
  lintView,
} from "@/lib/studio/hedge-lint";
import { detectHedges } from "@/lib/studio/hedges";

const pack = loadContentPack(
  path.join(process.cwd(), "content", "nordkorea-russland"),
);
const sentences = new Map(pack.article.sentences.map((s) => [s.id, s]));

function view(de: string, en: string): LintView {
  return { de: [{ text: de, lang: "de" }], en: [{ text: en, lang: "en" }] };
}

/** What the lint says about a rewrite of one German source sentence: "lang part" pairs. */
function lint(source: string, de: string, en: string): string[] {
  const warnings = lintView(
    [{ sentenceId: "s01", hedges: detectHedges(source) }],
    view(de, en),
  );
  return [...new Set(warnings.map((w) => `${w.lang} ${w.part}`))].sort();
}

function numericOn(
  id: string,
  where: ContentPack,
): Extract<Question, { type: "numeric" }> {
  const question = where.questions.find((q) => q.id === id);
  if (question?.type !== "numeric") throw new Error(`${id} is not numeric`);
  return question;
}

describe("hedge lint on the seed pack", () => {
  it("passes every fact and every question, explanations included", () => {
    expect(lintPack(pack)).toEqual([]);
  });

  it("fails the numeric question on the casualty estimate once its prompt says only 'percentage'", () => {
    const broken = structuredClone(pack);
    const question = numericOn("q009", broken);
    question.prompt = {
      de: "Wie hoch waren die Verluste in Prozent?",
      en: "What percentage were the losses?",
    };
    const warnings = lintQuestion(question, sentences).filter(
      (w) => !w.where.endsWith("explanation"),
    );
    expect(warnings.map((w) => `${w.lang} ${w.part}`).sort()).toEqual([
      "de bound",
      "de estimate",
      "de possibility",
      "en bound",
      "en estimate",
      "en possibility",
    ]);
    expect(warnings[0]?.sentenceId).toBe("s04");
  });

  it("fails a fact that turns 'could be up to 50 %' into 'was 50 %'", () => {
    const fact = structuredClone(pack.facts.find((f) => f.id === "f08"));
    if (!fact) throw new Error("f08 is missing");
    fact.statement = {
      de: "Die Verlustzahlen betrugen 50 %.",
      en: "The casualty figures were 50%.",
    };
    const parts = lintFact(fact, sentences).map((w) => `${w.lang} ${w.part}`);
    expect(parts).toEqual(
      expect.arrayContaining([
        "de bound",
        "en bound",
        "de possibility",
        "en possibility",
      ]),
    );
  });

  it("lets a false true/false statement drop the hedge, but not its explanation", () => {
    const statement = {
      de: "Laut dem Artikel hat Nordkorea auf den Misserfolg seiner bisherigen politischen Strategien reagiert, indem es eine Partnerschaft mit Russland eingegangen ist.",
      en: "According to the article, North Korea responded to the failure of its previous political strategies by entering into a partnership with Russia.",
    };
    const question: Question = {
      id: "q900",
      type: "truefalse",
      sentenceIds: ["s09"],
      factIds: ["f17"],
      difficulty: 3,
      prompt: statement,
      correct: false,
      explanation: statement,
    };
    expect(lintQuestion(question, sentences).map((w) => w.where)).toEqual([
      "question q900 (truefalse) explanation",
      "question q900 (truefalse) explanation",
    ]);
    const asTrue = { ...question, correct: true };
    expect(
      lintQuestion(asTrue, sentences).some(
        (w) => w.where === "question q900 (truefalse)",
      ),
    ).toBe(true);
  });
});

describe("hedge lint on crafted rewrites", () => {
  const estimate =
    "Laut Schätzungen starben bei den Kämpfen rund 1.200 Soldaten.";

  it("catches a dropped upper bound in either language", () => {
    const source = "Die Verluste könnten bis zu 50 % betragen.";
    expect(
      lint(
        source,
        "Die Verluste könnten 50 % betragen.",
        "The losses could be up to 50%.",
      ),
    ).toEqual(["de bound"]);
    expect(
      lint(
        source,
        "Die Verluste könnten bis zu 50 % betragen.",
        "The losses could be 50%.",
      ),
    ).toEqual(["en bound"]);
    expect(
      lint(
        source,
        "Die Verluste könnten höchstens 50 % betragen.",
        "The losses could be at most 50%.",
      ),
    ).toEqual([]);
  });

  it("catches a bound turned into another kind of bound", () => {
    const source = "Über 10.000 Soldaten sind in Russland stationiert.";
    expect(
      lint(
        source,
        "Mehr als 10.000 Soldaten sind in Russland.",
        "More than 10,000 soldiers are in Russia.",
      ),
    ).toEqual([]);
    expect(
      lint(
        source,
        "Rund 10.000 Soldaten sind in Russland.",
        "Around 10,000 soldiers are in Russia.",
      ),
    ).toEqual(["de bound", "en bound"]);
  });

  it("catches a dropped 'laut Schätzungen' while the figure keeps its qualifier", () => {
    expect(
      lint(
        estimate,
        "Bei den Kämpfen starben rund 1.200 Soldaten.",
        "Around 1,200 soldiers died in the fighting.",
      ),
    ).toEqual(["de estimate", "en estimate"]);
    expect(
      lint(
        estimate,
        "Geschätzt starben bei den Kämpfen etwa 1.200 Soldaten.",
        "An estimated 1,200 soldiers died in the fighting.",
      ),
    ).toEqual([]);
  });

  it("catches a dropped 'möglicherweise'", () => {
    const source =
      "Die Lage bleibt angespannt, da der Verlust der Soldaten möglicherweise zu Unruhen im eigenen Land führt.";
    expect(
      lint(
        source,
        "Der Verlust der Soldaten führt zu Unruhen im eigenen Land.",
        "The loss of the soldiers leads to unrest in their own country.",
      ),
    ).toEqual(["de possibility", "en possibility"]);
    expect(
      lint(
        source,
        "Der Verlust der Soldaten könnte zu Unruhen im eigenen Land führen.",
        "The loss of the soldiers may lead to unrest in their own country.",
      ),
    ).toEqual([]);
    // The plain part of the sentence needs no hedge.
    expect(
      lint(
        source,
        "Die Lage bleibt angespannt.",
        "The situation remains tense.",
      ),
    ).toEqual([]);
  });

  it("catches Konjunktiv I turned indicative, and accepts the attribution kept in other words", () => {
    const source =
      "Der Sprecher sagte, die Truppen seien aus der Region abgezogen worden.";
    expect(
      lint(
        source,
        "Die Truppen sind aus der Region abgezogen worden.",
        "The troops have been withdrawn from the region.",
      ),
    ).toEqual(["de source", "en source"]);
    expect(
      lint(
        source,
        "Die Truppen seien aus der Region abgezogen worden.",
        "According to the spokesman, the troops have been withdrawn from the region.",
      ),
    ).toEqual([]);
  });

  it("does not count the quiz's own framing as a hedge", () => {
    const source =
      "Berichten zufolge waren nordkoreanische Truppen in der Region Kursk aktiv.";
    expect(
      lint(
        source,
        "Laut dem Artikel waren nordkoreanische Truppen in der Region Kursk aktiv.",
        "According to the article, North Korean troops were active in the Kursk region.",
      ),
    ).toEqual(["de source", "en source"]);
    expect(
      lint(
        source,
        "Laut dem Artikel waren nordkoreanische Truppen Berichten zufolge in der Region Kursk aktiv.",
        "According to reports, North Korean troops were active in the Kursk region.",
      ),
    ).toEqual([]);
  });

  it("leaves alone texts that do not restate what the hedge qualifies", () => {
    const s04 = sentences.get("s04")?.de ?? "";
    expect(
      lint(
        s04,
        "Seth Jones ist Militärexperte.",
        "Seth Jones is a military expert.",
      ),
    ).toEqual([]);
    expect(
      lint(
        s04,
        "Die Berichte werfen Fragen über die tatsächlichen Einsatzbedingungen auf.",
        "The reports raise questions about the actual deployment conditions.",
      ),
    ).toEqual([]);
  });
});
