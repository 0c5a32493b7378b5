// The question bank of one question language: every question anybody may practise (of a public
// article whose quizzes are public) in its public (keyless) form, as the JSON body the quiz page
// fetches (decision 011). The questions of private and school articles, and of articles whose
// quizzes are kept for graded assignments, are not in it: an attempt that has them gets them with
// its own state (attemptOnlyQuestions), so nobody reads them before they are assigned. Its ids and order are keyed
// by the install's secret (decision 022), so it cannot be built into the app at build time; it is
// built once per process for each state of the library instead (a publish makes a new one), and
// sent with an ETag so a browser revalidates it with a body-less 304.
import { createHash } from "node:crypto";
import "server-only";
import type { Language } from "@/lib/content/content-schema";
import { canPractise, getLibrary, type Library } from "@/lib/data/library";
import { toPublicQuestion, type PublicQuestion } from "@/lib/quiz/present";

export type QuestionBankBody = { json: string; etag: string };

const built = new WeakMap<Library, Map<Language, QuestionBankBody>>();

export async function questionBankBody(
  language: Language,
): Promise<QuestionBankBody> {
  const library = await getLibrary();
  const banks = built.get(library) ?? new Map<Language, QuestionBankBody>();
  built.set(library, banks);
  let bank = banks.get(language);
  if (!bank) {
    const json = JSON.stringify(
      [...library.questionsById.values()]
        .filter((question) => inSharedBank(library, question.id))
        .map((question) => toPublicQuestion(question, language)),
    );
    const digest = createHash("sha256").update(json).digest("base64url");
    bank = { json, etag: `"${digest.slice(0, 27)}"` };
    banks.set(language, bank);
  }
  return bank;
}

function inSharedBank(
  library: Pick<Library, "articleOfQuestion">,
  questionId: string,
): boolean {
  const article = library.articleOfQuestion(questionId);
  return article !== undefined && canPractise(null, article);
}

/**
 * The keyless questions an attempt needs that the shared bank does not carry: those of its
 * remaining questions whose article is not open to everybody's practice. The attempt itself is
 * the learner's permission (it was started from a quiz they may practise, or assigned to them).
 */
export function attemptOnlyQuestions(
  library: Pick<Library, "articleOfQuestion" | "questionsById">,
  language: Language,
  questionIds: readonly string[],
): PublicQuestion[] {
  return questionIds.flatMap((id) => {
    const question = library.questionsById.get(id);
    return question && !inSharedBank(library, id)
      ? [toPublicQuestion(question, language)]
      : [];
  });
}

/** Whether an If-None-Match header names this ETag (weak or strong, in a list or "*"). */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
}
