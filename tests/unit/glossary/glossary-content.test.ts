// Specifications of the seed article's glossary: complete coverage, correct grammar information,
// separable verbs and expressions, and the lookup and counting API the reader relies on.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentPack } from "@/lib/content/load";
import {
  articleOf,
  getGlossary,
  isLearnable,
  loadGlossary,
} from "@/lib/reader/glossary";
import { wordTokens } from "@/lib/reader/tokenize";

const packDir = path.join(process.cwd(), "content", "nordkorea-russland");
const glossary = loadGlossary(packDir);
const { article } = loadContentPack(packDir);
const entries = [...glossary.entries.values()];
const entry = (id: string) => {
  const found = glossary.entries.get(id);
  if (!found) throw new Error(`entry ${id} is missing`);
  return found;
};

const sentenceWordCount = article.sentences.reduce(
  (sum, s) => sum + wordTokens(s.de).length,
  0,
);

/** Index of the n-th word token with this text in a sentence (n counts from 0). */
function indexOf(textId: string, word: string, occurrence = 0): number {
  const tokens = glossary.data.tokens[textId] ?? [];
  const indexes = tokens.flatMap((t, i) => (t.text === word ? [i] : []));
  const index = indexes[occurrence];
  if (index === undefined)
    throw new Error(`"${word}" (#${occurrence}) is not a word of ${textId}`);
  return index;
}

function card(textId: string, word: string, occurrence = 0) {
  const found = glossary.lookupToken(textId, indexOf(textId, word, occurrence));
  if (!found) throw new Error(`no card for "${word}" in ${textId}`);
  return found;
}

describe("coverage", () => {
  it(`maps all ${sentenceWordCount} word tokens of the 18 sentences to an entry`, () => {
    expect(article.sentences).toHaveLength(18);
    let resolved = 0;
    for (const sentence of article.sentences) {
      const words = wordTokens(sentence.de);
      expect(
        glossary.data.tokens[sentence.id]?.map((t) => t.text),
        sentence.id,
      ).toEqual(words.map((w) => w.text));
      words.forEach((word, index) => {
        const found = glossary.lookupToken(sentence.id, index);
        expect(found, `${sentence.id}[${index}] "${word.text}"`).not.toBeNull();
        expect(found?.surface).toBe(word.text);
        resolved += 1;
      });
    }
    expect(resolved).toBe(sentenceWordCount);
    expect(sentenceWordCount).toBe(392);
  });

  it("also glosses the title and both section headings", () => {
    expect(glossary.textIds).toEqual([
      ...article.sentences.map((s) => s.id),
      "title",
      "heading-background",
      "heading-domestic",
    ]);
    expect(card("title", "Nordkoreas")).toMatchObject({
      lemma: "Nordkorea",
      form: "genitive",
    });
    expect(card("heading-domestic", "Innenpolitische")).toMatchObject({
      lemma: "innenpolitisch",
      pos: "adjective",
    });
  });

  it("gives every token a contextual gloss and uses every entry", () => {
    for (const [textId, tokens] of Object.entries(glossary.data.tokens)) {
      for (const token of tokens)
        expect(token.gloss.trim(), `${textId} "${token.text}"`).not.toBe("");
    }
    const used = new Set([
      ...Object.values(glossary.data.tokens).flatMap((tokens) =>
        tokens.map((t) => t.entryId),
      ),
      ...glossary.data.expressions.map((e) => e.entryId),
    ]);
    expect(entries.filter((e) => !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it("keeps one entry per lemma and part of speech", () => {
    const keys = entries.map((e) => `${e.lemma}|${e.pos}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is the memoised default glossary", () => {
    expect(getGlossary()).toBe(getGlossary());
    expect(getGlossary().data).toEqual(glossary.data);
  });
});

describe("nouns", () => {
  const nouns = entries.filter((e) => e.pos === "noun");

  it("all have a gender, a derived article and a plural or a reason why not", () => {
    expect(nouns.length).toBeGreaterThan(70);
    for (const noun of nouns) {
      expect(noun.gender, noun.lemma).toBeDefined();
      expect(articleOf(noun), noun.lemma).toBe(
        { m: "der", f: "die", n: "das" }[noun.gender ?? "m"],
      );
      if (noun.plural === null)
        expect(noun.onlyIn, noun.lemma).toBe("singular");
      else expect(typeof noun.plural, noun.lemma).toBe("string");
    }
  });

  it('"Unterstützung" in s01 is die Unterstützung, plural die Unterstützungen', () => {
    expect(card("s01", "Unterstützung")).toMatchObject({
      surface: "Unterstützung",
      lemma: "Unterstützung",
      pos: "noun",
      article: "die",
      gender: "f",
      plural: "Unterstützungen",
      gloss: "support",
      form: "accusative singular",
      sentence: {
        id: "s01",
        de: article.sentences[0]?.de,
        en: article.sentences[0]?.en,
      },
    });
  });

  it.each([
    ["s01", "Führer", "der", "Führer", "Führer"],
    ["s02", "Militärlager", "das", "Militärlager", "Militärlager"],
    ["s05", "Soldaten", "der", "Soldat", "Soldaten"],
    ["s05", "Kämpfe", "der", "Kampf", "Kämpfe"],
    ["s12", "Zusammenbruch", "der", "Zusammenbruch", "Zusammenbrüche"],
    ["s14", "Einsatz", "der", "Einsatz", "Einsätze"],
    ["s17", "Land", "das", "Land", "Länder"],
    ["s13", "Agenda", "die", "Agenda", "Agenden"],
    ["s13", "Atomwaffen-Tests", "der", "Atomwaffen-Test", "Atomwaffen-Tests"],
  ])(
    '%s "%s" is %s %s, plural %s',
    (sentenceId, word, article, lemma, plural) => {
      expect(card(sentenceId, word)).toMatchObject({ article, lemma, plural });
    },
  );

  it("marks uncountable nouns as singular-only", () => {
    expect(card("s10", "Souveränität")).toMatchObject({
      article: "die",
      plural: null,
      onlyIn: "singular",
    });
    expect(card("s16", "Rückkehr")).toMatchObject({
      plural: null,
      onlyIn: "singular",
    });
    expect(card("s16", "Anbetracht")).toMatchObject({
      article: "der",
      plural: null,
      onlyIn: "singular",
    });
  });

  it("maps plural forms in any case to the singular lemma", () => {
    expect(card("s03", "Berichten")).toMatchObject({
      lemma: "Bericht",
      form: "dative plural",
    });
    expect(card("s06", "Soldaten")).toMatchObject({
      lemma: "Soldat",
      form: "genitive plural",
    });
    expect(card("s14", "Jahren")).toMatchObject({
      lemma: "Jahr",
      plural: "Jahre",
      form: "dative plural",
    });
  });
});

describe("proper nouns and numbers", () => {
  it("map genitive forms to their base entry", () => {
    expect(card("s02", "Jong-uns")).toMatchObject({
      lemma: "Kim Jong-un",
      pos: "proper-noun",
    });
    expect(card("s02", "Jong-uns").form).toMatch(/^genitive/);
    expect(card("s10", "Russlands")).toMatchObject({
      lemma: "Russland",
      form: "genitive",
      gloss: "Russia's",
    });
    expect(card("s12", "Nordkoreas")).toMatchObject({
      lemma: "Nordkorea",
      form: "genitive",
    });
  });

  it("give both parts of a two-word name the same entry", () => {
    for (const [sentenceId, first, second, lemma] of [
      ["s01", "Kim", "Jong-un", "Kim Jong-un"],
      ["s04", "Seth", "Jones", "Seth Jones"],
      ["s05", "Wolodymyr", "Selenskyj", "Wolodymyr Selenskyj"],
      ["s13", "Yoon", "Suk-yeol", "Yoon Suk-yeol"],
      ["s16", "Donald", "Trump", "Donald Trump"],
    ] as const) {
      expect(card(sentenceId, first).entryId).toBe(
        card(sentenceId, second).entryId,
      );
      expect(card(sentenceId, first).lemma).toBe(lemma);
    }
  });

  it("show the article only for names that German uses with one", () => {
    expect(card("s08", "Ukraine")).toMatchObject({
      article: "die",
      gender: "f",
    });
    expect(card("s16", "USA")).toMatchObject({
      article: "die",
      onlyIn: "plural",
    });
    expect(card("s12", "KCNA")).toMatchObject({ article: "die" });
    const nordkorea = card("s08", "Nordkorea");
    expect(nordkorea).toMatchObject({ gender: "n" });
    expect(nordkorea.article).toBeUndefined();
  });

  it('read the shortened "Nord-" of "Nord- und Südkorea" as Nordkorea', () => {
    expect(card("s07", "Nord-")).toMatchObject({
      lemma: "Nordkorea",
      gloss: "North (Korea)",
    });
  });

  it('map "10.000", "50%" and "zehn" to numeral entries', () => {
    expect(card("s10", "10.000")).toMatchObject({
      pos: "numeral",
      lemma: "zehntausend",
    });
    expect(card("s04", "50%")).toMatchObject({
      pos: "numeral",
      lemma: "fünfzig Prozent",
    });
    expect(card("s14", "zehn")).toMatchObject({
      pos: "numeral",
      lemma: "zehn",
    });
  });
});

describe("verbs", () => {
  const verbs = entries.filter((e) => e.pos === "verb");

  it("all have infinitive, auxiliary, past participle and preterite", () => {
    for (const verb of verbs) {
      expect(verb.verb, verb.lemma).toMatchObject({ infinitive: verb.lemma });
      expect(verb.verb?.auxiliary, verb.lemma).toBeDefined();
      expect(verb.verb?.participle, verb.lemma).toBeDefined();
      expect(verb.verb?.preterite, verb.lemma).toBeDefined();
    }
  });

  it("separable verbs keep their prefix in the participle and move it to the end in the preterite", () => {
    const separable = verbs.filter(
      (v) => v.verb?.separablePrefix !== undefined,
    );
    expect(separable.map((v) => v.lemma).sort()).toEqual(
      [
        "ankündigen",
        "aufwerfen",
        "ausbauen",
        "ausstellen",
        "aussprechen",
        "beitragen",
        "eingehen",
        "fortsetzen",
        "vorantreiben",
      ].sort(),
    );
    for (const verb of separable) {
      const prefix = verb.verb?.separablePrefix ?? "";
      expect(verb.verb?.participle?.startsWith(`${prefix}ge`), verb.lemma).toBe(
        true,
      );
      expect(verb.verb?.preterite?.endsWith(` ${prefix}`), verb.lemma).toBe(
        true,
      );
    }
  });

  it('"wirft … auf" in s04 is recognised as aufwerfen from both parts', () => {
    const wirft = card("s04", "wirft");
    const auf = card("s04", "auf");
    for (const part of [wirft, auf]) {
      expect(part).toMatchObject({
        lemma: "aufwerfen",
        pos: "verb",
        infinitive: "aufwerfen",
        separable: { prefix: "auf", parts: [1, 3] },
        participle: "aufgeworfen",
        auxiliary: "haben",
        gloss: "raises",
      });
      expect(part.expression).toMatchObject({
        lemma: "Fragen aufwerfen",
        gloss: "raises questions",
        tokenIndexes: [1, 2, 3],
      });
    }
    expect(glossary.lemmaOf("s04", 1)).toBe("aufwerfen");
    expect(glossary.lemmaOf("s04", 3)).toBe("aufwerfen");
  });

  it("finds exactly one split separable verb in the article", () => {
    const split = glossary.data.expressions.filter(
      (e) => glossary.entries.get(e.entryId)?.pos === "verb",
    );
    expect(split.map((e) => [e.sentenceId, e.entryId, e.tokenIndexes])).toEqual(
      [["s04", "aufwerfen-verb", [1, 3]]],
    );
  });

  it("shows the prefix of a separable verb that is not split, with only its own token", () => {
    expect(card("s02", "ausgesprochen")).toMatchObject({
      infinitive: "aussprechen",
      separable: { prefix: "aus", parts: [11] },
      form: expect.stringMatching(/^past participle/),
    });
    expect(card("s01", "fortzusetzen")).toMatchObject({
      infinitive: "fortsetzen",
      separable: { prefix: "fort" },
    });
    expect(card("s09", "eingegangen")).toMatchObject({
      infinitive: "eingehen",
      auxiliary: "sein",
    });
  });

  it("maps auxiliaries and inflected forms to their infinitive", () => {
    expect(card("s02", "wurde")).toMatchObject({
      lemma: "werden",
      form: expect.stringContaining("passive auxiliary"),
    });
    expect(card("s04", "könnten")).toMatchObject({
      lemma: "können",
      gloss: "could",
    });
    expect(card("s07", "ist")).toMatchObject({ lemma: "sein", gloss: "has" });
    expect(card("s14", "gibt")).toMatchObject({
      lemma: "geben",
      expression: { lemma: "es gibt", gloss: "there are" },
    });
  });
});

describe("expressions", () => {
  it.each([
    ["s03", "Berichten", "Berichten zufolge", "according to reports"],
    ["s03", "beteiligt", "sich an etwas beteiligen", "took part in"],
    ["s04", "Schätzungen", "nach Schätzungen", "according to estimates"],
    ["s11", "letzter", "in letzter Zeit", "recently"],
    ["s13", "um", "um … zu", "in order to"],
    ["s14", "Hoffnung", "in der Hoffnung", "in the hope of"],
    ["s14", "Zugang", "Zugang zu etwas", "access to"],
    ["s16", "Anbetracht", "in Anbetracht", "in view of"],
    ["s18", "uneinig", "sich über etwas uneinig sein", "disagree about"],
  ])('%s "%s" belongs to "%s" (%s)', (sentenceId, word, lemma, gloss) => {
    expect(card(sentenceId, word).expression).toMatchObject({ lemma, gloss });
  });

  it("records discontinuous expressions with all their token indexes", () => {
    const um = card("s13", "um");
    expect(um.expression?.tokenIndexes).toEqual([
      indexOf("s13", "um"),
      indexOf("s13", "zu"),
    ]);
    expect(card("s13", "zu").expression?.lemma).toBe("um … zu");
  });

  it("keeps the word meaning of each token inside an expression", () => {
    expect(card("s03", "Berichten")).toMatchObject({
      lemma: "Bericht",
      gloss: "reports",
    });
    expect(card("s03", "zufolge")).toMatchObject({
      lemma: "zufolge",
      pos: "preposition",
    });
  });
});

describe("lemma counting", () => {
  it('counts word forms of one lemma once: "Soldaten" in every case is the lemma Soldat', () => {
    const counts = glossary.countLemmas();
    const soldatForms = glossary.sentenceIds.flatMap((id) =>
      (glossary.data.tokens[id] ?? [])
        .filter((t) => t.entryId === "soldat-noun")
        .map((t) => t.form),
    );
    expect(new Set(soldatForms)).toEqual(
      new Set(["nominative plural", "accusative plural", "genitive plural"]),
    );
    expect(counts.get("soldat-noun")).toBe(soldatForms.length);
    expect([...counts.keys()].filter((id) => id.startsWith("soldat"))).toEqual([
      "soldat-noun",
    ]);
  });

  it('counts der, die, das, den, des and dem as the one article "der"', () => {
    const counts = glossary.countLemmas(["s01"]);
    expect(counts.get("der-article")).toBe(2); // "Der" and "die"
    expect(glossary.countLemmas().get("der-article")).toBeGreaterThan(30);
  });

  it('counts the two parts of "wirft … auf" as one occurrence of aufwerfen', () => {
    expect(glossary.countLemmas(["s04"]).get("aufwerfen-verb")).toBe(1);
  });

  it("leaves names and numbers out of the learnable set unless asked", () => {
    const learnable = glossary.countLemmas();
    const all = glossary.countLemmas(undefined, { learnableOnly: false });
    for (const id of learnable.keys())
      expect(isLearnable(entry(id)), id).toBe(true);
    expect(learnable.has("kim-jong-un-proper-noun")).toBe(false);
    expect(learnable.has("zehntausend-numeral")).toBe(false);
    expect(all.get("kim-jong-un-proper-noun")).toBe(4); // s01, s02, s10, s16 — two words each, counted once
    expect(all.get("russland-proper-noun")).toBe(7);
    expect(isLearnable(entry("soldat-noun"))).toBe(true);
  });

  it("reports the distinct learnable lemmas of the article", () => {
    const counts = glossary.countLemmas();
    const tokensCounted = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(counts.size).toBe(196);
    expect(tokensCounted).toBeLessThan(sentenceWordCount);
  });

  it("rejects texts without a token list", () => {
    expect(() => glossary.countLemmas(["s99"])).toThrow(/s99/);
    expect(() => glossary.lemmaOf("s01", 99)).toThrow(RangeError);
  });
});

describe("reader helpers", () => {
  it("returns null for tokens and texts that do not exist", () => {
    expect(glossary.lookupToken("s01", 15)).toBeNull();
    expect(glossary.lookupToken("s01", -1)).toBeNull();
    expect(glossary.lookupToken("s99", 0)).toBeNull();
    expect(glossary.glossaryCardsOf("s99")).toBeNull();
  });

  it("gives the cards of a whole sentence in token order", () => {
    const cards = glossary.glossaryCardsOf("s04") ?? [];
    expect(cards.map((c) => c.surface)).toEqual(
      wordTokens(article.sentences[3]?.de ?? "").map((t) => t.text),
    );
    expect(cards.map((c) => c.tokenIndex)).toEqual(cards.map((_, i) => i));
  });

  it("numbers the word tokens of a text for rendering", () => {
    const tokens = glossary.readerTokens("s07");
    expect(tokens.map((t) => t.text).join("")).toBe(article.sentences[6]?.de);
    const words = tokens.filter((t) => t.kind === "word");
    expect(words.map((t) => t.wordIndex)).toEqual(words.map((_, i) => i));
    expect(
      tokens
        .filter((t) => t.kind !== "word")
        .every((t) => t.wordIndex === undefined),
    ).toBe(true);
  });
});
