// The question bank of one question language: every question of the library in its public
// (keyless) form, as the JSON body the quiz page fetches (decision 011). Its ids and order are keyed
// by the install's secret (decision 022), so it cannot be built into the app at build time; it is
// built once per process for each state of the library instead (a publish makes a new one), and
// sent with an ETag so a browser revalidates it with a body-less 304.
import { createHash } from "node:crypto";
import "server-only";
import type { Language } from "@/lib/content/content-schema";
import { getLibrary, type Library } from "@/lib/data/library";
import { toPublicQuestion } from "@/lib/quiz/present";

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
      [...library.questionsById.values()].map((question) =>
        toPublicQuestion(question, language),
      ),
    );
    const digest = createHash("sha256").update(json).digest("base64url");
    bank = { json, etag: `"${digest.slice(0, 27)}"` };
    banks.set(language, bank);
  }
  return bank;
}

/** Whether an If-None-Match header names this ETag (weak or strong, in a list or "*"). */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
}
