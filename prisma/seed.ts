// Loads the content pack into the database, idempotently. Run by `npm start` after migrations
// and by `npm run db:seed`. Needs the react-server condition so `server-only` imports resolve.
import { getContentPack } from "@/lib/content/load";
import { syncContentPack } from "@/lib/data/content-sync";
import { db } from "@/lib/db/client";

try {
  const report = await syncContentPack(db, getContentPack());
  const changed = report.articleChanged
    ? `sentences +${report.sentences.created}/~${report.sentences.updated}, ` +
      `questions +${report.questions.created}/~${report.questions.updated}/-${report.questions.retired}, ` +
      `quizzes +${report.quizzes.created}/~${report.quizzes.updated}`
    : "content unchanged";
  console.log(`Seed: ${changed}.`);
} finally {
  await db.$disconnect();
}
