// Cross-reference checks on a parsed content pack — everything the zod schema cannot express:
// unique and existing ids, answer keys that fit their options and whose authored position tells
// nothing, cloze texts that give back their source sentence, numeric qualifiers as the article has
// them, quizzes that fit their sections, and questions that keep the article's hedges.
import { qualifiedFigures } from "@/lib/grading/numbers";
import { findKeyPositionSkew } from "./key-positions";
import {
  problemLine,
  type ContentProblem,
  type ItemList,
  type ProblemSubject,
  type QuestionField,
} from "./problems";
import type {
  ContentPack,
  Fact,
  Language,
  Localized,
  Question,
  Quiz,
  Sentence,
} from "./content-schema";
import { CLOZE_GAP, LANGUAGES, idPrefixOf } from "./content-schema";

/** Browsers only see opaque option ids, but a telling authored id still invites slips in review and logs. */
const TELLING_ID_PARTS = new Set([
  "answer",
  "antwort",
  "correct",
  "distractor",
  "falsch",
  "false",
  "loesung",
  "no",
  "nein",
  "richtig",
  "right",
  "solution",
  "true",
  "wahr",
  "wrong",
  "yes",
  "ja",
]);
/** Ordering item ids must not spell out the order. */
const ORDER_ID_PARTS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "last",
  "erst",
  "erste",
  "zweite",
  "dritte",
  "vierte",
  "fuenfte",
  "letzte",
]);

type PackIndex = {
  pack: ContentPack;
  sentences: ReadonlyMap<string, Sentence>;
  facts: ReadonlyMap<string, Fact>;
  questions: ReadonlyMap<string, Question>;
};

/** The problems as the English lines the command line and the content loader print. */
export function findContentProblems(pack: ContentPack): string[] {
  return findContentIssues(pack).map(problemLine);
}

export function findContentIssues(pack: ContentPack): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const index: PackIndex = {
    pack,
    sentences: new Map(pack.article.sentences.map((s) => [s.id, s])),
    facts: new Map(pack.facts.map((f) => [f.id, f])),
    questions: new Map(pack.questions.map((q) => [q.id, q])),
  };
  const idPrefix = idPrefixOf(pack.article);
  checkArticle(pack, idPrefix, problems);
  checkFacts(index, idPrefix, problems);
  checkSequentialIds(
    "question",
    pack.questions.map((q) => q.id),
    `${idPrefix}q`,
    3,
    problems,
  );
  for (const question of pack.questions)
    checkQuestion(index, question, problems);
  problems.push(...findKeyPositionSkew(pack.questions));
  for (const quiz of pack.quizzes) checkQuiz(index, quiz, problems);
  for (const id of duplicates(pack.quizzes.map((q) => q.id))) {
    problems.push({ kind: "quizIdTwice", subject: PACK, params: { id } });
  }
  return problems;
}

const PACK: ProblemSubject = { of: "pack" };

/**
 * The checks of one question against its article's sentences and facts (what the studio's
 * question editor runs as the teacher types): references, answer key and kept hedges.
 */
export function findQuestionIssues(
  question: Question,
  sentences: ReadonlyMap<string, Sentence>,
  facts: ReadonlyMap<string, Fact>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkQuestion({ sentences, facts }, question, problems);
  return problems;
}

/** Replaces every {{n}} with the first accepted answer of gap n (1-based). */
export function fillCloze(
  text: string,
  gaps: readonly { accepted: readonly string[] }[],
): string {
  return text.replace(
    CLOZE_GAP,
    (marker, n: string) => gaps[Number(n) - 1]?.accepted[0] ?? marker,
  );
}

function checkArticle(
  pack: ContentPack,
  idPrefix: string,
  problems: ContentProblem[],
): void {
  const { sections, sentences } = pack.article;
  for (const id of duplicates(sections.map((s) => s.id))) {
    problems.push({ kind: "sectionIdTwice", subject: PACK, params: { id } });
  }
  checkSequentialIds(
    "sentence",
    sentences.map((s) => s.id),
    `${idPrefix}s`,
    2,
    problems,
  );

  const sectionOrder = new Map(sections.map((s, index) => [s.id, index]));
  let previous:
    { section: number; paragraph: number; sectionId: string } | undefined;
  for (const sentence of sentences) {
    const subject = { of: "sentence", id: sentence.id } as const;
    const section = sectionOrder.get(sentence.sectionId);
    if (section === undefined) {
      problems.push({
        kind: "unknownSection",
        subject,
        params: { section: sentence.sectionId },
      });
      continue;
    }
    if (!previous && sentence.paragraph !== 1) {
      problems.push({
        kind: "firstParagraph",
        subject,
        params: { paragraph: sentence.paragraph },
      });
    }
    if (previous) {
      const step = sentence.paragraph - previous.paragraph;
      if (section < previous.section) {
        problems.push({
          kind: "sectionComesBack",
          subject,
          params: { section: sentence.sectionId },
        });
      }
      if (step < 0 || step > 1) {
        problems.push({
          kind: "paragraphGap",
          subject,
          params: {
            paragraph: sentence.paragraph,
            previous: previous.paragraph,
          },
        });
      }
      if (step === 0 && sentence.sectionId !== previous.sectionId) {
        problems.push({
          kind: "paragraphSpansSections",
          subject,
          params: { paragraph: sentence.paragraph },
        });
      }
    }
    previous = {
      section,
      paragraph: sentence.paragraph,
      sectionId: sentence.sectionId,
    };
  }
  for (const section of sections) {
    if (!sentences.some((s) => s.sectionId === section.id))
      problems.push({
        kind: "sectionWithoutSentences",
        subject: { of: "section", id: section.id },
        params: {},
      });
  }
}

function checkFacts(
  { pack, sentences }: PackIndex,
  idPrefix: string,
  problems: ContentProblem[],
): void {
  checkSequentialIds(
    "fact",
    pack.facts.map((f) => f.id),
    `${idPrefix}f`,
    2,
    problems,
  );

  for (const fact of pack.facts) {
    const subject = { of: "fact", id: fact.id } as const;
    for (const id of fact.sentenceIds) {
      const sentence = sentences.get(id);
      if (!sentence)
        problems.push({
          kind: "unknownSentence",
          subject,
          params: { sentence: id },
        });
      else if (!sentence.factBearing)
        problems.push({
          kind: "notFactBearing",
          subject,
          params: { sentence: id },
        });
    }
    const { kind, markers, source } = fact.hedge;
    if (kind === "none") {
      if (markers.de.length > 0 || markers.en.length > 0) {
        problems.push({ kind: "plainFactMarkers", subject, params: {} });
      }
      if (source)
        problems.push({ kind: "plainFactSource", subject, params: {} });
      continue;
    }
    for (const lang of LANGUAGES) {
      if (markers[lang].length === 0) {
        problems.push({
          kind: "hedgeNeedsMarker",
          subject,
          params: { hedge: kind, lang },
        });
        continue;
      }
      const sourceTexts = fact.sentenceIds.flatMap((id) => {
        const sentence = sentences.get(id);
        return sentence ? [sentence[lang]] : [];
      });
      for (const marker of markers[lang]) {
        if (!containsAny(sourceTexts, [marker])) {
          problems.push({
            kind: "markerNotInSentence",
            subject,
            params: { lang, marker },
          });
        }
      }
    }
  }

  const covered = new Set(pack.facts.flatMap((f) => f.sentenceIds));
  for (const sentence of pack.article.sentences) {
    if (sentence.factBearing && !covered.has(sentence.id)) {
      problems.push({
        kind: "uncitedSentence",
        subject: { of: "sentence", id: sentence.id },
        params: {},
      });
    }
  }
}

function checkQuestion(
  { sentences, facts }: Pick<PackIndex, "sentences" | "facts">,
  question: Question,
  problems: ContentProblem[],
): void {
  const subject = {
    of: "question",
    id: question.id,
    type: question.type,
  } as const;
  const report: Report = (field, problem) =>
    problems.push({ ...problem, subject, field } as ContentProblem);

  for (const id of duplicates(question.sentenceIds))
    report("sentenceIds", {
      kind: "sentenceListedTwice",
      params: { sentence: id },
    });
  for (const id of question.sentenceIds)
    if (!sentences.has(id))
      report("sentenceIds", {
        kind: "unknownSentence",
        params: { sentence: id },
      });
  for (const id of duplicates(question.factIds))
    report("factIds", { kind: "factListedTwice", params: { fact: id } });
  const linkedFacts: Fact[] = [];
  for (const id of question.factIds) {
    const fact = facts.get(id);
    if (!fact) {
      report("factIds", { kind: "unknownFact", params: { fact: id } });
      continue;
    }
    linkedFacts.push(fact);
    for (const sentenceId of fact.sentenceIds) {
      if (!question.sentenceIds.includes(sentenceId)) {
        report("factIds", {
          kind: "factOutsideSentences",
          params: { fact: id, sentence: sentenceId },
        });
      }
    }
  }

  checkAnswerKey(sentences, question, report);

  for (const fact of linkedFacts) {
    if (fact.hedge.kind === "none") continue;
    for (const lang of LANGUAGES) {
      if (!carriesHedge(question, fact, lang)) {
        report("prompt", {
          kind: "dropsFactHedge",
          params: {
            fact: fact.id,
            lang,
            markers: fact.hedge.markers[lang].join(", "),
          },
        });
      }
    }
  }
}

/** A problem of the question being checked, reported against one of its fields. */
type Report = (
  field: QuestionField,
  problem: DistributiveOmit<ContentProblem, "subject" | "field">,
) => void;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown
  ? Omit<T, K>
  : never;
type ClozeQuestion = Extract<Question, { type: "cloze" }>;

function checkAnswerKey(
  sentences: PackIndex["sentences"],
  question: Question,
  report: Report,
): void {
  switch (question.type) {
    case "single":
    case "multiple": {
      checkOptions(question.options, "options", report);
      const ids = new Set(question.options.map((o) => o.id));
      const correct =
        question.type === "single" ? [question.correct] : question.correct;
      for (const id of correct)
        if (!ids.has(id))
          report("correct", {
            kind: "correctNotAnOption",
            params: { option: id },
          });
      if (question.type === "multiple") {
        for (const id of duplicates(question.correct))
          report("correct", {
            kind: "correctListedTwice",
            params: { option: id },
          });
        if (new Set(question.correct).size >= question.options.length) {
          report("correct", { kind: "everyOptionCorrect", params: {} });
        }
      }
      return;
    }
    case "truefalse":
      return;
    case "numeric":
      checkNumericQualifier(sentences, question, report);
      return;
    case "short":
      for (const lang of LANGUAGES) {
        for (const answer of duplicates(
          question.accepted[lang].map(normalize),
        )) {
          report("accepted", {
            kind: "acceptedTwice",
            params: { lang, answer },
          });
        }
      }
      return;
    case "cloze":
      checkCloze(sentences, question, report);
      return;
    case "matching": {
      checkOptions(question.left, "left", report);
      checkOptions(question.right, "right", report);
      const leftIds = new Set(question.left.map((o) => o.id));
      const rightIds = new Set(question.right.map((o) => o.id));
      // Left and right ids share one id space once the question is presented.
      for (const id of leftIds)
        if (rightIds.has(id))
          report("right", { kind: "idOnBothSides", params: { id } });
      const keys = Object.keys(question.correct);
      for (const left of leftIds)
        if (!keys.includes(left))
          report("correct", {
            kind: "leftWithoutPartner",
            params: { id: left },
          });
      for (const key of keys)
        if (!leftIds.has(key))
          report("correct", { kind: "unknownLeft", params: { id: key } });
      const targets = Object.values(question.correct);
      for (const target of targets) {
        if (!rightIds.has(target))
          report("correct", { kind: "unknownRight", params: { id: target } });
      }
      for (const target of duplicates(targets)) {
        report("correct", {
          kind: "rightPartnerTwice",
          params: { id: target },
        });
      }
      return;
    }
    case "ordering": {
      checkOptions(question.items, "items", report);
      const itemIds = question.items.map((i) => i.id);
      const isPermutation =
        question.correct.length === itemIds.length &&
        new Set(question.correct).size === itemIds.length &&
        question.correct.every((id) => itemIds.includes(id));
      if (!isPermutation)
        report("correct", { kind: "notAPermutation", params: {} });
      else if (question.correct.every((id, index) => itemIds[index] === id)) {
        report("items", { kind: "inCorrectOrder", params: {} });
      }
      for (const id of itemIds) {
        const hintsAtPosition = id
          .split("-")
          .some(
            (part) =>
              ORDER_ID_PARTS.has(part) ||
              /^\d+$/.test(part) ||
              /^[a-z]$/.test(part),
          );
        if (hintsAtPosition)
          report("items", { kind: "idHintsPosition", params: { id } });
      }
      return;
    }
  }
}

type NumericQuestion = Extract<Question, { type: "numeric" }>;

/**
 * A numeric question carries the qualifier its figure has in the German sentence ("bis zu 50%" →
 * atMost), because grading decides by it whether "mehr als 50 %" is wrong. The figure is found as
 * the longest run of words ending in it that reads as one qualified number.
 */
function checkNumericQualifier(
  sentences: PackIndex["sentences"],
  question: NumericQuestion,
  report: Report,
): void {
  const stated = question.sentenceIds.flatMap((id) => {
    const sentence = sentences.get(id);
    return sentence
      ? qualifiedFigures(sentence.de).filter(
          (f) => f.value === question.correct,
        )
      : [];
  });
  const article = stated[0];
  if (!article) return;
  const own = question.qualifier ?? "none";
  if (article.qualifier !== own) {
    report("qualifier", {
      kind: "qualifierMismatch",
      params: {
        value: question.correct,
        article: article.qualifier,
        text: article.text,
        own,
      },
    });
  }
}

function checkOptions(
  options: readonly { id: string; text: Localized }[],
  list: ItemList,
  report: Report,
): void {
  for (const id of duplicates(options.map((o) => o.id)))
    report(list, { kind: "itemIdTwice", params: { list, id } });
  for (const option of options) {
    if (option.id.split("-").some((part) => TELLING_ID_PARTS.has(part))) {
      report(list, {
        kind: "idHintsCorrectness",
        params: { list, id: option.id },
      });
    }
  }
  for (const lang of LANGUAGES) {
    for (const text of duplicates(
      options.map((o) => normalize(o.text[lang])),
    )) {
      report(list, { kind: "sameItemText", params: { list, text, lang } });
    }
  }
}

function checkCloze(
  sentences: PackIndex["sentences"],
  question: ClozeQuestion,
  report: Report,
): void {
  const gapCount = question.gaps.length;
  const numbers = [...question.text.matchAll(CLOZE_GAP)].map((m) =>
    Number(m[1]),
  );
  const sorted = [...numbers].sort((a, b) => a - b);
  if (
    sorted.length !== gapCount ||
    sorted.some((n, index) => n !== index + 1)
  ) {
    report("text", {
      kind: "gapMarkers",
      params: { markers: numbers.join(", "), count: gapCount },
    });
  }
  for (const [index, gap] of question.gaps.entries()) {
    for (const answer of duplicates(gap.accepted.map(normalize)))
      report("gaps", {
        kind: "gapAcceptsTwice",
        params: { gap: index + 1, answer },
      });
  }
  const filled = fillCloze(question.text, question.gaps);
  const sources = question.sentenceIds.map((id) => sentences.get(id)?.de);
  if (!sources.includes(filled))
    report("text", { kind: "clozeNotSource", params: { filled } });

  if (question.wordBank) {
    const bank = question.wordBank.map(normalize);
    for (const word of duplicates(bank))
      report("wordBank", { kind: "wordBankTwice", params: { word } });
    for (const [index, gap] of question.gaps.entries()) {
      const answer = gap.accepted[0];
      if (answer !== undefined && !bank.includes(normalize(answer))) {
        report("wordBank", {
          kind: "wordBankLacksAnswer",
          params: { gap: index + 1, answer },
        });
      }
    }
    if (bank.length <= gapCount)
      report("wordBank", { kind: "wordBankNoDistractors", params: {} });
  }
}

function checkQuiz(
  { pack, questions, sentences }: PackIndex,
  quiz: Quiz,
  problems: ContentProblem[],
): void {
  const subject = { of: "quiz", id: quiz.id } as const;
  for (const id of duplicates(quiz.questionIds))
    problems.push({
      kind: "quizQuestionTwice",
      subject,
      params: { question: id },
    });

  if (quiz.kind === "section") {
    if (quiz.sectionId === undefined) {
      problems.push({ kind: "sectionQuizWithoutSection", subject, params: {} });
      return;
    }
    if (!pack.article.sections.some((s) => s.id === quiz.sectionId)) {
      problems.push({
        kind: "quizUnknownSection",
        subject,
        params: { section: quiz.sectionId },
      });
    }
  } else if (quiz.sectionId !== undefined) {
    problems.push({ kind: "quizNamesSection", subject, params: {} });
  }

  for (const id of quiz.questionIds) {
    const question = questions.get(id);
    if (!question) {
      problems.push({
        kind: "quizUnknownQuestion",
        subject,
        params: { question: id },
      });
      continue;
    }
    if (quiz.kind !== "section") continue;
    const outside = question.sentenceIds.filter(
      (s) => sentences.get(s)?.sectionId !== quiz.sectionId,
    );
    if (outside.length > 0) {
      problems.push({
        kind: "quizQuestionOutsideSection",
        subject,
        params: {
          question: id,
          sentences: outside.join(", "),
          section: quiz.sectionId ?? "",
        },
      });
    }
  }
}

/**
 * A question keeps a hedged fact's qualification when the text a learner reads as the claim —
 * the prompt plus the text of the correct answer — contains one of the fact's markers. A cloze
 * text is German in both quiz languages, so its (filled) German sentence counts for both.
 */
function carriesHedge(question: Question, fact: Fact, lang: Language): boolean {
  const texts = [question.prompt[lang], ...answerTexts(question, lang)];
  if (containsAny(texts, fact.hedge.markers[lang])) return true;
  if (question.type !== "cloze") return false;
  return containsAny(
    [fillCloze(question.text, question.gaps)],
    fact.hedge.markers.de,
  );
}

function answerTexts(question: Question, lang: Language): string[] {
  switch (question.type) {
    case "single":
      return question.options
        .filter((o) => o.id === question.correct)
        .map((o) => o.text[lang]);
    case "multiple":
      return question.options
        .filter((o) => question.correct.includes(o.id))
        .map((o) => o.text[lang]);
    case "truefalse":
    case "numeric":
    case "cloze":
      return [];
    case "short":
      return question.accepted[lang];
    case "matching":
      return Object.entries(question.correct).flatMap(([left, right]) => [
        ...question.left.filter((o) => o.id === left).map((o) => o.text[lang]),
        ...question.right
          .filter((o) => o.id === right)
          .map((o) => o.text[lang]),
      ]);
    case "ordering":
      return question.items.map((i) => i.text[lang]);
  }
}

function containsAny(
  texts: readonly string[],
  markers: readonly string[],
): boolean {
  const haystacks = texts.map(normalize);
  return markers.some((marker) =>
    haystacks.some((text) => text.includes(normalize(marker))),
  );
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
}

/** Ids run s01, s02, … (or f01…, q001…) in the order of their array. */
function checkSequentialIds(
  noun: "sentence" | "fact" | "question",
  ids: readonly string[],
  prefix: string,
  digits: number,
  problems: ContentProblem[],
): void {
  for (const id of duplicates(ids))
    problems.push({ kind: "idTwice", subject: PACK, params: { noun, id } });
  const position = ids.findIndex((id, index) => id !== idAt(index));
  if (position >= 0) {
    problems.push({
      kind: "idsOutOfOrder",
      subject: PACK,
      params: {
        noun,
        first: idAt(0),
        second: idAt(1),
        position: position + 1,
        found: ids[position] ?? "",
        expected: idAt(position),
      },
    });
  }

  function idAt(index: number): string {
    return `${prefix}${String(index + 1).padStart(digits, "0")}`;
  }
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}
