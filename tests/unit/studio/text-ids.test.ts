import { describe, expect, it } from "vitest";
import { sentenceIdSchema } from "@/lib/content/content-schema";
import { textIdSchema } from "@/lib/reader/glossary-schema";
import { draftTextsOf } from "@/lib/studio/glossary-draft";
import { importText } from "@/lib/studio/import-text";

describe("the ids of an imported article's texts", () => {
  it("number title, headings and sentences as the glossary and content schemas expect", () => {
    const ids = draftTextsOf(
      importText(
        "Titel\n\nErster Satz. Zweiter Satz.\n\nHintergrund\n\nDritter Satz.",
        "txt",
      ),
    ).map((t) => t.id);
    expect(ids).toEqual(["title", "s01", "s02", "heading-1", "s03"]);
    for (const id of ids)
      expect(textIdSchema.safeParse(id).success, id).toBe(true);
  });

  it("give an article of more than 99 sentences ids of equal width that the schemas accept", () => {
    const paragraph = Array.from(
      { length: 120 },
      (_, k) => `Das ist Satz Nummer ${k + 1}.`,
    ).join(" ");
    const ids = draftTextsOf(importText(paragraph, "txt")).map((t) => t.id);
    expect(ids).toHaveLength(120);
    expect(ids[0]).toBe("s001");
    expect(ids.at(-1)).toBe("s120");
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) {
      expect(sentenceIdSchema.safeParse(id).success, id).toBe(true);
      expect(textIdSchema.safeParse(id).success, id).toBe(true);
    }
  });

  it("still refuse sentence ids of the wrong shape", () => {
    for (const id of ["s1", "s1000", "x01", "s01a"]) {
      expect(sentenceIdSchema.safeParse(id).success, id).toBe(false);
      expect(textIdSchema.safeParse(id).success, id).toBe(false);
    }
  });
});
