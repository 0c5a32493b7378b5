// The hedge detector, measured against the seed pack's facts and a crafted set of German news
// sentences, plus the behaviour of its parts (figures, bounds, scopes, English cues).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentPack } from "@/lib/content/load";
import type { Fact } from "@/lib/content/content-schema";
import type { DetectedHedge, HedgeKind } from "@/lib/studio/hedges";
import {
  detectHedges,
  findBounds,
  findEnglishCues,
  findFigures,
} from "@/lib/studio/hedges";

const pack = loadContentPack(
  path.join(process.cwd(), "content", "nordkorea-russland"),
);
const sentenceText = new Map(pack.article.sentences.map((s) => [s.id, s.de]));

type Kind = Exclude<HedgeKind, "none">;
const KINDS: readonly Kind[] = [
  "attributed",
  "reported",
  "estimate",
  "possibility",
  "claim",
];

function normal(text: string): string {
  return text.toLocaleLowerCase("de").replace(/\s+/g, " ").trim();
}

/** A marker matches when one contains the other ("Laut Militäranalysten" ⊇ "Militäranalysten"). */
function markersMeet(
  detected: readonly string[],
  expected: readonly string[],
): boolean {
  return detected.some((d) =>
    expected.some(
      (e) => normal(d).includes(normal(e)) || normal(e).includes(normal(d)),
    ),
  );
}

function sharesName(
  detected: string | undefined,
  expected: string | undefined,
): boolean {
  if (!detected || !expected) return false;
  const names = (s: string) =>
    new Set(s.split(/[\s,()]+/).filter((w) => /^\p{Lu}/u.test(w)));
  const expectedNames = names(expected);
  return [...names(detected)].some((w) => expectedNames.has(w));
}

type Tally = {
  expected: number;
  found: number;
  proposed: number;
  correct: number;
};
const emptyTally = (): Tally => ({
  expected: 0,
  found: 0,
  proposed: 0,
  correct: 0,
});

function ratio(n: number, d: number): string {
  return d === 0 ? "  –  " : (n / d).toFixed(2);
}

function printTable(
  title: string,
  tallies: Map<Kind, Tally>,
  overall: Tally,
): void {
  const rows = [
    ...KINDS.map((k) => [k, tallies.get(k) ?? emptyTally()] as const),
    ["overall", overall] as const,
  ];
  const lines = rows.map(
    ([name, t]) =>
      `  ${name.padEnd(12)} recall ${ratio(t.found, t.expected)} (${t.found}/${t.expected})   ` +
      `precision ${ratio(t.correct, t.proposed)} (${t.correct}/${t.proposed})`,
  );
  console.log([title, ...lines].join("\n"));
}

/**
 * Seed-pack measure. Recall: a hedged fact is found when the detector, run on the fact's source
 * sentence(s), proposes a hedge of the fact's kind whose markers meet the fact's German markers.
 * Precision: a proposed hedge is correct when some fact on its sentence has that kind and
 * meeting markers — a sentence can carry a hedged and a plain fact, so a proposal is judged
 * against the facts of its sentence, not against every fact drawn from it.
 */
function measureSeed() {
  const byKind = new Map<Kind, Tally>(KINDS.map((k) => [k, emptyTally()]));
  const overall = emptyTally();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let markerHits = 0;
  let markerTotal = 0;
  let sourceHits = 0;
  let sourceTotal = 0;

  const proposals = new Map<string, DetectedHedge[]>();
  for (const id of new Set(pack.facts.flatMap((f) => f.sentenceIds))) {
    proposals.set(id, detectHedges(sentenceText.get(id) ?? ""));
  }
  const matches = (hedge: DetectedHedge, fact: Fact) =>
    hedge.kind === fact.hedge.kind &&
    markersMeet(hedge.markers, fact.hedge.markers.de);

  for (const fact of pack.facts) {
    const kind = fact.hedge.kind;
    if (kind === "none") continue;
    const tally = byKind.get(kind) ?? emptyTally();
    tally.expected++;
    overall.expected++;
    const hedges = fact.sentenceIds.flatMap((id) => proposals.get(id) ?? []);
    const match = hedges.find((h) => matches(h, fact));
    if (match) {
      tally.found++;
      overall.found++;
      for (const marker of fact.hedge.markers.de) {
        markerTotal++;
        if (markersMeet(match.markers, [marker])) markerHits++;
      }
      if (fact.hedge.source) {
        sourceTotal++;
        if (sharesName(match.source, fact.hedge.source.de)) sourceHits++;
      }
    } else {
      misses.push(
        `${fact.id} (${kind}: ${fact.hedge.markers.de.join(", ")}) → ${summarize(hedges)}`,
      );
    }
  }

  for (const [sentenceId, hedges] of proposals) {
    const facts = pack.facts.filter((f) => f.sentenceIds.includes(sentenceId));
    for (const hedge of hedges) {
      const tally = byKind.get(hedge.kind) ?? emptyTally();
      tally.proposed++;
      overall.proposed++;
      if (facts.some((f) => matches(hedge, f))) {
        tally.correct++;
        overall.correct++;
      } else {
        falseAlarms.push(`${sentenceId}: ${summarize([hedge])}`);
      }
    }
  }
  return {
    byKind,
    overall,
    misses,
    falseAlarms,
    markerHits,
    markerTotal,
    sourceHits,
    sourceTotal,
  };
}

function summarize(hedges: readonly DetectedHedge[]): string {
  if (hedges.length === 0) return "nothing";
  return hedges.map((h) => `${h.kind} [${h.markers.join(", ")}]`).join("; ");
}

type Crafted = { de: string; kind: HedgeKind; marker?: string };

/**
 * German news sentences written for this test, one expected hedge (or none) each, covering the
 * constructions the issue names and a few harder ones. Written by the detector's author, and the
 * detector's word lists were extended after a first run on them ("mitteilte", compounds such as
 * "Polizeiangaben", fractions, "hieß es"), so they are tuning data too.
 */
const CRAFTED: Crafted[] = [
  {
    de: "Nach Angaben des Verteidigungsministeriums wurden bei dem Angriff 23 Menschen verletzt.",
    kind: "attributed",
    marker: "Nach Angaben",
  },
  {
    de: "Die Regierung sagte, die Lage sei unter Kontrolle.",
    kind: "attributed",
    marker: "sagte",
  },
  {
    de: "Die Soldaten sollen sich an Plünderungen beteiligt haben.",
    kind: "reported",
    marker: "sollen",
  },
  {
    de: "Der Minister soll von den Plänen gewusst haben.",
    kind: "reported",
    marker: "soll",
  },
  {
    de: "Bei den Kämpfen starben Schätzungen zufolge rund 1.200 Soldaten.",
    kind: "estimate",
    marker: "Schätzungen",
  },
  {
    de: "Mehr als 300 Menschen wurden evakuiert.",
    kind: "estimate",
    marker: "Mehr als",
  },
  {
    de: "Die Armee hat knapp 40 Panzer verloren.",
    kind: "estimate",
    marker: "knapp",
  },
  {
    de: "Möglicherweise war ein technischer Defekt die Ursache.",
    kind: "possibility",
    marker: "Möglicherweise",
  },
  {
    de: "Der Konflikt könnte sich weiter ausweiten.",
    kind: "possibility",
    marker: "könnte",
  },
  {
    de: "Die Zahl der Opfer dürfte deutlich höher liegen.",
    kind: "possibility",
    marker: "dürfte",
  },
  {
    de: "Der Sprecher erklärte, man habe keine Kenntnis von dem Vorfall.",
    kind: "attributed",
    marker: "erklärte",
  },
  {
    de: "Kritiker werfen der Regierung vor, die Zahlen zu beschönigen.",
    kind: "claim",
    marker: "werfen",
  },
  {
    de: "Die Opposition behauptet, die Wahl sei manipuliert worden.",
    kind: "claim",
    marker: "behauptet",
  },
  {
    de: "Berichten zufolge wurden bis zu 3.000 Soldaten verlegt.",
    kind: "reported",
    marker: "Berichten zufolge",
  },
  {
    de: "Laut einem Bericht der Zeitung wurden die Gespräche abgebrochen.",
    kind: "attributed",
    marker: "Laut",
  },
  { de: "Die Verhandlungen werden am Montag fortgesetzt.", kind: "none" },
  { de: "Die Stadt liegt über dem Fluss.", kind: "none" },
  { de: "Er diente zehn Jahre in der Armee.", kind: "none" },
  { de: "Die Soldaten sollen morgen abreisen.", kind: "none" },
  { de: "Ich habe das Dokument gelesen.", kind: "none" },
  { de: "Die Regierung hat 500 Millionen Euro bereitgestellt.", kind: "none" },
  {
    de: "Über 2.000 Menschen demonstrierten in der Hauptstadt.",
    kind: "estimate",
    marker: "Über",
  },
  {
    de: "Experten schätzen, dass der Wiederaufbau Jahre dauern wird.",
    kind: "estimate",
    marker: "schätzen",
  },
  {
    de: "Nach Einschätzung von Beobachtern ist die Offensive gescheitert.",
    kind: "attributed",
    marker: "Nach Einschätzung",
  },
  { de: "Die Lage ist angespannt.", kind: "none" },
  {
    de: "Es gibt Hinweise darauf, dass die Waffen aus Iran stammen.",
    kind: "reported",
    marker: "Hinweise",
  },
  {
    de: "Wie das Ministerium mitteilte, wurden drei Brücken zerstört.",
    kind: "attributed",
    marker: "mitteilte",
  },
  {
    de: "Der Präsident kündigte an, die Truppen abzuziehen.",
    kind: "attributed",
    marker: "kündigte",
  },
  { de: "Die Angaben lassen sich nicht unabhängig überprüfen.", kind: "none" },
  {
    de: "Angeblich wurden die Dokumente gefälscht.",
    kind: "reported",
    marker: "Angeblich",
  },
  {
    de: "Die Rebellen kontrollieren etwa ein Drittel des Landes.",
    kind: "estimate",
    marker: "etwa",
  },
  {
    de: "Das Treffen scheint gescheitert zu sein.",
    kind: "possibility",
    marker: "scheint",
  },
  {
    de: "Die Explosion kann als Warnung verstanden werden.",
    kind: "possibility",
    marker: "kann",
  },
  {
    de: "Vermutlich stecken die Separatisten hinter dem Anschlag.",
    kind: "possibility",
    marker: "Vermutlich",
  },
  {
    de: "Die UN warnt vor einer Hungersnot.",
    kind: "attributed",
    marker: "warnt",
  },
  { de: "Der Angriff forderte 14 Todesopfer.", kind: "none" },
  {
    de: "Die Zahl der Flüchtlinge stieg auf mindestens 4.500.",
    kind: "estimate",
    marker: "mindestens",
  },
  {
    de: "Nach Polizeiangaben wurden 12 Personen festgenommen.",
    kind: "attributed",
    marker: "Polizeiangaben",
  },
  {
    de: "Die Regierung habe die Lieferungen gestoppt, hieß es aus Diplomatenkreisen.",
    kind: "reported",
    marker: "hieß es",
  },
  {
    de: "Der Kreml bestreitet, Soldaten entsandt zu haben.",
    kind: "claim",
    marker: "bestreitet",
  },
];

/**
 * Written after the last change to the detector and never used to change it: the closest this
 * test has to unseen text. Its figures are printed as they come; its floors only guard against
 * regressions.
 */
const HELD_OUT: Crafted[] = [
  {
    de: "Der Außenminister betonte, man werde die Sanktionen verschärfen.",
    kind: "attributed",
    marker: "betonte",
  },
  {
    de: "Den Angaben der Behörden zufolge kamen mindestens 17 Menschen ums Leben.",
    kind: "attributed",
    marker: "zufolge",
  },
  {
    de: "Die Lieferungen könnten schon im Frühjahr beginnen.",
    kind: "possibility",
    marker: "könnten",
  },
  {
    de: "Vielleicht wird die Grenze bald wieder geöffnet.",
    kind: "possibility",
    marker: "Vielleicht",
  },
  {
    de: "Rund 60 Prozent der Befragten lehnen den Plan ab.",
    kind: "estimate",
    marker: "Rund",
  },
  {
    de: "Die Regierung räumte ein, Fehler gemacht zu haben.",
    kind: "attributed",
    marker: "räumte",
  },
  {
    de: "Der Konzern soll Millionen an Steuern hinterzogen haben.",
    kind: "reported",
    marker: "soll",
  },
  { de: "Die Brücke wurde im Jahr 1990 gebaut.", kind: "none" },
  { de: "Die Polizei nahm am Abend drei Verdächtige fest.", kind: "none" },
  {
    de: "Nach Schätzungen der Vereinten Nationen sind fast eine Million Menschen auf der Flucht.",
    kind: "estimate",
    marker: "Schätzungen",
  },
  {
    de: "Der Präsident wirft dem Nachbarland vor, die Grenze verletzt zu haben.",
    kind: "claim",
    marker: "wirft",
  },
  {
    de: "Offenbar hatte niemand mit dem Angriff gerechnet.",
    kind: "possibility",
    marker: "Offenbar",
  },
  {
    de: "Das Parlament stimmte dem Gesetz mit großer Mehrheit zu.",
    kind: "none",
  },
  {
    de: "Beobachter befürchten eine weitere Eskalation.",
    kind: "attributed",
    marker: "befürchten",
  },
  {
    de: "Wahrscheinlich ist die Zahl der Toten höher als bisher bekannt.",
    kind: "possibility",
    marker: "Wahrscheinlich",
  },
  {
    de: "Die Firma beschäftigt weltweit etwa 12.000 Mitarbeiter.",
    kind: "estimate",
    marker: "etwa",
  },
  {
    de: "Aus Regierungskreisen verlautete, die Gespräche seien gescheitert.",
    kind: "reported",
    marker: "verlautete",
  },
  {
    de: "Die Ministerin kündigte ihren Rücktritt an.",
    kind: "attributed",
    marker: "kündigte",
  },
  {
    de: "Der Zug hatte mehr als zwei Stunden Verspätung.",
    kind: "estimate",
    marker: "mehr als",
  },
  {
    de: "Unklar ist, ob die Waffen geliefert wurden.",
    kind: "possibility",
    marker: "Unklar",
  },
];

function measureSentences(set: readonly Crafted[]) {
  const byKind = new Map<Kind, Tally>(KINDS.map((k) => [k, emptyTally()]));
  const overall = emptyTally();
  const wrong: string[] = [];
  for (const item of set) {
    const hedges = detectHedges(item.de);
    const hit =
      item.kind !== "none" &&
      hedges.some(
        (h) =>
          h.kind === item.kind && markersMeet(h.markers, [item.marker ?? ""]),
      );
    if (item.kind !== "none") {
      const tally = byKind.get(item.kind) ?? emptyTally();
      tally.expected++;
      overall.expected++;
      if (hit) {
        tally.found++;
        overall.found++;
      }
    }
    for (const hedge of hedges) {
      const tally = byKind.get(hedge.kind) ?? emptyTally();
      tally.proposed++;
      overall.proposed++;
      const correct =
        hedge.kind === item.kind &&
        markersMeet(hedge.markers, [item.marker ?? ""]);
      if (correct) {
        tally.correct++;
        overall.correct++;
      }
    }
    if (
      (item.kind !== "none" && !hit) ||
      hedges.some((h) => h.kind !== item.kind)
    ) {
      wrong.push(
        `${item.de} — expected ${item.kind}, got ${summarize(hedges)}`,
      );
    }
  }
  return { byKind, overall, wrong };
}

describe("detectHedges measured on the seed pack's facts", () => {
  const result = measureSeed();

  it("prints recall and precision per kind and overall", () => {
    printTable(
      "Hedge detector on content/nordkorea-russland/facts.json (hedged facts):",
      result.byKind,
      result.overall,
    );
    console.log(
      `  markers of found facts covered: ${result.markerHits}/${result.markerTotal}; ` +
        `sources named: ${result.sourceHits}/${result.sourceTotal}\n` +
        `  missed: ${result.misses.join(" | ") || "none"}\n  false alarms: ${result.falseAlarms.join(" | ") || "none"}`,
    );
    expect(result.overall.expected).toBe(
      pack.facts.filter((f) => f.hedge.kind !== "none").length,
    );
  });

  // The detector's word lists and scope rules were written while reading this article, so these
  // are training figures. The floors sit one or two facts below them: a missed hedge is the
  // costly error (the lint cannot guard what the detector does not see), a false proposal costs
  // the teacher one click, hence the higher floor on recall.
  it("finds at least 90 % of the hedged facts, kind and markers right", () => {
    expect(
      result.overall.found / result.overall.expected,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it("is right about at least 85 % of the hedges it proposes", () => {
    expect(
      result.overall.correct / result.overall.proposed,
    ).toBeGreaterThanOrEqual(0.85);
  });

  it("proposes nothing for the sentences whose facts are all plain", () => {
    const plainSentences = pack.article.sentences.filter((s) =>
      pack.facts
        .filter((f) => f.sentenceIds.includes(s.id))
        .every((f) => f.hedge.kind === "none"),
    );
    expect(plainSentences.length).toBeGreaterThan(0);
    for (const sentence of plainSentences)
      expect(detectHedges(sentence.de), sentence.id).toEqual([]);
  });
});

describe("detectHedges measured on crafted German news sentences", () => {
  const result = measureSentences(CRAFTED);

  it("prints recall and precision per kind and overall", () => {
    printTable(
      `Hedge detector on ${CRAFTED.length} crafted sentences:`,
      result.byKind,
      result.overall,
    );
    console.log(
      `  wrong: ${result.wrong.length ? `\n    ${result.wrong.join("\n    ")}` : "none"}`,
    );
    expect(result.overall.expected).toBeGreaterThan(0);
  });

  // The crafted set includes constructions the detector does not know (compounds such as
  // "Polizeiangaben", fractions, "hieß es" for anonymous sources); the floors leave room for them.
  it("finds at least 80 % of the crafted hedges and is right about at least 80 % of its proposals", () => {
    expect(
      result.overall.found / result.overall.expected,
    ).toBeGreaterThanOrEqual(0.8);
    expect(
      result.overall.correct / result.overall.proposed,
    ).toBeGreaterThanOrEqual(0.8);
  });
});

describe("detectHedges on held-out German news sentences", () => {
  const result = measureSentences(HELD_OUT);

  it("prints recall and precision per kind and overall", () => {
    printTable(
      `Hedge detector on ${HELD_OUT.length} held-out sentences:`,
      result.byKind,
      result.overall,
    );
    console.log(
      `  wrong: ${result.wrong.length ? `\n    ${result.wrong.join("\n    ")}` : "none"}`,
    );
    expect(result.overall.expected).toBeGreaterThan(0);
  });
});

describe("detectHedges on held-out sentences, floors", () => {
  // Regression guards below the first measured figures, not targets: this set must stay unseen.
  it("finds at least 75 % of the held-out hedges and is right about at least 85 % of its proposals", () => {
    const result = measureSentences(HELD_OUT);
    expect(
      result.overall.found / result.overall.expected,
    ).toBeGreaterThanOrEqual(0.75);
    expect(
      result.overall.correct / result.overall.proposed,
    ).toBeGreaterThanOrEqual(0.85);
  });
});

describe("the detector's parts", () => {
  it("reads figures in German and English writing", () => {
    expect(
      findFigures("über 10.000 Soldaten, 50% und zehn Jahre").map(
        (f) => f.value,
      ),
    ).toEqual([10000, 50, 10]);
    expect(
      findFigures("more than 10,000 soldiers, 3.5 and ten years").map(
        (f) => f.value,
      ),
    ).toEqual([10000, 3.5, 10]);
    expect(findFigures("etwa ein Drittel").map((f) => f.value)).toEqual([
      1 / 3,
    ]);
  });

  it("ties a qualifier to the figure after it, with its direction", () => {
    expect(
      findBounds("bis zu 50% betragen", "de").map((b) => b.figure),
    ).toEqual([{ value: 50, text: "50%", direction: "upper" }]);
    expect(
      findBounds("über 10.000 Soldaten", "de").map((b) => b.figure?.direction),
    ).toEqual(["lower"]);
    expect(
      findBounds("rund 1.200", "de").map((b) => b.figure?.direction),
    ).toEqual(["approx"]);
    expect(findBounds("up to 50%", "en").map((b) => b.figure?.value)).toEqual([
      50,
    ]);
    // "über" before an article is a preposition, not a qualifier
    expect(findBounds("Fragen über die Verlustzahlen", "de")).toEqual([]);
  });

  it("joins an estimate, its bound, its modal and the expert who confirms it into one hedge", () => {
    const [hedge, ...rest] = detectHedges(sentenceText.get("s04") ?? "");
    expect(rest).toEqual([]);
    expect(hedge).toMatchObject({
      kind: "estimate",
      markers: ["nach Schätzungen", "bis zu", "könnten", "bestätigte"],
      source: "Militärexperte Seth Jones",
    });
    // The question the sentence raises is not part of the estimate.
    expect(hedge?.scope).not.toContain("Einsatzbedingungen");
  });

  it("keeps two verbs of one speaker apart: a description and a claim", () => {
    const hedges = detectHedges(sentenceText.get("s12") ?? "");
    expect(hedges.map((h) => [h.kind, h.markers])).toEqual([
      ["attributed", ["beschreibt"]],
      ["claim", ["propagiert"]],
    ]);
    expect(hedges.every((h) => h.source?.includes("KCNA"))).toBe(true);
  });

  it("lets a hedge in a subordinate clause qualify only that clause", () => {
    const [hedge] = detectHedges(sentenceText.get("s17") ?? "");
    expect(hedge?.scope.startsWith("da der Verlust")).toBe(true);
    expect(hedge?.scope).not.toContain("angespannt");
  });

  it("ends a source after its nouns: the verb after it is not part of it", () => {
    expect(detectHedges("Laut der Polizei starben viele Menschen.")).toEqual([
      expect.objectContaining({
        kind: "attributed",
        markers: ["Laut der Polizei"],
        source: "Polizei",
      }),
    ]);
    // The modal after the source is found as a hedge of its own.
    const [hedge] = detectHedges(
      "Laut Schätzungen des Wetterdienstes könnte die Zahl der Hitzetage um bis zu 30 Prozent steigen.",
    );
    expect(hedge?.markers).toEqual([
      "Laut Schätzungen des Wetterdienstes",
      "könnte",
      "bis zu",
    ]);
  });

  it("reads a speech verb after the quotation as qualifying what came before", () => {
    const [hedge] = detectHedges(
      "Die Truppen seien abgezogen worden, sagte ein Sprecher des Ministeriums.",
    );
    expect(hedge).toMatchObject({
      kind: "attributed",
      source: "Sprecher des Ministeriums",
    });
    expect(hedge?.scope).toContain("Die Truppen seien abgezogen worden");
  });

  it("finds English hedge words but not the quiz's own framing", () => {
    const families = (text: string) =>
      findEnglishCues(text).map((c) => c.family);
    expect(families("According to the article, the losses were 50%.")).toEqual(
      [],
    );
    expect(
      families("According to estimates, the losses could be up to 50%."),
    ).toEqual(["attribution", "estimate", "possibility", "bound"]);
    expect(families("Troops were reportedly active in Kursk.")).toEqual([
      "report",
    ]);
  });
});
