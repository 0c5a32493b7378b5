// Kahoot's quiz spreadsheet (.xlsx) as its import template lays it out: the first sheet, a header
// row with the template's own column titles, then one question per row — No., question (at most
// KAHOOT_QUESTION_MAX characters), answers 1–4 (at most KAHOOT_ANSWER_MAX each, at least two),
// time limit in seconds (one of KAHOOT_TIME_LIMITS) and the numbers of the correct answers ("2"
// or "1,3"). Kahoot reads nothing but those columns, so the source sentences of each question
// stand on a second sheet under the same numbers, in German with their translation.
//
// What fits: single choice (the correct option and up to three distractors), multiple select
// (all correct options and distractors up to four answers), true/false (two answers, in the
// export's language). Numeric, short answer, cloze, matching and ordering have no counterpart in
// the template and are reported as skipped.
//
// Over-long text is skipped and reported, not shortened: cutting a question or answer with "…"
// can drop the hedge ("laut Schätzungen"), the negation or the detail that makes it true or
// false, and a shortened distractor can become identical to the answer. The report says how long
// the text is, so the teacher can shorten it with care in Kahoot's editor. Distractors that are
// too long are passed over in favour of ones that fit.
//
// Answers are shuffled with a seed from the question id: the content lists the correct option
// first more often than not, and Kahoot shows answers in the order of the sheet.
//
// The time limit gives a learner reading a foreign language time to read: a few seconds to start
// plus READING_CHARS_PER_SECOND for question and answers, rounded up to the next value Kahoot
// accepts, never below MIN_TIME_LIMIT.
import ExcelJS from "exceljs";
import type {
  ContentPack,
  Language,
  Question,
} from "@/lib/content/content-schema";
import { shuffled } from "@/lib/quiz/present";
import {
  numberedSentences,
  sentencesLabel,
  sourceSentences,
  type ExportsTranslator,
  type SkippedItem,
  type SourceSentence,
} from "./exports-common";

export const KAHOOT_QUESTION_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;
export const KAHOOT_MAX_ANSWERS = 4;
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
/** The column titles of Kahoot's template, as Kahoot writes them. */
export const KAHOOT_HEADER = [
  "Question - max 120 characters",
  "Answer 1 - max 75 characters",
  "Answer 2 - max 75 characters",
  "Answer 3 - max 75 characters",
  "Answer 4 - max 75 characters",
  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
  "Correct answer(s) - choose at least one",
] as const;
/** The template's header row; questions start in the row below. */
export const KAHOOT_HEADER_ROW = 8;

const MIN_TIME_LIMIT = 20;
const START_SECONDS = 5;
const READING_CHARS_PER_SECOND = 10;

export type KahootRow = {
  questionId: string;
  question: string;
  answers: string[];
  /** 1-based numbers of the correct answers. */
  correct: number[];
  timeLimit: (typeof KAHOOT_TIME_LIMITS)[number];
  sentences: SourceSentence[];
};

/** Length as a reader counts it: characters, not UTF-16 code units. */
const lengthOf = (text: string) => [...text].length;

function timeLimitFor(question: string, answers: readonly string[]) {
  const characters = [question, ...answers].reduce(
    (sum, text) => sum + lengthOf(text),
    0,
  );
  const seconds = Math.max(
    MIN_TIME_LIMIT,
    START_SECONDS + characters / READING_CHARS_PER_SECOND,
  );
  return (
    KAHOOT_TIME_LIMITS.find((limit) => limit >= seconds) ??
    KAHOOT_TIME_LIMITS[KAHOOT_TIME_LIMITS.length - 1]!
  );
}

type Choice = { text: string; correct: boolean };
type Made = { choices: Choice[]; shuffle: boolean } | SkippedItem["reason"];

function tooLong(texts: readonly string[]): SkippedItem["reason"] | null {
  const longest = Math.max(...texts.map(lengthOf));
  return longest > KAHOOT_ANSWER_MAX
    ? { code: "answer-too-long", length: longest, max: KAHOOT_ANSWER_MAX }
    : null;
}

/** The correct options and as many distractors that fit as there is room for. */
function choiceAnswers(
  options: readonly { id: string; text: string }[],
  correctIds: readonly string[],
): Made {
  const correct = options.filter((o) => correctIds.includes(o.id));
  if (correct.length > KAHOOT_MAX_ANSWERS)
    return {
      code: "too-many-correct",
      count: correct.length,
      max: KAHOOT_MAX_ANSWERS,
    };
  const correctTooLong = tooLong(correct.map((o) => o.text));
  if (correctTooLong) return correctTooLong;
  const distractors = options.filter((o) => !correctIds.includes(o.id));
  const fitting = distractors.filter(
    (o) => lengthOf(o.text) <= KAHOOT_ANSWER_MAX,
  );
  const room = KAHOOT_MAX_ANSWERS - correct.length;
  if (fitting.length === 0 && room > 0 && distractors.length > 0)
    return tooLong(distractors.map((o) => o.text))!;
  return {
    choices: [
      ...correct.map((o) => ({ text: o.text, correct: true })),
      ...fitting.slice(0, room).map((o) => ({ text: o.text, correct: false })),
    ],
    shuffle: true,
  };
}

function answersFor(
  question: Question,
  language: Language,
  t: ExportsTranslator,
): Made {
  const texts = (
    options: readonly { id: string; text: { de: string; en: string } }[],
  ) => options.map((o) => ({ id: o.id, text: o.text[language] }));
  switch (question.type) {
    case "single":
      return choiceAnswers(texts(question.options), [question.correct]);
    case "multiple":
      return choiceAnswers(texts(question.options), question.correct);
    case "truefalse":
      return {
        choices: [
          { text: t("answerTrue"), correct: question.correct },
          { text: t("answerFalse"), correct: !question.correct },
        ],
        shuffle: false,
      };
    default:
      return { code: "type-not-supported", format: "Kahoot" };
  }
}

/** The questions as rows of Kahoot's template, and the ones that do not fit. */
export function kahootRows(
  questions: readonly Question[],
  pack: Pick<ContentPack, "article">,
  language: Language,
  t: ExportsTranslator,
): { rows: KahootRow[]; skipped: SkippedItem[] } {
  const sentences = numberedSentences(pack.article);
  const rows: KahootRow[] = [];
  const skipped: SkippedItem[] = [];
  for (const question of questions) {
    const text = question.prompt[language];
    const made: Made =
      lengthOf(text) > KAHOOT_QUESTION_MAX
        ? {
            code: "question-too-long",
            length: lengthOf(text),
            max: KAHOOT_QUESTION_MAX,
          }
        : answersFor(question, language, t);
    if ("code" in made) {
      skipped.push({ id: question.id, reason: made });
      continue;
    }
    const choices = made.shuffle
      ? shuffled(made.choices, `kahoot:${question.id}`)
      : made.choices;
    const answers = choices.map((c) => c.text);
    rows.push({
      questionId: question.id,
      question: text,
      answers,
      correct: choices.flatMap((c, i) => (c.correct ? [i + 1] : [])),
      timeLimit: timeLimitFor(text, answers),
      sentences: sourceSentences(sentences, question.sentenceIds, question.id),
    });
  }
  return { rows, skipped };
}

/** The .xlsx file: Kahoot's template sheet, then the sheet of source sentences. */
export async function kahootWorkbook(
  rows: readonly KahootRow[],
  pack: Pick<ContentPack, "article">,
  locale: Language,
  t: ExportsTranslator,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Quellenquiz";
  const sourcesName = t("kahootSourcesSheet");

  const quiz = workbook.addWorksheet("Kahoot");
  quiz.getCell("B2").value = t("kahootHeading", {
    title: pack.article.title[locale],
  });
  quiz.getCell("B2").font = { bold: true, size: 14 };
  quiz.getCell("B4").value = t("kahootInstructions", { sheet: sourcesName });
  const header = quiz.getRow(KAHOOT_HEADER_ROW);
  header.values = ["", ...KAHOOT_HEADER];
  header.font = { bold: true };
  rows.forEach((row, i) => {
    quiz.getRow(KAHOOT_HEADER_ROW + 1 + i).values = [
      i + 1,
      row.question,
      ...Array.from(
        { length: KAHOOT_MAX_ANSWERS },
        (_, a) => row.answers[a] ?? "",
      ),
      row.timeLimit,
      row.correct.length === 1 ? row.correct[0]! : row.correct.join(","),
    ];
  });
  quiz.columns.forEach((column, i) => {
    column.width = i === 0 ? 5 : i === 1 ? 60 : i <= 5 ? 30 : 14;
  });

  const sources = workbook.addWorksheet(sourcesName);
  sources.addRow([
    t("columnNumber"),
    t("columnQuestion"),
    t("columnSentences"),
    t("columnGerman"),
    t("columnTranslation"),
  ]).font = { bold: true };
  rows.forEach((row, i) => {
    sources.addRow([
      i + 1,
      row.question,
      sentencesLabel(t, row.sentences),
      row.sentences.map((s) => s.de).join("\n"),
      row.sentences.map((s) => s.en).join("\n"),
    ]);
  });
  sources.columns.forEach((column, i) => {
    column.width = [5, 50, 12, 70, 70][i];
    column.alignment = { wrapText: true, vertical: "top" };
  });
  sources.views = [{ state: "frozen", ySplit: 1 }];

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
