// Aligns a pasted English translation with the German sentences of an article, for the studio's
// side-by-side editor, where the teacher fixes what the alignment got wrong.
//
// The English is segmented into sentences, then a dynamic programme finds the cheapest chain
// of beads, each pairing German and English sentences 1:1, 1:2, 2:1, 1:0 or 0:1 (Gale & Church
// 1993: a bead's cost is -log of its prior times the probability of its length ratio, lengths
// in characters, ratio and variance estimated from the two texts). Anchors sharpen it: numbers
// (10.000 = 10,000) and words written the same in both texts (names such as "Kursk", "KCNA")
// cost when a bead pairs them with a sentence that lacks them and earn when both have them.
// A sentence left out (1:0) or added (0:1) costs its prior only.
// Each German sentence gets the English of its bead and a confidence from 0 to 1: how well the
// lengths and anchors fit, lower for beads other than 1:1, and 0 for a sentence left without
// English or whose English went to its neighbour in a 2:1 bead.
import { splitSentences } from "@/lib/studio/segment";

export type BeadShape = "1:1" | "1:2" | "2:1" | "1:0" | "0:1";

export type Bead = {
  shape: BeadShape;
  /** Indexes of the German sentences of the bead, ascending. */
  de: number[];
  /** Indexes of the English sentences of the bead, ascending. */
  en: number[];
  confidence: number;
};

export type AlignedSentence = {
  /** The English for this German sentence; "" when the alignment found none. */
  en: string;
  confidence: number;
  shape: BeadShape;
};

export type Alignment = {
  english: string[];
  beads: Bead[];
  sentences: AlignedSentence[];
};

const SHAPES: { shape: BeadShape; de: number; en: number; prior: number }[] = [
  { shape: "1:1", de: 1, en: 1, prior: 0.89 },
  { shape: "1:0", de: 1, en: 0, prior: 0.0099 / 2 },
  { shape: "0:1", de: 0, en: 1, prior: 0.0099 / 2 },
  { shape: "2:1", de: 2, en: 1, prior: 0.089 / 2 },
  { shape: "1:2", de: 1, en: 2, prior: 0.089 / 2 },
];
/** Gale & Church's variance of the length difference per character. */
const VARIANCE = 6.8;
const ANCHOR_MISSING_COST = 2;
const ANCHOR_SHARED_GAIN = 1;

/** Aligns the English text, which is segmented first, with the German sentences. */
export function alignTranslation(
  german: readonly string[],
  englishText: string,
): Alignment {
  const english = englishText
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .flatMap((paragraph) =>
      splitSentences(paragraph.replace(/\s+/g, " ").trim(), "en"),
    );
  return alignSentences(german, english);
}

export function alignSentences(
  german: readonly string[],
  english: readonly string[],
): Alignment {
  const ratio =
    Math.max(1, sum(english.map((s) => s.length))) /
    Math.max(1, sum(german.map((s) => s.length)));
  const shared = sharedWords(german, english);
  const deAnchors = german.map((s) => anchorsOf(s, shared));
  const enAnchors = english.map((s) => anchorsOf(s, shared));

  const rows = german.length + 1;
  const columns = english.length + 1;
  const cost = new Float64Array(rows * columns).fill(Infinity);
  const step = new Int8Array(rows * columns).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) {
      const here = cost[i * columns + j] as number;
      if (here === Infinity) continue;
      SHAPES.forEach((shape, index) => {
        const ni = i + shape.de;
        const nj = j + shape.en;
        if (ni >= rows || nj >= columns) return;
        const beadCost =
          here +
          lengthCost(shape, german.slice(i, ni), english.slice(j, nj), ratio) +
          anchorCost(
            deAnchors.slice(i, ni).flat(),
            enAnchors.slice(j, nj).flat(),
          );
        if (beadCost < (cost[ni * columns + nj] as number)) {
          cost[ni * columns + nj] = beadCost;
          step[ni * columns + nj] = index;
        }
      });
    }

  const beads: Bead[] = [];
  let i = german.length;
  let j = english.length;
  while (i > 0 || j > 0) {
    const shape = SHAPES[step[i * columns + j] as number];
    if (shape === undefined) throw new Error("alignment has no path");
    const de = range(i - shape.de, i);
    const en = range(j - shape.en, j);
    beads.unshift({
      shape: shape.shape,
      de,
      en,
      confidence: confidenceOf(
        shape,
        de.map((k) => german[k] ?? ""),
        en.map((k) => english[k] ?? ""),
        ratio,
        de.flatMap((k) => deAnchors[k] ?? []),
        en.flatMap((k) => enAnchors[k] ?? []),
      ),
    });
    i -= shape.de;
    j -= shape.en;
  }
  return {
    english: [...english],
    beads,
    sentences: perGermanSentence(german.length, english, beads),
  };
}

function perGermanSentence(
  count: number,
  english: readonly string[],
  beads: Bead[],
): AlignedSentence[] {
  const sentences: AlignedSentence[] = Array.from({ length: count }, () => ({
    en: "",
    confidence: 0,
    shape: "1:0" as BeadShape,
  }));
  let previous: AlignedSentence | undefined;
  for (const bead of beads) {
    const text = bead.en.map((k) => english[k] ?? "").join(" ");
    if (bead.de.length === 0) {
      // An English sentence without German: kept with the sentence before it, to be checked.
      const target = previous ?? sentences[0];
      if (target) {
        target.en = target.en === "" ? text : `${target.en} ${text}`;
        target.confidence = Math.min(target.confidence, bead.confidence);
      }
      continue;
    }
    bead.de.forEach((k, position) => {
      const sentence = sentences[k] as AlignedSentence;
      sentence.shape = bead.shape;
      sentence.en = position === 0 ? text : "";
      sentence.confidence = position === 0 ? bead.confidence : 0;
      previous = sentence;
    });
  }
  return sentences;
}

function lengthCost(
  shape: (typeof SHAPES)[number],
  german: string[],
  english: string[],
  ratio: number,
): number {
  // A sentence left out or added has no length to compare: its prior is its whole cost.
  if (shape.de === 0 || shape.en === 0) return -Math.log(shape.prior);
  return -Math.log(shape.prior) - Math.log(lengthFit(german, english, ratio));
}

/** The probability of a length difference at least this large (two-sided), floored. */
function lengthFit(german: string[], english: string[], ratio: number): number {
  const deLength = sum(german.map((s) => s.length));
  const enLength = sum(english.map((s) => s.length));
  const expected = Math.max(1, (deLength + enLength / ratio) / 2);
  const delta = (enLength - deLength * ratio) / Math.sqrt(expected * VARIANCE);
  return Math.max(1e-12, 2 * (1 - normalCdf(Math.abs(delta))));
}

function anchorCost(de: string[], en: string[]): number {
  if (de.length === 0 || en.length === 0) return 0;
  const { matched, missing } = compareAnchors(de, en);
  return ANCHOR_MISSING_COST * missing - ANCHOR_SHARED_GAIN * matched;
}

function compareAnchors(de: string[], en: string[]) {
  const remaining = [...en];
  let matched = 0;
  for (const anchor of de) {
    const at = remaining.indexOf(anchor);
    if (at >= 0) {
      remaining.splice(at, 1);
      matched += 1;
    }
  }
  return { matched, missing: de.length - matched + remaining.length };
}

function confidenceOf(
  shape: (typeof SHAPES)[number],
  german: string[],
  english: string[],
  ratio: number,
  deAnchors: string[],
  enAnchors: string[],
): number {
  if (shape.de === 0 || shape.en === 0) return 0;
  const { matched, missing } = compareAnchors(deAnchors, enAnchors);
  const anchors =
    matched + missing === 0 ? 1 : (matched + 1) / (matched + missing + 1);
  const shapeFactor = shape.shape === "1:1" ? 1 : 0.5;
  return round(
    Math.sqrt(lengthFit(german, english, ratio)) * anchors * shapeFactor,
  );
}

/** Words written the same in both texts (names, acronyms), longer than two letters. */
function sharedWords(
  german: readonly string[],
  english: readonly string[],
): Set<string> {
  const words = (texts: readonly string[]) =>
    new Set(texts.flatMap((t) => t.match(/\p{Lu}[\p{L}\p{M}-]{2,}/gu) ?? []));
  const deWords = words(german);
  return new Set([...words(english)].filter((w) => deWords.has(w)));
}

function anchorsOf(sentence: string, shared: Set<string>): string[] {
  const numbers = (sentence.match(/\d[\d.,]*\d|\d/g) ?? []).map((n) =>
    // 10.000 and 10,000 are one number; a decimal part stays: 2,5 and 2.5 → 2x5.
    /^\d{1,3}(?:[.,]\d{3})+$/.test(n)
      ? n.replace(/[.,]/g, "")
      : n.replace(/[.,]/g, "x"),
  );
  const words = (sentence.match(/\p{Lu}[\p{L}\p{M}-]{2,}/gu) ?? []).filter(
    (w) => shared.has(w),
  );
  return [...numbers, ...words];
}

/** The standard normal distribution function (Abramowitz & Stegun 7.1.26). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) *
      t +
      0.254829592) *
      t *
      Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
