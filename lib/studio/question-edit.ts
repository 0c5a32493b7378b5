// The studio's question editor: a teacher replaces one question draft with an edited question of
// the same type. The edit passes the checks publishing runs on a question, or it changes nothing
// and says why, as data the page translates:
// * the content schema's question schema (kind "invalidField", naming the field and the limit);
// * the pack's cross-reference checks of one question (lib/content/validate.ts): answer key,
//   distinct options, a cloze that rebuilds its sentence, kept hedges of its facts;
// * the hedge lint (lib/studio/hedge-lint.ts) against its source sentences ("hedgeDropped");
// * give-aways inside the draft's quizzes between it and the accepted questions ("giveaway").
// The question's id, sentences and facts stay the draft's: the evidence it rests on is not
// retargeted by an edit. Items may be added and removed (decision 046), but a question that is
// already published (draft.republish) keeps the items learners' answers refer to: none of its
// items is removed, and no gap, pair or ordering item is added, since a regrade would then mark
// every earlier answer incomplete ("publishedItems"). The editor's form names its items itself;
// a row naming an item the question does not have refuses the edit ("unknownItem").
import { z } from "zod";
import {
  questionSchema,
  type Language,
  type Question,
  type QuestionType,
} from "@/lib/content/content-schema";
import type { GiveawayVia } from "@/lib/content/giveaways";
import type {
  ContentProblem,
  ItemList,
  QuestionField,
} from "@/lib/content/problems";
import { findQuestionIssues } from "@/lib/content/validate";
import { lintQuestion, type HedgeWarning } from "./hedge-lint";
import {
  questionFromForm,
  unknownItemRefs,
  type EditableList,
  type QuestionForm,
} from "./question-form";
import {
  DraftEditError,
  draftGiveaways,
  type StudioDraft,
} from "./studio-draft";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown
  ? Omit<T, K>
  : never;

/** What the teacher must change before an edited question can be saved. */
export type EditProblem =
  | DistributiveOmit<ContentProblem, "subject">
  | {
      kind: "invalidField";
      field: QuestionField | "question";
      params: {
        issue: "empty" | "tooFew" | "tooMany" | "tooSmall" | "invalid";
        limit: number;
      };
    }
  | { kind: "typeChanged"; field?: undefined; params: { type: QuestionType } }
  | {
      kind: "unknownItem";
      field: ItemList;
      /** The row of the editor's list (1-based). */
      params: { list: ItemList; number: number };
    }
  | {
      kind: "publishedItems";
      field: EditableList;
      params: { list: EditableList; change: "added" | "removed" };
    }
  | HedgeProblem
  | {
      kind: "giveaway";
      field: "prompt";
      params: {
        /** The quiz's title in the quiz language of the give-away. */
        quiz: string;
        lang: Language;
        /** Positions of the questions in the draft (1-based), as the page numbers them. */
        earlier: number;
        later: number;
        via: GiveawayVia;
        words: string;
      };
    };

export type HedgeProblem = {
  kind: "hedgeDropped";
  field?: "prompt" | "explanation";
  params: {
    /** "reported": the source is not named, only that someone says it. */
    part: "source" | "reported" | "possibility" | "estimate" | "bound";
    lang: Language;
    /** The source sentence's position in the article (1-based). */
    sentence: number;
    markers: string;
    source: string;
    value: number;
    qualifier: string;
  };
};

/** A hedge-lint warning as a problem the page translates. */
export function hedgeProblem(
  warning: HedgeWarning & { where?: string },
  sentenceNumber: (id: string) => number,
): HedgeProblem {
  const { hedge } = warning;
  return {
    kind: "hedgeDropped",
    ...(warning.where === undefined
      ? {}
      : {
          field: warning.where.endsWith("explanation")
            ? "explanation"
            : "prompt",
        }),
    params: {
      part:
        warning.part === "source" && !hedge.source ? "reported" : warning.part,
      lang: warning.lang,
      sentence: sentenceNumber(warning.sentenceId),
      markers: hedge.markers.map((m) => `„${m}“`).join(", "),
      source: hedge.source ?? "",
      value: warning.bound?.value ?? 0,
      qualifier: warning.bound?.marker ?? "",
    },
  };
}

/**
 * The problems of an edited question (it names its id) in this draft: [] when it may be saved.
 * Pure, for the live check while the teacher types.
 */
export function checkQuestion(
  draft: StudioDraft,
  edited: unknown,
): EditProblem[] {
  const id = z.object({ id: z.string() }).safeParse(edited);
  const original = draft.pack.questions.find((q) => q.id === id.data?.id);
  if (!original) throw new DraftEditError("unknownQuestion");
  return checked(draft, original, edited).problems;
}

/** The draft with the question replaced by the edited one, or the problems that refuse it. */
export function editQuestion(
  draft: StudioDraft,
  questionId: string,
  edited: unknown,
  formProblems: readonly EditProblem[] = [],
): { ok: true; draft: StudioDraft } | { ok: false; problems: EditProblem[] } {
  const original = draftQuestion(draft, questionId);
  const checkedQuestion = checked(draft, original, edited);
  const { question } = checkedQuestion;
  const problems = [...formProblems, ...checkedQuestion.problems];
  if (!question || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    draft: {
      ...draft,
      pack: {
        ...draft.pack,
        questions: draft.pack.questions.map((q) =>
          q.id === questionId ? question : q,
        ),
      },
    },
  };
}

/** The draft's question being edited; an unknown id is refused. */
function draftQuestion(draft: StudioDraft, questionId: string): Question {
  const question = draft.pack.questions.find((q) => q.id === questionId);
  if (!question) throw new DraftEditError("unknownQuestion");
  return question;
}

/** editQuestion with the editor's form (lib/studio/question-form.ts) as the edited question. */
export function editQuestionForm(
  draft: StudioDraft,
  questionId: string,
  form: QuestionForm,
): ReturnType<typeof editQuestion> {
  const original = draftQuestion(draft, questionId);
  return editQuestion(
    draft,
    questionId,
    questionFromForm(original, form),
    formProblems(original, form),
  );
}

/** checkQuestion with the editor's form as the edited question. */
export function checkQuestionForm(
  draft: StudioDraft,
  questionId: string,
  form: QuestionForm,
): EditProblem[] {
  const original = draftQuestion(draft, questionId);
  return [
    ...formProblems(original, form),
    ...checkQuestion(draft, questionFromForm(original, form)),
  ];
}

function formProblems(original: Question, form: QuestionForm): EditProblem[] {
  return unknownItemRefs(original, form).map((row) => ({
    kind: "unknownItem",
    field: row.list,
    params: row,
  }));
}

/**
 * The items a published question must keep: none removed, and none added to a list every answer
 * covers (gaps, pairs, ordering items). Options and right-hand distractors may be added.
 */
function publishedItemProblems(
  original: Question,
  edited: Question,
): EditProblem[] {
  const problem = (
    list: EditableList,
    change: "added" | "removed",
  ): EditProblem => ({
    kind: "publishedItems",
    field: list,
    params: { list, change },
  });
  const compare = (
    list: ItemList,
    before: readonly { id: string }[],
    after: readonly { id: string }[],
    mayAdd: boolean,
  ): EditProblem[] => {
    const kept = new Set(after.map((i) => i.id));
    const had = new Set(before.map((i) => i.id));
    return [
      ...(before.some((i) => !kept.has(i.id))
        ? [problem(list, "removed")]
        : []),
      ...(!mayAdd && after.some((i) => !had.has(i.id))
        ? [problem(list, "added")]
        : []),
    ];
  };
  switch (original.type) {
    case "single":
    case "multiple":
      return edited.type === original.type
        ? compare("options", original.options, edited.options, true)
        : [];
    case "matching":
      return edited.type === "matching"
        ? [
            ...compare("left", original.left, edited.left, false),
            ...compare("right", original.right, edited.right, true),
          ]
        : [];
    case "ordering":
      return edited.type === "ordering"
        ? compare("items", original.items, edited.items, false)
        : [];
    case "cloze":
      if (
        edited.type !== "cloze" ||
        edited.gaps.length === original.gaps.length
      )
        return [];
      return [
        problem(
          "gaps",
          edited.gaps.length < original.gaps.length ? "removed" : "added",
        ),
      ];
    default:
      return [];
  }
}

function checked(
  draft: StudioDraft,
  original: Question,
  edited: unknown,
): { question: Question | null; problems: EditProblem[] } {
  const type = z.object({ type: z.string() }).safeParse(edited).data?.type;
  if (type !== original.type)
    return {
      question: null,
      problems: [{ kind: "typeChanged", params: { type: original.type } }],
    };
  const parsed = questionSchema.safeParse({
    ...(edited as object),
    // The evidence stays the draft's (see the file's header).
    id: original.id,
    sentenceIds: original.sentenceIds,
    factIds: original.factIds,
  });
  if (!parsed.success)
    return {
      question: null,
      problems: uniqueProblems(parsed.error.issues.map(schemaProblem)),
    };
  const question = parsed.data;
  const published = draft.republish?.questionIds.includes(original.id)
    ? publishedItemProblems(original, question)
    : [];
  const { article, facts, questions } = draft.pack;
  const sentences = new Map(article.sentences.map((s) => [s.id, s]));
  const position = (id: string, list: readonly { id: string }[]) =>
    list.findIndex((item) => item.id === id) + 1;

  const content: EditProblem[] = findQuestionIssues(
    question,
    sentences,
    new Map(facts.map((f) => [f.id, f])),
  ).map(({ subject: _subject, ...problem }) => problem);
  const hedges = lintQuestion(question, sentences).map((w) =>
    hedgeProblem(w, (id) => position(id, article.sentences)),
  );
  // Give-aways count against the questions that will be published with it: the accepted ones.
  const accepted = questions.flatMap((q) =>
    q.id === question.id
      ? [question]
      : draft.decisions[q.id] === "accepted"
        ? [q]
        : [],
  );
  const giveaways: EditProblem[] = draftGiveaways(draft, accepted)
    .filter((g) => g.earlierId === question.id || g.laterId === question.id)
    .map((g) => ({
      kind: "giveaway",
      field: "prompt",
      params: {
        quiz:
          draft.pack.quizzes.find((quiz) => quiz.id === g.quizId)?.title[
            g.language
          ] ?? g.quizId,
        lang: g.language,
        earlier: position(g.earlierId, questions),
        later: position(g.laterId, questions),
        via: g.via,
        words: g.words.join(", "),
      },
    }));
  return {
    question,
    problems: uniqueProblems([
      ...published,
      ...content,
      ...hedges,
      ...giveaways,
    ]),
  };
}

const QUESTION_FIELDS = new Set<string>([
  "prompt",
  "explanation",
  "options",
  "correct",
  "tolerance",
  "unit",
  "qualifier",
  "accepted",
  "text",
  "gaps",
  "wordBank",
  "left",
  "right",
  "items",
]);

function schemaProblem(issue: z.core.$ZodIssue): EditProblem {
  const head = String(issue.path[0] ?? "");
  const field = QUESTION_FIELDS.has(head)
    ? (head as QuestionField)
    : "question";
  const limit = (value: unknown) =>
    typeof value === "number" || typeof value === "bigint" ? Number(value) : 0;
  if (issue.code === "too_small") {
    const issue_ =
      issue.origin === "string"
        ? "empty"
        : issue.origin === "array"
          ? "tooFew"
          : "tooSmall";
    return {
      kind: "invalidField",
      field,
      params: { issue: issue_, limit: limit(issue.minimum) },
    };
  }
  if (issue.code === "too_big" && issue.origin === "array")
    return {
      kind: "invalidField",
      field,
      params: { issue: "tooMany", limit: limit(issue.maximum) },
    };
  return {
    kind: "invalidField",
    field,
    params: { issue: "invalid", limit: 0 },
  };
}

/** One line per distinct problem: two empty options are one thing to fix. */
function uniqueProblems(problems: EditProblem[]): EditProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.kind, p.field, p.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
