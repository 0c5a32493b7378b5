// Regrading an answer against a fixed question: the same verdict as answering the new version.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/content-schema";
import { gradeAnswer } from "@/lib/grading/grade";
import { attemptPoints, gradeChanged, regradeAnswer } from "@/lib/quiz/regrade";

const text = (de: string, en: string) => ({ de, en });
const base = {
  id: "q900",
  factId: "f01",
  sentenceIds: ["s01"],
  difficulty: 1,
  prompt: text("Wer?", "Who?"),
  explanation: text("Weil.", "Because."),
};
const single = {
  ...base,
  type: "single",
  options: [
    { id: "a", text: text("Eins", "One") },
    { id: "b", text: text("Zwei", "Two") },
    { id: "c", text: text("Drei", "Three") },
  ],
  correct: "a",
} as unknown as Extract<Question, { type: "single" }>;

describe("regradeAnswer", () => {
  it("grades the stored answer against the new key, with the key and solution to show", () => {
    const fixed = { ...single, correct: "b" };
    const regrade = regradeAnswer(
      fixed,
      { type: "single", optionId: "b" },
      "de",
    );
    expect(regrade).toMatchObject({
      score: 1,
      correct: true,
      correctAnswer: { de: "Zwei", en: "Two" },
    });
    expect(regrade!.solution).toMatchObject({
      type: "single",
      options: [
        expect.objectContaining({ id: "a", correct: false }),
        expect.objectContaining({ id: "b", correct: true }),
        expect.objectContaining({ id: "c", correct: false }),
      ],
    });
    expect(
      regradeAnswer(fixed, { type: "single", optionId: "a" }, "de"),
    ).toMatchObject({ score: 0, correct: false });
  });

  it("agrees with answering the new version", () => {
    for (const optionId of ["a", "b", "c", "gone"]) {
      const answer = { type: "single", optionId } as const;
      const { score, correct } = gradeAnswer(single, answer, "en");
      expect(regradeAnswer(single, answer, "en")).toMatchObject({
        score,
        correct,
      });
    }
  });

  it("leaves an answer alone that no longer fits the question's type", () => {
    expect(
      regradeAnswer(single, { type: "truefalse", value: true }, "de"),
    ).toBeNull();
  });
});

describe("gradeChanged and attemptPoints", () => {
  it("tells a changed credit from an unchanged one", () => {
    expect(
      gradeChanged({ score: 0, correct: false }, { score: 0, correct: false }),
    ).toBe(false);
    expect(
      gradeChanged({ score: 0.5, correct: false }, { score: 1, correct: true }),
    ).toBe(true);
  });

  it("sums the credits without floating-point noise", () => {
    expect(attemptPoints([0.1, 0.2, 1])).toBe(1.3);
    expect(attemptPoints([])).toBe(0);
  });
});
