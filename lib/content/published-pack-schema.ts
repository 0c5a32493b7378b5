// A published pack: the content pack together with its glossary, as one JSON value. It is what
// Article.pack stores (decision 035) and what publishArticlePack takes, from content/ or the studio.
import { type z } from "zod";
import { glossarySchema } from "@/lib/reader/glossary-schema";
import { findGlossaryProblems } from "@/lib/reader/glossary";
import { hedgeWarningLine, lintPack } from "@/lib/studio/hedge-lint";
import { contentPackSchema } from "./content-schema";
import { findGiveaways } from "./giveaways";
import { findContentProblems } from "./validate";

export const publishedPackSchema = contentPackSchema
  .extend({ glossary: glossarySchema })
  .strict();
export type PublishedPack = z.infer<typeof publishedPackSchema>;

/**
 * Everything that keeps a parsed pack from being published, as article:check reports it: the
 * cross-references, the glossary against its article, dropped hedges and give-aways inside a quiz.
 * Empty when the pack may be published.
 */
export function findPublishProblems(pack: PublishedPack): string[] {
  return [
    ...findContentProblems(pack),
    ...findGlossaryProblems(pack.glossary, pack.article).map(
      (problem) => `glossary: ${problem}`,
    ),
    ...lintPack(pack).map((w) => `${w.where}: ${hedgeWarningLine(w)}`),
    ...findQuizGiveaways(pack),
  ];
}

/** A quiz must not let an earlier question give a later one's answer away (decision 020). */
export function findQuizGiveaways(
  pack: Pick<PublishedPack, "questions" | "quizzes">,
): string[] {
  const questionsById = new Map(pack.questions.map((q) => [q.id, q]));
  return pack.quizzes.flatMap((quiz) =>
    (["de", "en"] as const).flatMap((language) =>
      findGiveaways(
        quiz.questionIds.flatMap((id) => questionsById.get(id) ?? []),
        language,
        { feedback: quiz.feedbackMode },
      ).map(
        (g) =>
          `quiz ${quiz.id} (${language}): ${g.earlierId} gives away ${g.laterId} by its ${g.via}: ${g.words.join(", ")}`,
      ),
    ),
  );
}
