// What the start form accepts, and which one error each bad nickname gets.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { startQuizFormSchema } from "@/lib/quiz/input-schemas";

const nicknameErrors = (nickname: unknown) => {
  const parsed = startQuizFormSchema.safeParse({
    quizId: "nordkorea-russland-quick",
    nickname,
    language: "de",
  });
  return parsed.success
    ? []
    : (z.flattenError(parsed.error).fieldErrors.nickname ?? []);
};

describe("the start form's nickname", () => {
  it.each([
    ["an empty nickname", ""],
    ["only spaces", "   "],
    ["no nickname at all", null],
  ])("%s gets exactly one error: it is required", (_what, nickname) => {
    expect(nicknameErrors(nickname)).toEqual(["nicknameRequired"]);
  });

  it("a nickname with symbols gets the one error that says which characters are allowed", () => {
    expect(nicknameErrors("<Lena>")).toEqual(["nicknameInvalid"]);
  });

  it("a long nickname with symbols is told about its length first", () => {
    expect(nicknameErrors("x".repeat(41) + "!")).toEqual(["nicknameTooLong"]);
  });

  it("accepts letters, digits, spaces and - _ .", () => {
    expect(nicknameErrors("Lena M. 2_b-x")).toEqual([]);
  });
});
