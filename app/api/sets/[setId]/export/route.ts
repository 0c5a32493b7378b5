// A teacher's question set as a file: Moodle XML, GIFT, Anki (.apkg or text), Quizlet, Kahoot or
// the worksheet PDF, in German or English (lib/exchange/set-export.ts). Only the set's owner gets
// it: getSet answers null for anybody else, and so does this route (404).
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getLibrary, worksheetArticleOf } from "@/lib/data/library";
import { languageSchema } from "@/lib/content/content-schema";
import { getSet } from "@/lib/data/question-sets";
import {
  exportSet,
  SET_EXPORT_FILES,
  SET_EXPORT_FORMATS,
} from "@/lib/exchange/set-export";
import { getNow } from "@/lib/clock";
import { sameSiteOnly } from "@/lib/security/origin";
import { DownloadRefused, teacherDownload } from "@/lib/csv-download";

const querySchema = z.object({
  format: z.enum(SET_EXPORT_FORMATS),
  lang: languageSchema.optional(),
});

export const GET = sameSiteOnly(
  async (
    request: Request,
    { params }: { params: Promise<{ setId: string }> },
  ) => {
    const { setId } = await params;
    return teacherDownload(
      request,
      setId,
      async ({ actor, locale, searchParams }, id) => {
        const set = await getSet(actor, id);
        if (!set) return null;
        const query = querySchema.safeParse({
          format: searchParams.get("format") ?? undefined,
          lang: searchParams.get("lang") || undefined,
        });
        if (!query.success) {
          const t = await getTranslations({ locale, namespace: "Teach" });
          throw new DownloadRefused(t("exportInvalid"), 400);
        }
        const { format } = query.data;
        const language =
          query.data.lang ??
          (set.language === "de" || set.language === "en"
            ? set.language
            : locale);
        const library = await getLibrary();
        // An export holds one article, as a worksheet does (an empty set's is the newest).
        const article =
          worksheetArticleOf(library, set.questionIds) ?? library.articles[0];
        if (!article) {
          const t = await getTranslations({ locale, namespace: "Teach" });
          throw new DownloadRefused(t("exportInvalid"), 400);
        }
        const { pack, questionsById } = article.catalog;
        const exported = await exportSet({
          pack,
          glossary: article.glossary,
          set: {
            title: set.title,
            idnumber: set.id,
            // A question retired from the content since the set was made is not exported.
            questionIds: set.questionIds.filter((q) => questionsById.has(q)),
          },
          format,
          language,
          t: await getTranslations({ locale: language, namespace: "Exports" }),
          now: await getNow(),
        });
        return {
          name: [set.title, language],
          ...SET_EXPORT_FILES[format],
          body: exported.data,
        };
      },
    );
  },
);
