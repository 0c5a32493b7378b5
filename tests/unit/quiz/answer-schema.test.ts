import { describe, expect, it } from "vitest";
import { publicAnswerSchema } from "@/lib/quiz/answer-schema";

const id = "a1b2c3d4e5";
const id2 = "0123456789";
const ok = (value: unknown) => publicAnswerSchema.safeParse(value).success;

describe("publicAnswerSchema", () => {
  it("accepts every answer shape with opaque ids", () => {
    expect(ok({ type: "single", optionId: id })).toBe(true);
    expect(ok({ type: "multiple", optionIds: [id, id2] })).toBe(true);
    expect(ok({ type: "multiple", optionIds: [] })).toBe(true);
    expect(ok({ type: "truefalse", value: false })).toBe(true);
    expect(ok({ type: "numeric", text: "über 10.000" })).toBe(true);
    expect(ok({ type: "short", text: "Kursk" })).toBe(true);
    expect(ok({ type: "short", text: "" })).toBe(true);
    expect(ok({ type: "cloze", gaps: ["10.000", "Russland"] })).toBe(true);
    expect(ok({ type: "matching", pairs: { [id]: id2 } })).toBe(true);
    expect(ok({ type: "ordering", order: [id, id2] })).toBe(true);
  });

  it("trims text", () => {
    expect(
      publicAnswerSchema.parse({ type: "short", text: "  Kursk \n" }),
    ).toEqual({ type: "short", text: "Kursk" });
    expect(
      publicAnswerSchema.parse({ type: "cloze", gaps: [" a ", "b "] }),
    ).toEqual({ type: "cloze", gaps: ["a", "b"] });
  });

  it("limits text to 200 characters (after trimming)", () => {
    expect(ok({ type: "short", text: "x".repeat(200) })).toBe(true);
    expect(ok({ type: "short", text: `  ${"x".repeat(200)}  ` })).toBe(true);
    expect(ok({ type: "short", text: "x".repeat(201) })).toBe(false);
    expect(ok({ type: "cloze", gaps: ["x".repeat(201)] })).toBe(false);
  });

  it("limits arrays and records to 20 entries", () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => i.toString(16).padStart(10, "0"));
    expect(ok({ type: "multiple", optionIds: ids(20) })).toBe(true);
    expect(ok({ type: "multiple", optionIds: ids(21) })).toBe(false);
    expect(ok({ type: "ordering", order: ids(21) })).toBe(false);
    expect(ok({ type: "cloze", gaps: Array(21).fill("a") })).toBe(false);
    const pairs = (n: number) => Object.fromEntries(ids(n).map((k) => [k, id]));
    expect(ok({ type: "matching", pairs: pairs(20) })).toBe(true);
    expect(ok({ type: "matching", pairs: pairs(21) })).toBe(false);
  });

  it("rejects ids that are not 10 lower-case hex characters (e.g. authored ids)", () => {
    for (const bad of [
      "kursk",
      "A1B2C3D4E5",
      "a1b2c3d4e",
      "a1b2c3d4e5f",
      "g1b2c3d4e5",
      "",
    ]) {
      expect(ok({ type: "single", optionId: bad }), bad).toBe(false);
    }
    expect(ok({ type: "matching", pairs: { kim: id } })).toBe(false);
    expect(ok({ type: "matching", pairs: { [id]: "nk-fuehrer" } })).toBe(false);
  });

  it('never lets a "__proto__" key through into the parsed pairs', () => {
    const parsed = publicAnswerSchema.safeParse(
      JSON.parse(`{"type":"matching","pairs":{"__proto__":"${id}"}}`),
    );
    if (parsed.success && parsed.data.type === "matching") {
      expect(Object.keys(parsed.data.pairs)).toEqual([]);
      expect(Object.getPrototypeOf(parsed.data.pairs)).toBe(Object.prototype);
    }
  });

  it("rejects unknown types, extra keys and wrong value types", () => {
    expect(ok({ type: "essay", text: "x" })).toBe(false);
    expect(ok({ type: "single", optionId: id, correct: true })).toBe(false);
    expect(ok({ type: "truefalse", value: "true" })).toBe(false);
    expect(ok({ type: "numeric", text: 10000 })).toBe(false);
    expect(ok({ type: "short" })).toBe(false);
    expect(ok({ optionId: id })).toBe(false);
    expect(ok(null)).toBe(false);
  });
});
