// The review queue: one FSRS-scheduled queue for the learner's saved words and the quiz questions
// (facts) they have answered. What the browser gets before rating is only the front of a card.
import "server-only";
import type { Language } from "@/lib/content/content-schema";
import { db } from "@/lib/db/client";
import { describeCorrectAnswer } from "@/lib/grading/describe-answer";
import { getLibrary, type Library } from "./library";
import { drillWordOf } from "./vocabulary";
import type { ReviewBack, ReviewFront } from "@/lib/review/review-cards";
import type { ReviewRating } from "@/lib/review/ratings";
import {
  newReviewState,
  rateReview,
  type ReviewState,
} from "@/lib/review/schedule";

const wordKey = (entryId: string) => `word:${entryId}`;
const factKey = (questionId: string) => `fact:${questionId}`;

/** Adds review items for saved words and answered questions that have none yet. */
export async function syncReviewItems(
  learnerId: string,
  now: Date,
): Promise<void> {
  const [words, answered, existing] = await Promise.all([
    db.vocabularyWord.findMany({
      where: { learnerId, status: "saved" },
      select: { entryId: true },
    }),
    db.response.findMany({
      // Only from attempts that may show their answers now, since reviewing shows them: not while
      // an attempt with feedback at the end runs (a set reviewed after submission or after the due
      // date, the public quiz with feedback at the end), and not before the due date of a set
      // reviewed after it. (Spelled as ORs: NOT over an optional relation would also drop attempts
      // without one.)
      where: {
        attempt: {
          learnerId,
          AND: [
            { OR: [{ feedbackMode: { not: "end" } }, { status: "finished" }] },
            {
              OR: [
                { assignmentId: null },
                {
                  assignment: {
                    OR: [
                      { dueAt: null },
                      { dueAt: { lte: now } },
                      { set: { reviewMode: { not: "after_due" } } },
                    ],
                  },
                },
              ],
            },
          ],
        },
      },
      distinct: ["questionId"],
      select: { questionId: true },
    }),
    db.reviewCard.findMany({ where: { learnerId }, select: { itemKey: true } }),
  ]);
  const have = new Set(existing.map((c) => c.itemKey));
  const missing = [
    ...words.map((w) => wordKey(w.entryId)),
    ...answered.map((r) => factKey(r.questionId)),
  ].filter((k) => !have.has(k));
  for (const itemKey of missing) {
    await db.reviewCard.create({
      data: { learnerId, itemKey, ...newReviewState(now) },
    });
  }
}

/**
 * The facts a learner reviews, by article: those behind the questions whose review cards they
 * have (answered, and allowed to see answered; syncReviewItems).
 */
export async function reviewedFactIds(
  learnerId: string,
  library: Pick<Library, "articleOfQuestion" | "questionsById">,
): Promise<Map<string, string[]>> {
  const cards = await db.reviewCard.findMany({
    where: { learnerId, itemKey: { startsWith: factKey("") } },
    select: { itemKey: true },
  });
  const byArticle = new Map<string, Set<string>>();
  for (const { itemKey } of cards) {
    const questionId = itemKey.slice(factKey("").length);
    const article = library.articleOfQuestion(questionId);
    const question = library.questionsById.get(questionId);
    if (!article || !question) continue;
    const facts = byArticle.get(article.id) ?? new Set<string>();
    for (const id of question.factIds) facts.add(id);
    byArticle.set(article.id, facts);
  }
  return new Map([...byArticle].map(([id, facts]) => [id, [...facts]]));
}

/** The fronts of the items due now, oldest due first, and how many are due in all. */
export async function getDueReviews(
  learnerId: string,
  now: Date,
  language: Language,
  /** The library this request read already (a route handler has no per-request memo). */
  known?: Library,
): Promise<ReviewFront[]> {
  const due = await db.reviewCard.findMany({
    where: { learnerId, due: { lte: now } },
    orderBy: { due: "asc" },
    take: 50,
  });
  const words = new Map(
    (await db.vocabularyWord.findMany({ where: { learnerId } })).map((w) => [
      wordKey(w.entryId),
      w,
    ]),
  );
  const library = known ?? (await getLibrary());
  return due.flatMap((card): ReviewFront[] => {
    if (card.itemKey.startsWith("word:")) {
      const saved = words.get(card.itemKey);
      const word = saved ? drillWordOf(saved, library) : null;
      if (!word) return [];
      return [
        {
          itemKey: card.itemKey,
          kind: "word",
          word: word.article ? `${word.article} ${word.lemma}` : word.lemma,
          sentence: {
            before: word.before,
            surface: word.surface,
            after: word.after,
          },
        },
      ];
    }
    const question = library.questionsById.get(
      card.itemKey.slice("fact:".length),
    );
    return question
      ? [
          {
            itemKey: card.itemKey,
            kind: "fact",
            prompt: question.prompt[language],
          },
        ]
      : [];
  });
}

/** The back of a card: the answer and the source sentence(s). Null for an item the learner does not have. */
export async function revealReview(
  learnerId: string,
  itemKey: string,
  language: Language,
): Promise<ReviewBack | null> {
  const card = await db.reviewCard.findUnique({
    where: { learnerId_itemKey: { learnerId, itemKey } },
  });
  if (!card) return null;
  const library = await getLibrary();
  if (itemKey.startsWith("word:")) {
    const saved = await db.vocabularyWord.findUnique({
      where: {
        learnerId_entryId: {
          learnerId,
          entryId: itemKey.slice("word:".length),
        },
      },
    });
    const word = saved ? drillWordOf(saved, library) : null;
    if (!saved || !word) return null;
    return {
      answer: word.glosses.slice(0, 3).join("; "),
      sentences: [
        {
          id: saved.sentenceId,
          de: `${word.before}${word.surface}${word.after}`,
          en: word.sentenceEn,
        },
      ],
    };
  }
  const question = library.questionsById.get(itemKey.slice("fact:".length));
  if (!question) return null;
  return {
    answer: describeCorrectAnswer(question)[language],
    explanation: question.explanation[language],
    sentences: question.sentenceIds.flatMap((id) => {
      const s = library.sentencesById.get(id);
      return s ? [{ id: s.id, de: s.de, en: s.en }] : [];
    }),
  };
}

/** Records how well the learner remembered an item and schedules its next review. */
export async function rateReviewItem(
  learnerId: string,
  itemKey: string,
  rating: ReviewRating,
  now: Date,
): Promise<Date | null> {
  const card = await db.reviewCard.findUnique({
    where: { learnerId_itemKey: { learnerId, itemKey } },
  });
  if (!card) return null;
  const state: ReviewState = rateReview(card, rating, now);
  await db.reviewCard.update({
    where: { learnerId_itemKey: { learnerId, itemKey } },
    data: state,
  });
  return state.due;
}
