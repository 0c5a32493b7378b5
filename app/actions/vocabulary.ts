"use server";
// Server actions of the reader's vocabulary: parse → fail early → write → return the new status.

import { handleButton } from "@/lib/form-action";
import type { ActionResult } from "@/lib/forms";
import { getTranslations } from "next-intl/server";
import {
  checkDrill,
  setWordStatus,
  type DrillResult,
} from "@/lib/data/vocabulary";
import {
  checkDrillSchema,
  forgetWordFormSchema,
  setWordStatusSchema,
  type WordStatus,
} from "@/lib/reader/vocabulary-schema";
import {
  ensureLearner,
  getCurrentLearner,
  isGuestsLimited,
} from "@/lib/session";

export type SetWordStatusResult = ActionResult<
  { entryId: string; status: WordStatus | null },
  "invalid" | "not-found" | "too-many-guests"
>;

/** Saves a word, marks it as known, or removes it. A first-time reader becomes a guest learner. */
export async function setWordStatusAction(
  input: unknown,
): Promise<SetWordStatusResult> {
  const parsed = setWordStatusSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const learner =
    (await getCurrentLearner()) ??
    (await ensureLearner((await getTranslations("Reader"))("guestNickname")));
  if (isGuestsLimited(learner)) return { ok: false, error: "too-many-guests" };
  const result = await setWordStatus(learner.id, parsed.data);
  return result ? { ok: true, ...result } : { ok: false, error: "not-found" };
}

/** Removes a word from the words page. Bad input or no learner changes nothing. */
export async function forgetWordAction(input: unknown): Promise<void> {
  await handleButton(
    input,
    forgetWordFormSchema,
    async (word) => {
      const learner = await getCurrentLearner();
      if (!learner) return;
      await setWordStatus(learner.id, { ...word, status: null });
    },
    async () => {},
  );
}

export type CheckDrillResult = ActionResult<
  DrillResult,
  "invalid" | "not-found"
>;

/** Grades one drill answer on the server. */
export async function checkDrillAction(
  input: unknown,
): Promise<CheckDrillResult> {
  const parsed = checkDrillSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const learner = await getCurrentLearner();
  const result = learner ? await checkDrill(learner.id, parsed.data) : null;
  return result ? { ok: true, ...result } : { ok: false, error: "not-found" };
}
