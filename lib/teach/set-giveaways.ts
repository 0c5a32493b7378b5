// The set editor's give-away warning: pairs of questions in a question set where one lets a
// student read off the answer to another in the same attempt (lib/content/giveaways.ts).
import { findGiveaways } from "@/lib/content/giveaways";
import type { FeedbackMode, Question } from "@/lib/content/schema";
import type { ReviewMode, SetLanguage } from "@/lib/teach/set-schema";

export interface SetGiveawayOptions {
  language: SetLanguage;
  reviewMode: ReviewMode | string;
  shuffleQuestions: boolean;
}

export interface SetGiveawayPair {
  /** The question whose texts give the answer away. */
  earlierId: string;
  /** The question whose answer they give away. */
  laterId: string;
}

/**
 * The pairs of distinct questions in `questions` (in the set's order) where an earlier one gives
 * away a later one's answer, each pair once, in the order of the later question.
 *
 * A student sees the correct answers and explanations during the attempt only with feedback after
 * each answer; with any other review option only prompts and options count. A set in the
 * student's choice of language is checked in both languages, since either may be the one shown.
 * A matching question that gives itself away by grammar is no pair a teacher builds, so it is left
 * to the content checks.
 */
export function setGiveaways(
  questions: readonly Question[],
  options: SetGiveawayOptions,
): SetGiveawayPair[] {
  const feedback: FeedbackMode =
    options.reviewMode === "immediately" ? "immediate" : "end";
  const languages =
    options.language === "choice"
      ? (["de", "en"] as const)
      : [options.language];
  const position = new Map(questions.map((q, i) => [q.id, i]));
  const pairs = new Map<string, SetGiveawayPair>();
  for (const language of languages)
    for (const g of findGiveaways(questions, language, {
      feedback,
      shuffled: options.shuffleQuestions,
    }))
      if (g.earlierId !== g.laterId)
        pairs.set(`${g.earlierId}|${g.laterId}`, {
          earlierId: g.earlierId,
          laterId: g.laterId,
        });
  return [...pairs.values()].sort(
    (a, b) =>
      (position.get(a.laterId) ?? 0) - (position.get(b.laterId) ?? 0) ||
      (position.get(a.earlierId) ?? 0) - (position.get(b.earlierId) ?? 0),
  );
}
