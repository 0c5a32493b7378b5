"use server";
// Server actions of the review queue: show the back of a card, record a rating.

import { getLocale } from "next-intl/server";
import type { ActionResult } from "@/lib/forms";
import { getNow } from "@/lib/clock";
import { rateReviewItem, revealReview } from "@/lib/data/reviews";
import type { ReviewBack } from "@/lib/review/review-cards";
import {
  rateReviewSchema,
  revealReviewSchema,
} from "@/lib/review/review-schema";
import { getCurrentLearner } from "@/lib/session";

export type RevealResult = ActionResult<ReviewBack, "invalid" | "not-found">;
export type RateResult = ActionResult<{ due: string }, "invalid" | "not-found">;

export async function revealReviewAction(
  input: unknown,
): Promise<RevealResult> {
  const parsed = revealReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const learner = await getCurrentLearner();
  if (!learner) return { ok: false, error: "not-found" };
  const locale = (await getLocale()) as "de" | "en";
  const back = await revealReview(learner.id, parsed.data.itemKey, locale);
  return back ? { ok: true, ...back } : { ok: false, error: "not-found" };
}

export async function rateReviewAction(input: unknown): Promise<RateResult> {
  const parsed = rateReviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const learner = await getCurrentLearner();
  if (!learner) return { ok: false, error: "not-found" };
  const due = await rateReviewItem(
    learner.id,
    parsed.data.itemKey,
    parsed.data.rating,
    await getNow(),
  );
  return due
    ? { ok: true, due: due.toISOString() }
    : { ok: false, error: "not-found" };
}
