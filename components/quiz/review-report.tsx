"use client";
// "Report a problem with this question" under one answer of the results' review, which is HTML
// React does not hydrate (decision 050): the only React in an entry. Folded, it is a link with no
// form behind it, so a review of many questions hydrates no form until the learner opens one. The
// link leads to the same page with that answer's form unfolded, which posts without JavaScript;
// with JavaScript it unfolds the form in place. It is the same element before and after
// hydration: swapping dozens of elements right after hydration made the browser lay out the whole
// long page again.
import { useEffect, useRef, useState, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import { ReportProblem } from "./report-problem";

export function ReviewReport({
  attemptId,
  position,
  reported,
  startOpen,
  openHref,
}: {
  attemptId: string;
  position: number;
  /** The learner has an open report on this answer. */
  reported: boolean;
  /** The page was asked for this answer's form (`?report=`). */
  startOpen: boolean;
  /** The page with this answer's form unfolded. */
  openHref: string;
}) {
  const t = useTranslations("ReportProblem");
  const [open, setOpen] = useState(startOpen);
  const [openedHere, setOpenedHere] = useState(false);
  const slot = useRef<HTMLDivElement>(null);
  // The link is replaced by the form under a summary of the same words: keep the learner's place on it.
  useEffect(() => {
    if (openedHere) slot.current?.querySelector("summary")?.focus();
  }, [openedHere]);

  if (open || reported)
    return (
      <div ref={slot} className="report-slot">
        <ReportProblem
          attemptId={attemptId}
          position={position}
          reported={reported}
          startOpen
        />
      </div>
    );
  const unfold = (event: MouseEvent<HTMLAnchorElement>) => {
    // A click that opens a new tab or window keeps the link's own meaning.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    setOpen(true);
    setOpenedHere(true);
  };
  return (
    <p className="report-open">
      <a href={openHref} aria-expanded="false" onClick={unfold}>
        {t("summary")}
      </a>
    </p>
  );
}
