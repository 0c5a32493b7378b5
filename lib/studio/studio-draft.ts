// A draft as the studio keeps it between a teacher's edits: the draft pack (032), the glossary draft
// with how each token was analysed, the teacher's decision on each question draft, the sentences
// whose alignment needs a look, and the article's source details. The edits here are pure: each
// takes a draft and returns a new one, and `reviewDraft` says what still keeps it from being
// published. The data layer (lib/data/drafts.ts) parses with `studioDraftSchema` before it saves.
//
// * English: setting a sentence's English also sets its fact's statement and re-derives the
//   fact's hedge (the English markers come from the English text), and clears its alignment check.
// * Split and merge renumber the sentences (ids stay dense, as the pack checks demand), draft the
//   changed sentences' glossary cards again, and draft facts again; question drafts that rest on
//   a changed sentence are dropped, the others keep their decisions and are renumbered.
// * Questions: only accepted drafts are published, renumbered q001… in their order, and the
//   proposed quizzes keep the accepted ones; a quiz left empty is dropped. Questions that join a
//   draft later (a question file, drafting again for sentences translated late) take ids after
//   its highest one (newQuestionIds).
import { z } from "zod";
import type {
  ContentPack,
  Language,
  Question,
  Quiz,
} from "@/lib/content/content-schema";
import {
  articleSourceSchema,
  contentPackSchema,
  idPrefixOf,
  type ArticleSource,
} from "@/lib/content/content-schema";
import {
  draftContentPackSchema,
  type DraftContentPack,
} from "@/lib/content/draft-schema";
import { findGiveaways, type Giveaway } from "@/lib/content/giveaways";
import type { ContentProblem } from "@/lib/content/problems";
import { findContentIssues } from "@/lib/content/validate";
import { draftQuestionSchema } from "@/lib/exchange/exchange-model";
import type { GlossaryData } from "@/lib/reader/glossary-schema";
import {
  genderSchema,
  glossaryEntrySchema,
  partOfSpeechSchema,
  textIdSchema,
} from "@/lib/reader/glossary-schema";
import type { ArticleDraft } from "./article-draft";
import { draftFacts } from "./draft-facts";
import {
  confirmToken,
  coverage,
  draftGlossary,
  glossaryDraftOfPublished,
  glossEntry,
  publishableGlossary,
  type Coverage,
  type DraftEntry,
  type GlossaryDraft,
  type Lexicon,
} from "./glossary-draft";
import { lintFact, lintQuestion, type PackHedgeWarning } from "./hedge-lint";
import {
  questionImportRecordSchema,
  type QuestionImportRecord,
} from "./question-import-schema";
import type { EditProblem } from "./question-edit";

const text = z.string().trim().min(1);

/** The article's source details, published with it (the content pack's `article.source`). */
export const draftDetailsSchema = articleSourceSchema;
export type DraftDetails = ArticleSource;

const analysisSourceSchema = z.enum([
  "number",
  "function-word",
  "place-name",
  "dictionary",
  "compound",
  "rule",
  "guess",
  "teacher",
]);

const glossaryDraftSchema = z
  .object({
    articleId: text,
    entries: z.array(
      glossaryEntrySchema.safeExtend({ glosses: z.array(text) }),
    ),
    tokens: z.record(
      textIdSchema,
      z.array(
        z
          .object({
            text,
            entryId: text,
            gloss: text.nullable(),
            form: text.optional(),
            source: analysisSourceSchema,
            resolved: z.boolean(),
            glossed: z.boolean(),
          })
          .strict(),
      ),
    ),
    expressions: z.array(
      z
        .object({
          id: text,
          sentenceId: textIdSchema,
          tokenIndexes: z.array(z.number().int().min(0)),
          entryId: text,
          gloss: text.nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export const questionDecisionSchema = z.enum(["accepted", "rejected"]);
export type QuestionDecision = z.infer<typeof questionDecisionSchema>;

export const studioDraftSchema = z
  .object({
    details: draftDetailsSchema,
    // An imported question may rest on no sentence yet (question-import.ts): the teacher links
    // or rejects it, and only linked questions can be accepted and published.
    pack: draftContentPackSchema.extend({
      questions: z.array(draftQuestionSchema),
    }),
    glossary: glossaryDraftSchema,
    /** Question id → the teacher's decision; a draft without one is still undecided. */
    decisions: z.record(z.string(), questionDecisionSchema),
    alignmentChecks: z.array(
      z
        .object({ sentenceId: text, confidence: z.number().nullable() })
        .strict(),
    ),
    republish: z
      .object({ questionIds: z.array(text) })
      .strict()
      .optional(),
    /** The report of the last question file imported (question-import.ts). */
    lastImport: questionImportRecordSchema.optional(),
  })
  .strict();
export type StudioDraft = {
  details: DraftDetails;
  pack: DraftContentPack;
  glossary: GlossaryDraft;
  decisions: Record<string, QuestionDecision>;
  alignmentChecks: ArticleDraft["alignmentChecks"];
  /**
   * Set when the draft edits a published article again: the ids of its published questions, which
   * keep their ids (a fix is a new version of the same question, and learners' responses and
   * regrades refer to it). Its sentence boundaries are fixed too.
   */
  republish?: { questionIds: string[] };
  /** The report of the last question file imported (question-import.ts). */
  lastImport?: QuestionImportRecord;
};

/**
 * Refused edits name what was wrong; the data layer turns this into "nothing changed". An edited
 * question that fails the checks carries their problems (lib/studio/question-edit.ts).
 */
export class DraftEditError extends Error {
  constructor(
    readonly reason:
      | "unknownSentence"
      | "unknownToken"
      | "unknownQuestion"
      | "notLinked"
      | "cannotSplit"
      | "cannotMerge"
      | "sentencesPublished"
      | "questionPublished"
      | "questionProblems"
      | "noNewDrafts"
      | "tooManyQuestions"
      | "invalid",
    readonly problems: readonly EditProblem[] = [],
  ) {
    super(reason);
    this.name = "DraftEditError";
  }
}

export function studioDraftOf(
  drafted: ArticleDraft,
  details: DraftDetails,
): StudioDraft {
  return {
    details,
    pack: drafted.pack,
    glossary: drafted.glossaryDraft,
    decisions: {},
    alignmentChecks: drafted.alignmentChecks,
  };
}

/**
 * A published article back in the studio, to be fixed and published again: every card confirmed,
 * every question accepted, its questions' ids and its sentences kept (`republish`). An article
 * published without source details (content/'s hand-made packs) gets `fallback`.
 */
export function studioDraftOfPublished(
  pack: ContentPack & { glossary: GlossaryData },
  fallback: DraftDetails,
): StudioDraft {
  const { glossary, ...content } = pack;
  const { source, ...article } = content.article;
  return {
    details: source ?? fallback,
    pack: { ...content, article },
    glossary: glossaryDraftOfPublished(glossary),
    decisions: Object.fromEntries(
      content.questions.map((q) => [q.id, "accepted" as const]),
    ),
    alignmentChecks: [],
    republish: { questionIds: content.questions.map((q) => q.id) },
  };
}

// ---------------------------------------------------------------------------------------------
// Sentences

export function setSentenceEnglish(
  draft: StudioDraft,
  sentenceId: string,
  en: string,
): StudioDraft {
  const { article } = draft.pack;
  if (!article.sentences.some((s) => s.id === sentenceId))
    throw new DraftEditError("unknownSentence");
  const sentences = article.sentences.map((s) =>
    s.id === sentenceId ? { ...s, en: en.trim() } : s,
  );
  return withFacts({
    ...draft,
    pack: { ...draft.pack, article: { ...article, sentences } },
    alignmentChecks: draft.alignmentChecks.filter(
      (c) => c.sentenceId !== sentenceId,
    ),
  });
}

export function setTitleEnglish(draft: StudioDraft, en: string): StudioDraft {
  const { article } = draft.pack;
  return {
    ...draft,
    pack: {
      ...draft.pack,
      article: { ...article, title: { ...article.title, en: en.trim() } },
    },
  };
}

export function setSectionEnglish(
  draft: StudioDraft,
  sectionId: string,
  en: string,
): StudioDraft {
  const { article } = draft.pack;
  const section = article.sections.find((s) => s.id === sectionId);
  if (!section?.heading) throw new DraftEditError("unknownSentence");
  const value = en.trim();
  return {
    ...draft,
    pack: {
      ...draft.pack,
      article: {
        ...article,
        sections: article.sections.map((s) =>
          s.id === sectionId && s.heading
            ? {
                ...s,
                heading: { ...s.heading, en: value },
                label: { ...s.label, en: value },
              }
            : s,
        ),
      },
    },
  };
}

/**
 * Splits a sentence where the segmenter would (or, when it sees one sentence, before the word
 * at `atWord`): the German into two sentences, the English stays with the first.
 */
export function splitSentence(
  draft: StudioDraft,
  sentenceId: string,
  atWord: number,
  lexicon: Lexicon,
): StudioDraft {
  if (draft.republish) throw new DraftEditError("sentencesPublished");
  const sentences = draft.pack.article.sentences;
  const index = sentences.findIndex((s) => s.id === sentenceId);
  const sentence = sentences[index];
  if (!sentence) throw new DraftEditError("unknownSentence");
  const words = sentence.de.split(/\s+/);
  if (!Number.isInteger(atWord) || atWord < 1 || atWord >= words.length)
    throw new DraftEditError("cannotSplit");
  const first = words.slice(0, atWord).join(" ");
  const second = words.slice(atWord).join(" ");
  return renumbered(
    draft,
    [
      ...sentences.slice(0, index),
      { ...sentence, de: first },
      { ...sentence, de: second, en: "" },
      ...sentences.slice(index + 1),
    ],
    new Set([index, index + 1]),
    lexicon,
  );
}

/** Merges a sentence with the next one of the same paragraph; their English is joined too. */
export function mergeWithNext(
  draft: StudioDraft,
  sentenceId: string,
  lexicon: Lexicon,
): StudioDraft {
  // Saved words, evidence and statistics point at a published article's sentences.
  if (draft.republish) throw new DraftEditError("sentencesPublished");
  const sentences = draft.pack.article.sentences;
  const index = sentences.findIndex((s) => s.id === sentenceId);
  const sentence = sentences[index];
  const next = sentences[index + 1];
  if (!sentence) throw new DraftEditError("unknownSentence");
  if (!next || next.paragraph !== sentence.paragraph)
    throw new DraftEditError("cannotMerge");
  const en = [sentence.en, next.en].filter((t) => t !== "").join(" ");
  return renumbered(
    draft,
    [
      ...sentences.slice(0, index),
      { ...sentence, de: `${sentence.de} ${next.de}`, en },
      ...sentences.slice(index + 2),
    ],
    new Set([index]),
    lexicon,
  );
}

/** Sentences after a split or merge: ids, glossary, facts and questions follow. */
function renumbered(
  draft: StudioDraft,
  sentences: DraftContentPack["article"]["sentences"],
  changedPositions: ReadonlySet<number>,
  lexicon: Lexicon,
): StudioDraft {
  const { article } = draft.pack;
  const prefix = idPrefixOf(article);
  const width = Math.max(2, String(sentences.length).length);
  const idAt = (k: number) => `${prefix}s${String(k + 1).padStart(width, "0")}`;
  const renamed = sentences.map((s, k) => ({ ...s, id: idAt(k) }));
  const newIdOf = new Map<string, string>();
  // Unchanged sentences keep their content under a new id: map old → new by content and order.
  const oldSentences = article.sentences;
  let cursor = 0;
  renamed.forEach((s, k) => {
    if (changedPositions.has(k)) return;
    while (cursor < oldSentences.length) {
      const old = oldSentences[cursor++]!;
      if (old.de === s.de) {
        newIdOf.set(old.id, s.id);
        break;
      }
    }
  });

  // The glossary: unchanged sentences keep their (possibly confirmed) tokens under the new id;
  // changed ones are drafted again, with the lexicon and this draft's own glosses.
  const ownGlosses = new Map(lexicon);
  for (const entry of draft.glossary.entries)
    if (entry.glosses.length > 0) ownGlosses.set(entry.id, entry.glosses);
  const fresh = draftGlossary(
    article.id,
    renamed
      .filter((_, k) => changedPositions.has(k))
      .map((s) => ({ id: s.id, text: s.de })),
    ownGlosses,
  );
  const tokens: GlossaryDraft["tokens"] = {};
  for (const [textId, list] of Object.entries(draft.glossary.tokens)) {
    const moved = textIdSchema.safeParse(textId).success
      ? (newIdOf.get(textId) ?? (isSentenceId(textId) ? null : textId))
      : null;
    if (moved) tokens[moved] = list;
  }
  Object.assign(tokens, fresh.tokens);
  const expressions = [
    ...draft.glossary.expressions.flatMap((e) => {
      const moved =
        newIdOf.get(e.sentenceId) ??
        (isSentenceId(e.sentenceId) ? null : e.sentenceId);
      return moved ? [{ ...e, sentenceId: moved }] : [];
    }),
    ...fresh.expressions,
  ];
  const entries = mergeEntries(draft.glossary.entries, fresh.entries);
  const used = new Set([
    ...Object.values(tokens)
      .flat()
      .map((t) => t.entryId),
    ...expressions.map((e) => e.entryId),
  ]);

  // Questions on an unchanged sentence survive, pointed at its new id; the rest are dropped.
  const kept = draft.pack.questions.flatMap((q) =>
    q.sentenceIds.every((id) => newIdOf.has(id))
      ? [{ ...q, sentenceIds: q.sentenceIds.map((id) => newIdOf.get(id)!) }]
      : [],
  );
  const { questions, quizzes, decisions } = renumberQuestions(
    kept,
    draft.pack.quizzes,
    draft.decisions,
    prefix,
    () => true,
  );

  const next: StudioDraft = {
    ...draft,
    pack: {
      ...draft.pack,
      article: { ...article, sentences: renamed },
      questions,
      quizzes,
    },
    glossary: {
      ...draft.glossary,
      entries: entries.filter((e) => used.has(e.id)),
      tokens,
      expressions,
    },
    decisions,
    alignmentChecks: draft.alignmentChecks.flatMap((c) => {
      const id = newIdOf.get(c.sentenceId);
      return id ? [{ ...c, sentenceId: id }] : [];
    }),
  };
  // The kept questions already point at new sentence ids; their facts still at the old facts.
  return withFacts(
    { ...next, pack: { ...next.pack, facts: draft.pack.facts } },
    (oldId) => newIdOf.get(oldId),
  );
}

function isSentenceId(textId: string): boolean {
  return textId !== "title" && !textId.startsWith("heading-");
}

function mergeEntries(
  kept: readonly DraftEntry[],
  fresh: readonly DraftEntry[],
): DraftEntry[] {
  const byId = new Map(kept.map((e) => [e.id, e]));
  for (const entry of fresh) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()];
}

/**
 * Facts drafted again from the sentences (one a sentence, as the drafter makes them); a question's
 * facts follow their sentence to its new fact id.
 */
function withFacts(
  draft: StudioDraft,
  newSentenceIdOf: (oldId: string) => string | undefined = (id) => id,
): StudioDraft {
  const { article } = draft.pack;
  const { facts } = draftFacts(article.sentences, idPrefixOf(article));
  const factOfSentence = new Map(facts.map((f) => [f.sentenceIds[0], f.id]));
  const oldSentenceOfFact = new Map(
    draft.pack.facts.map((f) => [f.id, f.sentenceIds[0]]),
  );
  return {
    ...draft,
    pack: {
      ...draft.pack,
      facts,
      questions: draft.pack.questions.map((q) => ({
        ...q,
        factIds: q.factIds.flatMap((id) => {
          const oldSentence = oldSentenceOfFact.get(id);
          const sentence = oldSentence && newSentenceIdOf(oldSentence);
          const fact = sentence && factOfSentence.get(sentence);
          return fact ? [fact] : [];
        }),
      })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Glossary cards

export const cardEditSchema = z
  .object({
    lemma: text.max(100),
    pos: partOfSpeechSchema,
    gender: genderSchema.optional(),
    plural: text.max(100).optional(),
    /** The English glosses of the entry, most common first (at least one to publish). */
    glosses: z.array(text.max(100)).max(5),
  })
  .strict();
export type CardEdit = z.infer<typeof cardEditSchema>;

/** The teacher confirms a token's card as it is, or with the lemma, grammar and glosses edited. */
export function confirmCard(
  draft: StudioDraft,
  textId: string,
  tokenIndex: number,
  edit: CardEdit,
): StudioDraft {
  const token = draft.glossary.tokens[textId]?.[tokenIndex];
  if (!token) throw new DraftEditError("unknownToken");
  const current = draft.glossary.entries.find((e) => e.id === token.entryId);
  const unchanged =
    current !== undefined &&
    current.lemma === edit.lemma &&
    current.pos === edit.pos &&
    current.gender === edit.gender &&
    (current.plural ?? undefined) === edit.plural;
  const confirmed = confirmToken(
    draft.glossary,
    textId,
    tokenIndex,
    unchanged ? undefined : editedEntry(current, edit),
  );
  const entryId = confirmed.tokens[textId]![tokenIndex]!.entryId;
  const glossed =
    edit.glosses.length > 0
      ? glossEntry(confirmed, entryId, edit.glosses)
      : confirmed;
  return { ...draft, glossary: withoutUndefined(glossed) };
}

/**
 * The entry a card's edit makes. With the part of speech unchanged, the entry's other grammar
 * (verb forms, plural-only, a note) stays; with a new one, only what that part of speech has in
 * the glossary schema: a noun gets its gender and plural (none given: singular-only), a proper
 * noun its article, a verb its infinitive; every other part of speech none of these.
 */
export function editedEntry(
  current: DraftEntry | undefined,
  edit: CardEdit,
): Omit<DraftEntry, "id" | "glosses"> {
  if (current && current.pos === edit.pos) {
    const { id: _id, glosses: _glosses, ...rest } = current;
    const nounLike = edit.pos === "noun" || edit.pos === "proper-noun";
    return {
      ...rest,
      lemma: edit.lemma,
      ...(nounLike
        ? {
            gender: edit.gender,
            // An empty plural field keeps a singular-only noun singular-only.
            plural: edit.plural ?? (rest.plural === null ? null : undefined),
          }
        : {}),
      ...(rest.verb
        ? {
            verb: {
              ...rest.verb,
              infinitive: edit.lemma,
              ...(rest.verb.separablePrefix &&
              !edit.lemma.startsWith(rest.verb.separablePrefix)
                ? { separablePrefix: undefined }
                : {}),
            },
          }
        : {}),
    };
  }
  const base = { lemma: edit.lemma, pos: edit.pos };
  switch (edit.pos) {
    case "noun":
      return {
        ...base,
        ...(edit.gender ? { gender: edit.gender } : {}),
        ...(edit.plural
          ? { plural: edit.plural }
          : { plural: null, onlyIn: "singular" as const }),
      };
    case "proper-noun":
      return {
        ...base,
        ...(edit.gender ? { gender: edit.gender } : {}),
        takesArticle: edit.gender !== undefined,
      };
    case "verb":
      return { ...base, verb: { infinitive: edit.lemma } };
    default:
      return base;
  }
}

/** JSON has no undefined: entries must round-trip through the database unchanged. */
function withoutUndefined(glossary: GlossaryDraft): GlossaryDraft {
  return JSON.parse(JSON.stringify(glossary)) as GlossaryDraft;
}

// ---------------------------------------------------------------------------------------------
// Questions

export function decideQuestion(
  draft: StudioDraft,
  questionId: string,
  decision: QuestionDecision,
): StudioDraft {
  const question = draft.pack.questions.find((q) => q.id === questionId);
  if (!question) throw new DraftEditError("unknownQuestion");
  if (decision === "accepted" && question.sentenceIds.length === 0)
    throw new DraftEditError("notLinked");
  // A published question can be fixed, not withdrawn: the pack's question ids are dense, and
  // responses, sets and regrades refer to it. Teachers take it out of their sets instead.
  if (
    decision === "rejected" &&
    draft.republish?.questionIds.includes(questionId)
  )
    throw new DraftEditError("questionPublished");
  return {
    ...draft,
    decisions: { ...draft.decisions, [questionId]: decision },
  };
}

/** Question ids have three digits: a draft holds at most this many questions. */
export const MAX_DRAFT_QUESTIONS = 999;

/**
 * Ids for `count` questions joining the draft, numbered after the highest id it has given so far
 * (its questions', its decisions', and a published article's fixed ones), so that no id is taken
 * twice; null when they would not fit in three digits.
 */
export function newQuestionIds(
  draft: StudioDraft,
  count: number,
): string[] | null {
  const highest = Math.max(
    0,
    ...[
      ...draft.pack.questions.map((q) => q.id),
      ...Object.keys(draft.decisions),
      ...(draft.republish?.questionIds ?? []),
    ].map((id) => Number(/q(\d{3})$/.exec(id)?.[1] ?? 0)),
  );
  if (highest + count > MAX_DRAFT_QUESTIONS) return null;
  const prefix = idPrefixOf(draft.pack.article);
  return Array.from(
    { length: count },
    (_, k) => `${prefix}q${String(highest + k + 1).padStart(3, "0")}`,
  );
}

/** `base`, or `base-2`, `base-3`, … when another quiz has it; the id returned is then taken. */
export function unusedQuizId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function renumberQuestions(
  questions: readonly Question[],
  quizzes: readonly Quiz[],
  decisions: Record<string, QuestionDecision>,
  prefix: string,
  keep: (q: Question) => boolean,
  /** Ids that stay as they are (a published article's questions); no new question takes one. */
  fixedIds: ReadonlySet<string> = new Set(),
): {
  questions: Question[];
  quizzes: Quiz[];
  decisions: Record<string, QuestionDecision>;
} {
  const newIdOf = new Map<string, string>();
  let counter = 0;
  const nextId = () => {
    let id: string;
    do id = `${prefix}q${String(++counter).padStart(3, "0")}`;
    while (fixedIds.has(id));
    return id;
  };
  const renamed = questions
    .filter(keep)
    .map((q) => {
      const id = fixedIds.has(q.id) ? q.id : nextId();
      newIdOf.set(q.id, id);
      return { ...q, id };
    })
    // A pack lists its questions in the order of their ids; new ones come after the kept ones.
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    questions: renamed,
    quizzes: quizzes.flatMap((quiz) => {
      const questionIds = quiz.questionIds.flatMap((id) => {
        const renamedId = newIdOf.get(id);
        return renamedId ? [renamedId] : [];
      });
      return questionIds.length > 0 ? [{ ...quiz, questionIds }] : [];
    }),
    decisions: Object.fromEntries(
      Object.entries(decisions).flatMap(([id, decision]) => {
        const renamedId = newIdOf.get(id);
        return renamedId ? [[renamedId, decision]] : [];
      }),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Review: what keeps the draft from being published

export type Blocker =
  | { kind: "untranslated"; count: number }
  | { kind: "titleEnglish" }
  | { kind: "headingEnglish"; count: number }
  | { kind: "glossary"; resolved: number; glossed: number; tokens: number }
  | { kind: "noAcceptedQuestion" }
  | { kind: "hedgeLint"; count: number }
  | { kind: "giveaways"; count: number }
  | { kind: "problems"; problems: ContentProblem[] };

/** A give-away inside one of the draft's quizzes, in one quiz language (draft question ids). */
export type DraftGiveaway = Giveaway & { quizId: string; language: Language };

export type DraftReview = {
  coverage: Coverage;
  blockers: Blocker[];
  /** Hedge-lint warnings by fact or question id (all drafts, accepted or not). */
  lint: Record<string, PackHedgeWarning[]>;
  giveaways: DraftGiveaway[];
  /** Question drafts by the teacher's decision. */
  counts: { accepted: number; rejected: number; undecided: number };
};

export function reviewDraft(draft: StudioDraft): DraftReview {
  const { article, facts, questions } = draft.pack;
  const sentences = new Map(article.sentences.map((s) => [s.id, s]));
  const lint: Record<string, PackHedgeWarning[]> = {};
  for (const fact of facts) {
    const warnings = lintFact(fact, sentences);
    if (warnings.length > 0) lint[fact.id] = warnings;
  }
  for (const question of questions) {
    const warnings = lintQuestion(question, sentences);
    if (warnings.length > 0) lint[question.id] = warnings;
  }
  const accepted = questions.filter(
    (q) => draft.decisions[q.id] === "accepted",
  );
  const rejected = questions.filter(
    (q) => draft.decisions[q.id] === "rejected",
  ).length;
  const blockers: Blocker[] = [];
  const untranslated = article.sentences.filter((s) => s.en === "").length;
  if (untranslated > 0)
    blockers.push({ kind: "untranslated", count: untranslated });
  if (article.title.en === "" || article.title.de === "")
    blockers.push({ kind: "titleEnglish" });
  const headings = article.sections.filter(
    (s) => s.heading !== null && s.heading.en === "",
  ).length;
  if (headings > 0) blockers.push({ kind: "headingEnglish", count: headings });
  const tokenCoverage = coverage(draft.glossary);
  if (tokenCoverage.resolvedShare < 1 || tokenCoverage.glossedShare < 1)
    blockers.push({
      kind: "glossary",
      resolved: tokenCoverage.resolved,
      glossed: tokenCoverage.glossed,
      tokens: tokenCoverage.tokens,
    });
  if (accepted.length === 0) blockers.push({ kind: "noAcceptedQuestion" });
  const lintCount = [...facts, ...accepted].filter(
    (item) => lint[item.id] !== undefined,
  ).length;
  if (lintCount > 0) blockers.push({ kind: "hedgeLint", count: lintCount });
  const giveaways = draftGiveaways(draft, accepted);
  if (giveaways.length > 0)
    blockers.push({ kind: "giveaways", count: giveaways.length });
  if (blockers.length === 0) {
    const result = publishablePack(draft);
    if ("problems" in result)
      blockers.push({ kind: "problems", problems: result.problems });
  }
  return {
    coverage: tokenCoverage,
    blockers,
    lint,
    giveaways,
    counts: {
      accepted: accepted.length,
      rejected,
      undecided: questions.length - accepted.length - rejected,
    },
  };
}

function publishedQuestions(draft: StudioDraft) {
  return renumberQuestions(
    draft.pack.questions,
    draft.pack.quizzes,
    draft.decisions,
    idPrefixOf(draft.pack.article),
    (q) => draft.decisions[q.id] === "accepted",
    new Set(draft.republish?.questionIds),
  );
}

/**
 * Give-aways inside the draft's proposed quizzes among the questions that will be published (the
 * accepted ones, or whichever `published` names), in their quiz order.
 */
export function draftGiveaways(
  draft: StudioDraft,
  published: readonly Question[],
): DraftGiveaway[] {
  const byId = new Map(published.map((q) => [q.id, q]));
  return draft.pack.quizzes.flatMap((quiz) =>
    (["de", "en"] as const).flatMap((language) =>
      findGiveaways(
        quiz.questionIds.flatMap((id) => byId.get(id) ?? []),
        language,
        { feedback: quiz.feedbackMode },
      ).map((g) => ({ ...g, quizId: quiz.id, language })),
    ),
  );
}

/**
 * The pack publishing takes (content pack and glossary, as publishArticlePack expects it): the
 * accepted questions renumbered, checked by the published schemas and the cross-reference
 * checks; the problems otherwise.
 */
export function publishablePack(
  draft: StudioDraft,
):
  | { pack: ContentPack & { glossary: GlossaryData } }
  | { problems: ContentProblem[] } {
  const { questions, quizzes } = publishedQuestions(draft);
  const parsed = contentPackSchema.safeParse({
    article: { ...draft.pack.article, source: draft.details },
    facts: draft.pack.facts,
    questions,
    quizzes,
  });
  if (!parsed.success)
    return {
      problems: parsed.error.issues.map((i) => ({
        kind: "schemaIssue",
        subject: { of: "pack" },
        params: { path: i.path.join(".") },
      })),
    };
  const problems = findContentIssues(parsed.data);
  const glossary = publishableGlossary(draft.glossary);
  if ("problems" in glossary)
    problems.push({
      kind: "glossaryInvalid",
      subject: { of: "pack" },
      params: { count: glossary.problems.length },
    });
  if (problems.length > 0 || !("glossary" in glossary)) return { problems };
  return { pack: { ...parsed.data, glossary: glossary.glossary } };
}
