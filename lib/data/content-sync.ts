// Seeds the database from a content pack, idempotently: a second run changes nothing, an edited
// question gets a new version, and questions that left the pack are retired (never deleted,
// because responses point at them).
import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ContentPack } from "@/lib/content/schema";

export type SyncReport = {
  sentences: { created: number; updated: number };
  questions: { created: number; updated: number; retired: number };
  quizzes: { created: number; updated: number };
  articleChanged: boolean;
};

const hashOf = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex");

export async function syncContentPack(
  db: PrismaClient,
  pack: ContentPack,
): Promise<SyncReport> {
  const { article } = pack;
  const report: SyncReport = {
    sentences: { created: 0, updated: 0 },
    questions: { created: 0, updated: 0, retired: 0 },
    quizzes: { created: 0, updated: 0 },
    articleChanged: false,
  };
  const packHash = hashOf(pack);

  await db.$transaction(
    async (tx) => {
      const existingArticle = await tx.article.findUnique({
        where: { id: article.id },
      });
      if (existingArticle?.contentHash === packHash) return;
      report.articleChanged = true;
      const articleData = {
        titleDe: article.title.de,
        titleEn: article.title.en,
        contentHash: packHash,
      };
      await tx.article.upsert({
        where: { id: article.id },
        create: { id: article.id, ...articleData },
        update: articleData,
      });

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
          Object.entries(data).every(
            ([k, v]) => old[k as keyof typeof data] === v,
          );
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
    },
    // Loading a pack is a start-up job of many statements: on PostgreSQL each is a round trip.
    { timeout: 60_000, maxWait: 60_000 },
  );
  return report;
}
