// The rows derived from a published pack (sentences, versioned questions, quizzes), written inside
// publishArticlePack's transaction: an edited question gets a new version, and questions that left
// the pack are retired (never deleted, because responses point at them). Also the installation's
// packs in content/, which enter through the same door (decision 035).
import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { contentPackDirs, readContentJson } from "@/lib/content/content-files";
import type { ContentPack } from "@/lib/content/content-schema";
import { loadArticle, loadPublishedPack } from "@/lib/content/load";
import type { PublishedPack } from "@/lib/content/published-pack-schema";
import { publishArticlePack, type PublishReport } from "./articles";

export type SyncReport = {
  sentences: { created: number; updated: number };
  questions: { created: number; updated: number; retired: number };
  quizzes: { created: number; updated: number };
  articleChanged: boolean;
};

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const hashOf = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** How content/'s packs are published: the installation's, public, practised by everybody. */
export const INSTALLATION_PACK = {
  ownerId: null,
  visibility: "public",
  practicePublic: true,
} as const;

/** Publishes every pack folder of content/ (drafts left out), in folder order. */
export async function publishInstallationPacks(
  db: PrismaClient,
  root?: string,
): Promise<PublishReport[]> {
  const reports: PublishReport[] = [];
  for (const dir of contentPackDirs(root))
    reports.push(
      await publishArticlePack(db, loadPublishedPack(dir), INSTALLATION_PACK),
    );
  return reports;
}

/**
 * Publishes a pack of content/ whose files were loaded already (an edited copy in a test): its
 * glossary is read from the folder of the same article.
 */
export async function syncContentPack(
  db: PrismaClient,
  pack: ContentPack,
  root?: string,
): Promise<SyncReport> {
  const dir = contentPackDirs(root).find(
    (d) => loadArticle(d).id === pack.article.id,
  );
  if (!dir) throw new Error(`content/ has no pack for ${pack.article.id}`);
  const glossary = readContentJson(dir, "glossary.json");
  return publishArticlePack(db, { ...pack, glossary }, INSTALLATION_PACK);
}

/** Writes the derived rows of a pack whose Article row is already written in this transaction. */
export async function writeArticleRows(
  tx: Transaction,
  pack: PublishedPack,
): Promise<SyncReport> {
  const { article } = pack;
  const report: SyncReport = {
    sentences: { created: 0, updated: 0 },
    questions: { created: 0, updated: 0, retired: 0 },
    quizzes: { created: 0, updated: 0 },
    articleChanged: true,
  };

  const sentences = new Map(
    (await tx.sentence.findMany({ where: { articleId: article.id } })).map(
      (s) => [s.id, s],
    ),
  );
  for (const [position, s] of article.sentences.entries()) {
    const data = {
      sectionId: s.sectionId,
      paragraph: s.paragraph,
      position,
      de: s.de,
      en: s.en,
    };
    const old = sentences.get(s.id);
    if (!old) {
      await tx.sentence.create({
        data: { id: s.id, articleId: article.id, ...data },
      });
      report.sentences.created++;
    } else if (
      old.sectionId !== data.sectionId ||
      old.paragraph !== data.paragraph ||
      old.position !== data.position ||
      old.de !== data.de ||
      old.en !== data.en
    ) {
      await tx.sentence.update({ where: { id: s.id }, data });
      report.sentences.updated++;
    }
  }

  const questions = new Map(
    (await tx.question.findMany({ where: { articleId: article.id } })).map(
      (q) => [q.id, q],
    ),
  );
  for (const q of pack.questions) {
    const contentHash = hashOf(q);
    const data = {
      type: q.type,
      contentHash,
      payload: JSON.stringify(q),
      sentenceIds: JSON.stringify(q.sentenceIds),
      retired: false,
    };
    const old = questions.get(q.id);
    if (!old) {
      await tx.question.create({
        data: { id: q.id, articleId: article.id, ...data },
      });
      report.questions.created++;
    } else if (old.contentHash !== contentHash || old.retired) {
      await tx.question.update({
        where: { id: q.id },
        data: { ...data, version: { increment: 1 } },
      });
      report.questions.updated++;
    }
  }
  const inPack = new Set(pack.questions.map((q) => q.id));
  const retire = [...questions.values()]
    .filter((q) => !inPack.has(q.id) && !q.retired)
    .map((q) => q.id);
  if (retire.length > 0) {
    await tx.question.updateMany({
      where: { id: { in: retire } },
      data: { retired: true },
    });
    report.questions.retired = retire.length;
  }

  const quizzes = new Map(
    (
      await tx.quiz.findMany({
        where: { articleId: article.id },
        include: { questions: { orderBy: { position: "asc" } } },
      })
    ).map((q) => [q.id, q]),
  );
  for (const [position, quiz] of pack.quizzes.entries()) {
    const data = {
      kind: quiz.kind,
      sectionId: quiz.sectionId ?? null,
      feedbackMode: quiz.feedbackMode,
      position,
      titleDe: quiz.title.de,
      titleEn: quiz.title.en,
    };
    const old = quizzes.get(quiz.id);
    const sameQuestions =
      old?.questions.map((q) => q.questionId).join() ===
      quiz.questionIds.join();
    const sameData =
      old &&
      Object.entries(data).every(([k, v]) => old[k as keyof typeof data] === v);
    if (old && sameQuestions && sameData) continue;
    await tx.quiz.upsert({
      where: { id: quiz.id },
      create: { id: quiz.id, articleId: article.id, ...data },
      update: data,
    });
    if (!sameQuestions) {
      await tx.quizQuestion.deleteMany({ where: { quizId: quiz.id } });
      await tx.quizQuestion.createMany({
        data: quiz.questionIds.map((questionId, i) => ({
          quizId: quiz.id,
          questionId,
          position: i,
        })),
      });
    }
    if (old) report.quizzes.updated++;
    else report.quizzes.created++;
  }
  return report;
}
