// The attack of issue 15 (security part 4), as a curious guest would run it: take the public question
// bank (GET /api/question-bank/[language]) and the project's published source code, and work out the
// order in which the author wrote each question's options. Authors tend to write the correct option
// first, so that order is as good as the key. Used by the unit test (the route handler called
// directly) and the browser test (the bank as the running server serves it).
import { createHash } from "node:crypto";
import type { Language, Question } from "@/lib/content/schema";
import { mulberry32, shuffleWith } from "@/lib/quiz/attempt-order";
import type { PublicOption, PublicQuestion } from "@/lib/quiz/present";

/** The shown list whose authored order the attack is after (for matching: the right column). */
export function shownList(question: PublicQuestion): PublicOption[] | null {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options;
    case "ordering":
      return question.items;
    case "matching":
      return question.right;
    default:
      return null;
  }
}

function authoredList(
  question: Question,
): { text: Record<Language, string> }[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options;
    case "ordering":
      return question.items;
    case "matching":
      return question.right;
    default:
      return [];
  }
}

/**
 * The published code shuffled a question's options with a PRNG seeded from sha256("shuffle:" +
 * question id) alone, so replaying that shuffle on the positions 0..n-1 tells which authored
 * position every shown option came from. Only public inputs: the question id, the shown options.
 */
export function recoverAuthoredOrder(
  question: PublicQuestion,
): string[] | null {
  const shown = shownList(question);
  if (!shown) return null;
  const seed = createHash("sha256")
    .update(`shuffle:${question.id}`)
    .digest()
    .readUInt32BE(0);
  const authoredPositionAt = shuffleWith(
    shown.map((_, i) => i),
    mulberry32(seed),
  );
  const recovered: string[] = [];
  authoredPositionAt.forEach((authored, shownAt) => {
    recovered[authored] = shown[shownAt]!.text;
  });
  return recovered;
}

/** How well the attack does on a bank: questions attacked, orders recovered, first options found. */
export function attackBank(
  bank: PublicQuestion[],
  language: Language,
  authored: ReadonlyMap<string, Question>,
) {
  let attacked = 0;
  let recovered = 0;
  let firstOptionFound = 0;
  for (const question of bank) {
    const guess = recoverAuthoredOrder(question);
    if (!guess) continue;
    const truth = authoredList(authored.get(question.id)!).map(
      (o) => o.text[language],
    );
    attacked++;
    if (guess.join("\n") === truth.join("\n")) recovered++;
    if (guess[0] === truth[0]) firstOptionFound++;
  }
  return { attacked, recovered, firstOptionFound };
}

/** The unkeyed public id of the published code: sha256("<question id>:<authored id>"), 10 hex. */
export const unkeyedPublicId = (questionId: string, authoredId: string) =>
  createHash("sha256")
    .update(`${questionId}:${authoredId}`)
    .digest("hex")
    .slice(0, 10);

/** Every id the bank shows (options, items, both matching columns). */
export const idsOfBank = (bank: PublicQuestion[]) =>
  new Set(
    bank.flatMap((q) =>
      q.type === "matching"
        ? [...q.left, ...q.right].map((o) => o.id)
        : (shownList(q) ?? []).map((o) => o.id),
    ),
  );
