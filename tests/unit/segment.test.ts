import { describe, expect, it } from "vitest";
import {
  segmentArticle,
  splitSentences,
  stripFootnoteMarker,
} from "@/lib/text/segment";

describe("segmentArticle", () => {
  it("treats each line as a paragraph and splits it into sentences", () => {
    const article = segmentArticle(
      "Kim reiste nach Moskau. Dort sprach er lange!\nWarum? Niemand weiß es.",
    );
    expect(article.paragraphs).toEqual([
      {
        kind: "paragraph",
        sentences: ["Kim reiste nach Moskau.", "Dort sprach er lange!"],
      },
      { kind: "paragraph", sentences: ["Warum?", "Niemand weiß es."] },
    ]);
  });

  it("recognises a short line without final punctuation as a heading", () => {
    const article = segmentArticle(
      "Erster Absatz.\nHintergrund der militärischen Zusammenarbeit\nZweiter Absatz.",
    );
    expect(article.paragraphs.map((p) => p.kind)).toEqual([
      "paragraph",
      "heading",
      "paragraph",
    ]);
    expect(article.paragraphs[1]?.sentences).toEqual([
      "Hintergrund der militärischen Zusammenarbeit",
    ]);
  });

  it("keeps a short line that ends with a full stop as a paragraph", () => {
    expect(segmentArticle("Das ist alles.").paragraphs[0]?.kind).toBe(
      "paragraph",
    );
  });

  it("keeps a long line without final punctuation as a paragraph", () => {
    const line = `Ein langer Absatz ohne Schlusspunkt, ${"der immer weiter geht und weiter, ".repeat(5)}bis er aufhört`;
    expect(segmentArticle(line).paragraphs[0]).toEqual({
      kind: "paragraph",
      sentences: [line],
    });
  });

  it("ignores blank lines, surrounding spaces, Windows line endings and a byte-order mark", () => {
    const article = segmentArticle(
      "\uFEFF  Erster Satz.  \r\n\r\n\r\nZweiter Satz.\r\n",
    );
    expect(article.paragraphs).toEqual([
      { kind: "paragraph", sentences: ["Erster Satz."] },
      { kind: "paragraph", sentences: ["Zweiter Satz."] },
    ]);
  });

  it("removes a footnote marker glued to the end of a paragraph", () => {
    const article = segmentArticle(
      "Einige befürchten, dass eine Eskalation droht.2",
    );
    expect(article.paragraphs[0]?.sentences).toEqual([
      "Einige befürchten, dass eine Eskalation droht.",
    ]);
  });
});

describe("splitSentences", () => {
  it('does not split inside numbers such as "10.000" or "50%"', () => {
    const paragraph =
      "Über 10.000 Soldaten sind dort. Die Verluste könnten bis zu 50% betragen. Das ist viel.";
    expect(splitSentences(paragraph)).toEqual([
      "Über 10.000 Soldaten sind dort.",
      "Die Verluste könnten bis zu 50% betragen.",
      "Das ist viel.",
    ]);
  });

  it("does not split after common abbreviations", () => {
    const second =
      "Es kamen u. a. Dr. Meier, Prof. Kim bzw. Vertreter der USA etc. Dann endete es.";
    expect(splitSentences(`Er nannte z. B. Russland. ${second}`)).toEqual([
      "Er nannte z. B. Russland.",
      second,
    ]);
  });

  it("does not split after an initial in a name", () => {
    expect(
      splitSentences("Donald J. Trump kehrte zurück. Das änderte viel."),
    ).toEqual(["Donald J. Trump kehrte zurück.", "Das änderte viel."]);
  });

  it("does not split after an ordinal before a month or century", () => {
    expect(
      splitSentences(
        "Am 3. Oktober begann es. Im 21. Jahrhundert ist das neu.",
      ),
    ).toEqual(["Am 3. Oktober begann es.", "Im 21. Jahrhundert ist das neu."]);
  });

  it("only splits before an upper-case letter or an opening quote", () => {
    expect(
      splitSentences("Es heißt ca. drei. „Nein“, sagte er. Ende."),
    ).toEqual(["Es heißt ca. drei.", "„Nein“, sagte er.", "Ende."]);
    expect(splitSentences("Sie stieg auf 2. und dann fiel sie.")).toEqual([
      "Sie stieg auf 2. und dann fiel sie.",
    ]);
  });

  it("keeps closing quotes and runs of punctuation with their sentence", () => {
    expect(
      splitSentences("Er rief: „Wir bleiben!“ Dann ging er. Wirklich?! Ja."),
    ).toEqual([
      "Er rief: „Wir bleiben!“",
      "Dann ging er.",
      "Wirklich?!",
      "Ja.",
    ]);
  });

  it("returns the sentences exactly as written, only trimmed", () => {
    expect(
      splitSentences("  Nord-  und Südkorea streiten.   Weiter so. "),
    ).toEqual(["Nord-  und Südkorea streiten.", "Weiter so."]);
  });
});

describe("stripFootnoteMarker", () => {
  it("removes digits glued to the final punctuation, also after a closing quote or as superscript", () => {
    expect(stripFootnoteMarker("Das droht.2")).toBe("Das droht.");
    expect(stripFootnoteMarker("Er sagte „nein“.12")).toBe("Er sagte „nein“.");
    expect(stripFootnoteMarker("So sei es!³")).toBe("So sei es!");
  });

  it("leaves numbers at the end of a paragraph alone", () => {
    expect(stripFootnoteMarker("Es waren 10.000")).toBe("Es waren 10.000");
    expect(stripFootnoteMarker("Das war Version 2.0")).toBe(
      "Das war Version 2.0",
    );
    expect(stripFootnoteMarker("Das Ende.")).toBe("Das Ende.");
  });
});
