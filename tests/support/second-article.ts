// Another article for the library tests: content/'s pack under a new article id, its quizzes
// renamed and its texts marked, so pages and lookups can tell the two apart. Its sentence and
// question ids stay those of content/'s pack, so it can only share a library with it by colliding.
import { loadPublishedPack } from "@/lib/content/load";
import { contentPackDirs } from "@/lib/content/content-files";
import type { PublishedPack } from "@/lib/content/published-pack-schema";

export const SECOND_ARTICLE_ID = "zweiter-artikel";

export function secondArticlePack(): PublishedPack {
  const pack = structuredClone(
    loadPublishedPack(contentPackDirs()[0]!),
  ) as PublishedPack;
  const from = pack.article.id;
  pack.article.id = SECOND_ARTICLE_ID;
  pack.article.title = {
    de: `Zweiter Artikel: ${pack.article.title.de}`,
    en: `Second article: ${pack.article.title.en}`,
  };
  pack.glossary.articleId = SECOND_ARTICLE_ID;
  // The glossed title was the old one; a title need not be glossed.
  delete pack.glossary.tokens.title;
  for (const quiz of pack.quizzes) {
    quiz.id = quiz.id.replace(from, SECOND_ARTICLE_ID);
    quiz.title = {
      de: `${quiz.title.de} (zweiter Artikel)`,
      en: `${quiz.title.en} (second article)`,
    };
  }
  return pack;
}
