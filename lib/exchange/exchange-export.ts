// Export of an article's questions (its whole bank, a quiz or a question set) as Moodle XML or
// GIFT in one language, with the notes on what a format could not carry as it is.
import type { ContentPack } from "@/lib/content/schema";
import { writeGift } from "./gift-export";
import type { ExchangeFormat } from "./exchange-model";
import { writeMoodleXml, type MoodleXmlOptions } from "./moodle-xml-export";
import { exchangeFileOf, type ExportOptions } from "./question-mapping";

export type QuestionExport = {
  text: string;
  /** "q013: …" lines, in the export language, also written into the file as comments. */
  notes: string[];
};

export function exportQuestions(
  pack: ContentPack,
  options: ExportOptions & { format: ExchangeFormat } & MoodleXmlOptions,
): QuestionExport {
  const unit = exchangeFileOf(pack, options);
  const notesByIndex = new Map<number, string[]>();
  for (const note of unit.notes) {
    const index = unit.questionIds.indexOf(note.questionId);
    notesByIndex.set(index, [...(notesByIndex.get(index) ?? []), note.text]);
  }
  const writable = {
    file: unit.file,
    header: unit.header,
    notes: notesByIndex,
  };
  if (options.format === "moodle") {
    return {
      text: writeMoodleXml(writable, options),
      notes: unit.notes.map((n) => `${n.questionId}: ${n.text}`),
    };
  }
  const gift = writeGift(writable, options.language);
  const all = [
    ...unit.notes.map((n) => ({
      index: unit.questionIds.indexOf(n.questionId),
      text: n.text,
    })),
    ...gift.notes,
  ].sort((a, b) => a.index - b.index);
  return {
    text: gift.gift,
    notes: all.map((n) => `${unit.questionIds[n.index] ?? "?"}: ${n.text}`),
  };
}
