// The learner's saved words as a file: Anki (.apkg or text import) or Quizlet terms
// (lib/exchange/words-export.ts); the .apkg with the facts they review as cloze cards. Only their
// own; a visitor without progress gets 404.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { languageSchema } from "@/lib/content/content-schema";
import { getNow } from "@/lib/clock";
import { DownloadRefused, learnerDownload } from "@/lib/csv-download";
import { getLibrary } from "@/lib/data/library";
import { reviewedFactIds, syncReviewItems } from "@/lib/data/reviews";
import { listVocabulary } from "@/lib/data/vocabulary";
import {
  exportWords,
  WORDS_EXPORT_FILES,
  WORDS_EXPORT_FORMATS,
} from "@/lib/exchange/words-export";
import { sameSiteOnly } from "@/lib/security/origin";

const querySchema = z.object({
  format: z.enum(WORDS_EXPORT_FORMATS),
  lang: languageSchema.optional(),
});

export const GET = sameSiteOnly(async (request: Request) =>
  learnerDownload(request, async ({ locale, searchParams }, learner) => {
    const query = querySchema.safeParse({
      format: searchParams.get("format") ?? undefined,
      lang: searchParams.get("lang") || undefined,
    });
    if (!query.success) {
      const t = await getTranslations({ locale, namespace: "Words" });
      throw new DownloadRefused(t("exportInvalid"), 400);
    }
    const { format } = query.data;
    const language = query.data.lang ?? locale;
    // Read once: React's per-request memo does not reach route handlers.
    const library = await getLibrary();
    const words = (await listVocabulary(learner.id, library)).filter(
      (word) => word.status === "saved",
    );
    // The .apkg also carries the facts the learner reviews (cloze cards).
    let facts = new Map<string, string[]>();
    if (format === "anki") {
      await syncReviewItems(learner.id, await getNow());
      facts = await reviewedFactIds(learner.id, library);
    }
    const t = await getTranslations({ locale: language, namespace: "Words" });
    if (words.length === 0 && facts.size === 0)
      throw new DownloadRefused(t("exportEmpty"), 400);
    // Node 20 has no Map.groupBy.
    const byArticle = new Map<string, typeof words>();
    for (const word of words)
      byArticle.set(word.articleId, [
        ...(byArticle.get(word.articleId) ?? []),
        word,
      ]);
    const articleIds = new Set([...byArticle.keys(), ...facts.keys()]);
    const exported = exportWords({
      articles: [...articleIds].flatMap((articleId) => {
        const article = library.articlesById.get(articleId);
        return article
          ? [
              {
                pack: article.catalog.pack,
                glossary: article.glossary,
                words: byArticle.get(articleId) ?? [],
                factIds: facts.get(articleId) ?? [],
              },
            ]
          : [];
      }),
      format,
      language,
      t: await getTranslations({ locale: language, namespace: "Exports" }),
      now: await getNow(),
    });
    return {
      name: [t("exportFileName"), language],
      ...WORDS_EXPORT_FILES[format],
      body: exported.data,
    };
  }),
);
