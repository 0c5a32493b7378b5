// The learner's saved words as a file: Anki (.apkg or text import) or Quizlet terms
// (lib/exchange/words-export.ts). Only their own words; a visitor without progress gets 404.
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { languageSchema } from "@/lib/content/content-schema";
import { getNow } from "@/lib/clock";
import { DownloadRefused, learnerDownload } from "@/lib/csv-download";
import { getLibrary } from "@/lib/data/library";
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
    const words = (await listVocabulary(learner.id)).filter(
      (word) => word.status === "saved",
    );
    const t = await getTranslations({ locale: language, namespace: "Words" });
    if (words.length === 0) throw new DownloadRefused(t("exportEmpty"), 400);
    const library = await getLibrary();
    // Node 20 has no Map.groupBy.
    const byArticle = new Map<string, typeof words>();
    for (const word of words)
      byArticle.set(word.articleId, [
        ...(byArticle.get(word.articleId) ?? []),
        word,
      ]);
    const exported = exportWords({
      articles: [...byArticle].flatMap(([articleId, articleWords]) => {
        const article = library.articlesById.get(articleId);
        return article
          ? [
              {
                pack: article.catalog.pack,
                glossary: article.glossary,
                words: articleWords,
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
