// One summary of a GIFT parse, from gift-pegjs's output (the GIFT grammar's expected parses, or
// gift-pegjs run on our own export) and from our reader's, so the two can be compared.
import { htmlToPlainText, type TextFormat } from "@/lib/exchange/exchange-html";
import type { ExchangeFile } from "@/lib/exchange/exchange-model";

type PegText = { format: TextFormat; text: string } | null;
type PegNumber = {
  type: "simple" | "range" | "high-low";
  number?: number;
  range?: number;
  numberHigh?: number;
  numberLow?: number;
};
type PegChoice = {
  isCorrect: boolean;
  weight: number | null;
  text: PegText | PegNumber;
  feedback: PegText;
};
export type PegQuestion = {
  id?: string | null;
  tags?: string[] | null;
  type: string;
  title: string | null;
  stem?: PegText;
  globalFeedback?: PegText;
  choices?: PegChoice[] | PegNumber;
  isTrue?: boolean;
  trueFeedback?: PegText;
  falseFeedback?: PegText;
  matchPairs?: { subquestion: PegText; subanswer: string }[];
};

/** Texts compared as a reader sees them: markup gone, runs of space one space, none before punctuation. */
function spaced(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/ ([.,;:!?])/g, "$1")
    .trim();
}
function pegText(text: PegText): string {
  return text ? spaced(htmlToPlainText(text.text, text.format).text) : "";
}
function pegNumber(n: PegNumber) {
  if (n.type === "high-low") {
    const value = ((n.numberHigh ?? 0) + (n.numberLow ?? 0)) / 2;
    return { value, tolerance: (n.numberHigh ?? 0) - value };
  }
  return { value: n.number ?? 0, tolerance: n.range ?? 0 };
}
function fraction(choice: PegChoice, byDefault: number): number {
  if (choice.weight !== null) return choice.weight / 100;
  return choice.isCorrect ? 1 : byDefault;
}

/** The expected parse as the same summary our reader's output gives. */
export function expectedSummary(questions: PegQuestion[]) {
  const categories = questions
    .filter((q) => q.type === "Category")
    .map((q) => q.title);
  const notImported = questions
    .filter((q) => q.type === "Description" || q.type === "Essay")
    .map((q) => q.type.toLowerCase());
  const read = questions
    .filter((q) => !["Category", "Description", "Essay"].includes(q.type))
    .map((q) => {
      const base = {
        id: q.id ?? "",
        tags: q.tags ?? [],
        type: q.type,
        stem: pegText(q.stem ?? null),
        feedback: pegText(q.globalFeedback ?? null),
      };
      switch (q.type) {
        case "TF":
          return {
            ...base,
            correct: q.isTrue,
            answerFeedback: [q.trueFeedback, q.falseFeedback].filter(Boolean)
              .length,
          };
        case "Matching":
          return {
            ...base,
            pairs: (q.matchPairs ?? []).map((p) => [
              pegText(p.subquestion),
              p.subanswer.trim(),
            ]),
          };
        case "Numerical": {
          const choices = Array.isArray(q.choices)
            ? q.choices
            : [
                {
                  isCorrect: true,
                  weight: null,
                  text: q.choices as PegNumber,
                  feedback: null,
                },
              ];
          return {
            ...base,
            answers: choices.map((c) =>
              "type" in (c.text ?? {})
                ? {
                    ...pegNumber(c.text as PegNumber),
                    fraction: fraction(c, 0),
                    feedback: pegText(c.feedback),
                  }
                : {
                    value: null,
                    tolerance: 0,
                    fraction: 0,
                    feedback: pegText(c.feedback),
                  },
            ),
          };
        }
        default: {
          const choices = (q.choices as PegChoice[]).map((c) => ({
            text: pegText(c.text as PegText),
            fraction: fraction(c, q.type === "Short" ? 1 : 0),
            feedback: pegText(c.feedback),
          }));
          return { ...base, answers: choices };
        }
      }
    });
  return { categories, notImported, read };
}

export function ourSummary(file: ExchangeFile) {
  return {
    categories: file.categories.map((c) => c.path),
    notImported: file.unsupported.map((u) => u.moodleType),
    read: file.questions.map((q) => ({
      id: q.idnumber,
      tags: q.tags,
      ...bodySummary(q),
    })),
  };
}

function bodySummary(q: ExchangeFile["questions"][number]) {
  const { body } = q;
  const feedback = spaced(q.generalFeedback);
  switch (body.type) {
    case "truefalse":
      return {
        type: "TF",
        stem: spaced(q.text),
        feedback,
        correct: body.correct,
        answerFeedback: body.answerFeedback,
      };
    case "matching":
      return {
        type: "Matching",
        stem: spaced(q.text),
        feedback,
        pairs: body.pairs.map((p) => [spaced(p.left), p.right]),
      };
    case "numerical":
      return {
        type: "Numerical",
        stem: spaced(q.text),
        feedback,
        answers: body.answers.map((a) => ({
          value: a.value,
          tolerance: a.tolerance,
          fraction: a.fraction,
          feedback: spaced(a.feedback),
        })),
      };
    case "cloze": {
      const gap = body.gaps[0];
      const answers = gap && "answers" in gap ? gap.answers : [];
      return {
        type: gap?.kind === "typed" ? "Short" : "MC",
        stem: spaced(
          [q.text, body.text.replace("{{1}}", "_____")]
            .filter(Boolean)
            .join(" "),
        ),
        feedback,
        answers: (
          answers as { text: string; fraction: number; feedback: string }[]
        ).map((a) => ({
          text: spaced(a.text),
          fraction: a.fraction,
          feedback: spaced(a.feedback),
        })),
      };
    }
    case "multichoice":
    case "shortanswer":
      return {
        type: body.type === "multichoice" ? "MC" : "Short",
        stem: spaced(q.text),
        feedback,
        answers: body.answers.map((a) => ({
          text: spaced(a.text),
          fraction: a.fraction,
          feedback: spaced(a.feedback),
        })),
      };
    case "ordering":
      return { type: "Ordering" };
  }
}
