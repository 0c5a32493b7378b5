// Measured: the glossary drafter against the seed article's hand-made glossary, with an empty
// lexicon, so none of the seed's own entries can answer for it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { articleSchema } from "@/lib/content/content-schema";
import {
  type GlossaryData,
  type GlossaryEntry,
  glossaryEntrySchema,
  glossarySchema,
} from "@/lib/reader/glossary-schema";
import { importText } from "@/lib/studio/import-text";
import {
  confirmToken,
  coverage,
  draftGlossary,
  draftTextsOf,
  type DraftEntry,
  type GlossaryDraft,
  glossEntry,
  glossToken,
  growLexicon,
  lexiconOf,
  publishableGlossary,
} from "@/lib/studio/glossary-draft";
import { germanMorphology } from "@/lib/studio/morphology";

const packDir = path.join(process.cwd(), "content", "nordkorea-russland");
const readJson = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(packDir, name), "utf8"));
const gold: GlossaryData = glossarySchema.parse(readJson("glossary.json"));
const article = articleSchema.parse(readJson("article.json"));
const goldEntries = new Map(gold.entries.map((e) => [e.id, e]));

let draft: GlossaryDraft;
let draftEntries: Map<string, DraftEntry>;

beforeAll(() => {
  // Loading the data once for the file; it is kept for the process.
  germanMorphology();
  const imported = importText(
    readFileSync(path.join(packDir, "source.de.txt"), "utf8"),
    "txt",
  );
  draft = draftGlossary(article.id, draftTextsOf(imported), new Map());
  draftEntries = new Map(draft.entries.map((e) => [e.id, e]));
}, 60_000);

/** The hand-made glossary's id for a draft text: headings are numbered in the draft. */
function goldTextId(draftTextId: string): string {
  const heading = /^heading-(\d+)$/.exec(draftTextId);
  if (!heading) return draftTextId;
  const sections = article.sections.filter((s) => s.heading !== null);
  return `heading-${sections[Number(heading[1]) - 1]?.id}`;
}

type Pair = { text: string; draft: DraftEntry; gold: GlossaryEntry };

function tokenPairs(): Pair[] {
  return Object.entries(draft.tokens).flatMap(([textId, tokens]) => {
    const goldTokens = gold.tokens[goldTextId(textId)] ?? [];
    expect(
      tokens.map((t) => t.text),
      textId,
    ).toEqual(goldTokens.map((t) => t.text));
    return tokens.map((token, index) => {
      const goldToken = goldTokens[index];
      const draftEntry = draftEntries.get(token.entryId);
      const goldEntry = goldEntries.get(goldToken?.entryId ?? "");
      if (!draftEntry || !goldEntry) throw new Error(`${textId} ${index}`);
      return { text: token.text, draft: draftEntry, gold: goldEntry };
    });
  });
}

describe("glossary drafts of the seed article, with an empty lexicon", () => {
  it("reproduces the seed's 18 sentences from the imported text", () => {
    const sentences = Object.keys(draft.tokens).filter((id) =>
      /^s\d+$/.test(id),
    );
    expect(sentences).toEqual(article.sentences.map((s) => s.id));
  });

  it("agrees with the hand-made glossary on lemma and part of speech for at least 90 % of tokens, and on noun gender for at least 95 %", () => {
    const pairs = tokenPairs();
    const lemmaAndPos = pairs.filter(
      (p) => p.draft.lemma === p.gold.lemma && p.draft.pos === p.gold.pos,
    );
    const nouns = pairs.filter((p) => p.gold.pos === "noun");
    const genderAgrees = nouns.filter((p) => p.draft.gender === p.gold.gender);
    const cover = coverage(draft);
    const figures = {
      tokens: pairs.length,
      lemmaPosAgreement: round(lemmaAndPos.length / pairs.length),
      lemmaPosAgreeing: lemmaAndPos.length,
      nounTokens: nouns.length,
      nounGenderAgreement: round(genderAgrees.length / nouns.length),
      nounGenderAgreeing: genderAgrees.length,
      resolvedShare: round(cover.resolvedShare),
      glossedShare: round(cover.glossedShare),
    };
    console.log(`glossary-draft seed figures ${JSON.stringify(figures)}`);
    const disagreements = pairs
      .filter((p) => !lemmaAndPos.includes(p))
      .map(
        (p) =>
          `${p.text}: ${p.draft.lemma}/${p.draft.pos} (hand-made: ${p.gold.lemma}/${p.gold.pos})`,
      );
    console.log(`lemma/POS disagreements:\n  ${disagreements.join("\n  ")}`);
    expect(figures.lemmaPosAgreement).toBeGreaterThanOrEqual(0.9);
    expect(figures.nounGenderAgreement).toBeGreaterThanOrEqual(0.95);
    // Nothing is glossed without a lexicon.
    expect(cover.glossed).toBe(0);
  });

  it("joins the split separable verb of the seed (wirft … auf → aufwerfen)", () => {
    expect(draft.expressions).toContainEqual(
      expect.objectContaining({
        sentenceId: "s04",
        tokenIndexes: [1, 3],
        entryId: "aufwerfen-verb",
      }),
    );
    expect(draftEntries.get("aufwerfen-verb")?.verb).toMatchObject({
      infinitive: "aufwerfen",
      separablePrefix: "auf",
      participle: "aufgeworfen",
      preterite: "warf auf",
    });
  });
});

describe("glossary drafts with the seed's lexicon", () => {
  it("glosses every token whose entry the lexicon has, and can be published only when all are resolved and glossed", () => {
    const lexicon = lexiconOf([gold]);
    const imported = importText(
      readFileSync(path.join(packDir, "source.de.txt"), "utf8"),
      "txt",
    );
    const withLexicon = draftGlossary(
      article.id,
      draftTextsOf(imported),
      lexicon,
    );
    const tokens = Object.values(withLexicon.tokens).flat();
    for (const token of tokens)
      expect(token.glossed, token.text).toBe(lexicon.has(token.entryId));
    const cover = coverage(withLexicon);
    console.log(
      `glossary-draft seed coverage with the seed lexicon ${JSON.stringify({ ...cover, resolvedShare: round(cover.resolvedShare), glossedShare: round(cover.glossedShare) })}`,
    );
    expect(cover.glossed).toBeGreaterThan(0);
    const result = publishableGlossary(withLexicon);
    expect("problems" in result && result.problems.length > 0).toBe(
      cover.glossed < cover.tokens || cover.resolved < cover.tokens,
    );
  });

  it("marks nouns the data lists in one number only as singular-only or plural-only, as the schema wants", () => {
    const small = draftGlossary(
      "probe",
      [{ id: "s01", text: "Trotz der Kosten kamen die Eltern." }],
      new Map(),
    );
    const entry = (id: string) => small.entries.find((e) => e.id === id);
    expect(entry("kosten-noun")).toMatchObject({
      plural: null,
      onlyIn: "plural",
    });
    expect(entry("eltern-noun")).toMatchObject({
      plural: null,
      onlyIn: "plural",
    });
    for (const noun of small.entries.filter((e) => e.pos === "noun"))
      expect(
        glossaryEntrySchema.safeParse({ ...noun, glosses: ["x"] }).error
          ?.issues,
        noun.id,
      ).toBeUndefined();
    const singular = draftGlossary(
      "probe",
      [{ id: "s01", text: "Er zeigte seinen Trotz." }],
      new Map(),
    );
    expect(singular.entries.find((e) => e.id === "trotz-noun")).toMatchObject({
      gender: "m",
      plural: null,
      onlyIn: "singular",
    });
  });

  it("publishes a fully confirmed and glossed draft as a valid glossary.json", () => {
    const small = draftGlossary(
      "probe",
      [{ id: "s01", text: "Die Soldaten bleiben." }],
      new Map([
        ["der-article", ["the"]],
        ["soldat-noun", ["soldier"]],
        ["bleiben-verb", ["to remain", "to stay"]],
      ]),
    );
    const result = publishableGlossary(small);
    if (!("glossary" in result)) throw new Error(result.problems.join("; "));
    expect(
      result.glossary.tokens.s01?.map((t) => [t.text, t.entryId, t.gloss]),
    ).toEqual([
      ["Die", "der-article", "the"],
      ["Soldaten", "soldat-noun", "soldier"],
      ["bleiben", "bleiben-verb", "to remain"],
    ]);
    expect(result.glossary.entries).toContainEqual(
      expect.objectContaining({
        id: "soldat-noun",
        gender: "m",
        plural: "Soldaten",
      }),
    );
  });
});

/**
 * A paragraph written for this test, not tuned on: split separable verbs, compounds,
 * abbreviations, numbers. Expected values checked by hand against Duden: [token, lemma, part
 * of speech, gender of nouns].
 */
const UNSEEN = [
  "Die Bundesregierung stellte am Montag ihr neues Klimaschutzpaket vor.",
  "Umweltministerin Steffi Lemke kündigte z. B. höhere Abgaben auf Flugtickets an.",
  "Die Opposition lehnt die Pläne ab, weil sie die Preise für Familien erhöhen.",
  "Nach Angaben des Ministeriums sollen die Einnahmen bis 2030 etwa 3,5 Mrd. Euro betragen.",
  "Die Ministerin wies die Kritik am Dienstag entschieden zurück.",
  "Viele Bürgerinnen und Bürger haben sich bereits an der Umfrage beteiligt.",
];
const UNSEEN_EXPECTED: [string, string, string, string?][][] = [
  [
    ["Die", "der", "article"],
    ["Bundesregierung", "Bundesregierung", "noun", "f"],
    ["stellte", "vorstellen", "verb"],
    ["am", "an", "preposition"],
    ["Montag", "Montag", "noun", "m"],
    ["ihr", "ihr", "pronoun"],
    ["neues", "neu", "adjective"],
    ["Klimaschutzpaket", "Klimaschutzpaket", "noun", "n"],
    ["vor", "vorstellen", "verb"],
  ],
  [
    ["Umweltministerin", "Umweltministerin", "noun", "f"],
    ["Steffi", "Steffi Lemke", "proper-noun"],
    ["Lemke", "Steffi Lemke", "proper-noun"],
    ["kündigte", "ankündigen", "verb"],
    ["z", "z. B.", "abbreviation"],
    ["B", "z. B.", "abbreviation"],
    ["höhere", "hoch", "adjective"],
    ["Abgaben", "Abgabe", "noun", "f"],
    ["auf", "auf", "preposition"],
    ["Flugtickets", "Flugticket", "noun", "n"],
    ["an", "ankündigen", "verb"],
  ],
  [
    ["Die", "der", "article"],
    ["Opposition", "Opposition", "noun", "f"],
    ["lehnt", "ablehnen", "verb"],
    ["die", "der", "article"],
    ["Pläne", "Plan", "noun", "m"],
    ["ab", "ablehnen", "verb"],
    ["weil", "weil", "conjunction"],
    ["sie", "sie", "pronoun"],
    ["die", "der", "article"],
    ["Preise", "Preis", "noun", "m"],
    ["für", "für", "preposition"],
    ["Familien", "Familie", "noun", "f"],
    ["erhöhen", "erhöhen", "verb"],
  ],
  [
    ["Nach", "nach", "preposition"],
    ["Angaben", "Angabe", "noun", "f"],
    ["des", "der", "article"],
    ["Ministeriums", "Ministerium", "noun", "n"],
    ["sollen", "sollen", "verb"],
    ["die", "der", "article"],
    ["Einnahmen", "Einnahme", "noun", "f"],
    ["bis", "bis", "preposition"],
    ["2030", "zweitausenddreißig", "numeral"],
    ["etwa", "etwa", "adverb"],
    ["3,5", "drei Komma fünf", "numeral"],
    ["Mrd", "Mrd.", "abbreviation"],
    ["Euro", "Euro", "noun", "m"],
    ["betragen", "betragen", "verb"],
  ],
  [
    ["Die", "der", "article"],
    ["Ministerin", "Ministerin", "noun", "f"],
    ["wies", "zurückweisen", "verb"],
    ["die", "der", "article"],
    ["Kritik", "Kritik", "noun", "f"],
    ["am", "an", "preposition"],
    ["Dienstag", "Dienstag", "noun", "m"],
    ["entschieden", "entschieden", "adjective"],
    ["zurück", "zurückweisen", "verb"],
  ],
  [
    ["Viele", "viel", "pronoun"],
    ["Bürgerinnen", "Bürgerin", "noun", "f"],
    ["und", "und", "conjunction"],
    ["Bürger", "Bürger", "noun", "m"],
    ["haben", "haben", "verb"],
    ["sich", "sich", "pronoun"],
    ["bereits", "bereits", "adverb"],
    ["an", "an", "preposition"],
    ["der", "der", "article"],
    ["Umfrage", "Umfrage", "noun", "f"],
    ["beteiligt", "beteiligen", "verb"],
  ],
];

describe("glossary drafts of an unseen paragraph, with an empty lexicon", () => {
  let unseen: GlossaryDraft;
  beforeAll(() => {
    unseen = draftGlossary(
      "unseen",
      UNSEEN.map((text, index) => ({ id: `s0${index + 1}`, text })),
      new Map(),
    );
  });

  it("agrees with the values checked by hand (figures printed)", () => {
    const entries = new Map(unseen.entries.map((e) => [e.id, e]));
    const rows = UNSEEN_EXPECTED.flatMap((expected, index) => {
      const tokens = unseen.tokens[`s0${index + 1}`] ?? [];
      expect(tokens.map((t) => t.text)).toEqual(expected.map(([text]) => text));
      return expected.map(([text, lemma, pos, gender], position) => {
        const entry = entries.get(tokens[position]?.entryId ?? "");
        return {
          text,
          expected: { lemma, pos, gender },
          drafted: {
            lemma: entry?.lemma,
            pos: entry?.pos,
            gender: entry?.gender,
          },
        };
      });
    });
    const agreeing = rows.filter(
      (r) =>
        r.drafted.lemma === r.expected.lemma &&
        r.drafted.pos === r.expected.pos,
    );
    const nouns = rows.filter((r) => r.expected.pos === "noun");
    const genders = nouns.filter((r) => r.drafted.gender === r.expected.gender);
    console.log(
      `glossary-draft unseen figures ${JSON.stringify({
        tokens: rows.length,
        lemmaPosAgreement: round(agreeing.length / rows.length),
        nounTokens: nouns.length,
        nounGenderAgreement: round(genders.length / nouns.length),
      })}`,
    );
    expect(agreeing.length / rows.length).toBeGreaterThanOrEqual(0.9);
    expect(genders.length / nouns.length).toBeGreaterThanOrEqual(0.9);
    // The one miss is a gap in the data: it has no "Ticket", so "Flugtickets" is unknown and
    // taken for a name, left unresolved for the teacher.
    expect(
      rows
        .filter(
          (r) =>
            !agreeing.includes(r) ||
            (r.expected.gender && r.drafted.gender !== r.expected.gender),
        )
        .map((r) => `${r.text}: ${r.drafted.lemma}/${r.drafted.pos}`),
    ).toEqual(["Flugtickets: Flugtickets/proper-noun"]);
  });

  it("records each split separable verb as an expression over its two tokens", () => {
    expect(
      unseen.expressions.map((e) => [e.sentenceId, e.tokenIndexes, e.entryId]),
    ).toEqual([
      ["s01", [2, 8], "vorstellen-verb"],
      ["s02", [3, 10], "ankuendigen-verb"],
      ["s03", [2, 5], "ablehnen-verb"],
      ["s05", [2, 8], "zurueckweisen-verb"],
    ]);
  });

  it("gives nouns their plural and verbs their infinitive details, compounds by their head", () => {
    const entry = (id: string) => unseen.entries.find((e) => e.id === id);
    expect(entry("klimaschutzpaket-noun")).toMatchObject({
      gender: "n",
      plural: "Klimaschutzpakete",
    });
    expect(entry("vorstellen-verb")?.verb).toMatchObject({
      infinitive: "vorstellen",
      separablePrefix: "vor",
      participle: "vorgestellt",
      preterite: "stellte vor",
      auxiliary: "haben",
    });
    expect(entry("beteiligen-verb")?.verb).toMatchObject({
      participle: "beteiligt",
    });
    expect(entry("beteiligen-verb")?.verb?.separablePrefix).toBeUndefined();
  });

  it("marks words it only guessed from their capital as unresolved, the rest as resolved", () => {
    const unresolved = Object.values(unseen.tokens)
      .flat()
      .filter((t) => !t.resolved)
      .map((t) => t.text);
    expect(unresolved).toEqual(["Steffi", "Lemke", "Flugtickets"]);
  });
});

/**
 * A second paragraph, written after the rules were final and not tuned on (expected values by
 * hand, Duden's classes: "rund" = ungefähr is an adverb, "das" in "halten das für" a
 * demonstrative pronoun, "als geplant" a participle).
 */
const SECOND_UNSEEN = [
  "Im vergangenen Jahr haben deutsche Schulen rund 8.000 neue Lehrkräfte eingestellt.",
  "Trotzdem fehlen vielerorts Lehrerinnen und Lehrer für Mathematik.",
  "Die Kultusministerkonferenz schlägt deshalb vor, pensionierte Lehrkräfte zurückzuholen.",
  "Kritiker halten das für eine kurzfristige Lösung.",
  "Ein Sprecher des Bildungsministeriums räumte ein, dass die Ausbildung länger dauert als geplant.",
];
const SECOND_UNSEEN_EXPECTED: [string, string, string, string?][] = [
  ["Im", "in", "preposition"],
  ["vergangenen", "vergangen", "adjective"],
  ["Jahr", "Jahr", "noun", "n"],
  ["haben", "haben", "verb"],
  ["deutsche", "deutsch", "adjective"],
  ["Schulen", "Schule", "noun", "f"],
  ["rund", "rund", "adverb"],
  ["8.000", "achttausend", "numeral"],
  ["neue", "neu", "adjective"],
  ["Lehrkräfte", "Lehrkraft", "noun", "f"],
  ["eingestellt", "einstellen", "verb"],
  ["Trotzdem", "trotzdem", "adverb"],
  ["fehlen", "fehlen", "verb"],
  ["vielerorts", "vielerorts", "adverb"],
  ["Lehrerinnen", "Lehrerin", "noun", "f"],
  ["und", "und", "conjunction"],
  ["Lehrer", "Lehrer", "noun", "m"],
  ["für", "für", "preposition"],
  ["Mathematik", "Mathematik", "noun", "f"],
  ["Die", "der", "article"],
  ["Kultusministerkonferenz", "Kultusministerkonferenz", "noun", "f"],
  ["schlägt", "vorschlagen", "verb"],
  ["deshalb", "deshalb", "adverb"],
  ["vor", "vorschlagen", "verb"],
  ["pensionierte", "pensioniert", "adjective"],
  ["Lehrkräfte", "Lehrkraft", "noun", "f"],
  ["zurückzuholen", "zurückholen", "verb"],
  ["Kritiker", "Kritiker", "noun", "m"],
  ["halten", "halten", "verb"],
  ["das", "der", "pronoun"],
  ["für", "für", "preposition"],
  ["eine", "ein", "article"],
  ["kurzfristige", "kurzfristig", "adjective"],
  ["Lösung", "Lösung", "noun", "f"],
  ["Ein", "ein", "article"],
  ["Sprecher", "Sprecher", "noun", "m"],
  ["des", "der", "article"],
  ["Bildungsministeriums", "Bildungsministerium", "noun", "n"],
  ["räumte", "einräumen", "verb"],
  ["ein", "einräumen", "verb"],
  ["dass", "dass", "conjunction"],
  ["die", "der", "article"],
  ["Ausbildung", "Ausbildung", "noun", "f"],
  ["länger", "lang", "adjective"],
  ["dauert", "dauern", "verb"],
  ["als", "als", "conjunction"],
  ["geplant", "planen", "verb"],
];

describe("glossary drafts of a second unseen paragraph, not tuned on", () => {
  it("agrees with the values checked by hand for at least 85 % of tokens (figures printed)", () => {
    const draft = draftGlossary(
      "unseen-2",
      SECOND_UNSEEN.map((text, index) => ({ id: `s0${index + 1}`, text })),
      new Map(),
    );
    const entries = new Map(draft.entries.map((e) => [e.id, e]));
    const tokens = Object.values(draft.tokens).flat();
    expect(tokens.map((t) => t.text)).toEqual(
      SECOND_UNSEEN_EXPECTED.map(([text]) => text),
    );
    const rows = SECOND_UNSEEN_EXPECTED.map(([text, lemma, pos, gender], k) => {
      const entry = entries.get(tokens[k]?.entryId ?? "");
      return { text, lemma, pos, gender, entry };
    });
    const agreeing = rows.filter(
      (r) => r.entry?.lemma === r.lemma && r.entry.pos === r.pos,
    );
    const nouns = rows.filter((r) => r.pos === "noun");
    const genders = nouns.filter((r) => r.entry?.gender === r.gender);
    console.log(
      `glossary-draft second unseen figures ${JSON.stringify({
        tokens: rows.length,
        lemmaPosAgreement: round(agreeing.length / rows.length),
        nounTokens: nouns.length,
        nounGenderAgreement: round(genders.length / nouns.length),
        misses: rows
          .filter((r) => !agreeing.includes(r))
          .map((r) => `${r.text}: ${r.entry?.lemma}/${r.entry?.pos}`),
      })}`,
    );
    expect(agreeing.length / rows.length).toBeGreaterThanOrEqual(0.85);
    expect(genders.length / nouns.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the teacher's confirmations and glosses", () => {
  const sentence = "Kim Jong-un stellte am Montag Truppen vor.";
  const fresh = () =>
    draftGlossary("probe", [{ id: "s01", text: sentence }], new Map());

  it("confirms a guessed name, or corrects a card to another entry, dropping entries no longer used", () => {
    let draft = fresh();
    expect(coverage(draft)).toMatchObject({ tokens: 7, resolved: 5 });
    draft = confirmToken(draft, "s01", 0);
    draft = confirmToken(draft, "s01", 1);
    expect(coverage(draft).resolved).toBe(7);
    expect(draft.tokens.s01?.[0]).toMatchObject({
      entryId: "kim-jong-un-proper-noun",
      source: "teacher",
      resolved: true,
    });

    draft = confirmToken(draft, "s01", 5, {
      lemma: "Truppe",
      pos: "noun",
      gender: "f",
      plural: "Truppen",
    });
    expect(draft.tokens.s01?.[5]?.entryId).toBe("truppe-noun");
    draft = confirmToken(draft, "s01", 5, {
      lemma: "Trupp",
      pos: "noun",
      gender: "m",
      plural: "Trupps",
    });
    expect(draft.entries.map((e) => e.id)).toContain("trupp-noun");
    expect(draft.entries.map((e) => e.id)).not.toContain("truppe-noun");
    expect(() => confirmToken(draft, "s01", 99)).toThrow(RangeError);
  });

  it("glosses an entry for all its tokens and its expression, keeps a sentence's own gloss, and reaches 100 % to publish", () => {
    let draft = fresh();
    for (const index of [0, 1]) draft = confirmToken(draft, "s01", index);
    const glosses: [string, string[]][] = [
      ["kim-jong-un-proper-noun", ["Kim Jong-un"]],
      ["vorstellen-verb", ["to present", "to introduce"]],
      ["an-preposition", ["on", "at"]],
      ["montag-noun", ["Monday"]],
      ["truppe-noun", ["troop", "troops (in the plural)"]],
    ];
    for (const [id, list] of glosses) draft = glossEntry(draft, id, list);
    draft = glossToken(draft, "s01", 2, "presented");
    expect(draft.tokens.s01?.map((t) => t.gloss)).toEqual([
      "Kim Jong-un",
      "Kim Jong-un",
      "presented",
      "on",
      "Monday",
      "troop",
      "to present",
    ]);
    expect(draft.expressions[0]?.gloss).toBe("to present");
    draft = glossEntry(draft, "vorstellen-verb", ["to introduce"]);
    expect(draft.tokens.s01?.[2]?.gloss).toBe("presented");
    expect(draft.tokens.s01?.[6]?.gloss).toBe("to introduce");
    expect(coverage(draft)).toMatchObject({
      resolvedShare: 1,
      glossedShare: 1,
    });
    expect("glossary" in publishableGlossary(draft)).toBe(true);
  });

  it("grows the lexicon, so a lemma glossed once is glossed in the next article", () => {
    let draft = fresh();
    draft = glossEntry(draft, "montag-noun", ["Monday"]);
    const lexicon = growLexicon(new Map([["truppe-noun", ["troop"]]]), draft);
    const next = draftGlossary(
      "next",
      [{ id: "s01", text: "Am Montag kamen die Truppen." }],
      lexicon,
    );
    expect(next.tokens.s01?.map((t) => [t.text, t.gloss, t.glossed])).toEqual([
      ["Am", null, false],
      ["Montag", "Monday", true],
      ["kamen", null, false],
      ["die", null, false],
      ["Truppen", "troop", true],
    ]);
  });
});

describe("German morphology data with the studio's rules", () => {
  const morphology = () => germanMorphology();

  it("reads nouns with gender and plural, and prefers a plural over a nominalised infinitive", () => {
    expect(morphology().nounReadings("Soldaten")[0]).toMatchObject({
      lemma: "Soldat",
      gender: "m",
      plural: "Soldaten",
    });
    expect(morphology().nounReadings("Fragen")[0]).toMatchObject({
      lemma: "Frage",
      number: "plural",
    });
  });

  it("resolves compounds by their head, also hyphenated ones", () => {
    expect(morphology().compoundReading("Klimaschutzpaketen")).toMatchObject({
      lemma: "Klimaschutzpaket",
      gender: "n",
      plural: "Klimaschutzpakete",
    });
    expect(morphology().compoundReading("Atomwaffen-Tests")).toMatchObject({
      lemma: "Atomwaffen-Test",
      gender: "m",
    });
  });

  it("finds verbs through a separable prefix the data lacks and in today's spelling", () => {
    expect(morphology().verbReadings("vorangetrieben")).toContainEqual({
      infinitive: "vorantreiben",
      kind: "past participle",
    });
    expect(morphology().verbReadings("voranzutreiben")).toContainEqual({
      infinitive: "vorantreiben",
      kind: "zu-infinitive",
    });
    expect(
      morphology()
        .verbReadings("beeinflusst")
        .map((r) => r.infinitive),
    ).toContain("beeinflussen");
  });

  it("tells separable from inseparable prefixes by the zu-infinitive", () => {
    expect(morphology().separablePrefix("ankündigen")).toBe("an");
    expect(morphology().separablePrefix("unterstützen")).toBeUndefined();
    expect(
      morphology()
        .verbReadings("stützt")
        .map((r) => r.infinitive),
    ).not.toContain("unterstützen");
    expect(morphology().verbDetails("eingehen")).toMatchObject({
      separablePrefix: "ein",
      auxiliary: "sein",
      participle: "eingegangen",
      preterite: "ging ein",
    });
  });

  it("reads comparatives, -isch adjectives and compound adjectives", () => {
    expect(morphology().adjectiveLemma("höheren")).toBe("hoch");
    expect(morphology().adjectiveLemma("älteste")).toBe("alt");
    expect(morphology().adjectiveLemma("nordkoreanischen")).toBe(
      "nordkoreanisch",
    );
    expect(morphology().adjectiveReading("klimaneutrale")).toEqual({
      lemma: "klimaneutral",
      derived: true,
    });
  });
});

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}
