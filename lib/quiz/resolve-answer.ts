// The way back from a submitted answer to the question's own ids: the browser answers in the
// opaque public ids it was shown (lib/quiz/present.ts), the grader works on authored ids. The first
// step of the answer path (lib/data/answers.ts): an answer that does not resolve is malformed and
// is refused before anything is graded or stored.
import type { Question } from "@/lib/content/schema";
import type { ResolvedAnswer } from "@/lib/grading/grade";
import type { PublicAnswer } from "./answer-schema";
import { idMaps } from "./present";

function mapUnique(
  ids: readonly string[],
  map: Map<string, string>,
): string[] | null {
  if (new Set(ids).size !== ids.length) return null;
  const result: string[] = [];
  for (const id of ids) {
    const authored = map.get(id);
    if (authored === undefined) return null;
    result.push(authored);
  }
  return result;
}

/**
 * Maps a submitted answer (opaque ids) back to authored ids. Returns null when the answer's type
 * differs from the question's, when any id is unknown, when ids that must be unique repeat
 * (multiple, ordering), when an ordering is not a permutation of all items, or when a cloze
 * answer has the wrong number of gaps. Unanswered matching rows are allowed (they score 0).
 */
export function resolveAnswer(
  question: Question,
  answer: PublicAnswer,
): ResolvedAnswer | null {
  if (answer.type !== question.type) return null;
  const maps = idMaps(question);
  switch (answer.type) {
    case "single": {
      const optionId = maps.primary.get(answer.optionId);
      return optionId === undefined ? null : { type: "single", optionId };
    }
    case "multiple": {
      const optionIds = mapUnique(answer.optionIds, maps.primary);
      return optionIds ? { type: "multiple", optionIds } : null;
    }
    case "truefalse":
      return { type: "truefalse", value: answer.value };
    case "numeric":
      return { type: "numeric", text: answer.text };
    case "short":
      return { type: "short", text: answer.text };
    case "cloze":
      return question.type === "cloze" &&
        answer.gaps.length === question.gaps.length
        ? { type: "cloze", gaps: [...answer.gaps] }
        : null;
    case "matching": {
      const pairs: Record<string, string> = {};
      for (const [leftPublic, rightPublic] of Object.entries(answer.pairs)) {
        const left = maps.primary.get(leftPublic);
        const right = maps.right.get(rightPublic);
        if (left === undefined || right === undefined) return null;
        pairs[left] = right;
      }
      return { type: "matching", pairs };
    }
    case "ordering": {
      const order = mapUnique(answer.order, maps.primary);
      return order && order.length === maps.primary.size
        ? { type: "ordering", order }
        : null;
    }
  }
}
