"use client";
// The review page's hole: the cards due now, from GET /api/me (include "review"), handed to the
// runner; the "nothing due" panel when there are none. Nothing but a status line until the request
// has answered.
import { useTranslations } from "next-intl";
import { useMe } from "@/components/me";
import {
  ReviewNextSteps,
  ReviewRunner,
} from "@/components/review/review-runner";

export function ReviewHole() {
  const t = useTranslations("Review");
  const { me } = useMe();
  if (!me?.review)
    return (
      <p className="hint" role="status">
        {t("loading")}
      </p>
    );
  if (me.review.length > 0) return <ReviewRunner fronts={me.review} />;
  return (
    <div className="panel">
      <p>
        <strong>{t("nothingDue")}</strong> {t("nothingDueWhy")}
      </p>
      <ReviewNextSteps />
    </div>
  );
}
