// Whether the authored order of options tells where the key is. Authors tend to write the right
// answer first; the display order is a shuffle of the authored order, so an authored habit is
// information for anyone who can undo or guess that shuffle. Across the bank, no authored position
// may hold the key of single-choice questions (or the correct options of multiple-select ones)
// more often than its fair share plus one, and no multiple-select question may list its correct
// options first.
import type { Question } from "./content-schema";
import type { ContentProblem } from "./problems";

type ChoiceQuestion = Extract<Question, { type: "single" | "multiple" }>;

/** Problems with the authored key positions of a bank's choice questions; [] when there are none. */
export function findKeyPositionSkew(
  questions: readonly Question[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const single = questions.filter(
    (q): q is Extract<Question, { type: "single" }> => q.type === "single",
  );
  const multiple = questions.filter(
    (q): q is Extract<Question, { type: "multiple" }> => q.type === "multiple",
  );
  problems.push(...skewedPositions("single", single));
  problems.push(...skewedPositions("multiple", multiple));
  for (const question of multiple) {
    const leading = question.options.slice(0, question.correct.length);
    if (leading.every((o) => question.correct.includes(o.id))) {
      problems.push({
        kind: "correctOptionsFirst",
        subject: { of: "question", id: question.id, type: "multiple" },
        field: "options",
        params: {},
      });
    }
  }
  return problems;
}

/**
 * For each authored position: how many keys sit there against how many a shuffle would put there
 * (the sum of correct options / options over the questions that have that position).
 */
function skewedPositions(
  choice: "single" | "multiple",
  questions: readonly ChoiceQuestion[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const longest = Math.max(0, ...questions.map((q) => q.options.length));
  for (let position = 0; position < longest; position++) {
    const having = questions.filter((q) => q.options.length > position);
    const fair = having.reduce(
      (sum, q) => sum + [q.correct].flat().length / q.options.length,
      0,
    );
    const held = having.filter((q) =>
      [q.correct].flat().includes(q.options[position]?.id ?? ""),
    ).length;
    const limit = Math.ceil(fair - 1e-9) + 1;
    if (held > limit) {
      problems.push({
        kind: "keyPositionSkew",
        subject: { of: "pack" },
        params: {
          choice,
          position: position + 1,
          held,
          questions: having.length,
          limit,
        },
      });
    }
  }
  return problems;
}
