// The evidence of an answered question: its source sentence(s) highlighted in their German
// paragraph, the English translation, and a link to the sentence in the reader.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Feedback } from "@/lib/quiz/feedback";

export function Evidence({
  feedback,
}: {
  feedback: Pick<Feedback, "sources" | "context" | "articleId">;
}) {
  const t = useTranslations("Quiz");
  const snapshotText = new Map(feedback.sources.map((s) => [s.id, s.de]));
  return (
    <>
      {feedback.context.map((paragraph) => (
        <p key={paragraph.paragraph} lang="de" className="evidence-context">
          {paragraph.sentences.map((sentence, i) => (
            <span key={sentence.id}>
              {i > 0 && " "}
              {sentence.isSource ? (
                // The snapshot is what the answer was graded against, even if the article was edited since.
                <mark data-sentence-id={sentence.id}>
                  {snapshotText.get(sentence.id) ?? sentence.de}
                </mark>
              ) : (
                sentence.de
              )}
            </span>
          ))}
        </p>
      ))}
      <ul
        className="evidence-translations"
        aria-label={t("evidenceTranslation")}
      >
        {feedback.sources.map((source) => (
          <li key={source.id}>
            <span className="evidence-label">{t("evidenceTranslation")}:</span>{" "}
            <span lang="en">{source.en}</span>
          </li>
        ))}
      </ul>
      {feedback.sources[0] && (
        <p className="read-in-article">
          <Link href={`/read/${feedback.articleId}#${feedback.sources[0].id}`}>
            {t("readInArticle")}
          </Link>
        </p>
      )}
    </>
  );
}
