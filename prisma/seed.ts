// Publishes every pack folder of content/ through the one door (publishArticlePack), idempotently.
// Run by `npm start` after migrations and by `npm run db:seed`. Needs the react-server condition so
// `server-only` imports resolve.
import { publishInstallationPacks } from "@/lib/data/content-sync";
import { db } from "@/lib/db/client";

try {
  for (const report of await publishInstallationPacks(db)) {
    const changed = report.articleChanged
      ? `sentences +${report.sentences.created}/~${report.sentences.updated}, ` +
        `questions +${report.questions.created}/~${report.questions.updated}/-${report.questions.retired}, ` +
        `quizzes +${report.quizzes.created}/~${report.quizzes.updated}`
      : "content unchanged";
    console.log(`Seed ${report.articleId}: ${changed}.`);
  }
} finally {
  await db.$disconnect();
}
