// A teacher's article drafts in the studio (decision 035: ArticleDraft rows). Only the owner sees
// or changes a draft; another teacher's draft id behaves as unknown. Every write parses its input
// with the studio's schemas, applies one edit (lib/studio/studio-draft.ts), checks the result with
// the draft schema and saves it only if nobody saved the draft in between; each read returns the
// draft with what still blocks publishing.
import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { contentPackDir, readContentJson } from "@/lib/content/content-files";
import { publishedPackSchema } from "@/lib/content/published-pack-schema";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/storage-fault";
import {
  glossarySchema,
  type GlossaryData,
} from "@/lib/reader/glossary-schema";
import {
  ArticleImportError,
  draftArticle,
  slugOf,
} from "@/lib/studio/article-draft";
import {
  draftEditSchema,
  newDraftSchema,
  type DraftEdit,
} from "@/lib/studio/draft-input-schema";
import { lexiconOf, type Lexicon } from "@/lib/studio/glossary-draft";
import {
  checkQuestionForm,
  editQuestionForm,
  type EditProblem,
} from "@/lib/studio/question-edit";
import type { QuestionForm } from "@/lib/studio/question-form";
import { draftQuestionsAgain } from "@/lib/studio/redraft-questions";
import {
  confirmCard,
  decideQuestion,
  DraftEditError,
  mergeWithNext,
  reviewDraft,
  setSectionEnglish,
  setSentenceEnglish,
  setTitleEnglish,
  splitSentence,
  studioDraftOf,
  studioDraftOfPublished,
  studioDraftSchema,
  type DraftReview,
  type StudioDraft,
} from "@/lib/studio/studio-draft";
import { isTeacher, type Actor } from "./actor";

export type DraftListItem = {
  id: string;
  articleId: string;
  title: string;
  sentences: number;
  blockers: number;
  updatedAt: Date;
};

export type DraftDto = {
  id: string;
  articleId: string;
  title: string;
  updatedAt: Date;
  draft: StudioDraft;
  review: DraftReview;
};

export type OwnArticle = {
  id: string;
  title: string;
  visibility: string;
  publishedAt: Date;
};

export type CreateDraftResult =
  | { ok: true; id: string }
  | { ok: false; error: "notAllowed" | "invalid" | "notAnArticle" };

export type UpdateDraftResult =
  | { ok: true; draft: DraftDto }
  | {
      ok: false;
      error: "notFound" | "invalid" | "refused" | "conflict";
      reason?: DraftEditError["reason"];
      /** Why an edited question was refused (reason "questionProblems"). */
      problems?: readonly EditProblem[];
    };

export async function createDraft(
  actor: Actor,
  input: unknown,
): Promise<CreateDraftResult> {
  if (!isTeacher(actor)) return { ok: false, error: "notAllowed" };
  const parsed = newDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { title, text, english, ...details } = parsed.data;
  const articleId = `${slugOf(title) || "artikel"}-${randomBytes(3).toString("hex")}`;
  let studioDraft: StudioDraft;
  try {
    const drafted = draftArticle({
      id: articleId,
      // The title field is the article's heading line; the text below it its paragraphs.
      german: { name: "text", text: `${title}\n\n${text}` },
      ...(english ? { english: { name: "english", text: english } } : {}),
      lexicon: await installationLexicon(),
      prefixIds: true,
    });
    studioDraft = studioDraftSchema.parse(
      studioDraftOf(drafted, details),
    ) as StudioDraft;
  } catch (error) {
    if (error instanceof ArticleImportError)
      return { ok: false, error: "notAnArticle" };
    throw error;
  }
  const id = randomUUID();
  await db.articleDraft.create({
    data: {
      id,
      ownerId: actor.userId,
      articleId,
      title,
      payload: JSON.stringify(studioDraft),
    },
  });
  return { ok: true, id };
}

export type EditAgainResult =
  { ok: true; id: string } | { ok: false; error: "notFound" };

/**
 * A published article of the acting teacher back in the studio, to be fixed and published again
 * as a new version (its question ids and sentences kept; studioDraftOfPublished). An article
 * already open in the studio gives its draft. Another teacher's article, or one of content/, is
 * not found.
 */
export async function draftFromArticle(
  actor: Actor,
  articleId: string,
): Promise<EditAgainResult> {
  if (!isTeacher(actor)) return { ok: false, error: "notFound" };
  const article = await db.article.findFirst({
    where: { id: articleId, ownerId: actor.userId },
    select: { id: true, titleDe: true, pack: true, publishedAt: true },
  });
  if (!article) return { ok: false, error: "notFound" };
  const open = await db.articleDraft.findFirst({
    where: { articleId, ownerId: actor.userId },
    select: { id: true },
  });
  if (open) return { ok: true, id: open.id };
  const pack = publishedPackSchema.parse(JSON.parse(article.pack));
  const draft = studioDraftSchema.parse(
    studioDraftOfPublished(pack, {
      // Articles published before their source details were kept with them.
      source: pack.article.sourceFile,
      author: "–",
      date: article.publishedAt.toISOString().slice(0, 10),
      rights: "–",
    }),
  ) as StudioDraft;
  const id = randomUUID();
  try {
    await db.articleDraft.create({
      data: {
        id,
        ownerId: actor.userId,
        articleId,
        title: article.titleDe,
        payload: JSON.stringify(draft),
      },
    });
  } catch (error) {
    // A second click that raced the first: the draft the first one made.
    if (!isUniqueViolation(error)) throw error;
    const made = await db.articleDraft.findFirst({
      where: { articleId, ownerId: actor.userId },
      select: { id: true },
    });
    return made ? { ok: true, id: made.id } : { ok: false, error: "notFound" };
  }
  return { ok: true, id };
}

export async function listDrafts(actor: Actor): Promise<DraftListItem[]> {
  if (!isTeacher(actor)) return [];
  const rows = await db.articleDraft.findMany({
    where: { ownerId: actor.userId },
    orderBy: { updatedAt: "desc" },
  });
  return rows.flatMap((row) => {
    const draft = parsePayload(row.payload);
    if (!draft) return [];
    return [
      {
        id: row.id,
        articleId: row.articleId,
        title: row.title,
        sentences: draft.pack.article.sentences.length,
        blockers: reviewDraft(draft).blockers.length,
        updatedAt: row.updatedAt,
      },
    ];
  });
}

/** The acting teacher's published articles, newest first. */
export async function listOwnArticles(actor: Actor): Promise<OwnArticle[]> {
  if (!isTeacher(actor)) return [];
  const rows = await db.article.findMany({
    where: { ownerId: actor.userId },
    orderBy: { publishedAt: "desc" },
    select: { id: true, titleDe: true, visibility: true, publishedAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.titleDe,
    visibility: r.visibility,
    publishedAt: r.publishedAt,
  }));
}

export async function getDraft(
  actor: Actor,
  id: string,
): Promise<DraftDto | null> {
  const row = await ownRow(actor, id);
  if (!row) return null;
  const draft = parsePayload(row.payload);
  return draft ? toDto(row, draft) : null;
}

export async function updateDraft(
  actor: Actor,
  id: string,
  input: unknown,
): Promise<UpdateDraftResult> {
  const edit = draftEditSchema.safeParse(input);
  if (!edit.success) {
    // Unknown and foreign drafts answer "not found" before the edit is looked at.
    return (await ownRow(actor, id))
      ? { ok: false, error: "invalid" }
      : { ok: false, error: "notFound" };
  }
  const lexicon = await installationLexicon();
  const result = await changeDraft<{
    reason: DraftEditError["reason"];
    problems: readonly EditProblem[];
  }>(actor, id, (current) => {
    try {
      return { draft: applyEdit(current, edit.data, lexicon) };
    } catch (error) {
      if (error instanceof DraftEditError)
        return {
          refused: { reason: error.reason, problems: error.problems },
        };
      throw error;
    }
  });
  if (result.ok || result.error !== "refused") return result;
  const { reason, problems } = result.refused;
  return {
    ok: false,
    error: "refused",
    reason,
    ...(problems.length > 0 ? { problems } : {}),
  };
}

export type ChangeDraftResult<R> =
  | { ok: true; draft: DraftDto }
  | { ok: false; error: "notFound" | "invalid" | "conflict" }
  | { ok: false; error: "refused"; refused: R };

/**
 * One change of the acting teacher's draft: `change` gets the saved draft and returns the next
 * one, or a reason to refuse; the result is checked by the draft schema and saved only over the
 * version it was made on, so two tabs cannot undo each other's work.
 */
export async function changeDraft<R>(
  actor: Actor,
  id: string,
  change: (draft: StudioDraft) => { draft: StudioDraft } | { refused: R },
): Promise<ChangeDraftResult<R>> {
  const row = await ownRow(actor, id);
  if (!row) return { ok: false, error: "notFound" };
  const current = parsePayload(row.payload);
  if (!current) return { ok: false, error: "invalid" };
  const next = change(current);
  if ("refused" in next)
    return { ok: false, error: "refused", refused: next.refused };
  const checked = studioDraftSchema.safeParse(next.draft);
  if (!checked.success) return { ok: false, error: "invalid" };
  const saved = await db.articleDraft.updateMany({
    where: { id: row.id, ownerId: actor.userId, updatedAt: row.updatedAt },
    data: { payload: JSON.stringify(checked.data) },
  });
  if (saved.count !== 1) return { ok: false, error: "conflict" };
  const fresh = await ownRow(actor, id);
  return fresh
    ? { ok: true, draft: toDto(fresh, checked.data as StudioDraft) }
    : { ok: false, error: "notFound" };
}

export async function deleteDraft(actor: Actor, id: string): Promise<boolean> {
  if (!isTeacher(actor)) return false;
  const deleted = await db.articleDraft.deleteMany({
    where: { id, ownerId: actor.userId },
  });
  return deleted.count === 1;
}

function applyEdit(
  draft: StudioDraft,
  edit: DraftEdit,
  lexicon: Lexicon,
): StudioDraft {
  switch (edit.kind) {
    case "english":
      return setSentenceEnglish(draft, edit.sentenceId, edit.en);
    case "titleEnglish":
      return setTitleEnglish(draft, edit.en);
    case "headingEnglish":
      return setSectionEnglish(draft, edit.sectionId, edit.en);
    case "split":
      return splitSentence(draft, edit.sentenceId, edit.atWord, lexicon);
    case "merge":
      return mergeWithNext(draft, edit.sentenceId, lexicon);
    case "card":
      return confirmCard(draft, edit.textId, edit.tokenIndex, edit.card);
    case "decide":
      return decideQuestion(draft, edit.questionId, edit.decision);
    case "draftQuestionsAgain":
      return draftQuestionsAgain(draft);
    case "question": {
      const result = editQuestionForm(draft, edit.questionId, edit.form);
      if (!result.ok)
        throw new DraftEditError("questionProblems", result.problems);
      return result.draft;
    }
  }
}

/**
 * The live check of the question editor: the problems of the question the editor's fields make,
 * without saving anything; null when the draft or the question is not the teacher's to edit.
 */
export async function checkDraftQuestion(
  actor: Actor,
  id: string,
  questionId: string,
  form: QuestionForm,
): Promise<EditProblem[] | null> {
  const row = await ownRow(actor, id);
  const draft = row && parsePayload(row.payload);
  if (!draft?.pack.questions.some((q) => q.id === questionId)) return null;
  return checkQuestionForm(draft, questionId, form);
}

type DraftRow = {
  id: string;
  articleId: string;
  title: string;
  payload: string;
  updatedAt: Date;
};

async function ownRow(actor: Actor, id: string): Promise<DraftRow | null> {
  if (!isTeacher(actor) || typeof id !== "string" || id.length > 64)
    return null;
  return db.articleDraft.findFirst({
    where: { id, ownerId: actor.userId },
    select: {
      id: true,
      articleId: true,
      title: true,
      payload: true,
      updatedAt: true,
    },
  });
}

function parsePayload(payload: string): StudioDraft | null {
  try {
    const parsed = studioDraftSchema.safeParse(JSON.parse(payload));
    return parsed.success ? (parsed.data as StudioDraft) : null;
  } catch {
    return null;
  }
}

function toDto(row: DraftRow, draft: StudioDraft): DraftDto {
  return {
    id: row.id,
    articleId: row.articleId,
    title: row.title,
    updatedAt: row.updatedAt,
    draft,
    review: reviewDraft(draft),
  };
}

/**
 * The installation's lexicon: the glosses of every published article (Article.pack holds its
 * glossary) and of the installation's pack in content/, so a lemma glossed once is offered again.
 */
async function installationLexicon(): Promise<Lexicon> {
  const glossaries: GlossaryData[] = [];
  const rows = await db.article.findMany({ select: { pack: true } });
  for (const row of rows) {
    const glossary = glossaryOfPack(row.pack);
    if (glossary) glossaries.push(glossary);
  }
  const seed = glossarySchema.safeParse(
    readContentJson(contentPackDir(), "glossary.json"),
  );
  if (seed.success) glossaries.push(seed.data);
  return lexiconOf(glossaries);
}

function glossaryOfPack(pack: string): GlossaryData | null {
  try {
    const value = JSON.parse(pack) as { glossary?: unknown };
    const parsed = glossarySchema.safeParse(value.glossary);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
