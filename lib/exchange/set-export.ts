// One entry point for every export of a question selection (a teacher's set, a quiz of the pack,
// or the whole bank): Moodle XML, GIFT, Anki (.apkg and text), Quizlet, Kahoot and the worksheet
// PDF. The teacher's download route and `npm run questions:export` both call it, so a file from
// the set page and one from the command line are the same file.
//
// A selection has no learner, so its vocabulary (Anki's word notes, the worksheet's glossary) is
// "the set's words": the learnable nouns of the sentences its questions cite, each where it first
// occurs in the article.
import type {
  ContentPack,
  Language,
  Question,
} from "@/lib/content/content-schema";
import type { Glossary } from "@/lib/reader/glossary";
import { isLearnable } from "@/lib/reader/glossary";
import { ankiPackage } from "./anki-apkg";
import { factNotes, wordNotes, type SavedWordRef } from "./anki-notes";
import { ankiFactsText } from "./anki-text";
import { exportQuestions } from "./exchange-export";
import type { ExportsTranslator, SkippedItem } from "./exports-common";
import { kahootRows, kahootWorkbook } from "./kahoot";
import type { ExportSet } from "./question-mapping";
import { quizletFromQuestions } from "./quizlet";
import { buildWorksheet } from "./worksheet";
import { worksheetPdf } from "./worksheet-pdf";

export const SET_EXPORT_FORMATS = [
  "moodle",
  "gift",
  "anki",
  "anki-text",
  "quizlet",
  "kahoot",
  "pdf",
] as const;
export type SetExportFormat = (typeof SET_EXPORT_FORMATS)[number];

/** File extension and media type of each format. */
export const SET_EXPORT_FILES: Record<
  SetExportFormat,
  { extension: string; contentType: string }
> = {
  moodle: { extension: "xml", contentType: "application/xml; charset=utf-8" },
  gift: { extension: "gift.txt", contentType: "text/plain; charset=utf-8" },
  anki: { extension: "apkg", contentType: "application/octet-stream" },
  "anki-text": {
    extension: "anki.txt",
    contentType: "text/plain; charset=utf-8",
  },
  quizlet: {
    extension: "quizlet.txt",
    contentType: "text/plain; charset=utf-8",
  },
  kahoot: {
    extension: "xlsx",
    contentType:
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  pdf: { extension: "pdf", contentType: "application/pdf" },
};

export type SetExportInput = {
  pack: ContentPack;
  glossary: Glossary;
  /** A quiz or set: its questions in its order (a sub-category in Moodle); default the bank. */
  set?: ExportSet;
  format: SetExportFormat;
  /** The language of the questions and of every heading and label in the file. */
  language: Language;
  /** The `Exports` messages in `language`. */
  t: ExportsTranslator;
  /** Stamps the Anki notes. */
  now: Date;
  /** How Moodle XML writes a word-bank cloze (lib/exchange/moodle-xml-export.ts). */
  wordBanks?: "multianswer" | "gapselect";
};

export type SetExport = {
  data: string | Uint8Array;
  /** What the format could not carry: questions left out, or carried differently. */
  notes: string[];
  skipped: SkippedItem[];
};

/** The learnable nouns of the sentences the questions cite, where each first occurs. */
export function setWords(
  pack: Pick<ContentPack, "article" | "questions">,
  glossary: Pick<Glossary, "entries" | "data">,
  questionIds: readonly string[],
): SavedWordRef[] {
  const cited = new Set(
    pack.questions
      .filter((q) => questionIds.includes(q.id))
      .flatMap((q) => q.sentenceIds),
  );
  const words = new Map<string, SavedWordRef>();
  for (const sentence of pack.article.sentences) {
    if (!cited.has(sentence.id)) continue;
    (glossary.data.tokens[sentence.id] ?? []).forEach((token, tokenIndex) => {
      const entry = glossary.entries.get(token.entryId);
      if (entry?.pos === "noun" && isLearnable(entry) && !words.has(entry.id))
        words.set(entry.id, {
          entryId: entry.id,
          sentenceId: sentence.id,
          tokenIndex,
        });
    });
  }
  return [...words.values()];
}

export async function exportSet(input: SetExportInput): Promise<SetExport> {
  const { pack, glossary, set, language, t } = input;
  const questionIds = set?.questionIds ?? pack.questions.map((q) => q.id);
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const questions = questionIds.map((id) => {
    const question = byId.get(id);
    if (!question) throw new Error(`Unknown question ${id}`);
    return question;
  });
  const factIds = [...new Set(questions.flatMap((q) => q.factIds))];
  switch (input.format) {
    case "moodle":
    case "gift": {
      const exported = exportQuestions(pack, {
        format: input.format,
        language,
        ...(set ? { set } : {}),
        ...(input.wordBanks ? { wordBanks: input.wordBanks } : {}),
      });
      return { data: exported.text, notes: exported.notes, skipped: [] };
    }
    case "anki": {
      const words = wordNotes(
        setWords(pack, glossary, questionIds),
        pack,
        glossary,
        t,
      );
      const facts = factNotes(pack, glossary, factIds);
      return {
        data: ankiPackage({
          pack,
          words: words.notes,
          facts: facts.notes,
          locale: language,
          t,
          now: input.now,
        }),
        notes: [],
        skipped: [...words.skipped, ...facts.skipped],
      };
    }
    case "anki-text": {
      const facts = factNotes(pack, glossary, factIds);
      return {
        data: ankiFactsText(facts.notes, { pack, locale: language, t }),
        notes: [],
        skipped: facts.skipped,
      };
    }
    case "quizlet": {
      const exported = quizletFromQuestions(questions, pack, language, t);
      return { data: exported.text, notes: [], skipped: exported.skipped };
    }
    case "kahoot": {
      const { rows, skipped } = kahootRows(questions, pack, language, t);
      return {
        data: await kahootWorkbook(rows, pack, language, t),
        notes: [],
        skipped,
      };
    }
    case "pdf": {
      const worksheet = buildWorksheet(pack, glossary, {
        questionIds,
        entryIds: setWords(pack, glossary, questionIds).map((w) => w.entryId),
        language,
        t,
      });
      return { data: await worksheetPdf(worksheet, t), notes: [], skipped: [] };
    }
  }
}

/**
 * What Kahoot and Quizlet would leave out of these questions, and why: the set page lists it
 * before the teacher downloads, so nothing goes missing unnoticed.
 */
export function skippedByFormat(
  questions: readonly Question[],
  pack: Pick<ContentPack, "article">,
  language: Language,
  t: ExportsTranslator,
): { format: "kahoot" | "quizlet"; skipped: SkippedItem[] }[] {
  return [
    {
      format: "kahoot",
      skipped: kahootRows(questions, pack, language, t).skipped,
    },
    {
      format: "quizlet",
      skipped: quizletFromQuestions(questions, pack, language, t).skipped,
    },
  ];
}
