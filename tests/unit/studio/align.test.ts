import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleSchema } from "@/lib/content/content-schema";
import { alignSentences, alignTranslation } from "@/lib/studio/align";

const article = articleSchema.parse(
  JSON.parse(
    readFileSync(
      path.join(process.cwd(), "content", "nordkorea-russland", "article.json"),
      "utf8",
    ),
  ),
);
const german = article.sentences.map((s) => s.de);
const english = article.sentences.map((s) => s.en);

describe("aligning a pasted translation with the German sentences", () => {
  it("recovers the seed's hand-made sentence pairs from its translation joined into one text", () => {
    const alignment = alignTranslation(german, english.join(" "));
    expect(alignment.sentences.map((s) => s.en)).toEqual(english);
    expect(alignment.beads.every((b) => b.shape === "1:1")).toBe(true);
    const confidences = alignment.sentences.map((s) => s.confidence);
    console.log(
      `align seed confidences min ${Math.min(...confidences)} mean ${(confidences.reduce((a, b) => a + b, 0) / confidences.length).toFixed(3)}`,
    );
    expect(Math.min(...confidences)).toBeGreaterThan(0.1);
  });

  it("reads paragraphs separated by blank lines and lines wrapped inside them", () => {
    const text = `${english.slice(0, 4).join("\n")}\n\n${english.slice(4).join(" ")}`;
    expect(alignTranslation(german, text).sentences.map((s) => s.en)).toEqual(
      english,
    );
  });

  it("finds a 2:1 bead where the translator merged two sentences, and keeps the rest exact", () => {
    // s05 and s06 as one English sentence.
    const merged = [
      ...english.slice(0, 4),
      `${english[4]?.slice(0, -1)}; he ${english[5]?.slice(3)}`,
      ...english.slice(6),
    ];
    const alignment = alignTranslation(german, merged.join(" "));
    expect(alignment.english).toHaveLength(17);
    const bead = alignment.beads.find((b) => b.shape !== "1:1");
    expect(bead).toMatchObject({ shape: "2:1", de: [4, 5], en: [4] });
    expect(alignment.beads.filter((b) => b.shape !== "1:1")).toHaveLength(1);
    const sentences = alignment.sentences;
    expect(sentences[4]).toMatchObject({ en: merged[4], shape: "2:1" });
    expect(sentences[5]).toMatchObject({ en: "", confidence: 0 });
    expect(
      sentences.map((s, k) => [k, s.en]).filter(([k]) => k !== 4 && k !== 5),
    ).toEqual(
      english.map((en, k) => [k, en]).filter(([k]) => k !== 4 && k !== 5),
    );
    expect(sentences[4]?.confidence).toBeLessThan(
      Math.min(...sentences.filter((_, k) => k < 4).map((s) => s.confidence)),
    );
  });

  it("finds a 1:2 bead where the translator split a sentence", () => {
    const split = [
      ...english.slice(0, 2),
      "According to reports, North Korean troops had previously been active in the Russian region of Kursk.",
      "There they took part in combat operations, but they have not been sighted recently.",
      ...english.slice(3),
    ];
    const alignment = alignSentences(german, split);
    expect(alignment.beads.filter((b) => b.shape !== "1:1")).toEqual([
      expect.objectContaining({ shape: "1:2", de: [2], en: [2, 3] }),
    ]);
    expect(alignment.sentences[2]?.en).toBe(`${split[2]} ${split[3]}`);
  });

  it("leaves a sentence without English when its translation is missing", () => {
    const missing = english.filter((_, k) => k !== 9);
    const alignment = alignSentences(german, missing);
    expect(alignment.beads.filter((b) => b.shape !== "1:1")).toEqual([
      expect.objectContaining({ shape: "1:0", de: [9], en: [] }),
    ]);
    expect(alignment.sentences[9]).toMatchObject({ en: "", confidence: 0 });
    expect(alignment.sentences[10]?.en).toBe(english[10]);
  });

  it("keeps an extra English sentence with the sentence before it, with no confidence", () => {
    const extra = [
      ...english.slice(0, 7),
      "(Translator's note: the two Koreas have been divided since 1945.)",
      ...english.slice(7),
    ];
    const alignment = alignSentences(german, extra);
    expect(alignment.beads.filter((b) => b.shape !== "1:1")).toEqual([
      expect.objectContaining({ shape: "0:1", de: [], en: [7] }),
    ]);
    expect(alignment.sentences[6]).toMatchObject({
      en: `${english[6]} ${extra[7]}`,
      confidence: 0,
    });
    expect(alignment.sentences[7]?.en).toBe(english[7]);
  });

  it("aligns nothing with nothing and every German sentence with no English", () => {
    expect(alignSentences([], []).beads).toEqual([]);
    expect(
      alignSentences(["Eins.", "Zwei."], []).sentences.map((s) => s.en),
    ).toEqual(["", ""]);
  });
});
