// The studio's problems in words: one rendering for the draft page (server) and the question
// editor (client), from the structured problems the checks return (messages Studio.problems.*).
import type { ContentProblem } from "@/lib/content/problems";
import type { EditProblem } from "@/lib/studio/question-edit";

/** A translator of the Studio namespace, from getTranslations or useTranslations. */
export type StudioTranslate = (
  key: string,
  values?: Record<string, string | number>,
) => string;

export function problemText(
  t: StudioTranslate,
  problem: EditProblem | ContentProblem,
): string {
  return t(`problems.${problem.kind}`, {
    ...(problem.params as Record<string, string | number>),
    ...(problem.kind === "invalidField" ? { field: problem.field } : {}),
  });
}

/** A pack problem with what it is about ("Question q003: …"), for the publish panel. */
export function contentProblemLine(
  t: StudioTranslate,
  problem: ContentProblem,
): string {
  return t("problemLine", {
    of: problem.subject.of,
    id: "id" in problem.subject ? problem.subject.id : "",
    problem: problemText(t, problem),
  });
}
