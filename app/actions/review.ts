"use server";
// Server actions of the review queue: show the back of a card, record a rating.

import { getLocale } from "next-intl/server";
import { getNow } from "@/lib/clock";
import {
  rateReviewItem,
  revealReview,
  type ReviewBack,
} from "@/lib/data/reviews";
import {
  rateReviewSchema,
  revealReviewSchema,
} from "@/lib/review/review-schema";
import { getCurrentLearner } from "@/lib/session";

export type RevealResult = ({ ok: true } & ReviewBack) | { ok: false };
export type RateResult = { ok: true; due: string } | { ok: false };

export async function revealReviewAction(
  input: unknown,
): Promise<RevealResult> {
  const parsed = revealReviewSchema.safeParse(input);
  const learner = await getCurrentLearner();
  if (!parsed.success || !learner) return { ok: false };
  const locale = (await getLocale()) as "de" | "en";
  const back = await revealReview(learner.id, parsed.data.itemKey, locale);
  return back ? { ok: true, ...back } : { ok: false };
}

export async function rateReviewAction(input: unknown): Promise<RateResult> {
  const parsed = rateReviewSchema.safeParse(input);
  const learner = await getCurrentLearner();
  if (!parsed.success || !learner) return { ok: false };
  const due = await rateReviewItem(
    learner.id,
    parsed.data.itemKey,
    parsed.data.rating,
    await getNow(),
  );
  return due ? { ok: true, due: due.toISOString() } : { ok: false };
}
