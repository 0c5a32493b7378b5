// "Draft questions again": question drafts for the sentences of a studio draft that have none yet —
// sentences translated after the article was drafted (questions rest only on sentences with
// English, article-draft.ts), or changed by a split or merge, which drops their questions. The
// drafter runs as draftArticle runs it, on the draft as it is now (its English, its facts, its
// glossary with the teacher's cards and glosses), and only what rests on such sentences joins:
//
// * New drafts rest only on sentences that no question of the draft rests on, whatever its
//   decision (a sentence whose drafts were all rejected has had its drafts). A question over several
//   sentences (multiple select, ordering, matching) that also needs a sentence already asked about
//   would be a variant of one the teacher has decided on, so it joins only when all its sentences
//   are new, as for a section translated late. Nothing already in the draft can be a duplicate of
//   a new draft: none rests on the new drafts' sentences.
// * The questions already there keep their edits, decisions and ids; the new ones come undecided
//   with ids after the draft's highest (newQuestionIds), so a published article's fixed ids
//   (`republish`) are never taken.
// * Quizzes: the whole-article quiz and each section's quiz take the new questions in reading
//   order (a section without a quiz gets one); the quick round takes new ones while it has room,
//   by the proposer's rule. Quizzes from a question file stay as they are.
// * Nothing new to draft is refused (DraftEditError "noNewDrafts"), and the draft stays as it was.
import type {
  Article,
  Question,
  Quiz,
  Sentence,
} from "@/lib/content/content-schema";
import { draftGlossaryDataOf } from "./article-draft";
import {
  draftQuestions,
  inReadingOrder,
  proposeQuizzes,
  quickMixPicks,
} from "./draft-questions";
import {
  DraftEditError,
  newQuestionIds,
  unusedQuizId,
  type StudioDraft,
} from "./studio-draft";

/** Sentences with English that questions could rest on but none does. */
export function sentencesWithoutQuestions(draft: StudioDraft): Sentence[] {
  const asked = new Set(draft.pack.questions.flatMap((q) => q.sentenceIds));
  return draft.pack.article.sentences.filter(
    (s) => s.factBearing && s.en !== "" && !asked.has(s.id),
  );
}

export function draftQuestionsAgain(draft: StudioDraft): StudioDraft {
  const waiting = new Set(sentencesWithoutQuestions(draft).map((s) => s.id));
  if (waiting.size === 0) throw new DraftEditError("noNewDrafts");
  const { article, facts } = draft.pack;
  const translated = new Set(
    article.sentences.filter((s) => s.en !== "").map((s) => s.id),
  );
  const drafted = draftQuestions({
    article: {
      ...article,
      sentences: article.sentences.map((s) => ({
        ...s,
        factBearing: s.factBearing && translated.has(s.id),
      })),
    } satisfies Article,
    glossary: draftGlossaryDataOf(draft.glossary),
    facts: facts.filter((f) => f.sentenceIds.every((id) => translated.has(id))),
  }).filter(
    (q) =>
      q.sentenceIds.length > 0 && q.sentenceIds.every((id) => waiting.has(id)),
  );
  if (drafted.length === 0) throw new DraftEditError("noNewDrafts");
  const ids = newQuestionIds(draft, drafted.length);
  if (!ids) throw new DraftEditError("tooManyQuestions");
  const added = drafted.map((q, k) => ({ ...q, id: ids[k]! }));
  return {
    ...draft,
    pack: {
      ...draft.pack,
      questions: [...draft.pack.questions, ...added],
      quizzes: quizzesWith(draft, added),
    },
  };
}

/** The draft's quizzes with the new questions joined, as the proposer would have placed them. */
function quizzesWith(draft: StudioDraft, added: readonly Question[]): Quiz[] {
  const { article } = draft.pack;
  const position = new Map(article.sentences.map((s, k) => [s.id, k]));
  const order = inReadingOrder((id) => position.get(id) ?? 0);
  const byId = new Map(
    [...draft.pack.questions, ...added].map((q) => [q.id, q]),
  );
  const sectionIndex = new Map(article.sections.map((s, k) => [s.id, k]));
  const quizzes = [...draft.pack.quizzes];
  const taken = new Set(quizzes.map((q) => q.id));

  for (const proposed of proposeQuizzes(article, added)) {
    const at = quizzes.findIndex((quiz) =>
      proposed.kind === "mix"
        ? quiz.kind === "mix" && quiz.id === proposed.id
        : quiz.kind === proposed.kind && quiz.sectionId === proposed.sectionId,
    );
    const current = quizzes[at];
    if (current) {
      const inQuiz = current.questionIds.flatMap((id) => byId.get(id) ?? []);
      const joining =
        proposed.kind === "mix"
          ? quickMixPicks(article, added, inQuiz)
          : proposed.questionIds.flatMap((id) => byId.get(id) ?? []);
      quizzes[at] = {
        ...current,
        questionIds: inserted(current.questionIds, joining, byId, order),
      };
      continue;
    }
    // Where the proposer puts it: the whole article first, then the sections in their order,
    // then the quick round.
    const before = (quiz: Quiz) =>
      quiz.kind === "article" ||
      (quiz.kind === "section" &&
        (proposed.kind === "mix" ||
          (proposed.kind === "section" &&
            (sectionIndex.get(quiz.sectionId ?? "") ?? -1) <
              (sectionIndex.get(proposed.sectionId ?? "") ?? -1))));
    const after =
      proposed.kind === "article" ? 0 : quizzes.findLastIndex(before) + 1;
    quizzes.splice(after, 0, {
      ...proposed,
      id: unusedQuizId(proposed.id, taken),
    });
  }
  return quizzes;
}

/** `ids` with the joining questions each put before the first that comes after it in reading order. */
function inserted(
  ids: readonly string[],
  joining: readonly Question[],
  byId: ReadonlyMap<string, Question>,
  order: (a: Question, b: Question) => number,
): string[] {
  const result = [...ids];
  for (const question of [...joining].sort(order)) {
    const at = result.findIndex((id) => {
      const other = byId.get(id);
      return other !== undefined && order(other, question) > 0;
    });
    if (at < 0) result.push(question.id);
    else result.splice(at, 0, question.id);
  }
  return result;
}
