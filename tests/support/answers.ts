// Builds the answers a browser would send (with opaque public ids) for a question of the pack.
import type { Question } from "@/lib/content/content-schema";
import type { PublicAnswer } from "@/lib/quiz/answer-schema";
import { publicId } from "@/lib/quiz/present";

export function correctPublicAnswer(q: Question): PublicAnswer {
  const pid = (id: string) => publicId(q.id, id);
  switch (q.type) {
    case "single":
      return { type: "single", optionId: pid(q.correct) };
    case "multiple":
      return { type: "multiple", optionIds: q.correct.map(pid) };
    case "truefalse":
      return { type: "truefalse", value: q.correct };
    case "numeric":
      return { type: "numeric", text: String(q.correct) };
    case "short":
      return { type: "short", text: q.accepted.de[0]! };
    case "cloze":
      return { type: "cloze", gaps: q.gaps.map((g) => g.accepted[0]!) };
    case "matching":
      return {
        type: "matching",
        pairs: Object.fromEntries(
          Object.entries(q.correct).map(([l, r]) => [pid(l), pid(r)]),
        ),
      };
    case "ordering":
      return { type: "ordering", order: q.correct.map(pid) };
  }
}

export function wrongPublicAnswer(q: Question): PublicAnswer {
  const pid = (id: string) => publicId(q.id, id);
  switch (q.type) {
    case "single":
      return {
        type: "single",
        optionId: pid(q.options.find((o) => o.id !== q.correct)!.id),
      };
    case "multiple":
      return {
        type: "multiple",
        optionIds: [pid(q.options.find((o) => !q.correct.includes(o.id))!.id)],
      };
    case "truefalse":
      return { type: "truefalse", value: !q.correct };
    case "numeric":
      return { type: "numeric", text: String(q.correct + 999) };
    case "short":
      return { type: "short", text: "Atlantis" };
    case "cloze":
      return { type: "cloze", gaps: q.gaps.map(() => "Atlantis") };
    case "matching": {
      const lefts = Object.keys(q.correct);
      // Everyone gets the partner of the next one: no pair right.
      return {
        type: "matching",
        pairs: Object.fromEntries(
          lefts.map((l, i) => [
            pid(l),
            pid(q.correct[lefts[(i + 1) % lefts.length]!]!),
          ]),
        ),
      };
    }
    case "ordering":
      return { type: "ordering", order: [...q.correct].reverse().map(pid) };
  }
}

/** Every authored option/item id of a question (ids that must never reach a browser). */
export function authoredIds(q: Question): string[] {
  switch (q.type) {
    case "single":
    case "multiple":
      return q.options.map((o) => o.id);
    case "ordering":
      return q.items.map((o) => o.id);
    case "matching":
      return [...q.left, ...q.right].map((o) => o.id);
    default:
      return [];
  }
}
