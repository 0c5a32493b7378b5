import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importText } from "@/lib/studio/import-text";
import {
  mergeSentences,
  splitSentence,
  splitSentences,
} from "@/lib/studio/segment";
import { articleSchema } from "@/lib/content/content-schema";

/** Each case is the sentences a teacher expects; the paragraph is their join with one space. */
const HARD_GERMAN_CASES: string[][] = [
  ["Am 3. Oktober feiert Deutschland die Einheit.", "Das ist ein Feiertag."],
  ["Dr. Müller kam spät.", "Er entschuldigte sich."],
  ["Man kann z. B. Äpfel kaufen.", "Birnen gibt es auch."],
  ["Man kann z.B. Äpfel kaufen.", "Birnen gibt es auch."],
  ["Das Treffen beginnt um 10.30 Uhr.", "Bitte sei pünktlich."],
  ["Es kamen 1.200 Menschen.", "Das waren mehr als erwartet."],
  ["Ein Brot kostet 2,50 Euro.", "Das ist teuer."],
  ["„Wir bleiben hier“, sagte sie.", "Dann ging sie."],
  ["Er rief: „Wir bleiben!“", "Dann ging er."],
  ["Sie sagte: „Das ist falsch.“", "Niemand widersprach."],
  ["Dort waren u. a. Lehrer und Eltern.", "Es war voll."],
  ["Er wohnt in der Hauptstraße Nr. 5 im dritten Stock.", "Das ist oben."],
  ["Es kamen ca. 300 Leute.", "Der Saal war voll."],
  ["Kinder bzw. Jugendliche zahlen weniger.", "Erwachsene zahlen mehr."],
  ["Der Schaden beträgt 3 Mio. Euro.", "Die Versicherung zahlt."],
  ["Der Haushalt umfasst 2 Mrd. Euro.", "Das Parlament stimmt zu."],
  ["Die Schule beginnt am 1. Mai.", "Alle freuen sich."],
  ["Im 19. Jahrhundert wuchs die Stadt.", "Heute ist sie groß."],
  ["Donald J. Trump gewann die Wahl.", "Viele waren überrascht."],
  ["Prof. Dr. Schmidt hielt den Vortrag.", "Er sprach lange."],
  ["Das gilt seit dem 1. Januar 2024.", "Vorher war es anders."],
  ["Sie las S. 12 bis S. 20.", "Dann schlief sie ein."],
  ["Er war am 24.12. zu Hause.", "Alle waren da."],
  ["Die Firma (gegr. 1990) wächst.", "Sie stellt ein."],
  ["Der Wert stieg um 3,5 %.", "Das überraschte."],
  ["Er belegte den 2. Platz.", "Sie wurde Dritte."],
  ["Sie kaufte Äpfel, Birnen usw.", "Dann ging sie nach Hause."],
  ["Es war gegen 17.45 Uhr.", "Dann wurde es dunkel."],
  ["Warum?", "Niemand weiß es."],
  ["Wirklich?!", "Ja."],
  ["Der Zug stand auf Gleis 12.", "Er fuhr pünktlich ab."],
];

describe("splitSentences (German)", () => {
  it.each(
    HARD_GERMAN_CASES.map((sentences) => [sentences.join(" "), sentences]),
  )("%s", (paragraph, sentences) => {
    expect(splitSentences(paragraph)).toEqual(sentences);
  });

  it("reproduces the seed article's sentences and headings exactly", () => {
    const packDir = path.join(process.cwd(), "content", "nordkorea-russland");
    const article = articleSchema.parse(
      JSON.parse(readFileSync(path.join(packDir, "article.json"), "utf8")),
    );
    const imported = importText(
      readFileSync(path.join(packDir, "source.de.txt"), "utf8"),
      "txt",
    );
    const sentences = imported.blocks
      .filter((block) => block.kind === "paragraph")
      .flatMap((block) => splitSentences(block.text));
    expect(sentences).toEqual(article.sentences.map((s) => s.de));
    expect(sentences).toHaveLength(18);
    expect(
      imported.blocks.filter((b) => b.kind === "heading").map((b) => b.text),
    ).toEqual(
      article.sections.flatMap((s) => (s.heading ? [s.heading.de] : [])),
    );
  });

  it('does not split inside numbers such as "10.000" or "50%"', () => {
    const paragraph =
      "Über 10.000 Soldaten sind dort. Die Verluste könnten bis zu 50% betragen. Das ist viel.";
    expect(splitSentences(paragraph)).toEqual([
      "Über 10.000 Soldaten sind dort.",
      "Die Verluste könnten bis zu 50% betragen.",
      "Das ist viel.",
    ]);
  });

  it("only splits before an upper-case letter or an opening quote", () => {
    expect(
      splitSentences("Es heißt ca. drei. „Nein“, sagte er. Ende."),
    ).toEqual(["Es heißt ca. drei.", "„Nein“, sagte er.", "Ende."]);
    expect(splitSentences("Sie stieg auf 2. und dann fiel sie.")).toEqual([
      "Sie stieg auf 2. und dann fiel sie.",
    ]);
  });

  it("returns the sentences exactly as written, only trimmed", () => {
    expect(
      splitSentences("  Nord-  und Südkorea streiten.   Weiter so. "),
    ).toEqual(["Nord-  und Südkorea streiten.", "Weiter so."]);
  });
});

describe("splitSentences (English, for translations)", () => {
  it("splits the seed's hand-made translation, joined into one text, into its 18 sentences", () => {
    const article = articleSchema.parse(
      JSON.parse(
        readFileSync(
          path.join(
            process.cwd(),
            "content",
            "nordkorea-russland",
            "article.json",
          ),
          "utf8",
        ),
      ),
    );
    const english = article.sentences.map((s) => s.en);
    expect(splitSentences(english.join(" "), "en")).toEqual(english);
  });

  it("keeps English abbreviations and initials inside the sentence", () => {
    expect(
      splitSentences(
        "Mr. Smith met Dr. Jones in the U.S. capital. They talked, e.g. about trade. Donald J. Trump was absent.",
        "en",
      ),
    ).toEqual([
      "Mr. Smith met Dr. Jones in the U.S. capital.",
      "They talked, e.g. about trade.",
      "Donald J. Trump was absent.",
    ]);
  });

  it("does not treat German ordinals as a rule for English", () => {
    expect(splitSentences("They came in 12. The rest stayed.", "en")).toEqual([
      "They came in 12.",
      "The rest stayed.",
    ]);
  });
});

describe("the editor's split and merge", () => {
  const sentences = ["Kim reiste ab. Dann kam er.", "Niemand wusste es."];

  it("splits a sentence at a character position, trimming the parts", () => {
    expect(splitSentence(sentences, 0, 15)).toEqual([
      "Kim reiste ab.",
      "Dann kam er.",
      "Niemand wusste es.",
    ]);
  });

  it("refuses a split that would leave an empty part or has no sentence", () => {
    expect(() => splitSentence(sentences, 0, 0)).toThrow(RangeError);
    expect(() => splitSentence(sentences, 0, 99)).toThrow(RangeError);
    expect(() => splitSentence(sentences, 5, 3)).toThrow(RangeError);
    expect(() => splitSentence(sentences, 0, 2.5)).toThrow(RangeError);
  });

  it("merges a sentence with the next one, and merge undoes split", () => {
    expect(mergeSentences(sentences, 0)).toEqual([
      "Kim reiste ab. Dann kam er. Niemand wusste es.",
    ]);
    expect(mergeSentences(splitSentence(sentences, 0, 15), 0)).toEqual(
      sentences,
    );
    expect(() => mergeSentences(sentences, 1)).toThrow(RangeError);
  });

  it("leaves the given list unchanged", () => {
    const before = [...sentences];
    splitSentence(sentences, 0, 15);
    mergeSentences(sentences, 0);
    expect(sentences).toEqual(before);
  });
});
