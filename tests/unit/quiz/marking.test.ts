// Marking every part of an answer: the structured solution kept with a response, and the marks it
// gives an answer (lib/quiz/marking.ts).
import { describe, expect, it } from "vitest";
import {
  markAnswer,
  solutionOf,
  solutionSchema,
  type Solution,
} from "@/lib/quiz/marking";
import type { ResolvedAnswer } from "@/lib/grading/grade";
import {
  clozeQ,
  matchingQ,
  multipleQ,
  numericQ,
  orderingQ,
  shortNameQ,
  singleQ,
  trueFalseQ,
} from "../grading/fixtures";

/** Stands in for the keyed public ids: visibly not the authored ones. */
const pub = (id: string) => `pub-${id}`;

const stored = (solution: Solution | null): Solution => {
  if (!solution) throw new Error("no solution");
  // What the database gives back must parse to the same thing.
  return solutionSchema.parse(JSON.parse(JSON.stringify(solution)));
};

describe("the solution kept with a response", () => {
  it("has the options with both languages' texts and which are correct", () => {
    const solution = stored(
      solutionOf(multipleQ, { type: "multiple", optionIds: [] }),
    );
    expect(solution).toMatchObject({ type: "multiple" });
    if (solution.type !== "multiple") throw new Error();
    expect(solution.options).toHaveLength(6);
    expect(solution.options.filter((o) => o.correct).map((o) => o.id)).toEqual(
      multipleQ.correct,
    );
    expect(solution.options[0]!.text).toEqual({
      de: "Soldaten",
      en: "Soldiers",
    });
  });

  it("records for a cloze answer which gaps were right, as the grader counts them", () => {
    expect(
      solutionOf(clozeQ, { type: "cloze", gaps: [" zehntausend ", "China"] }),
    ).toEqual({
      type: "cloze",
      gaps: [
        { answer: "10.000", right: true },
        { answer: "Russland", right: false },
      ],
    });
  });

  it("is none for a number or a short text: one part, the verdict says it", () => {
    expect(solutionOf(numericQ, { type: "numeric", text: "1" })).toBeNull();
    expect(solutionOf(shortNameQ, { type: "short", text: "x" })).toBeNull();
  });
});

describe("marking an answer", () => {
  it("marks every option of a choice question: chosen or not, correct or not, by public id", () => {
    const given: ResolvedAnswer = {
      type: "multiple",
      optionIds: ["soldaten", "oel"],
    };
    const marking = markAnswer(
      stored(solutionOf(multipleQ, given)),
      given,
      "en",
      pub,
    );
    if (marking?.type !== "choice") throw new Error();
    const byId = new Map(marking.options.map((o) => [o.id, o]));
    expect(byId.get("pub-soldaten")).toEqual({
      id: "pub-soldaten",
      text: "Soldiers",
      chosen: true,
      correct: true,
    });
    expect(byId.get("pub-oel")).toMatchObject({ chosen: true, correct: false });
    expect(byId.get("pub-raketen")).toMatchObject({
      chosen: false,
      correct: true,
    });
    expect(byId.get("pub-weizen")).toMatchObject({
      chosen: false,
      correct: false,
    });
    expect(marking.options).toHaveLength(6);
  });

  it("marks a single choice the same way", () => {
    const given = { type: "single", optionId: "donezk" } as const;
    const marking = markAnswer(
      stored(solutionOf(singleQ, given)),
      given,
      "de",
      pub,
    );
    if (marking?.type !== "choice") throw new Error();
    expect(
      marking.options.filter((o) => o.chosen || o.correct).map((o) => o.text),
    ).toEqual(expect.arrayContaining(["Kursk", "Donezk"]));
  });

  it("marks true/false by what was given and what is correct", () => {
    const given = { type: "truefalse", value: false } as const;
    expect(
      markAnswer(stored(solutionOf(trueFalseQ, given)), given, "de", pub),
    ).toEqual({ type: "truefalse", given: false, correct: true });
  });

  it("marks every matching row, an empty one too", () => {
    const given = {
      type: "matching",
      pairs: { kim: "nk-fuehrer", putin: "ua-praesident" },
    } as const;
    expect(
      markAnswer(stored(solutionOf(matchingQ, given)), given, "en", pub),
    ).toEqual({
      type: "matching",
      rows: [
        {
          id: "pub-kim",
          left: "Kim Jong-un",
          given: "North Korean leader",
          correct: "North Korean leader",
          ok: true,
        },
        {
          id: "pub-putin",
          left: "Vladimir Putin",
          given: "Ukrainian president",
          correct: "Russian president",
          ok: false,
        },
        {
          id: "pub-selenskyj",
          left: "Volodymyr Zelensky",
          given: null,
          correct: "Ukrainian president",
          ok: false,
        },
      ],
    });
  });

  it("marks every ordering position against the correct order", () => {
    const given: ResolvedAnswer = {
      type: "ordering",
      order: ["a", "c", "b", "d"],
    };
    const marking = markAnswer(
      stored(solutionOf(orderingQ, given)),
      given,
      "en",
      pub,
    );
    expect(marking).toEqual({
      type: "ordering",
      positions: [
        { given: "Treaty signed", correct: "Treaty signed", ok: true },
        { given: "Deployment in Kursk", correct: "Troops moved", ok: false },
        { given: "Troops moved", correct: "Deployment in Kursk", ok: false },
        { given: "Report published", correct: "Report published", ok: true },
      ],
    });
  });

  it("marks every cloze gap with what was written and the answer shown as correct", () => {
    const given: ResolvedAnswer = { type: "cloze", gaps: ["10.000", ""] };
    expect(
      markAnswer(stored(solutionOf(clozeQ, given)), given, "de", pub),
    ).toEqual({
      type: "cloze",
      gaps: [
        { given: "10.000", correct: "10.000", ok: true },
        { given: "___", correct: "Russland", ok: false },
      ],
    });
  });

  it("gives nothing for an answer of another type than its solution", () => {
    const solution = stored(
      solutionOf(singleQ, { type: "single", optionId: "kursk" }),
    );
    expect(
      markAnswer(solution, { type: "truefalse", value: true }, "de", pub),
    ).toBeNull();
  });
});
