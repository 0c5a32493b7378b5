// The word card shows the glossary's grammar notes in the interface's language: every note of the
// article reads back word for word in English, and in German has no English grammar word left.
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { loadContentPack } from "@/lib/content/load";
import { loadGlossary } from "@/lib/reader/glossary";
import {
  GRAMMAR_TERMS,
  parseGrammarForm,
  type FormPart,
} from "@/lib/reader/grammar-form";
import { wordTokens } from "@/lib/reader/tokenize";

const packDir = path.join(process.cwd(), "content", "nordkorea-russland");
const glossary = loadGlossary(packDir);
const { article } = loadContentPack(packDir);
const notes = [
  ...new Set(
    Object.values(glossary.data.tokens).flatMap((tokens) =>
      tokens.flatMap((t) => (t.form ? [t.form] : [])),
    ),
  ),
];

const messages = { de, en } as const;
/** The note as the card shows it, without markup: terms translated, German quoted, meanings as they are. */
function render(parts: FormPart[], locale: "de" | "en") {
  const grammar = messages[locale].Reader.grammar;
  return parts
    .map((part) =>
      part.kind === "term"
        ? grammar[part.term]
        : part.kind === "german" && part.quoted
          ? grammar.quoted.replace("{text}", part.text)
          : part.text,
    )
    .join("");
}

describe("grammar notes of the word card", () => {
  it("finds terms, German phrases and English meanings", () => {
    expect(parseGrammarForm("dative plural, weak ending")).toEqual([
      { kind: "term", term: "dative" },
      { kind: "text", text: " " },
      { kind: "term", term: "plural" },
      { kind: "text", text: ", " },
      { kind: "term", term: "weakEnding" },
    ]);
    expect(
      parseGrammarForm("past participle (gesichtet wurden: were sighted)"),
    ).toEqual([
      { kind: "term", term: "pastParticiple" },
      { kind: "text", text: " (" },
      { kind: "german", text: "gesichtet wurden" },
      { kind: "text", text: ": " },
      { kind: "meaning", text: "were sighted" },
      { kind: "text", text: ")" },
    ]);
    expect(
      parseGrammarForm("infinitive (gemeldet haben: perfect infinitive)"),
    ).toEqual([
      { kind: "term", term: "infinitive" },
      { kind: "text", text: " (" },
      { kind: "german", text: "gemeldet haben" },
      { kind: "text", text: ": " },
      { kind: "term", term: "perfectInfinitive" },
      { kind: "text", text: ")" },
    ]);
    expect(
      parseGrammarForm(
        '3rd person singular present of aufwerfen; the prefix "auf" comes later',
      ),
    ).toEqual([
      { kind: "term", term: "thirdPerson" },
      { kind: "text", text: " " },
      { kind: "term", term: "singular" },
      { kind: "text", text: " " },
      { kind: "term", term: "present" },
      { kind: "text", text: " " },
      { kind: "term", term: "of" },
      { kind: "text", text: " " },
      { kind: "german", text: "aufwerfen" },
      { kind: "text", text: "; " },
      { kind: "term", term: "thePrefix" },
      { kind: "text", text: " " },
      { kind: "german", text: "auf", quoted: true },
      { kind: "text", text: " " },
      { kind: "term", term: "comesLater" },
    ]);
    expect(parseGrammarForm("es gibt: there is, there are")).toEqual([
      { kind: "german", text: "es gibt" },
      { kind: "text", text: ": " },
      { kind: "meaning", text: "there is, there are" },
    ]);
    expect(
      parseGrammarForm(
        "3rd person plural, Konjunktiv II (subjunctive): gemeldet haben könnten = may have signed up",
      ).slice(-5),
    ).toEqual([
      { kind: "term", term: "subjunctive" },
      { kind: "text", text: "): " },
      { kind: "german", text: "gemeldet haben könnten" },
      { kind: "text", text: " = " },
      { kind: "meaning", text: "may have signed up" },
    ]);
  });

  it("has a German and an English message for every term", () => {
    for (const term of Object.values(GRAMMAR_TERMS)) {
      expect(de.Reader.grammar[term], term).toBeTruthy();
      expect(en.Reader.grammar[term], term).toBeTruthy();
    }
  });

  it("reads every note of the article back word for word in English", () => {
    for (const note of notes) {
      expect(render(parseGrammarForm(note), "en").replace(/[“”]/g, '"')).toBe(
        note,
      );
    }
  });

  it("leaves no English word in a German note: the rest is German from the article or a meaning", () => {
    const germanWords = new Set(
      [
        ...article.sentences.map((s) => s.de),
        article.title.de,
        ...article.sections.flatMap((s) => (s.heading ? [s.heading.de] : [])),
        ...[...glossary.entries.values()].map((e) => e.lemma),
        // German forms a note names to explain a word of the article: "in + dem", "wo + bei".
        "dem dieses bei",
      ].flatMap((text) => wordTokens(text).map((w) => w.text.toLowerCase())),
    );
    const notGerman = notes.flatMap((note) =>
      parseGrammarForm(note)
        .flatMap((part) =>
          part.kind === "german" ? part.text.split(/[\s…+]+/) : [],
        )
        .filter(
          (word) =>
            word &&
            !word.startsWith("-") &&
            !germanWords.has(word.replace(/·/g, "").toLowerCase()),
        )
        .map((word) => `"${word}" in "${note}"`),
    );
    expect(notGerman).toEqual([]);
  });
});
