// From a German article's plain text (and, when there is one, its English translation) to a draft
// content pack (lib/content/draft-schema.ts): the article's sections and sentences in order with
// their aligned English, a glossary draft, one fact per sentence with its proposed hedge, and
// question drafts of every type the drafter makes, with quizzes. Framework-free; article:import
// (scripts/article-import.ts) reads the files and writes the folder.
//
// * Text: lib/studio/import-text.ts — the first line is the title when it reads as a heading,
//   paragraphs are separated by blank lines, a one-line paragraph without final punctuation is a
//   heading. Text before the first heading is the untitled opening section "intro".
// * English: imported the same way; its sentences are aligned with the German ones
//   (lib/studio/align.ts), its title is the title's English and its headings those of the German
//   headings in the same order (when there are as many).
// * Every sentence is fact-bearing and the statement of its own fact; questions are drafted only
//   on sentences with English, so that no question has an empty English side.
// Whatever only a person can supply — missing English, a low-confidence alignment, unconfirmed
// analyses, glosses — is listed as the draft's open items.
import type {
  DraftContentPack,
  DraftGlossaryData,
} from "@/lib/content/draft-schema";
import {
  draftContentPackSchema,
  draftGlossarySchema,
} from "@/lib/content/draft-schema";
import type {
  Article,
  Fact,
  Question,
  QuestionType,
  Quiz,
} from "@/lib/content/content-schema";
import { QUESTION_TYPES } from "@/lib/content/content-schema";
import { alignSentences } from "./align";
import { draftFacts } from "./draft-facts";
import { draftUnit } from "./draft-questions";
import type { HedgeKind } from "./hedges";
import type { DraftText, GlossaryDraft, Lexicon } from "./glossary-draft";
import { coverage, draftGlossary } from "./glossary-draft";
import type { ImportedText } from "./import-text";
import { ImportError, importText } from "./import-text";
import { splitSentences } from "./segment";

export type ArticleSource = { name: string; text: string };

export type ArticleDraftInput = {
  id: string;
  german: ArticleSource;
  english?: ArticleSource;
  /** Glosses from earlier articles; empty for a new installation. */
  lexicon: Lexicon;
  /**
   * Prefix sentence, fact and question ids with the article id ("stadtfest-s01"), as every
   * article stored next to others must (content-schema); bare ids ("s01") otherwise.
   */
  prefixIds?: boolean;
};

/** Each sentence drafts one fact, and the content schema numbers facts f01–f99. */
export const MAX_SENTENCES = 99;

/** A sentence's English is listed for checking when the alignment is less sure than this. */
export const ALIGNMENT_CHECK_BELOW = 0.5;

export type ArticleDraftSummary = {
  title: { de: boolean; en: boolean };
  sections: number;
  paragraphs: number;
  sentences: number;
  /** null when no English was given. */
  english: { aligned: number; toCheck: number } | null;
  glossary: ReturnType<typeof coverage>;
  hedges: Record<Exclude<HedgeKind, "none">, number>;
  questions: Record<QuestionType, number>;
  quizzes: number;
};

/** A sentence whose English the alignment could not vouch for: none of its own, or a weak match. */
export type AlignmentCheck = { sentenceId: string; confidence: number | null };

export type ArticleDraft = {
  pack: DraftContentPack;
  glossary: DraftGlossaryData;
  /** The glossary draft with how each token was analysed, for the studio's cards. */
  glossaryDraft: GlossaryDraft;
  alignmentChecks: AlignmentCheck[];
  open: string[];
  summary: ArticleDraftSummary;
};

/** Input that cannot give an article: the file and, where known, the line that says why. */
export class ArticleImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${reason}`);
    this.name = "ArticleImportError";
  }
}

const INTRO = {
  id: "intro",
  label: { de: "Einleitung", en: "Introduction" },
} as const;

export function draftArticle(input: ArticleDraftInput): ArticleDraft {
  const open: string[] = [];
  const german = importSource(input.german);
  const idPrefix = input.prefixIds ? `${input.id}-` : "";
  const structure = structureOf(german, input.german, idPrefix);
  const english = input.english ? importSource(input.english) : undefined;

  const englishStructure =
    english && input.english
      ? englishOf(english, input.english, structure, open)
      : undefined;
  if (!englishStructure)
    open.push(
      "article: no English translation was given; translate the title, headings and every sentence (or import again with --en)",
    );

  const titleDe = german.title ?? "";
  const titleEn = englishStructure?.title ?? "";
  if (titleDe === "")
    open.push(
      `article: the text has no title (its first line is a paragraph); write title.de${titleEn === "" ? " and title.en" : ""}`,
    );
  if (titleDe !== "" && englishStructure && titleEn === "")
    open.push("article: the English text has no title; write title.en");

  const sectionsEn = englishStructure?.headings;
  const sections = structure.sections.map((section, index) => {
    if (section.heading === null)
      return { id: section.id, heading: null, label: { ...INTRO.label } };
    const en = sectionsEn?.[index] ?? "";
    return {
      id: section.id,
      heading: { de: section.heading, en },
      label: { de: section.heading, en },
    };
  });

  const aligned = englishStructure?.alignment;
  const sentences = structure.sentences.map((sentence, index) => ({
    id: sentence.id,
    sectionId: sentence.sectionId,
    paragraph: sentence.paragraph,
    de: sentence.de,
    en: aligned?.[index]?.en ?? "",
    factBearing: true,
  }));

  const article = {
    id: input.id,
    title: { de: titleDe, en: titleEn },
    sourceFile: input.german.name,
    sections,
    sentences,
  };

  const glossaryDraft = draftGlossary(
    input.id,
    textsOf(article),
    input.lexicon,
  );
  const glossary = draftGlossaryDataOf(glossaryDraft);
  const tokenCoverage = coverage(glossaryDraft);
  for (const [textId, tokens] of Object.entries(glossaryDraft.tokens))
    tokens.forEach((token, index) => {
      if (!token.resolved)
        open.push(
          `glossary: ${textId} token ${index} "${token.text}" is a guess (${token.entryId}); confirm or correct it`,
        );
    });
  const unglossed = glossary.entries.filter((e) => e.glosses.length === 0);
  if (unglossed.length > 0)
    open.push(
      `glossary: ${unglossed.length} of ${glossary.entries.length} entries have no English gloss; gloss them (the tokens take the entry's first gloss)`,
    );

  const drafted = draftFacts(sentences, idPrefix);
  open.push(...drafted.open);
  const facts = drafted.facts;

  // Questions only rest on sentences whose English is there: a draft with an empty English
  // prompt would look finished and be wrong.
  const translated = new Set(
    sentences.filter((s) => s.en !== "").map((s) => s.id),
  );
  const unit =
    translated.size === 0
      ? { questions: [], quizzes: [] }
      : draftUnit({
          article: {
            ...article,
            sentences: sentences.map((s) => ({
              ...s,
              factBearing: translated.has(s.id),
            })),
          } satisfies Article,
          glossary,
          facts: facts.filter((f) =>
            f.sentenceIds.every((id) => translated.has(id)),
          ),
        });
  if (translated.size < sentences.length && translated.size > 0)
    open.push(
      `questions: ${sentences.length - translated.size} sentence(s) without English have no question drafts yet; once they are translated, import again (a draft in the content studio has "Draft questions again" on its page instead, which keeps the decisions made)`,
    );
  const questions: Question[] = unit.questions;
  const quizzes: Quiz[] = questions.length > 0 ? unit.quizzes : [];

  const pack = draftContentPackSchema.parse({
    article,
    facts,
    questions,
    quizzes,
  });

  return {
    pack,
    glossary,
    glossaryDraft,
    alignmentChecks: englishStructure?.checks ?? [],
    open,
    summary: {
      title: { de: titleDe !== "", en: titleEn !== "" },
      sections: sections.length,
      paragraphs: structure.paragraphs,
      sentences: sentences.length,
      english: englishStructure
        ? {
            aligned: sentences.filter((s) => s.en !== "").length,
            toCheck: englishStructure.toCheck,
          }
        : null,
      glossary: tokenCoverage,
      hedges: countHedges(facts),
      questions: Object.fromEntries(
        QUESTION_TYPES.map((type) => [
          type,
          questions.filter((q) => q.type === type).length,
        ]),
      ) as Record<QuestionType, number>,
      quizzes: quizzes.length,
    },
  };
}

/** The glossary draft in the draft pack's file shape (glossary.json), checked by its schema. */
export function draftGlossaryDataOf(draft: GlossaryDraft): DraftGlossaryData {
  return draftGlossarySchema.parse({
    articleId: draft.articleId,
    entries: draft.entries,
    tokens: Object.fromEntries(
      Object.entries(draft.tokens)
        .filter(([, tokens]) => tokens.length > 0)
        .map(([textId, tokens]) => [
          textId,
          tokens.map(({ text, entryId, gloss, form }) => ({
            text,
            entryId,
            gloss,
            ...(form ? { form } : {}),
          })),
        ]),
    ),
    expressions: draft.expressions,
  });
}

type StructuredSentence = {
  id: string;
  sectionId: string;
  paragraph: number;
  de: string;
};

type Structure = {
  sections: { id: string; heading: string | null }[];
  sentences: StructuredSentence[];
  paragraphs: number;
};

function importSource(source: ArticleSource): ImportedText {
  if (source.text.includes("\u0000"))
    throw new ArticleImportError(
      source.name,
      undefined,
      "is not a text file (it holds NUL bytes); save the article as UTF-8 plain text",
    );
  try {
    return importText(source.text, "txt");
  } catch (error) {
    if (error instanceof ImportError)
      throw new ArticleImportError(source.name, undefined, error.message);
    throw error;
  }
}

function structureOf(
  imported: ImportedText,
  source: ArticleSource,
  idPrefix: string,
): Structure {
  const sections: Structure["sections"] = [];
  const paragraphTexts: { sectionId: string; sentences: string[] }[] = [];
  const usedIds = new Set<string>();
  for (const [index, block] of imported.blocks.entries()) {
    if (block.kind === "heading") {
      const next = imported.blocks[index + 1];
      if (next === undefined || next.kind === "heading")
        throw new ArticleImportError(
          source.name,
          lineOf(source.text, block.text),
          `the heading "${block.text}" has no paragraph after it (a heading is a line without final punctuation; end a one-line paragraph with a full stop)`,
        );
      const id = uniqueId(slugOf(block.text) || "section", usedIds);
      sections.push({ id, heading: block.text });
      continue;
    }
    if (sections.length === 0) {
      usedIds.add(INTRO.id);
      sections.push({ id: INTRO.id, heading: null });
    }
    const sectionId = (sections[sections.length - 1] as { id: string }).id;
    paragraphTexts.push({ sectionId, sentences: splitSentences(block.text) });
  }
  const count = paragraphTexts.reduce((n, p) => n + p.sentences.length, 0);
  if (count === 0)
    throw new ArticleImportError(
      source.name,
      undefined,
      "has a title and headings but no paragraph of text",
    );
  const width = Math.max(2, String(count).length);
  if (count > MAX_SENTENCES)
    throw new ArticleImportError(
      source.name,
      undefined,
      `has ${count} sentences; a draft can hold at most ${MAX_SENTENCES} (one fact per sentence, and fact ids run f01–f99): split the article`,
    );
  const sentences: StructuredSentence[] = [];
  paragraphTexts.forEach((paragraph, index) => {
    for (const de of paragraph.sentences)
      sentences.push({
        id: `${idPrefix}s${String(sentences.length + 1).padStart(width, "0")}`,
        sectionId: paragraph.sectionId,
        paragraph: index + 1,
        de,
      });
  });
  return { sections, sentences, paragraphs: paragraphTexts.length };
}

function englishOf(
  imported: ImportedText,
  source: ArticleSource,
  german: Structure,
  open: string[],
): {
  title: string;
  headings: string[];
  alignment: { en: string; confidence: number }[];
  toCheck: number;
  checks: AlignmentCheck[];
} {
  const headings = imported.blocks
    .filter((b) => b.kind === "heading")
    .map((b) => b.text);
  const germanHeadings = german.sections.filter((s) => s.heading !== null);
  const headingsFit = headings.length === germanHeadings.length;
  if (!headingsFit)
    open.push(
      `article: the English has ${headings.length} heading(s), the German ${germanHeadings.length}; write the English headings and labels of the sections`,
    );
  let heading = 0;
  const sectionHeadings = german.sections.map((section) =>
    section.heading === null || !headingsFit ? "" : (headings[heading++] ?? ""),
  );
  const englishSentences = imported.blocks
    .filter((b) => b.kind === "paragraph")
    .flatMap((b) => splitSentences(b.text, "en"));
  if (englishSentences.length === 0)
    throw new ArticleImportError(
      source.name,
      undefined,
      "has no paragraph of text to align with the German",
    );
  const { sentences } = alignSentences(
    german.sentences.map((s) => s.de),
    englishSentences,
  );
  let toCheck = 0;
  const checks: AlignmentCheck[] = [];
  sentences.forEach((sentence, index) => {
    const id = german.sentences[index]?.id ?? String(index);
    if (sentence.en === "") {
      toCheck += 1;
      checks.push({ sentenceId: id, confidence: null });
      open.push(
        `article: ${id} has no English of its own (the alignment put it with a neighbour or found none); split or write its English`,
      );
    } else if (sentence.confidence < ALIGNMENT_CHECK_BELOW) {
      toCheck += 1;
      checks.push({ sentenceId: id, confidence: sentence.confidence });
      open.push(
        `article: check the English of ${id} (alignment ${sentence.shape}, confidence ${sentence.confidence})`,
      );
    }
  });
  return {
    title: imported.title ?? "",
    headings: sectionHeadings,
    alignment: sentences,
    toCheck,
    checks,
  };
}

/** The texts the glossary covers, with the ids the reader looks them up by. */
function textsOf(article: {
  title: { de: string };
  sections: { id: string; heading: { de: string } | null }[];
  sentences: { id: string; de: string }[];
}): DraftText[] {
  return [
    ...(article.title.de !== ""
      ? [{ id: "title", text: article.title.de }]
      : []),
    ...article.sections.flatMap((s) =>
      s.heading ? [{ id: `heading-${s.id}`, text: s.heading.de }] : [],
    ),
    ...article.sentences.map((s) => ({ id: s.id, text: s.de })),
  ];
}

function countHedges(
  facts: readonly Fact[],
): Record<Exclude<HedgeKind, "none">, number> {
  const counts = {
    attributed: 0,
    reported: 0,
    estimate: 0,
    possibility: 0,
    claim: 0,
  };
  for (const fact of facts)
    if (fact.hedge.kind !== "none") counts[fact.hedge.kind] += 1;
  return counts;
}

const TRANSLITERATION: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
};

/** A lowercase slug of at most four words ("" when none): "hintergrund-der-militaerischen-zusammenarbeit". */
export function slugOf(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  return words.slice(0, 4).join("-");
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

/** The 1-based line where `text` (a heading) stands in the source. */
function lineOf(source: string, text: string): number | undefined {
  const index = source
    .split(/\r\n|\r|\n/)
    .findIndex((line) => line.trim() === text);
  return index < 0 ? undefined : index + 1;
}
