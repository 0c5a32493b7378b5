// The size rule of the studio's file forms: a form takes no file larger than what a server action
// can carry beside its other fields (the proxy refuses the rest with a 413), nor larger than its
// own maximum; the limit reads in kilobytes or megabytes, never promising more than it takes.
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT } from "@/lib/security/body-limit";
import {
  ACTION_FILE_MAX_BYTES,
  isFileTooLarge,
  sizeLimitValues,
  uploadLimit,
} from "@/lib/security/upload-limit";
import {
  ARTICLE_FILE_MAX_BYTES,
  ARTICLE_TEXT_MAX,
} from "@/lib/studio/draft-input-schema";
import { QUESTION_FILE_MAX_BYTES } from "@/lib/studio/question-import-schema";

describe("the largest file a form may send", () => {
  it("leaves room in the action body for the new article's two texts", () => {
    expect(ACTION_FILE_MAX_BYTES).toBeLessThan(ACTION_BODY_LIMIT);
    const twoTextsInUtf8 = 2 * ARTICLE_TEXT_MAX * 3;
    expect(ACTION_FILE_MAX_BYTES + twoTextsInUtf8).toBeLessThan(
      ACTION_BODY_LIMIT,
    );
  });

  it("is a form's own maximum, capped by what an action can take", () => {
    expect(uploadLimit(200_000)).toBe(200_000);
    expect(uploadLimit(5_000_000)).toBe(ACTION_FILE_MAX_BYTES);
    for (const max of [ARTICLE_FILE_MAX_BYTES, QUESTION_FILE_MAX_BYTES])
      expect(max).toBeLessThanOrEqual(ACTION_FILE_MAX_BYTES);
  });

  it("refuses a file one byte over the limit and takes one of exactly the limit", () => {
    expect(
      isFileTooLarge(QUESTION_FILE_MAX_BYTES, QUESTION_FILE_MAX_BYTES),
    ).toBe(false);
    expect(
      isFileTooLarge(QUESTION_FILE_MAX_BYTES + 1, QUESTION_FILE_MAX_BYTES),
    ).toBe(true);
    expect(isFileTooLarge(1_500_000, ARTICLE_FILE_MAX_BYTES)).toBe(true);
  });
});

describe("the limit as the messages show it", () => {
  it("in kilobytes below a megabyte, megabytes from one, rounded down", () => {
    expect(sizeLimitValues(500_000)).toEqual({ maxSize: 500, sizeUnit: "KB" });
    expect(sizeLimitValues(999_999)).toEqual({ maxSize: 999, sizeUnit: "KB" });
    expect(sizeLimitValues(1_000_000)).toEqual({ maxSize: 1, sizeUnit: "MB" });
    expect(sizeLimitValues(ACTION_BODY_LIMIT)).toEqual({
      maxSize: 1,
      sizeUnit: "MB",
    });
    expect(sizeLimitValues(1_599_999)).toEqual({
      maxSize: 1.5,
      sizeUnit: "MB",
    });
  });
});
