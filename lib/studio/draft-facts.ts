// Fact drafts for an imported article, for the teacher to rewrite and split: each sentence is one
// fact, stated as the sentence itself (and its English), with the hedge the detector proposes.
//
// * kind: the strongest kind among the sentence's detected hedges (estimate > possibility >
//   reported > claim > attributed), "none" when the detector finds nothing;
// * German markers: the words of every cue, a split cue ("soll … haben") as its parts, because a
//   marker must occur in the sentence as written;
// * English markers: the English cue words and qualified figures found in the sentence's English
//   (lib/studio/hedges.ts ENGLISH_MARKERS), the longer of two overlapping ones;
// * source: who is said to say it, when the English names them the same way (names usually are).
// What the draft cannot supply — English for a hedged fact, a source written differently in
// English — is returned as open items instead of being guessed.
import type { Fact, Localized } from "@/lib/content/content-schema";
import type { HedgeKind } from "./hedges";
import { detectHedges, findEnglishCues } from "./hedges";

export type FactSentence = { id: string; de: string; en: string };

const STRENGTH: readonly Exclude<HedgeKind, "none">[] = [
  "estimate",
  "possibility",
  "reported",
  "claim",
  "attributed",
];

export function draftFacts(
  sentences: readonly FactSentence[],
  /** "" or "<article id>-", as the sentence ids carry it (content-schema's idPrefixOf). */
  idPrefix = "",
): {
  /** Statements may still lack their English ("" in a draft pack). */
  facts: Fact[];
  open: string[];
} {
  const open: string[] = [];
  const facts = sentences.map((sentence, index): Fact => {
    const id = `${idPrefix}f${String(index + 1).padStart(2, "0")}`;
    const statement: Localized = { de: sentence.de, en: sentence.en };
    const hedges = detectHedges(sentence.de);
    const kind = STRENGTH.find((k) => hedges.some((h) => h.kind === k));
    if (kind === undefined)
      return {
        id,
        sentenceIds: [sentence.id],
        statement,
        hedge: { kind: "none", markers: { de: [], en: [] } },
      };
    const de = unique(
      hedges.flatMap((h) => h.markers.flatMap((m) => m.split(/\s*…\s*/u))),
    );
    const en = englishMarkers(sentence.en);
    const named = hedges.find((h) => h.source !== undefined)?.source;
    const source =
      named !== undefined && sentence.en.includes(named)
        ? { de: named, en: named }
        : undefined;
    if (sentence.en !== "" && en.length === 0)
      open.push(
        `facts: ${id} (${sentence.id}) is ${kind} ("${de.join('", "')}"); no English words keep the hedge: add them to the English or to markers.en`,
      );
    if (named !== undefined && source === undefined && sentence.en !== "")
      open.push(
        `facts: ${id} (${sentence.id}) names its source "${named}"; give its English as hedge.source`,
      );
    return {
      id,
      sentenceIds: [sentence.id],
      statement,
      hedge: { kind, ...(source ? { source } : {}), markers: { de, en } },
    };
  });
  return { facts, open };
}

function englishMarkers(english: string): string[] {
  const cues = findEnglishCues(english);
  const kept = cues.filter(
    (cue) =>
      !cues.some(
        (other) =>
          other !== cue &&
          other.start <= cue.start &&
          other.end >= cue.end &&
          other.end - other.start > cue.end - cue.start,
      ),
  );
  return unique(kept.map((cue) => cue.marker));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ""))];
}
