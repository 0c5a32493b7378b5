// A question file (Moodle XML or GIFT) brought into a studio draft: its questions are linked to
// the draft's own sentences (lib/exchange/question-mapping-import.ts) and join the draft's
// question drafts undecided, under the draft's article prefix and after its highest question
// number, so no id is taken twice; the file's categories become proposed quizzes. A question no
// sentence matches comes in unlinked: the teacher chooses its sentence (linkQuestion) or rejects
// it, and it cannot be accepted before (decideQuestion). A file that cannot be read changes
// nothing: the errors say where, and the draft is returned as it was.
import {
  type ContentPack,
  type Language,
  type Question,
  type Quiz,
} from "@/lib/content/content-schema";
import { fillCloze } from "@/lib/content/validate";
import { importQuestions } from "@/lib/exchange/exchange-import";
import { closestSentence } from "@/lib/exchange/question-mapping-links";
import type {
  ExchangeError,
  ExchangeLocation,
  ImportNote,
} from "@/lib/exchange/exchange-model";
import type { QuestionImportRecord } from "./question-import-schema";
import {
  DraftEditError,
  MAX_DRAFT_QUESTIONS,
  newQuestionIds,
  unusedQuizId,
  type StudioDraft,
} from "./studio-draft";

export type QuestionFileImport =
  | { ok: true; draft: StudioDraft; record: QuestionImportRecord }
  | { ok: false; problem: "file"; errors: ExchangeError[] }
  | { ok: false; problem: "tooManyQuestions"; max: number };

export function importQuestionFile(
  draft: StudioDraft,
  source: string,
  options: { fileName: string; language?: Language },
): QuestionFileImport {
  const { pack } = draft;
  const { article } = pack;
  const result = importQuestions(source, {
    ...(options.language ? { language: options.language } : {}),
    // The draft's English may still be empty; the importer only reads the sentences' texts.
    pack: pack as ContentPack,
  });
  if (!result.ok) return { ok: false, problem: "file", errors: result.errors };

  const ids = newQuestionIds(draft, result.questions.length);
  if (!ids)
    return {
      ok: false,
      problem: "tooManyQuestions",
      max: MAX_DRAFT_QUESTIONS,
    };
  const newIdOf = new Map(result.questions.map((q, k) => [q.id, ids[k]!]));
  const questions: Question[] = result.questions.map((q) => ({
    ...q,
    id: newIdOf.get(q.id)!,
    factIds: q.factIds.length > 0 ? q.factIds : factsOf(draft, q.sentenceIds),
  }));

  const takenQuizIds = new Set(pack.quizzes.map((q) => q.id));
  const quizzes: Quiz[] = result.quizzes.map((quiz) => ({
    ...quiz,
    id: unusedQuizId(`${article.id}-${quiz.id}`, takenQuizIds),
    questionIds: quiz.questionIds.map((q) => newIdOf.get(q)!),
  }));

  const { report } = result;
  const numberOf = new Map(article.sentences.map((s, k) => [s.id, k + 1]));
  const withSentenceNumbers = (notes: ImportNote[]): ImportNote[] =>
    notes.map((n) =>
      n.code === "notLinked"
        ? {
            ...n,
            values: {
              candidate: String(
                numberOf.get(String(n.values.candidate)) ?? "none",
              ),
            },
          }
        : n,
    );
  const record: QuestionImportRecord = {
    fileName: options.fileName.slice(0, 200),
    format: result.format,
    language: report.language,
    languageGiven: report.languageFrom === "option",
    untranslated: report.untranslated,
    imported: questions.length,
    linked: questions.filter((q) => q.sentenceIds.length > 0).length,
    quizzes: quizzes.map((q) => q.title[report.language]),
    drafts: report.drafts.map((d) => ({
      name: d.name,
      moodleType: d.moodleType,
      where: d.where,
      linked: d.sentenceIds.length > 0,
      notes: withSentenceNumbers(d.notes),
    })),
    skipped: report.skipped.map((s) => ({
      name: s.name,
      moodleType: s.moodleType,
      where: s.where,
      notes: s.notes,
    })),
  };

  return {
    ok: true,
    record,
    draft: {
      ...draft,
      pack: {
        ...pack,
        questions: [...pack.questions, ...questions],
        quizzes: [...pack.quizzes, ...quizzes],
      },
      lastImport: record,
    },
  };
}

/** The teacher chooses the sentence an (imported, unlinked) question draft rests on. */
export function linkQuestion(
  draft: StudioDraft,
  questionId: string,
  sentenceId: string,
): StudioDraft {
  if (!draft.pack.questions.some((q) => q.id === questionId))
    throw new DraftEditError("unknownQuestion");
  if (!draft.pack.article.sentences.some((s) => s.id === sentenceId))
    throw new DraftEditError("unknownSentence");
  return {
    ...draft,
    pack: {
      ...draft.pack,
      questions: draft.pack.questions.map((q) =>
        q.id === questionId
          ? {
              ...q,
              sentenceIds: [sentenceId],
              factIds: factsOf(draft, [sentenceId]),
            }
          : q,
      ),
    },
  };
}

/**
 * The sentence of the draft an unlinked question most likely comes from, offered to the teacher
 * preselected; null when no sentence comes close. The rule is the importer's own
 * (closestSentence in lib/exchange/question-mapping-links.ts: the largest share of a sentence's
 * content words found in the question's texts, from a quarter and two words up), asked of the
 * draft as it is now rather than stored at import: the teacher may split, merge or reword
 * sentences after the import, which changes their ids and words, and the question's own texts
 * may be edited too.
 */
export function closestSentenceOf(
  draft: StudioDraft,
  question: Question,
): string | null {
  return (
    closestSentence(questionTexts(question), draft.pack.article)?.sentenceId ??
    null
  );
}

/**
 * What a question says, in both languages: its prompt, its explanation (the feedback) and its
 * right answers, the texts the importer links by. Wrong options are left out: they are often
 * taken from other sentences of the article and would pull the question towards them.
 */
export function questionTexts(question: Question): string[] {
  const both = (text: { de: string; en: string }) => [text.de, text.en];
  const options = (
    items: readonly { id: string; text: { de: string; en: string } }[],
    ids: readonly string[],
  ) => items.filter((o) => ids.includes(o.id)).flatMap((o) => both(o.text));
  const texts = [...both(question.prompt), ...both(question.explanation)];
  switch (question.type) {
    case "single":
      return [...texts, ...options(question.options, [question.correct])];
    case "multiple":
      return [...texts, ...options(question.options, question.correct)];
    case "short":
      return [...texts, ...question.accepted.de, ...question.accepted.en];
    case "cloze":
      return [...texts, fillCloze(question.text, question.gaps)];
    case "matching":
      return [
        ...texts,
        ...question.left.flatMap((o) => both(o.text)),
        ...question.right
          .filter((o) => Object.values(question.correct).includes(o.id))
          .flatMap((o) => both(o.text)),
      ];
    case "ordering":
      return [...texts, ...question.items.flatMap((o) => both(o.text))];
    case "truefalse":
    case "numeric":
      return texts;
  }
}

/** The draft's facts that rest on these sentences, as the studio's own drafts carry them. */
function factsOf(draft: StudioDraft, sentenceIds: readonly string[]): string[] {
  return draft.pack.facts
    .filter((f) => f.sentenceIds.some((id) => sentenceIds.includes(id)))
    .map((f) => f.id);
}

/** Where in the file a question or error is, as a key of the Exchange.location messages. */
export function locationMessage(
  where: ExchangeLocation,
):
  | { key: "lineAndElement"; values: { line: number; element: string } }
  | { key: "line"; values: { line: number } }
  | { key: "element"; values: { element: string } }
  | null {
  if (where.line !== undefined && where.element)
    return {
      key: "lineAndElement",
      values: { line: where.line, element: where.element },
    };
  if (where.line !== undefined)
    return { key: "line", values: { line: where.line } };
  if (where.element)
    return { key: "element", values: { element: where.element } };
  return null;
}
