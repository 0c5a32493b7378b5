// The one door into the library (decision 035): publishArticlePack checks a pack as article:check
// does, refuses ids that belong to another article, and writes the Article row with its pack and
// the rows derived from it in one transaction. content/'s packs (npm start) and the studio's
// drafts both come in here; a second publish of the same pack changes nothing.
import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { formatIssuePath } from "@/lib/content/content-files";
import type { PublishedPack } from "@/lib/content/published-pack-schema";
import {
  findPublishProblems,
  publishedPackSchema,
} from "@/lib/content/published-pack-schema";
import { writeArticleRows, type SyncReport } from "./content-sync";

export const VISIBILITIES = ["private", "school", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export type PublishOptions = {
  /** The teacher who owns it; null for the installation's packs in content/. */
  ownerId: string | null;
  visibility: Visibility;
  /** Whether its quizzes appear in public practice. */
  practicePublic: boolean;
};

/** Why a pack was refused; the studio shows `PublishArticle.<reason>` with the list of problems. */
export type PublishRefusal =
  "invalid" | "inconsistent" | "idsTaken" | "notOwner";

export class PublishError extends Error {
  constructor(
    readonly reason: PublishRefusal,
    /** One line per problem, naming where it is (ids, paths), as article:check lists them. */
    readonly problems: readonly string[],
  ) {
    super(`Publishing refused (${reason}):\n${problems.join("\n")}`);
    this.name = "PublishError";
  }
}

export type PublishReport = SyncReport & {
  articleId: string;
  /** Owner, visibility or public practice changed (the pack may be the same). */
  settingsChanged: boolean;
};

const hashOf = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** The pack as stored and hashed: parsed, so the same content always gives the same JSON. */
function parsePack(input: unknown): PublishedPack {
  const parsed = publishedPackSchema.safeParse(input);
  if (!parsed.success)
    throw new PublishError(
      "invalid",
      parsed.error.issues.map(
        (issue) => `${formatIssuePath(issue.path)}: ${issue.message}`,
      ),
    );
  const problems = findPublishProblems(parsed.data);
  if (problems.length > 0) throw new PublishError("inconsistent", problems);
  return parsed.data;
}

export async function publishArticlePack(
  db: PrismaClient,
  input: unknown,
  options: PublishOptions,
): Promise<PublishReport> {
  const pack = parsePack(input);
  const articleId = pack.article.id;
  const packJson = JSON.stringify(pack);
  const contentHash = hashOf(pack);
  const unchanged: SyncReport = {
    sentences: { created: 0, updated: 0 },
    questions: { created: 0, updated: 0, retired: 0 },
    quizzes: { created: 0, updated: 0 },
    articleChanged: false,
  };

  return db.$transaction(
    async (tx) => {
      const existing = await tx.article.findUnique({
        where: { id: articleId },
        select: {
          ownerId: true,
          contentHash: true,
          visibility: true,
          practicePublic: true,
        },
      });
      if (existing && existing.ownerId !== options.ownerId)
        throw new PublishError("notOwner", [
          `article ${articleId} belongs to somebody else`,
        ]);
      const settingsChanged =
        !existing ||
        existing.visibility !== options.visibility ||
        existing.practicePublic !== options.practicePublic;

      if (existing?.contentHash === contentHash) {
        if (settingsChanged)
          await tx.article.update({
            where: { id: articleId },
            data: {
              visibility: options.visibility,
              practicePublic: options.practicePublic,
            },
          });
        return { ...unchanged, articleId, settingsChanged };
      }

      await refuseTakenIds(tx, pack);
      const data = {
        titleDe: pack.article.title.de,
        titleEn: pack.article.title.en,
        contentHash,
        pack: packJson,
        ownerId: options.ownerId,
        visibility: options.visibility,
        practicePublic: options.practicePublic,
        publishedAt: new Date(),
      };
      await tx.article.upsert({
        where: { id: articleId },
        create: { id: articleId, ...data },
        update: data,
      });
      const report = await writeArticleRows(tx, pack);
      return { ...report, articleId, settingsChanged };
    },
    // A whole pack is many statements: on PostgreSQL each is a round trip.
    { timeout: 60_000, maxWait: 60_000 },
  );
}

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Sentence, question and quiz ids are primary keys across the library: a pack may not take one
 * that another article holds, or its rows would move that article's answers to itself.
 */
async function refuseTakenIds(
  tx: Transaction,
  pack: PublishedPack,
): Promise<void> {
  const articleId = pack.article.id;
  const notThis = { articleId: { not: articleId } };
  const select = { id: true, articleId: true } as const;
  // One after another: a transaction holds one connection.
  const sentences = await tx.sentence.findMany({
    where: { id: { in: pack.article.sentences.map((s) => s.id) }, ...notThis },
    select,
  });
  const questions = await tx.question.findMany({
    where: { id: { in: pack.questions.map((q) => q.id) }, ...notThis },
    select,
  });
  const quizzes = await tx.quiz.findMany({
    where: { id: { in: pack.quizzes.map((q) => q.id) }, ...notThis },
    select,
  });
  const taken = [
    ...sentences.map(
      (s) => `sentence ${s.id} belongs to article ${s.articleId}`,
    ),
    ...questions.map(
      (q) => `question ${q.id} belongs to article ${q.articleId}`,
    ),
    ...quizzes.map((q) => `quiz ${q.id} belongs to article ${q.articleId}`),
  ];
  if (taken.length > 0) throw new PublishError("idsTaken", taken);
}
