// Question files brought into a teacher's studio draft, and imported questions linked to their
// sentence (lib/studio/question-import.ts), through the drafts' one door for changes
// (changeDraft): only the owner, checked by the draft schema, saved over the version it was
// made on. A file that cannot be read is refused as a whole and the draft stays as it was.
import "server-only";
import type { Language } from "@/lib/content/content-schema";
import type { ExchangeError } from "@/lib/exchange/exchange-model";
import type { QuestionImportRecord } from "@/lib/studio/question-import-schema";
import {
  importQuestionFile,
  linkQuestion,
  type QuestionFileImport,
} from "@/lib/studio/question-import";
import { DraftEditError } from "@/lib/studio/studio-draft";
import type { Actor } from "./actor";
import { changeDraft, type DraftDto } from "./drafts";

export type ImportIntoDraftResult =
  | { ok: true; draft: DraftDto; record: QuestionImportRecord }
  | { ok: false; error: "notFound" | "invalid" | "conflict" }
  | { ok: false; error: "file"; errors: ExchangeError[] }
  | { ok: false; error: "tooManyQuestions"; max: number };

export async function importQuestionsIntoDraft(
  actor: Actor,
  draftId: string,
  file: { name: string; text: string; language?: Language },
): Promise<ImportIntoDraftResult> {
  let record: QuestionImportRecord | undefined;
  const result = await changeDraft<Extract<QuestionFileImport, { ok: false }>>(
    actor,
    draftId,
    (draft) => {
      const imported = importQuestionFile(draft, file.text, {
        fileName: file.name,
        ...(file.language ? { language: file.language } : {}),
      });
      if (!imported.ok) return { refused: imported };
      record = imported.record;
      return { draft: imported.draft };
    },
  );
  if (result.ok) return { ...result, record: record! };
  if (result.error !== "refused") return result;
  const refused = result.refused;
  return refused.problem === "file"
    ? { ok: false, error: "file", errors: refused.errors }
    : { ok: false, error: "tooManyQuestions", max: refused.max };
}

export type LinkQuestionResult =
  | { ok: true; draft: DraftDto }
  | { ok: false; error: "notFound" | "invalid" | "conflict" | "refused" };

export async function linkDraftQuestion(
  actor: Actor,
  draftId: string,
  questionId: string,
  sentenceId: string,
): Promise<LinkQuestionResult> {
  const result = await changeDraft(actor, draftId, (draft) => {
    try {
      return { draft: linkQuestion(draft, questionId, sentenceId) };
    } catch (error) {
      if (error instanceof DraftEditError) return { refused: error.reason };
      throw error;
    }
  });
  return result.ok || result.error !== "refused"
    ? result
    : { ok: false, error: "refused" };
}
