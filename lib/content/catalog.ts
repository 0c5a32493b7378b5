// Indexed, read-only views of the loaded content pack: what pages and the data layer look up by id.
import type {
  ContentPack,
  Question,
  Quiz,
  Section,
  Sentence,
} from "./content-schema";
import { getContentPack } from "./load";

export type Catalog = {
  pack: ContentPack;
  questionsById: ReadonlyMap<string, Question>;
  quizzesById: ReadonlyMap<string, Quiz>;
  sentencesById: ReadonlyMap<string, Sentence>;
  sectionsById: ReadonlyMap<string, Section>;
};

export function buildCatalog(pack: ContentPack): Catalog {
  return {
    pack,
    questionsById: new Map(pack.questions.map((q) => [q.id, q])),
    quizzesById: new Map(pack.quizzes.map((q) => [q.id, q])),
    sentencesById: new Map(pack.article.sentences.map((s) => [s.id, s])),
    sectionsById: new Map(pack.article.sections.map((s) => [s.id, s])),
  };
}

let catalog: Catalog | undefined;

/**
 * The catalog of content/'s pack, read from its files: a build input for the prerendered pages
 * (decision 036) and for scripts and tests. Everything at run time reads the library
 * (lib/data/library.ts), which holds every published article.
 */
export function getCatalog(): Catalog {
  catalog ??= buildCatalog(getContentPack());
  return catalog;
}

/** A question the data layer holds the id of: one missing from the content pack is a content error. */
export function questionById(
  c: Pick<Catalog, "questionsById">,
  questionId: string,
): Question {
  const question = c.questionsById.get(questionId);
  if (!question)
    throw new Error(`Question ${questionId} is not in the content pack`);
  return question;
}

export type EvidenceSentence = { id: string; de: string; en: string };

/** The source sentences of a question, German with English, as stored in a response snapshot. */
export function sourceSentencesOf(
  c: Pick<Catalog, "sentencesById">,
  question: Question,
): EvidenceSentence[] {
  return question.sentenceIds.map((id) => {
    const s = c.sentencesById.get(id);
    if (!s)
      throw new Error(`Question ${question.id} cites unknown sentence ${id}`);
    return { id: s.id, de: s.de, en: s.en };
  });
}

export type EvidenceParagraph = {
  paragraph: number;
  sentences: { id: string; de: string; isSource: boolean }[];
};

/** The paragraphs that contain the given sentences, so evidence can be shown in context. */
export function paragraphsAround(
  c: Catalog,
  sentenceIds: readonly string[],
): EvidenceParagraph[] {
  const wanted = new Set(sentenceIds);
  const paragraphs = new Set(
    c.pack.article.sentences
      .filter((s) => wanted.has(s.id))
      .map((s) => s.paragraph),
  );
  return [...paragraphs]
    .sort((a, b) => a - b)
    .map((paragraph) => ({
      paragraph,
      sentences: c.pack.article.sentences
        .filter((s) => s.paragraph === paragraph)
        .map((s) => ({ id: s.id, de: s.de, isSource: wanted.has(s.id) })),
    }));
}
