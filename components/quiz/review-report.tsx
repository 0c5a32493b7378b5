"use client";
// "Report a problem with this question" under one answer of the results' review, which is HTML
// React does not hydrate (decision 050): the only React in an entry. Folded, it is a summary with
// no form behind it, so a review of many questions hydrates no form until the learner opens one.
// Before the page's JavaScript runs (or without it), the summary is a link to the same page with
// that answer's form unfolded, which posts without JavaScript.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/use-hydrated";
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
  const hydrated = useHydrated();
  const [open, setOpen] = useState(startOpen);
  const [openedHere, setOpenedHere] = useState(false);
  const slot = useRef<HTMLDivElement>(null);
  // The folded summary is replaced by the form's own: keep the learner's place on it.
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
  if (!hydrated)
    return (
      <p className="report-open">
        <a href={openHref}>{t("summary")}</a>
      </p>
    );
  return (
    <details
      className="form-disclosure report-folded"
      onToggle={(event) => {
        if (!event.currentTarget.open) return;
        setOpen(true);
        setOpenedHere(true);
      }}
    >
      <summary>{t("summary")}</summary>
    </details>
  );
}
