import type { Locale } from "next-intl";
import {
  getFormatter,
  getTranslations,
  setRequestLocale,
} from "next-intl/server";
import { forgetWordAction } from "@/app/actions/vocabulary";
import { TableRegion } from "@/components/table-region";
import { Link } from "@/i18n/navigation";
import { listVocabulary } from "@/lib/data/vocabulary";
import { getCurrentLearner } from "@/lib/session";
import { titleFrom } from "@/i18n/metadata";

type Props = { params: Promise<{ locale: Locale }> };

export const generateMetadata = titleFrom("Words");

export default async function WordsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Words");
  const tPos = await getTranslations("Reader.glossary.pos");
  const format = await getFormatter();
  const learner = await getCurrentLearner();
  const words = learner ? await listVocabulary(learner.id) : [];

  return (
    <article>
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      {words.some((w) => w.status === "saved") && (
        <p>
          <Link className="button primary" href="/words/practice">
            {t("practise")}
          </Link>
        </p>
      )}
      {words.length === 0 ? (
        <p>
          {t("empty")} <Link href="/read">{t("toReader")}</Link>
        </p>
      ) : (
        <TableRegion
          captionId="words-caption"
          caption={t("caption", { count: words.length })}
        >
          <thead>
            <tr>
              <th scope="col">{t("word")}</th>
              <th scope="col">{t("partOfSpeech")}</th>
              <th scope="col">{t("meaning")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("added")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {words.map((word) => {
              const name = word.article
                ? `${word.article} ${word.lemma}`
                : word.lemma;
              return (
                <tr key={word.entryId}>
                  <th scope="row" lang="de">
                    {name}
                  </th>
                  <td>{tPos(word.pos as Parameters<typeof tPos>[0])}</td>
                  <td lang="en">{word.glosses.slice(0, 3).join("; ")}</td>
                  <td>
                    {word.status === "known"
                      ? t("statusKnown")
                      : t("statusSaved")}
                  </td>
                  <td>
                    {format.dateTime(word.savedAt, { dateStyle: "medium" })}
                  </td>
                  <td>
                    <div className="row-actions">
                      <Link
                        href={`/read/${word.articleId}#${word.sentenceId}`}
                        aria-label={t("inContextOf", { word: name })}
                      >
                        {t("inContext")}
                      </Link>
                      <form action={forgetWordAction}>
                        <input
                          type="hidden"
                          name="sentenceId"
                          value={word.sentenceId}
                        />
                        <input
                          type="hidden"
                          name="tokenIndex"
                          value={word.tokenIndex}
                        />
                        <button
                          type="submit"
                          className="tool-button"
                          aria-label={t("removeWord", { word: name })}
                        >
                          {t("remove")}
                        </button>
                      </form>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      )}
    </article>
  );
}
