// The false versions of a fact that true/false drafts offer: a dropped hedge must make the same
// false claim in German and English, or the variant is not offered.
import { describe, expect, it } from "vitest";
import { draftArticle } from "@/lib/studio/article-draft";
import { readArticle } from "@/lib/studio/draft-text";
import { falseVariants } from "@/lib/studio/draft-variants";

/** Each sentence's dropped-hedge variant (or null), from a draft of the two texts. */
function droppedHedges(german: string, english: string) {
  const draft = draftArticle({
    id: "hitze-ab12",
    german: {
      name: "hitze.de.txt",
      text: `Hitzewelle in Südeuropa\n\n${german}\n`,
    },
    english: {
      name: "hitze.en.txt",
      text: `Heatwave in southern Europe\n\n${english}\n`,
    },
    lexicon: new Map(),
    prefixIds: true,
  });
  const reading = readArticle(draft.pack.article, draft.glossary);
  return draft.pack.facts.map(
    (fact) =>
      falseVariants(fact, reading).find((v) => v.kind === "dropped-hedge")
        ?.statement ?? null,
  );
}

/** [what it shows, German sentence, English sentence, the variant offered] */
const OFFERED: [string, string, string, { de: string; en: string }][] = [
  [
    "turns an attribution inside the German sentence into the certainty the English opener claims",
    "Die Hitzewelle hat nach Angaben der Behörden mindestens 40 Menschen das Leben gekostet.",
    "According to the authorities, the heatwave has killed at least 40 people.",
    {
      de: "Die Hitzewelle hat nachweislich 40 Menschen das Leben gekostet.",
      en: "It is confirmed that the heatwave has killed 40 people.",
    },
  ],
  [
    "moves an English attribution at the end to the front, and a name keeps its capital",
    "Laut dem Wetterdienst erreichte Spanien am Wochenende bis zu 46 Grad.",
    "Spain reached up to 46 degrees at the weekend, according to the weather service.",
    {
      de: "Nachweislich erreichte Spanien am Wochenende 46 Grad.",
      en: "It is confirmed that Spain reached 46 degrees at the weekend.",
    },
  ],
  [
    "keeps the German word order when the doubt opens the sentence",
    "Möglicherweise werden solche Hitzewellen häufiger.",
    "Such heatwaves may become more frequent.",
    {
      de: "Nachweislich werden solche Hitzewellen häufiger.",
      en: "Such heatwaves will become more frequent.",
    },
  ],
];

/** [why not, German sentence, English sentence] */
const NOT_OFFERED: [string, string, string][] = [
  [
    "German keeps the source that English drops",
    "Wie die Behörden mitteilten, hat die Hitzewelle mindestens 40 Menschen das Leben gekostet.",
    "According to the authorities, the heatwave has killed at least 40 people.",
  ],
  [
    // "The government says that …" is an attribution the English rules do not take apart.
    "German drops a source that English keeps",
    "Nach Angaben der Regierung hat Spanien mehr als 2.000 Feuerwehrleute geschickt.",
    "The government says that Spain has sent more than 2,000 firefighters.",
  ],
  [
    // Both drop the source; only the German loses "mindestens", the English keeps "no fewer than".
    "a figure's qualifier is dropped in one language only",
    "Laut den Behörden hat die Hitzewelle mindestens 40 Menschen das Leben gekostet.",
    "According to the authorities, the heatwave has killed no fewer than 40 people.",
  ],
];

describe("a dropped-hedge variant", () => {
  it.each(OFFERED)("%s", (_what, german, english, variant) => {
    expect(droppedHedges(german, english)).toEqual([variant]);
  });

  it.each(NOT_OFFERED)("is not offered when %s", (_why, german, english) => {
    expect(droppedHedges(german, english)).toEqual([null]);
  });
});
