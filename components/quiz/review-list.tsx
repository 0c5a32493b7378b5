// The per-question review of a finished attempt, compact: per question its verdict and points, the
// prompt, the answer given and the correct one (each part marked), and the explanation and evidence
// folded away. From the snapshots each response was graded against. Used by the learner's results
// and the teacher's view of an attempt; on the learner's own results each answer can be reported
// and says when it was regraded.
//
// Each entry is HTML React does not hydrate (lib/quiz/review-html.ts, decision 050): a review of a
// whole article's questions is thousands of elements with nothing interactive but native
// disclosures. The problem report is the one island per entry.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Language } from "@/lib/content/content-schema";
import type { RegradeNote } from "@/lib/quiz/regrade";
import type { ReviewItem } from "@/lib/quiz/feedback";
import { pointsToShow } from "@/lib/quiz/points";
import { reviewEntryHtml, verdictTone } from "@/lib/quiz/review-html";
import { reviewLabels } from "./review-labels";
import { ReviewReport } from "./review-report";

/** The learner's own attempt: its answers can be reported (those with an open report say so). */
type Reporting = {
  attemptId: string;
  reported: ReadonlySet<number>;
  /** The answer whose form the page was asked to show unfolded. */
  open: number | null;
  /** The page with an answer's form unfolded (the link before JavaScript runs). */
  openHref(position: number): string;
};

export async function ReviewList({
  items,
  language,
  answerLabel,
  reporting,
  regrades,
}: {
  items: ReviewItem[];
  language: Language;
  answerLabel: string;
  reporting?: Reporting;
  /** Per position, when a teacher regraded the answer and what it was worth before. */
  regrades?: ReadonlyMap<number, RegradeNote>;
}) {
  const locale = await getLocale();
  const [t, tResults, format] = await Promise.all([
    getTranslations("Quiz"),
    getTranslations("Results"),
    getFormatter(),
  ]);
  const labels = reviewLabels(t, tResults, format, locale, answerLabel);
  const regradeText = (note: RegradeNote | undefined) =>
    note &&
    tResults("regradedNote", {
      date: format.dateTime(note.regradedAt, { dateStyle: "medium" }),
      was: pointsToShow(note.was, 1),
      now: pointsToShow(note.now, 1),
    });
  return (
    <ol className="review-list">
      {items.map((item) => (
        <li
          key={item.position}
          className={`review-item review-${verdictTone(item.feedback)}`}
          id={`review-${item.position}`}
        >
          <div
            className="review-body"
            dangerouslySetInnerHTML={{
              __html: reviewEntryHtml(
                item,
                language,
                labels,
                regradeText(regrades?.get(item.position)),
              ),
            }}
          />
          {reporting && (
            <ReviewReport
              attemptId={reporting.attemptId}
              position={item.position}
              reported={reporting.reported.has(item.position)}
              startOpen={reporting.open === item.position}
              openHref={reporting.openHref(item.position)}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
