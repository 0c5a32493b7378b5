// The library: every published article, read from the database (decision 035). Each article's
// catalog and glossary are built from its stored pack once per process and kept while its content
// hash stays the same; every request asks for the ids and hashes once (memoised per request), so
// another instance's publish is seen on the next request.
import "server-only";
import { cache } from "react";
import type { Catalog } from "@/lib/content/catalog";
import { buildCatalog } from "@/lib/content/catalog";
import type {
  CefrLevel,
  Localized,
  Question,
  Quiz,
  Sentence,
} from "@/lib/content/content-schema";
import { publishedPackSchema } from "@/lib/content/published-pack-schema";
import { db } from "@/lib/db/client";
import type { Glossary } from "@/lib/reader/glossary";
import { buildGlossary } from "@/lib/reader/glossary";
import type { Actor } from "./actor";
import type { Visibility } from "./articles";

/** What the library knows about an article besides its content. */
export type ArticleSettings = {
  id: string;
  contentHash: string;
  ownerId: string | null;
  visibility: Visibility;
  practicePublic: boolean;
  publishedAt: Date;
};

export type LibraryArticle = ArticleSettings & {
  catalog: Catalog;
  glossary: Glossary;
};

export type Library = {
  /** In the order they were published, newest first. */
  articles: readonly LibraryArticle[];
  articlesById: ReadonlyMap<string, LibraryArticle>;
  /** Ids are primary keys across the library, so each resolves to one article. */
  questionsById: ReadonlyMap<string, Question>;
  quizzesById: ReadonlyMap<string, Quiz>;
  sentencesById: ReadonlyMap<string, Sentence>;
  articleOfSentence(sentenceId: string): LibraryArticle | undefined;
  articleOfQuestion(questionId: string): LibraryArticle | undefined;
  articleOfQuiz(quizId: string): LibraryArticle | undefined;
  /** The catalog of a question's article; a question id the data layer holds must resolve. */
  catalogOfQuestion(questionId: string): Catalog;
};

type Built = { contentHash: string; catalog: Catalog; glossary: Glossary };

// Per process: an article's catalog and glossary for the content hash they were built from.
const builtArticles = new Map<string, Built>();
let library: { signature: string; value: Library } | undefined;

function buildArticle(contentHash: string, packJson: string): Built {
  // Checked when it was published; parsed again because the column is a boundary like any other.
  const pack = publishedPackSchema.parse(JSON.parse(packJson));
  return {
    contentHash,
    catalog: buildCatalog(pack),
    glossary: buildGlossary(pack.glossary, pack.article),
  };
}

async function builtFor(
  stale: readonly { id: string; contentHash: string }[],
): Promise<void> {
  if (stale.length === 0) return;
  const rows = await db.article.findMany({
    where: { id: { in: stale.map((a) => a.id) } },
    select: { id: true, contentHash: true, pack: true },
  });
  for (const row of rows)
    builtArticles.set(row.id, buildArticle(row.contentHash, row.pack));
}

const settingsSelect = {
  id: true,
  contentHash: true,
  ownerId: true,
  visibility: true,
  practicePublic: true,
  publishedAt: true,
} as const;

function withBuilt(settings: ArticleSettings): LibraryArticle | undefined {
  const built = builtArticles.get(settings.id);
  if (!built || built.contentHash !== settings.contentHash) return undefined;
  return { ...settings, catalog: built.catalog, glossary: built.glossary };
}

function indexLibrary(articles: LibraryArticle[]): Library {
  const bySentence = new Map<string, LibraryArticle>();
  const byQuestion = new Map<string, LibraryArticle>();
  const byQuiz = new Map<string, LibraryArticle>();
  const questionsById = new Map<string, Question>();
  const quizzesById = new Map<string, Quiz>();
  const sentencesById = new Map<string, Sentence>();
  for (const article of articles) {
    const { catalog } = article;
    for (const [id, s] of catalog.sentencesById) {
      sentencesById.set(id, s);
      bySentence.set(id, article);
    }
    for (const [id, q] of catalog.questionsById) {
      questionsById.set(id, q);
      byQuestion.set(id, article);
    }
    for (const [id, q] of catalog.quizzesById) {
      quizzesById.set(id, q);
      byQuiz.set(id, article);
    }
  }
  return {
    articles,
    articlesById: new Map(articles.map((a) => [a.id, a])),
    questionsById,
    quizzesById,
    sentencesById,
    articleOfSentence: (id) => bySentence.get(id),
    articleOfQuestion: (id) => byQuestion.get(id),
    articleOfQuiz: (id) => byQuiz.get(id),
    catalogOfQuestion(id) {
      const article = byQuestion.get(id);
      if (!article) throw new Error(`Question ${id} is in no article`);
      return article.catalog;
    },
  };
}

async function loadLibrary(): Promise<Library> {
  const rows = (
    await db.article.findMany({
      select: settingsSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    })
  ).map(toSettings);
  const signature = rows
    .map(
      (r) =>
        `${r.id}:${r.contentHash}:${r.ownerId}:${r.visibility}:${r.practicePublic}:${r.publishedAt.getTime()}`,
    )
    .join("|");
  if (library?.signature === signature) return library.value;
  await builtFor(rows.filter((r) => !withBuilt(r)));
  const articles = rows.flatMap((r) => withBuilt(r) ?? []);
  library = { signature, value: indexLibrary(articles) };
  return library.value;
}

function toSettings(row: {
  id: string;
  contentHash: string;
  ownerId: string | null;
  visibility: string;
  practicePublic: boolean;
  publishedAt: Date;
}): ArticleSettings {
  return { ...row, visibility: row.visibility as Visibility };
}

/** The whole library, as the database has it at this request (one small query per request). */
export const getLibrary = cache(loadLibrary);

/**
 * One article at a content hash the caller read already (the answer path joins it into its own
 * query): no extra query unless this process has not built that version yet.
 */
export async function libraryArticleAt(
  articleId: string,
  contentHash: string,
): Promise<Catalog | undefined> {
  const built = builtArticles.get(articleId);
  if (built?.contentHash === contentHash) return built.catalog;
  await builtFor([{ id: articleId, contentHash }]);
  return builtArticles.get(articleId)?.catalog;
}

/** Who may read an article: public ones everybody, school ones every teacher, private ones their owner. */
export function canRead(
  actor: Actor | null,
  article: Pick<ArticleSettings, "visibility" | "ownerId">,
): boolean {
  if (article.visibility === "public") return true;
  if (!actor) return false;
  if (article.ownerId === actor.userId) return true;
  return article.visibility === "school" && actor.role === "teacher";
}

/** Whether a teacher may put a question into a set: one of an article they can read. */
export function canUseQuestion(
  actor: Actor,
  library: Pick<Library, "articleOfQuestion">,
  questionId: string,
): boolean {
  const article = library.articleOfQuestion(questionId);
  return article !== undefined && canRead(actor, article);
}

/** A quiz a teacher may copy or assign: one of an article they can read. */
export async function usableQuiz(
  actor: Actor,
  quizId: string,
): Promise<Quiz | undefined> {
  const library = await getLibrary();
  const article = library.articleOfQuiz(quizId);
  return article && canRead(actor, article)
    ? library.quizzesById.get(quizId)
    : undefined;
}

/**
 * A quiz this actor may practise: of an article they may read whose quizzes are public (for a
 * guest, a public article's). Its owner practises a private article's quizzes before sharing it.
 */
export async function practiceQuiz(
  quizId: string,
  actor: Actor | null = null,
): Promise<Quiz | undefined> {
  const library = await getLibrary();
  const article = library.articleOfQuiz(quizId);
  return article && canPractise(actor, article)
    ? library.quizzesById.get(quizId)
    : undefined;
}

/**
 * The article a set's worksheet and file exports are made from, which hold one article: the one
 * of its first question that is still in the library.
 */
export function worksheetArticleOf(
  library: Pick<Library, "articleOfQuestion">,
  questionIds: readonly string[],
): LibraryArticle | undefined {
  for (const id of questionIds) {
    const article = library.articleOfQuestion(id);
    if (article) return article;
  }
  return undefined;
}

/** Whether an article's quizzes are offered for practice to this actor. */
export function canPractise(
  actor: Actor | null,
  article: Pick<ArticleSettings, "visibility" | "ownerId" | "practicePublic">,
): boolean {
  return canRead(actor, article) && article.practicePublic;
}

/** The articles an actor may read, newest first. */
export async function readableArticles(
  actor: Actor | null,
): Promise<LibraryArticle[]> {
  return (await getLibrary()).articles.filter((a) => canRead(actor, a));
}

/** An article the actor may read, or undefined (unknown and hidden look the same). */
export async function readableArticle(
  actor: Actor | null,
  articleId: string,
): Promise<LibraryArticle | undefined> {
  const article = (await getLibrary()).articlesById.get(articleId);
  return article && (await mayRead(actor, article)) ? article : undefined;
}

/**
 * canRead, and besides: a student may read a private or school article that a set assigned to
 * one of their classes asks about (the feedback's "read in the article" leads there).
 */
export async function mayRead(
  actor: Actor | null,
  article: Pick<ArticleSettings, "id" | "visibility" | "ownerId">,
): Promise<boolean> {
  if (canRead(actor, article)) return true;
  if (!actor) return false;
  const assigned = await db.assignment.findFirst({
    where: {
      classroom: { enrollments: { some: { userId: actor.userId } } },
      set: { items: { some: { question: { articleId: article.id } } } },
    },
    select: { id: true },
  });
  return assigned !== null;
}

export type LibraryQuizDto = {
  id: string;
  title: Localized;
  description: Localized;
  questionCount: number;
  feedbackMode: Quiz["feedbackMode"];
};

export type LibraryArticleDto = {
  id: string;
  title: Localized;
  publishedAt: Date;
  /** Word tokens of its sentences. */
  wordCount: number;
  level: CefrLevel | null;
  visibility: Visibility;
  ownerId: string | null;
  /** Its distinct learnable lemmas (glossary entry ids), for "how much of it you know". */
  lemmaIds: string[];
  /** Only when its quizzes are offered for practice. */
  quizzes: LibraryQuizDto[];
};

export function toLibraryArticleDto(
  actor: Actor | null,
  article: LibraryArticle,
): LibraryArticleDto {
  const { pack } = article.catalog;
  return {
    id: article.id,
    title: pack.article.title,
    publishedAt: article.publishedAt,
    wordCount: pack.article.sentences.reduce(
      (sum, s) => sum + (article.glossary.data.tokens[s.id]?.length ?? 0),
      0,
    ),
    level: pack.article.level ?? null,
    visibility: article.visibility,
    ownerId: article.ownerId,
    lemmaIds: [...article.glossary.countLemmas().keys()],
    quizzes: canPractise(actor, article)
      ? pack.quizzes.map((quiz) => ({
          id: quiz.id,
          title: quiz.title,
          description: quiz.description,
          questionCount: quiz.questionIds.length,
          feedbackMode: quiz.feedbackMode,
        }))
      : [],
  };
}

/** The library page: every article the actor may read, newest first. */
export async function listLibrary(
  actor: Actor | null,
): Promise<LibraryArticleDto[]> {
  return (await readableArticles(actor)).map((a) =>
    toLibraryArticleDto(actor, a),
  );
}
