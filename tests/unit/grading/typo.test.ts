import { describe, expect, it } from "vitest";
import {
  allowedTypos,
  damerauLevenshtein,
  withinTypoBudget,
} from "@/lib/grading/typo";

describe("damerauLevenshtein (optimal string alignment)", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["kursk", "kursk", 0],
    ["kursk", "kursl", 1], // substitution
    ["kursk", "kurk", 1], // deletion
    ["kursk", "kurssk", 1], // insertion
    ["selenskyj", "selesnkyj", 1], // adjacent transposition counts once
    ["ab", "ba", 1],
    ["ca", "abc", 3], // OSA, not unrestricted Damerau (which would give 2)
    ["kitten", "sitting", 3],
  ])("%j → %j = %i", (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(damerauLevenshtein("a😀b", "a😁b")).toBe(1);
  });
});

describe("allowedTypos", () => {
  it("allows none below 6 characters", () => {
    expect(allowedTypos("kursk")).toBe(0);
    expect(allowedTypos("kiew")).toBe(0);
  });

  it("allows one for 6–11 characters", () => {
    expect(allowedTypos("moskau")).toBe(1);
    expect(allowedTypos("selenskyj")).toBe(1);
    expect(allowedTypos("abcdefghijk")).toBe(1);
  });

  it("allows two from 12 characters on (spaces count)", () => {
    expect(allowedTypos("abcdefghijkl")).toBe(2);
    expect(allowedTypos("wolodymyr selenskyj")).toBe(2);
  });

  it("allows none when the answer contains a digit", () => {
    expect(allowedTypos("brigade 11 nord")).toBe(0);
    expect(allowedTypos("2024 vertrag")).toBe(0);
  });
});

describe("withinTypoBudget", () => {
  it("accepts exact matches always", () => {
    expect(withinTypoBudget("kursk", "kursk")).toBe(true);
  });
  it("accepts one typo in a 9-letter word", () => {
    expect(withinTypoBudget("selenskij", "selenskyj")).toBe(true);
    expect(withinTypoBudget("selnskij", "selenskyj")).toBe(false);
  });
  it("never accepts a typo in a short word", () => {
    expect(withinTypoBudget("kursl", "kursk")).toBe(false);
  });
});
