// A printable worksheet as data, which worksheet-html.ts and worksheet-pdf.ts lay out:
//
// 1. the German article with its sentences numbered in article order (the numbers every other
//    export cites as "Satz 3") under its section headings;
// 2. a glossary of the chosen words: the German word (with article), part of speech, grammar,
//    meaning and the numbers of the sentences where it occurs;
// 3. the chosen questions in the chosen language, each with an instruction for paper (tick,
//    write, write the letter, number; a cloze's prompt instructs itself), options in the same order the app shows them
//    (lib/quiz/present.ts `toPublicQuestion`), lettered a), b), …;
// 4. an answer key, laid out on pages of its own, that gives each answer with the numbers of
//    its source sentences and quotes them in German with their translation.
//
// Everything a reader sees is in the chosen language except the article, the glossary's German
// words and the cloze texts (which are German sentences of the article).
import type {
  ContentPack,
  Language,
  Question,
} from "@/lib/content/content-schema";
import { formatNumber } from "@/lib/grading/describe-answer";
import { clozeSegments, publicId, toPublicQuestion } from "@/lib/quiz/present";
import type { Glossary } from "@/lib/reader/glossary";
import { articleOf } from "@/lib/reader/glossary";
import {
  grammarLine,
  numberedSentences,
  sentencesLabel,
  sourceSentences,
  type ExportsTranslator,
  type SourceSentence,
} from "./exports-common";

export type WorksheetOptions = {
  /** The questions to print, in this order. */
  questionIds: readonly string[];
  /** The glossary entries to print (sorted alphabetically on the sheet). */
  entryIds: readonly string[];
  /** The language of questions, instructions and headings; `t` must be in it too. */
  language: Language;
  t: ExportsTranslator;
};

export type WorksheetParagraph = {
  /** The German heading of the section this paragraph opens, if any. */
  heading?: string;
  sentences: { number: number; text: string }[];
};

export type WorksheetGlossaryEntry = {
  german: string;
  partOfSpeech: string;
  grammar: string;
  meaning: string;
  sentenceNumbers: number[];
};

export type Lettered = { letter: string; text: string };

export type WorksheetQuestionBody =
  | { kind: "choices"; choices: Lettered[] }
  | { kind: "line"; unit?: string }
  | {
      kind: "cloze";
      segments: ({ text: string } | { gap: number })[];
      wordBank?: string[];
    }
  | {
      kind: "matching";
      left: { number: number; text: string }[];
      right: Lettered[];
    }
  | { kind: "ordering"; items: Lettered[] };

export type WorksheetQuestion = {
  number: number;
  questionId: string;
  prompt: string;
  /** How to answer on paper; "" when the prompt says it already. */
  instruction: string;
  body: WorksheetQuestionBody;
};

export type WorksheetAnswer = {
  number: number;
  questionId: string;
  answer: string;
  /** "Satz 3" / "Sätze 3, 4". */
  citation: string;
  sentences: SourceSentence[];
};

export type Worksheet = {
  language: Language;
  /** The article's German title. */
  title: string;
  labels: {
    name: string;
    date: string;
    text: string;
    glossary: string;
    glossaryWord: string;
    glossaryMeaning: string;
    glossaryWhere: string;
    questions: string;
    answerKey: string;
    answerKeyIntro: string;
  };
  paragraphs: WorksheetParagraph[];
  glossary: WorksheetGlossaryEntry[];
  questions: WorksheetQuestion[];
  answers: WorksheetAnswer[];
};

const germanCollator = new Intl.Collator("de");

/** a, b, c, … (z, then aa: more options than letters do not occur in content). */
export function letter(index: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  return index < letters.length
    ? letters[index]!
    : letters[Math.floor(index / letters.length) - 1]! +
        letters[index % letters.length]!;
}

function paragraphsOf(
  pack: Pick<ContentPack, "article">,
): WorksheetParagraph[] {
  const sections = new Map(pack.article.sections.map((s) => [s.id, s]));
  const paragraphs: WorksheetParagraph[] = [];
  let section: string | undefined;
  let paragraph: number | undefined;
  pack.article.sentences.forEach((sentence, i) => {
    if (sentence.paragraph !== paragraph) {
      const heading =
        sentence.sectionId !== section
          ? sections.get(sentence.sectionId)?.heading?.de
          : undefined;
      paragraphs.push(heading ? { heading, sentences: [] } : { sentences: [] });
      paragraph = sentence.paragraph;
      section = sentence.sectionId;
    }
    paragraphs.at(-1)!.sentences.push({ number: i + 1, text: sentence.de });
  });
  return paragraphs;
}

function glossaryOf(
  pack: Pick<ContentPack, "article">,
  glossary: Pick<Glossary, "entries" | "data">,
  entryIds: readonly string[],
  t: ExportsTranslator,
): WorksheetGlossaryEntry[] {
  const sentences = numberedSentences(pack.article);
  const occurrences = new Map<string, Set<number>>();
  const add = (entryId: string, sentenceId: string) => {
    const number = sentences.get(sentenceId)?.number;
    if (number === undefined) return;
    occurrences.set(
      entryId,
      (occurrences.get(entryId) ?? new Set()).add(number),
    );
  };
  for (const [textId, tokens] of Object.entries(glossary.data.tokens))
    for (const token of tokens) add(token.entryId, textId);
  for (const expression of glossary.data.expressions)
    add(expression.entryId, expression.sentenceId);

  return [...new Set(entryIds)]
    .flatMap((id) => {
      const entry = glossary.entries.get(id);
      return entry ? [entry] : [];
    })
    .sort((a, b) => germanCollator.compare(a.lemma, b.lemma))
    .map((entry) => {
      const article = articleOf(entry);
      return {
        german: article ? `${article} ${entry.lemma}` : entry.lemma,
        partOfSpeech: t("partOfSpeech", {
          pos: entry.pos === "proper-noun" ? "properNoun" : entry.pos,
        }),
        grammar: grammarLine({ ...entry, ...entry.verb }, t),
        meaning: entry.glosses.join(", "),
        sentenceNumbers: [...(occurrences.get(entry.id) ?? [])].sort(
          (a, b) => a - b,
        ),
      };
    });
}

/** Letters of the public options, and the letter of each authored option id. */
function lettersOf(
  questionId: string,
  options: readonly { id: string; text: string }[],
) {
  const lettered = options.map((o, i) => ({ letter: letter(i), text: o.text }));
  const byAuthoredId = (authoredId: string) => {
    const index = options.findIndex(
      (o) => o.id === publicId(questionId, authoredId),
    );
    return letter(index);
  };
  return { lettered, byAuthoredId };
}

function questionAndAnswer(
  question: Question,
  number: number,
  language: Language,
  t: ExportsTranslator,
): { question: WorksheetQuestion; answer: string } {
  const shown = toPublicQuestion(question, language);
  const base = { number, questionId: question.id, prompt: shown.prompt };
  switch (question.type) {
    case "single":
    case "multiple": {
      if (shown.type !== question.type) break;
      const { lettered, byAuthoredId } = lettersOf(question.id, shown.options);
      const correct =
        question.type === "single" ? [question.correct] : question.correct;
      return {
        question: {
          ...base,
          instruction: t(
            question.type === "single"
              ? "worksheetSingle"
              : "worksheetMultiple",
          ),
          body: { kind: "choices", choices: lettered },
        },
        answer: correct
          .map((id) => {
            const l = byAuthoredId(id);
            return `${l}) ${lettered.find((o) => o.letter === l)!.text}`;
          })
          .sort()
          .join("; "),
      };
    }
    case "truefalse":
      return {
        question: {
          ...base,
          instruction: t("worksheetTrueFalse"),
          body: {
            kind: "choices",
            choices: [
              { letter: "a", text: t("answerTrue") },
              { letter: "b", text: t("answerFalse") },
            ],
          },
        },
        answer: question.correct
          ? `a) ${t("answerTrue")}`
          : `b) ${t("answerFalse")}`,
      };
    case "numeric":
      return {
        question: {
          ...base,
          instruction: t("worksheetNumeric"),
          body: question.unit
            ? { kind: "line", unit: question.unit[language] }
            : { kind: "line" },
        },
        answer: formatNumber(question.correct, language, question.unit),
      };
    case "short":
      return {
        question: {
          ...base,
          instruction: t("worksheetShort"),
          body: { kind: "line" },
        },
        answer: question.accepted[language].join(" / "),
      };
    case "cloze": {
      const segments = clozeSegments(question).map((s) =>
        s.kind === "text" ? { text: s.text } : { gap: s.index + 1 },
      );
      const wordBank =
        shown.type === "cloze" && shown.wordBank
          ? [...shown.wordBank]
          : undefined;
      return {
        question: {
          ...base,
          // A cloze prompt is its own instruction ("Ergänze die Lücken …").
          instruction: wordBank
            ? t("worksheetWordBank", { words: wordBank.join(", ") })
            : "",
          body: wordBank
            ? { kind: "cloze", segments, wordBank }
            : { kind: "cloze", segments },
        },
        answer: question.gaps
          .map((gap, i) => `(${i + 1}) ${gap.accepted[0]!}`)
          .join("; "),
      };
    }
    case "matching": {
      if (shown.type !== "matching") break;
      const right = lettersOf(question.id, shown.right);
      return {
        question: {
          ...base,
          instruction: t("worksheetMatching"),
          body: {
            kind: "matching",
            left: shown.left.map((o, i) => ({ number: i + 1, text: o.text })),
            right: right.lettered,
          },
        },
        answer: question.left
          .map(
            (left, i) =>
              `${i + 1} → ${right.byAuthoredId(question.correct[left.id] ?? "")}`,
          )
          .join("; "),
      };
    }
    case "ordering": {
      if (shown.type !== "ordering") break;
      const { lettered, byAuthoredId } = lettersOf(question.id, shown.items);
      const position = new Map(
        question.correct.map((id, i) => [byAuthoredId(id), i + 1]),
      );
      return {
        question: {
          ...base,
          instruction: t("worksheetOrdering", { count: lettered.length }),
          body: { kind: "ordering", items: lettered },
        },
        answer: lettered
          .map((item) => `${item.letter}) ${position.get(item.letter)}`)
          .join("; "),
      };
    }
  }
  throw new Error(`Question ${question.id}: no worksheet layout`);
}

export function buildWorksheet(
  pack: Pick<ContentPack, "article" | "questions">,
  glossary: Pick<Glossary, "entries" | "data">,
  options: WorksheetOptions,
): Worksheet {
  const { language, t } = options;
  const byId = new Map(pack.questions.map((q) => [q.id, q]));
  const sentences = numberedSentences(pack.article);
  const chosen = options.questionIds.map((id) => {
    const question = byId.get(id);
    if (!question) throw new Error(`Unknown question ${id}`);
    return question;
  });
  const made = chosen.map((question, i) =>
    questionAndAnswer(question, i + 1, language, t),
  );
  return {
    language,
    title: pack.article.title.de,
    labels: {
      name: t("worksheetName"),
      date: t("worksheetDate"),
      text: t("worksheetText"),
      glossary: t("worksheetGlossary"),
      glossaryWord: t("worksheetGlossaryWord"),
      glossaryMeaning: t("worksheetGlossaryMeaning"),
      glossaryWhere: t("worksheetGlossaryWhere"),
      questions: t("worksheetQuestions"),
      answerKey: t("worksheetAnswerKey"),
      answerKeyIntro: t("worksheetAnswerKeyIntro"),
    },
    paragraphs: paragraphsOf(pack),
    glossary: glossaryOf(pack, glossary, options.entryIds, t),
    questions: made.map((m) => m.question),
    answers: chosen.map((question, i) => {
      const cited = sourceSentences(
        sentences,
        question.sentenceIds,
        question.id,
      );
      return {
        number: i + 1,
        questionId: question.id,
        answer: made[i]!.answer,
        citation: sentencesLabel(t, cited),
        sentences: cited,
      };
    }),
  };
}
