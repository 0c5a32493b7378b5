// Loading a glossary: the checks that refuse a glossary which does not fit its article, each with
// a problem list that says what is wrong and where, and a small hand-made article that shows the
// lemma counting on forms the seed article does not have ("Soldat" next to "Soldaten").
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articleSchema } from "@/lib/content/content-schema";
import { findGlossaryProblems, loadGlossary } from "@/lib/reader/glossary";
import type { GlossaryData } from "@/lib/reader/glossary-schema";
import { entryIdFor } from "@/lib/reader/glossary-schema";

const packDir = path.join(process.cwd(), "content", "nordkorea-russland");
const seedArticle = JSON.parse(
  readFileSync(path.join(packDir, "article.json"), "utf8"),
) as unknown;
const seedGlossary = JSON.parse(
  readFileSync(path.join(packDir, "glossary.json"), "utf8"),
) as GlossaryData;

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes an article and a glossary into a fresh directory and returns it. */
function pack(glossary: unknown, article: unknown = seedArticle): string {
  const dir = mkdtempSync(path.join(tmpdir(), "glossary-"));
  tempDirs.push(dir);
  writeFileSync(path.join(dir, "article.json"), JSON.stringify(article));
  writeFileSync(path.join(dir, "glossary.json"), JSON.stringify(glossary));
  return dir;
}

/** A deep copy of the seed glossary, changed by `edit`. */
function seedWith(edit: (glossary: GlossaryData) => void): GlossaryData {
  const copy = structuredClone(seedGlossary);
  edit(copy);
  return copy;
}

function loadError(dir: string): string {
  try {
    loadGlossary(dir);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected the glossary to be rejected");
}

describe("loadGlossary", () => {
  it("accepts the seed glossary", () => {
    expect(() => loadGlossary(packDir)).not.toThrow();
  });

  it("rejects a glossary with a missing token and says which word is missing", () => {
    const message = loadError(
      pack(seedWith((g) => g.tokens.s01?.splice(12, 1))),
    ); // "im"
    expect(message).toContain("glossary.json is inconsistent (1 problem):");
    expect(message).toContain(
      'tokens.s01[12]: the word "im" is missing (the sentence has 15 word tokens, the glossary lists 14)',
    );
  });

  it("rejects a glossary whose last token is missing, and reports the entry that is left unused", () => {
    const message = loadError(pack(seedWith((g) => g.tokens.s01?.pop()))); // "fortzusetzen"
    expect(message).toContain(
      'tokens.s01[14]: the word "fortzusetzen" is missing',
    );
    expect(message).toContain(
      'entry "fortsetzen-verb" is not used by any token or expression',
    );
  });

  it("rejects a token that is not in the sentence", () => {
    const message = loadError(
      pack(
        seedWith((g) =>
          g.tokens.s15?.splice(2, 0, {
            text: "Wehrdienst",
            entryId: "dienst-noun",
            gloss: "service",
          }),
        ),
      ),
    );
    expect(message).toContain(
      'tokens.s15[2]: "Wehrdienst" is not a word of the sentence here',
    );
  });

  it("rejects a token whose text differs from the sentence", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          const token = g.tokens.s07?.[7];
          if (token) token.text = "Nord";
        }),
      ),
    );
    expect(message).toContain('tokens.s07[7]: expected "Nord-", found "Nord"');
  });

  it("rejects an unknown entryId and names the token", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          const token = g.tokens.s02?.[0];
          if (token) token.entryId = "das-pronoun";
        }),
      ),
    );
    expect(message).toContain(
      'tokens.s02[0] "Dies": unknown entryId "das-pronoun"',
    );
  });

  it("lists every problem at once", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          g.tokens.s01?.pop();
          const token = g.tokens.s02?.[0];
          if (token) token.entryId = "das-pronoun";
          delete g.tokens.s18;
        }),
      ),
    );
    expect(message).toMatch(/is inconsistent \(\d+ problems\):/);
    expect(message).toContain(
      'tokens.s01[14]: the word "fortzusetzen" is missing',
    );
    expect(message).toContain('unknown entryId "das-pronoun"');
    expect(message).toContain("tokens.s18: sentence has no token list");
    expect(
      message.split("\n").filter((line) => line.startsWith("  - ")).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it("rejects a token list for a text the article does not have", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          g.tokens.s19 = [
            { text: "Ende", entryId: "der-article", gloss: "end" },
          ];
        }),
      ),
    );
    expect(message).toContain(
      "tokens.s19: the article has no such sentence, title or heading",
    );
  });

  it("rejects a noun without gender, naming the entry", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          const noun = g.entries.find((e) => e.id === "unterstuetzung-noun");
          if (noun) delete noun.gender;
        }),
      ),
    );
    expect(message).toContain("does not match the glossary schema");
    expect(message).toMatch(
      /entries\[\d+\]\.gender \(unterstuetzung-noun\): a noun needs a gender/,
    );
  });

  it("rejects a noun without plural information", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          const noun = g.entries.find((e) => e.id === "souveraenitaet-noun");
          if (noun) delete noun.onlyIn;
        }),
      ),
    );
    expect(message).toMatch(
      /\(souveraenitaet-noun\): "plural": null needs "onlyIn"/,
    );
  });

  it("rejects an entry id that does not follow from lemma and part of speech", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          const entry = g.entries.find((e) => e.id === "soldat-noun");
          if (entry) entry.lemma = "Soldaten";
        }),
      ),
    );
    expect(message).toContain(
      'id must be "soldaten-noun" (slug of lemma + pos)',
    );
  });

  it("rejects expression indexes that are out of range or not ascending", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          g.expressions.push({
            id: "s01-bis-zu",
            sentenceId: "s01",
            tokenIndexes: [14, 15],
            entryId: "bis-zu-expression",
            gloss: "up to",
          });
          g.expressions.push({
            id: "s02-bis-zu",
            sentenceId: "s02",
            tokenIndexes: [3, 2],
            entryId: "bis-zu-expression",
            gloss: "up to",
          });
        }),
      ),
    );
    expect(message).toContain(
      'expressions "s01-bis-zu": token index 15 is out of range (s01 has 15 word tokens)',
    );
    expect(message).toContain(
      'expressions "s02-bis-zu": token indexes must be strictly ascending',
    );
  });

  it("rejects an expression whose entry is neither an expression nor a separable verb", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          g.expressions.push({
            id: "s01-kim",
            sentenceId: "s01",
            tokenIndexes: [3, 4],
            entryId: "kim-jong-un-proper-noun",
            gloss: "Kim",
          });
        }),
      ),
    );
    expect(message).toContain(
      'entry "kim-jong-un-proper-noun" is neither an expression nor a separable verb',
    );
  });

  it("rejects a split separable verb that is not recorded with both parts", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          g.expressions = g.expressions.filter((e) => e.id !== "s04-aufwerfen");
        }),
      ),
    );
    expect(message).toContain(
      'tokens.s04[3] "auf": separable prefix of "aufwerfen-verb" is not recorded in expressions',
    );
  });

  it("rejects a split separable verb whose parts are glossed with different entries", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          const auf = g.tokens.s04?.[3];
          if (auf) auf.entryId = "auf-preposition";
        }),
      ),
    );
    expect(message).toContain(
      'token 3 "auf" must have entryId "aufwerfen-verb"',
    );
  });

  it("rejects a glossary for another article", () => {
    const message = loadError(
      pack(
        seedWith((g) => {
          g.articleId = "anderer-artikel";
        }),
      ),
    );
    expect(message).toContain(
      'articleId "anderer-artikel" does not match the article "nordkorea-russland"',
    );
  });

  it("says which file cannot be read", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "glossary-"));
    tempDirs.push(dir);
    expect(() => loadGlossary(dir)).toThrow(/article\.json cannot be read/);
  });
});

describe("entryIdFor", () => {
  it("builds ids from lemma and part of speech", () => {
    expect(entryIdFor("Unterstützung", "noun")).toBe("unterstuetzung-noun");
    expect(entryIdFor("äußern", "verb")).toBe("aeussern-verb");
    expect(entryIdFor("Kim Jong-un", "proper-noun")).toBe(
      "kim-jong-un-proper-noun",
    );
    expect(entryIdFor("um … zu", "expression")).toBe("um-zu-expression");
  });
});

describe("a small hand-made article", () => {
  const article = {
    id: "probe",
    title: { de: "Probe", en: "Test" },
    sourceFile: "probe.txt",
    sections: [
      {
        id: "intro",
        heading: null,
        label: { de: "Einleitung", en: "Introduction" },
      },
    ],
    sentences: [
      {
        id: "s01",
        sectionId: "intro",
        paragraph: 1,
        de: "Ein Soldat sah viele Soldaten.",
        en: "A soldier saw many soldiers.",
        factBearing: false,
      },
      {
        id: "s02",
        sectionId: "intro",
        paragraph: 1,
        de: "Er kündigte den Besuch an.",
        en: "He announced the visit.",
        factBearing: false,
      },
    ],
  };
  const entry = (
    lemma: string,
    pos: GlossaryData["entries"][number]["pos"],
    rest: object = {},
  ) => ({
    id: entryIdFor(lemma, pos),
    lemma,
    pos,
    ...rest,
    glosses: [lemma],
  });
  const glossary: GlossaryData = {
    articleId: "probe",
    entries: [
      entry("ein", "article"),
      entry("der", "article"),
      entry("Soldat", "noun", { gender: "m", plural: "Soldaten" }),
      entry("Besuch", "noun", { gender: "m", plural: "Besuche" }),
      entry("sehen", "verb", {
        verb: {
          infinitive: "sehen",
          auxiliary: "haben",
          participle: "gesehen",
          preterite: "sah",
        },
      }),
      entry("ankündigen", "verb", {
        verb: {
          infinitive: "ankündigen",
          separablePrefix: "an",
          auxiliary: "haben",
          participle: "angekündigt",
          preterite: "kündigte an",
        },
      }),
      entry("viel", "pronoun"),
      entry("er", "pronoun"),
    ],
    tokens: {
      s01: [
        { text: "Ein", entryId: "ein-article", gloss: "a" },
        {
          text: "Soldat",
          entryId: "soldat-noun",
          gloss: "soldier",
          form: "nominative singular",
        },
        { text: "sah", entryId: "sehen-verb", gloss: "saw" },
        { text: "viele", entryId: "viel-pronoun", gloss: "many" },
        {
          text: "Soldaten",
          entryId: "soldat-noun",
          gloss: "soldiers",
          form: "accusative plural",
        },
      ],
      s02: [
        { text: "Er", entryId: "er-pronoun", gloss: "he" },
        { text: "kündigte", entryId: "ankuendigen-verb", gloss: "announced" },
        { text: "den", entryId: "der-article", gloss: "the" },
        { text: "Besuch", entryId: "besuch-noun", gloss: "visit" },
        {
          text: "an",
          entryId: "ankuendigen-verb",
          gloss: "announced",
          form: "separable prefix",
        },
      ],
    },
    expressions: [
      {
        id: "s02-ankuendigen",
        sentenceId: "s02",
        tokenIndexes: [1, 4],
        entryId: "ankuendigen-verb",
        gloss: "announced",
      },
    ],
  };
  const loaded = loadGlossary(pack(glossary, article));

  it('counts "Soldat" and "Soldaten" as one lemma occurring twice', () => {
    const counts = loaded.countLemmas();
    expect(counts.get("soldat-noun")).toBe(2);
    expect(loaded.lemmaOf("s01", 1)).toBe("Soldat");
    expect(loaded.lemmaOf("s01", 4)).toBe("Soldat");
  });

  it("counts distinct lemmas, with a split separable verb once", () => {
    const counts = loaded.countLemmas();
    expect(counts.size).toBe(8);
    expect(counts.get("ankuendigen-verb")).toBe(1);
    expect(loaded.countLemmas(["s01"]).size).toBe(4);
  });

  it("shows the separable verb from either part", () => {
    for (const index of [1, 4]) {
      expect(loaded.lookupToken("s02", index)).toMatchObject({
        infinitive: "ankündigen",
        separable: { prefix: "an", parts: [1, 4] },
      });
    }
  });

  it("has no problems", () => {
    expect(
      findGlossaryProblems(loaded.data, articleSchema.parse(article)),
    ).toEqual([]);
  });
});
