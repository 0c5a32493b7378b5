"use client";
// The words page's hole: the learner's words from GET /api/me (include "words"), with the practice
// link, each word's context link and its remove button. Nothing until the request has answered;
// after a removal the list is fetched again. The export form is the page's own static markup,
// shown here once there are saved words to export.
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { forgetWordAction } from "@/app/actions/vocabulary";
import { useMe } from "@/components/me";
import { TableRegion } from "@/components/table-region";
import { Link } from "@/i18n/navigation";

export function MyWords({
  exportForm,
  posLabels,
}: {
  exportForm: ReactNode;
  /** The names of the parts of speech in the page's language (`Reader.glossary.pos`). */
  posLabels: Record<string, string>;
}) {
  const t = useTranslations("Words");
  const format = useFormatter();
  const { me, refresh } = useMe();
  if (!me?.words) return <p className="hint">{t("loading")}</p>;
  const words = me.words;
  if (words.length === 0)
    return (
      <p>
        {t("empty")} <Link href="/read">{t("toReader")}</Link>
      </p>
    );
  const anySaved = words.some((w) => w.status === "saved");
  return (
    <>
      {anySaved && (
        <p>
          <Link className="button primary" href="/words/practice">
            {t("practise")}
          </Link>
        </p>
      )}
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
          {words.map((word) => (
            <tr key={word.entryId}>
              <th scope="row" lang="de">
                {word.name}
              </th>
              <td>{posLabels[word.pos] ?? word.pos}</td>
              <td lang="en">{word.glosses.join("; ")}</td>
              <td>
                {word.status === "known" ? t("statusKnown") : t("statusSaved")}
              </td>
              <td>
                {format.dateTime(new Date(word.savedAt), {
                  dateStyle: "medium",
                })}
              </td>
              <td>
                <div className="row-actions">
                  <Link
                    href={word.contextHref}
                    aria-label={t("inContextOf", { word: word.name })}
                  >
                    {t("inContext")}
                  </Link>
                  <form
                    action={async (form) => {
                      await forgetWordAction(form);
                      refresh();
                    }}
                  >
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
                      aria-label={t("removeWord", { word: word.name })}
                    >
                      {t("remove")}
                    </button>
                  </form>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      {anySaved && exportForm}
    </>
  );
}
