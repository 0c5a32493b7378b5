// Responses as stored: the JSON snapshots a response keeps (the answer given, with its text; the
// correct answer as shown and the solution it was graded against; the source sentences), written
// by the answer path and read back, whichever version wrote them, into feedback and review items.
// The snapshots keep a response's feedback true after the content pack is edited.
import "server-only";
import { z } from "zod";
import {
  paragraphsAround,
  questionById,
  type Catalog,
  type EvidenceSentence,
} from "@/lib/content/catalog";
import {
  localizedSchema,
  type Language,
  type Localized,
  type Question,
} from "@/lib/content/content-schema";
import type { Library } from "./library";
import { describeGivenAnswer } from "@/lib/grading/describe-answer";
import type { ResolvedAnswer } from "@/lib/grading/grade";
import { resolvedAnswerSchema } from "@/lib/quiz/answer-schema";
import type { Feedback, ReviewItem } from "@/lib/quiz/feedback";
import { markAnswer, solutionSchema, type Solution } from "@/lib/quiz/marking";
import { publicId } from "@/lib/quiz/present";

export const storedAnswerSchema = z.object({
  value: z.unknown(),
  display: localizedSchema,
});
export const storedSourcesSchema = z.array(
  z.object({ id: z.string(), de: z.string(), en: z.string() }),
);
/**
 * Response.correctAnswer: the correct answer as shown, in both languages, and (stored since the
 * feedback marks every part; older rows have only the text) the structured solution it was graded
 * against (lib/quiz/marking.ts).
 */
export const storedCorrectAnswerSchema = localizedSchema.extend({
  solution: solutionSchema.optional(),
});

/** An answer as graded: fresh from the grader, or read back from its stored response. */
export type Graded = {
  questionId: string;
  score: number;
  correct: boolean;
  correctAnswer: Localized;
  solution: Solution | null;
  /** What the learner gave, in authored ids; null when a stored answer cannot be read as one. */
  given: ResolvedAnswer | null;
  sources: EvidenceSentence[];
};

/** The snapshot columns of a Response row, as stored. */
export type StoredRow = {
  questionId: string;
  answer: string;
  score: number;
  correct: boolean;
  correctAnswer: string;
  sourceSentences: string;
};

/** A stored response as graded: the snapshots it keeps, whichever form they were written in. */
export function gradedFromRow(row: StoredRow): Graded {
  const { solution, ...correctAnswer } = storedCorrectAnswerSchema.parse(
    JSON.parse(row.correctAnswer),
  );
  // The answer as the grader saw it; a row written by an earlier version may not read as one.
  const given = resolvedAnswerSchema.safeParse(
    storedAnswerSchema.parse(JSON.parse(row.answer)).value,
  );
  return {
    questionId: row.questionId,
    score: row.score,
    correct: row.correct,
    correctAnswer,
    solution: solution ?? null,
    given: given.success ? given.data : null,
    sources: storedSourcesSchema.parse(JSON.parse(row.sourceSentences)),
  };
}

/** The snapshot columns of a new response, in the forms the schemas above read back. */
export function storedSnapshots(
  question: Question,
  graded: Graded & { given: ResolvedAnswer },
): Pick<StoredRow, "answer" | "correctAnswer" | "sourceSentences"> {
  const answer: z.input<typeof storedAnswerSchema> = {
    value: graded.given,
    display: describeGivenAnswer(question, graded.given),
  };
  const correctAnswer: z.input<typeof storedCorrectAnswerSchema> =
    graded.solution
      ? { ...graded.correctAnswer, solution: graded.solution }
      : graded.correctAnswer;
  const sources: z.input<typeof storedSourcesSchema> = graded.sources;
  return {
    answer: JSON.stringify(answer),
    correctAnswer: JSON.stringify(correctAnswer),
    sourceSentences: JSON.stringify(sources),
  };
}

/** The feedback on a graded answer, in one language; the marks in the public ids the learner saw. */
export function feedbackFrom(
  graded: Graded,
  language: Language,
  catalog: Catalog,
): Feedback {
  const question = questionById(catalog, graded.questionId);
  const { solution, given } = graded;
  return {
    score: graded.score,
    correct: graded.correct,
    correctAnswer: graded.correctAnswer[language],
    marking:
      solution && given
        ? markAnswer(solution, given, language, (id) =>
            publicId(graded.questionId, id),
          )
        : null,
    explanation: question.explanation[language],
    sources: graded.sources,
    context: paragraphsAround(
      catalog,
      graded.sources.map((s) => s.id),
    ),
    articleId: catalog.pack.article.id,
  };
}

/** Review items from stored responses (the snapshots they were graded against). */
export function reviewItemsOf(
  responses: (StoredRow & { position: number })[],
  language: Language,
  library: Pick<Library, "catalogOfQuestion">,
): ReviewItem[] {
  return responses.map((r) => {
    const catalog = library.catalogOfQuestion(r.questionId);
    return {
      position: r.position,
      questionId: r.questionId,
      prompt: questionById(catalog, r.questionId).prompt[language],
      given: storedAnswerSchema.parse(JSON.parse(r.answer)).display[language],
      score: r.score,
      feedback: feedbackFrom(gradedFromRow(r), language, catalog),
    };
  });
}
