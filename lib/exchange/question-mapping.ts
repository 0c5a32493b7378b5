// From the content pack to the format-neutral exchange file, in one language (the export side).
//
// * Every question keeps its type where Moodle has one (docs/exchange.md lists what maps to
//   what): the prompt in the chosen language as the question text; the explanation and the
//   source sentences, German with the English translation, as the general feedback; the id and
//   version as the ID number; the article, sentences, facts and difficulty as tags, and a
//   numeric question's qualifier ("bis zu 50 %" → qualifier:atMost), which Moodle's numerical
//   question has no place for (the export notes say that Moodle grades only the number).
// * Multiple select: each right option earns 1/(right options) and each wrong pick costs
//   1/(distractors) — Moodle adds the fractions of the picks and clamps to 0..1, which is our
//   rule; both sets of fractions are on Moodle's list of allowed grades for up to 8 options.
// * A cloze with a word bank offers the whole bank at every gap; accepted spellings that are not
//   in the bank cannot be picked there and are not written (the export notes say so).
//
// The texts written into the files (feedback labels, category descriptions, notes) are part of
// the exported content, in the export language, not of the app's interface.
import { createHash } from "node:crypto";
import type {
  ContentPack,
  Language,
  Question,
  Sentence,
} from "@/lib/content/schema";
import { normalizeAnswerText } from "@/lib/grading/normalize";
import { qualifiedFigures } from "@/lib/grading/numbers";
import {
  categoryPath,
  type ClozeGap,
  type ExchangeBody,
  type ExchangeCategory,
  type ExchangeFile,
  type ExchangeQuestion,
} from "./exchange-model";

/** The tag prefix of a numeric question's qualifier ("qualifier:atMost" for "bis zu 50 %"). */
export const QUALIFIER_TAG = "qualifier:";

/** Moodle's grading type that counts pairs in the right relative order, as we do. */
export const ORDERING_GRADING = "RELATIVE_ALL_PREVIOUS_AND_NEXT";

type FileTexts = {
  languageName: string;
  sourceLabel: (title: string) => string;
  translationLabel: string;
  articleInfo: (title: string, id: string) => string;
  setInfo: (title: string) => string;
  header: (title: string, count: number) => string;
  defaultClozePrompt: string;
  defaultExplanation: (solution: string) => string;
  truthWord: (value: boolean) => string;
  importedQuizTitle: string;
  bankVariantsDropped: (gap: number, answers: string) => string;
  qualifierNotGraded: (figure: string, tag: string) => string;
  giftClozeLeftOut: (gaps: number) => string;
  giftOrderingAsMatching: string;
  giftUnitDropped: (unit: string) => string;
  giftMatchingArrow: string;
  giftCannot: string;
};

export const FILE_TEXTS: Readonly<Record<Language, FileTexts>> = {
  de: {
    languageName: "Deutsch",
    sourceLabel: (title) => `Quelle im Artikel „${title}“:`,
    translationLabel: "Englisch:",
    articleInfo: (title, id) =>
      `Fragen zum Artikel „${title}“ aus Quellenquiz (${id}). Jede Rückmeldung nennt den Satz des Artikels, aus dem die Frage stammt.`,
    setInfo: (title) => `Fragenset „${title}“`,
    header: (title, count) =>
      `Quellenquiz: ${count === 1 ? "1 Frage" : `${count} Fragen`} zum Artikel „${title}“, auf Deutsch.`,
    defaultClozePrompt: "Ergänze die Lücken.",
    defaultExplanation: (solution) => `Richtig ist: ${solution}`,
    truthWord: (value) => (value ? "wahr" : "falsch"),
    importedQuizTitle: "Importierte Fragen",
    bankVariantsDropped: (gap, answers) =>
      `Lücke ${gap}: ${answers} steht nicht in der Wortliste und ist daher nicht wählbar.`,
    qualifierNotGraded: (figure, tag) =>
      `Der Artikel schränkt die Zahl ein (${figure}). Moodle nimmt als Antwort nur eine Zahl an und bewertet nur sie; die Einschränkung steht im Schlagwort ${tag}.`,
    giftClozeLeftOut: (gaps) =>
      `ausgelassen: Lückentext mit ${gaps} Lücken; GIFT kennt nur eine Lücke je Frage (Moodle XML enthält ihn).`,
    giftOrderingAsMatching:
      "als Zuordnung geschrieben: Jeder Eintrag wird seiner Position zugeordnet (GIFT kennt keine Anordnungsfragen; Moodle XML enthält sie).",
    giftUnitDropped: (unit) =>
      `Die Einheit „${unit}“ fehlt: GIFT-Zahlen haben keine Einheiten.`,
    giftMatchingArrow:
      "ausgelassen: Ein Eintrag enthält „->“, das GIFT als Trennzeichen liest.",
    giftCannot: "Was GIFT nicht abbilden kann:",
  },
  en: {
    languageName: "English",
    sourceLabel: (title) => `Source in the article “${title}”:`,
    translationLabel: "English:",
    articleInfo: (title, id) =>
      `Questions on the article “${title}” from Quellenquiz (${id}). Each feedback quotes the sentence of the article the question comes from.`,
    setInfo: (title) => `Question set “${title}”`,
    header: (title, count) =>
      `Quellenquiz: ${count === 1 ? "1 question" : `${count} questions`} on the article “${title}”, in English.`,
    defaultClozePrompt: "Fill in the gaps.",
    defaultExplanation: (solution) => `The right answer: ${solution}`,
    truthWord: (value) => (value ? "true" : "false"),
    importedQuizTitle: "Imported questions",
    bankVariantsDropped: (gap, answers) =>
      `Gap ${gap}: ${answers} is not in the word bank and so cannot be picked.`,
    qualifierNotGraded: (figure, tag) =>
      `The article qualifies the figure (${figure}). Moodle takes only a number as the answer and grades only the number; the qualifier is kept in the tag ${tag}.`,
    giftClozeLeftOut: (gaps) =>
      `left out: a cloze with ${gaps} gaps; GIFT has one gap per question (Moodle XML carries it).`,
    giftOrderingAsMatching:
      "written as matching: each item is matched to its position (GIFT has no ordering questions; Moodle XML carries them).",
    giftUnitDropped: (unit) =>
      `The unit “${unit}” is missing: GIFT numbers have no units.`,
    giftMatchingArrow:
      "left out: an item contains “->”, which GIFT reads as the separator.",
    giftCannot: "What GIFT cannot express:",
  },
};

/** The labels that open the source block of a general feedback, in either export language. */
export const SOURCE_LABEL_PATTERN =
  /^(Quelle im Artikel „[^\n]*“:|Source in the article “[^\n]*”:)$/m;

export type ExportSet = {
  title: string;
  idnumber: string;
  questionIds: readonly string[];
};

export type ExportOptions = {
  language: Language;
  /** A quiz of the pack or a teacher's question set: its questions in its order, in a sub-category. */
  set?: ExportSet;
  /** Question versions as the database counts them; by default a short hash of the question. */
  versions?: ReadonlyMap<string, number>;
};

export type ExportNote = { questionId: string; text: string };

export type ExportedUnit = {
  file: ExchangeFile;
  /** Question ids in the order of file.questions. */
  questionIds: string[];
  header: string;
  notes: ExportNote[];
};

export function exchangeFileOf(
  pack: ContentPack,
  options: ExportOptions,
): ExportedUnit {
  const { language } = options;
  const texts = FILE_TEXTS[language];
  const { article } = pack;
  const title = article.title[language];
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const sentences = new Map(article.sentences.map((s) => [s.id, s]));

  const articleCategory: ExchangeCategory = {
    path: categoryPath([title]),
    info: texts.articleInfo(title, article.id),
    idnumber: article.id,
  };
  const categories = [articleCategory];
  let category = articleCategory.path;
  let selected: Question[] = pack.questions;
  if (options.set) {
    const set = options.set;
    category = categoryPath([title, set.title]);
    categories.push({
      path: category,
      info: texts.setInfo(set.title),
      idnumber: set.idnumber,
    });
    selected = set.questionIds.map((id) => {
      const question = byId.get(id);
      if (!question)
        throw new Error(
          `Question ${id} of set ${set.idnumber} is not in the pack`,
        );
      return question;
    });
  }

  const notes: ExportNote[] = [];
  const questions = selected.map((question): ExchangeQuestion => {
    const version = options.versions?.get(question.id);
    const source = question.sentenceIds.flatMap((id) => {
      const sentence = sentences.get(id);
      return sentence ? [sentence] : [];
    });
    const { text, body } = bodyOf(question, language);
    notes.push(
      ...[
        ...wordBankNotes(question, language),
        ...qualifierNotes(question, source, language),
      ].map((text) => ({
        questionId: question.id,
        text,
      })),
    );
    return {
      name: questionName(question, language),
      idnumber: `${question.id}@${version === undefined ? contentVersion(question) : `v${version}`}`,
      tags: tagsOf(question, article.id, language),
      category,
      text,
      generalFeedback: feedbackOf(
        question.explanation[language],
        source,
        title,
        language,
      ),
      body,
      hints: 0,
      media: 0,
      where: {},
    };
  });

  return {
    file: { categories, questions, unsupported: [] },
    questionIds: selected.map((q) => q.id),
    header: texts.header(title, questions.length),
    notes,
  };
}

/** The first 12 hex digits of the hash content-sync stores for the question (its contentHash). */
export function contentVersion(question: Question): string {
  return createHash("sha256")
    .update(JSON.stringify(question))
    .digest("hex")
    .slice(0, 12);
}

function questionName(question: Question, language: Language): string {
  const prompt = question.prompt[language].replace(/\s+/g, " ");
  const short =
    prompt.length > 60
      ? `${prompt.slice(0, 60).replace(/\s\S*$/, "")} …`
      : prompt;
  return `${question.id} ${short}`;
}

export function tagsOf(
  question: Question,
  articleId: string,
  language: Language,
): string[] {
  return [
    `article:${articleId}`,
    ...question.sentenceIds.map((id) => `sentence:${id}`),
    ...question.factIds.map((id) => `fact:${id}`),
    `difficulty:${question.difficulty}`,
    ...(question.type === "short" && question.typoTolerance
      ? ["typo-tolerance"]
      : []),
    // Moodle's numerical answer is a bare number; the figure's qualifier travels as a tag.
    ...(question.type === "numeric" &&
    question.qualifier &&
    question.qualifier !== "none"
      ? [`${QUALIFIER_TAG}${question.qualifier}`]
      : []),
    `language:${language}`,
  ];
}

function feedbackOf(
  explanation: string,
  sentences: readonly Sentence[],
  title: string,
  language: Language,
): string {
  const texts = FILE_TEXTS[language];
  const lines = sentences.flatMap((s) => [
    s.de,
    `${texts.translationLabel} ${s.en}`,
  ]);
  return [explanation, [texts.sourceLabel(title), ...lines].join("\n")].join(
    "\n\n",
  );
}

/** Accepted spellings of word-bank gaps that are not in the bank (a learner cannot pick them). */
function wordBankNotes(question: Question, language: Language): string[] {
  if (question.type !== "cloze" || !question.wordBank) return [];
  const bank = new Set(question.wordBank.map(normalizeAnswerText));
  return question.gaps.flatMap((gap, index) => {
    const outside = gap.accepted.filter(
      (a) => !bank.has(normalizeAnswerText(a)),
    );
    if (outside.length === 0) return [];
    const answers = outside.map((a) => quote(a, language)).join(", ");
    return [FILE_TEXTS[language].bankVariantsDropped(index + 1, answers)];
  });
}

/**
 * A qualified figure ("bis zu 50%"): a learner in Moodle can enter only the number, which our
 * grading also takes, but not the qualified answer it takes too ("bis zu 50 %").
 */
function qualifierNotes(
  question: Question,
  source: readonly Sentence[],
  language: Language,
): string[] {
  if (
    question.type !== "numeric" ||
    !question.qualifier ||
    question.qualifier === "none"
  )
    return [];
  const stated = source
    .flatMap((s) => qualifiedFigures(s.de))
    .find((f) => f.value === question.correct && f.qualifier !== "none");
  const figure = stated
    ? quote(stated.text, language)
    : `${question.qualifier} ${question.correct}`;
  return [
    FILE_TEXTS[language].qualifierNotGraded(
      figure,
      `${QUALIFIER_TAG}${question.qualifier}`,
    ),
  ];
}

function quote(text: string, language: Language): string {
  return language === "de" ? `„${text}“` : `“${text}”`;
}

function bodyOf(
  question: Question,
  language: Language,
): { text: string; body: ExchangeBody } {
  const text = question.prompt[language];
  switch (question.type) {
    case "single":
      return {
        text,
        body: {
          type: "multichoice",
          single: true,
          answers: question.options.map((o) => ({
            text: o.text[language],
            fraction: o.id === question.correct ? 1 : 0,
            feedback: "",
          })),
        },
      };
    case "multiple": {
      const right = question.correct.length;
      const wrong = question.options.length - right;
      return {
        text,
        body: {
          type: "multichoice",
          single: false,
          answers: question.options.map((o) => ({
            text: o.text[language],
            fraction: question.correct.includes(o.id) ? 1 / right : -1 / wrong,
            feedback: "",
          })),
        },
      };
    }
    case "truefalse":
      return {
        text,
        body: {
          type: "truefalse",
          correct: question.correct,
          answerFeedback: 0,
        },
      };
    case "numeric":
      return {
        text,
        body: {
          type: "numerical",
          answers: [
            {
              value: question.correct,
              tolerance: question.tolerance,
              fraction: 1,
              feedback: "",
            },
          ],
          units: question.unit
            ? [{ name: question.unit[language], multiplier: 1 }]
            : [],
        },
      };
    case "short":
      return {
        text,
        body: {
          type: "shortanswer",
          caseSensitive: false,
          answers: question.accepted[language].map((a) => ({
            text: a,
            fraction: 1,
            feedback: "",
          })),
        },
      };
    case "cloze": {
      const bank = question.wordBank;
      const gaps = question.gaps.map((gap): ClozeGap => {
        if (!bank)
          return {
            kind: "typed",
            caseSensitive: false,
            answers: gap.accepted.map((a) => ({
              text: a,
              fraction: 1,
              feedback: "",
            })),
          };
        const accepted = new Set(gap.accepted.map(normalizeAnswerText));
        return {
          kind: "choice",
          answers: bank.map((word) => ({
            text: word,
            fraction: accepted.has(normalizeAnswerText(word)) ? 1 : 0,
            feedback: "",
          })),
        };
      });
      return {
        text,
        body: {
          type: "cloze",
          text: question.text,
          gaps,
          source: "multianswer",
        },
      };
    }
    case "matching": {
      const rightText = new Map(
        question.right.map((r) => [r.id, r.text[language]]),
      );
      const partners = new Set(Object.values(question.correct));
      return {
        text,
        body: {
          type: "matching",
          pairs: [
            ...question.left.map((l) => ({
              left: l.text[language],
              right: rightText.get(question.correct[l.id] ?? "") ?? "",
            })),
            ...question.right
              .filter((r) => !partners.has(r.id))
              .map((r) => ({ left: "", right: r.text[language] })),
          ],
        },
      };
    }
    case "ordering": {
      const itemText = new Map(
        question.items.map((i) => [i.id, i.text[language]]),
      );
      return {
        text,
        body: {
          type: "ordering",
          items: question.correct.map((id) => itemText.get(id) ?? ""),
          settings: { grading: ORDERING_GRADING, showsAll: true },
        },
      };
    }
  }
}
