// What the pack checks find, as data: a kind, what it is about, the question field it concerns and
// the values it names. The studio translates these (messages Studio.problems.*); the command line
// and the loaders read them as the English lines `problemLine` writes.
import type { Language, QuestionType } from "./content-schema";

export type ProblemSubject =
  | { of: "pack" }
  | { of: "sentence" | "fact" | "quiz" | "section"; id: string }
  | { of: "question"; id: string; type: QuestionType };

/** The part of a question a problem concerns, so the editor can point at its field. */
export type QuestionField =
  | "prompt"
  | "explanation"
  | "sentenceIds"
  | "factIds"
  | "options"
  | "correct"
  | "tolerance"
  | "unit"
  | "qualifier"
  | "accepted"
  | "text"
  | "gaps"
  | "wordBank"
  | "left"
  | "right"
  | "items";

/** Which list of a question's items a problem names. */
export type ItemList = "options" | "left" | "right" | "items";

type Params = {
  // The pack
  sectionIdTwice: { id: string };
  quizIdTwice: { id: string };
  idTwice: { noun: "sentence" | "fact" | "question"; id: string };
  idsOutOfOrder: {
    noun: "sentence" | "fact" | "question";
    first: string;
    second: string;
    position: number;
    found: string;
    expected: string;
  };
  keyPositionSkew: {
    choice: "single" | "multiple";
    position: number;
    held: number;
    questions: number;
    limit: number;
  };
  schemaIssue: { path: string };
  glossaryInvalid: { count: number };
  // Sentences and sections
  unknownSection: { section: string };
  firstParagraph: { paragraph: number };
  sectionComesBack: { section: string };
  paragraphGap: { paragraph: number; previous: number };
  paragraphSpansSections: { paragraph: number };
  sectionWithoutSentences: Record<string, never>;
  uncitedSentence: Record<string, never>;
  // Facts
  unknownSentence: { sentence: string };
  notFactBearing: { sentence: string };
  plainFactMarkers: Record<string, never>;
  plainFactSource: Record<string, never>;
  hedgeNeedsMarker: { hedge: string; lang: Language };
  markerNotInSentence: { lang: Language; marker: string };
  // Questions
  sentenceListedTwice: { sentence: string };
  factListedTwice: { fact: string };
  unknownFact: { fact: string };
  factOutsideSentences: { fact: string; sentence: string };
  dropsFactHedge: { fact: string; lang: Language; markers: string };
  correctNotAnOption: { option: string };
  correctListedTwice: { option: string };
  everyOptionCorrect: Record<string, never>;
  correctOptionsFirst: Record<string, never>;
  acceptedTwice: { lang: Language; answer: string };
  idOnBothSides: { id: string };
  leftWithoutPartner: { id: string };
  unknownLeft: { id: string };
  unknownRight: { id: string };
  rightPartnerTwice: { id: string };
  notAPermutation: Record<string, never>;
  inCorrectOrder: Record<string, never>;
  idHintsPosition: { id: string };
  qualifierMismatch: {
    value: number;
    article: string;
    text: string;
    own: string;
  };
  itemIdTwice: { list: ItemList; id: string };
  idHintsCorrectness: { list: ItemList; id: string };
  sameItemText: { list: ItemList; text: string; lang: Language };
  gapMarkers: { markers: string; count: number };
  gapAcceptsTwice: { gap: number; answer: string };
  clozeNotSource: { filled: string };
  wordBankTwice: { word: string };
  wordBankLacksAnswer: { gap: number; answer: string };
  wordBankNoDistractors: Record<string, never>;
  // Quizzes
  quizQuestionTwice: { question: string };
  sectionQuizWithoutSection: Record<string, never>;
  quizUnknownSection: { section: string };
  quizNamesSection: Record<string, never>;
  quizUnknownQuestion: { question: string };
  quizQuestionOutsideSection: {
    question: string;
    sentences: string;
    section: string;
  };
};

export type ProblemKind = keyof Params;

export type ContentProblem = {
  [K in ProblemKind]: {
    kind: K;
    subject: ProblemSubject;
    field?: QuestionField;
    params: Params[K];
  };
}[ProblemKind];

const NOUN: Record<ItemList, string> = {
  options: "option",
  left: "left item",
  right: "right item",
  items: "item",
};

const LINES: {
  [K in ProblemKind]: (p: Params[K]) => string;
} = {
  sectionIdTwice: (p) => `section id "${p.id}" is used more than once`,
  quizIdTwice: (p) => `quiz id "${p.id}" is used more than once`,
  idTwice: (p) => `${p.noun} id ${p.id} is used more than once`,
  idsOutOfOrder: (p) =>
    `${p.noun} ids must run ${p.first}, ${p.second}, … in order: ` +
    `position ${p.position} holds ${p.found}, expected ${p.expected}`,
  keyPositionSkew: (p) =>
    `${p.choice === "single" ? "single-choice keys" : "multiple-select keys"}: position ${p.position} holds ${p.choice === "single" ? "the key" : "a correct option"} in ${p.held} of ${p.questions} questions, more than a fair share (at most ${p.limit})`,
  schemaIssue: (p) => `${p.path}: does not match the schema`,
  glossaryInvalid: (p) => `glossary: ${p.count} problem(s)`,
  unknownSection: (p) => `unknown section "${p.section}"`,
  firstParagraph: (p) => `the first paragraph must be 1, not ${p.paragraph}`,
  sectionComesBack: (p) =>
    `section "${p.section}" comes back after a later section`,
  paragraphGap: (p) =>
    `paragraph ${p.paragraph} does not follow paragraph ${p.previous}`,
  paragraphSpansSections: (p) => `paragraph ${p.paragraph} spans two sections`,
  sectionWithoutSentences: () => "has no sentences",
  uncitedSentence: () => "is factBearing but no fact cites it",
  unknownSentence: (p) => `unknown sentence ${p.sentence}`,
  notFactBearing: (p) => `sentence ${p.sentence} is not marked factBearing`,
  plainFactMarkers: () => `a plain fact (hedge "none") has hedge markers`,
  plainFactSource: () =>
    `a plain fact (hedge "none") names a source; use "attributed"`,
  hedgeNeedsMarker: (p) =>
    `hedge "${p.hedge}" needs at least one ${p.lang} marker`,
  markerNotInSentence: (p) =>
    `${p.lang} marker "${p.marker}" does not occur in its sentence(s)`,
  sentenceListedTwice: (p) => `sentence ${p.sentence} is listed twice`,
  factListedTwice: (p) => `fact ${p.fact} is listed twice`,
  unknownFact: (p) => `unknown fact ${p.fact}`,
  factOutsideSentences: (p) =>
    `fact ${p.fact} rests on sentence ${p.sentence}, which is not among the question's sentences`,
  dropsFactHedge: (p) =>
    `does not keep the hedge of fact ${p.fact} in ${p.lang} (use one of: ${p.markers})`,
  correctNotAnOption: (p) =>
    `correct option "${p.option}" is not among the options`,
  correctListedTwice: (p) => `correct option "${p.option}" is listed twice`,
  everyOptionCorrect: () =>
    "every option is correct; a multiple-select question needs at least one distractor",
  correctOptionsFirst: () => "the correct options are listed first",
  acceptedTwice: (p) =>
    `accepted ${p.lang} answer "${p.answer}" is listed twice`,
  idOnBothSides: (p) => `id "${p.id}" is used on both sides`,
  leftWithoutPartner: (p) => `left item "${p.id}" has no correct partner`,
  unknownLeft: (p) => `correct pairs name unknown left item "${p.id}"`,
  unknownRight: (p) => `correct pairs name unknown right item "${p.id}"`,
  rightPartnerTwice: (p) =>
    `right item "${p.id}" is the partner of more than one left item`,
  notAPermutation: () => "correct order is not a permutation of the item ids",
  inCorrectOrder: () => "items are listed in their correct order",
  idHintsPosition: (p) => `item id "${p.id}" hints at its position`,
  qualifierMismatch: (p) =>
    `the article qualifies ${p.value} as ${p.article} ("${p.text}"), the question as ${p.own}`,
  itemIdTwice: (p) => `${NOUN[p.list]} id "${p.id}" is used more than once`,
  idHintsCorrectness: (p) =>
    `${NOUN[p.list]} id "${p.id}" hints at correctness`,
  sameItemText: (p) => `two ${NOUN[p.list]}s read "${p.text}" (${p.lang})`,
  gapMarkers: (p) =>
    `gap markers {{${p.markers.split(", ").join("}}, {{")}}} do not number the ${p.count} gap(s) 1..${p.count}, each once`,
  gapAcceptsTwice: (p) => `gap ${p.gap} accepts "${p.answer}" twice`,
  clozeNotSource: (p) =>
    `filled text does not reproduce a source sentence: "${p.filled}"`,
  wordBankTwice: (p) => `word bank lists "${p.word}" twice`,
  wordBankLacksAnswer: (p) =>
    `word bank lacks the answer to gap ${p.gap} ("${p.answer}")`,
  wordBankNoDistractors: () => "word bank has no distractors",
  quizQuestionTwice: (p) => `question ${p.question} is listed twice`,
  sectionQuizWithoutSection: () => "a section quiz needs a sectionId",
  quizUnknownSection: (p) => `unknown section "${p.section}"`,
  quizNamesSection: () => "only a section quiz may name a sectionId",
  quizUnknownQuestion: (p) => `unknown question ${p.question}`,
  quizQuestionOutsideSection: (p) =>
    `question ${p.question} cites ${p.sentences} outside section "${p.section}"`,
};

function subjectLine(subject: ProblemSubject): string | null {
  switch (subject.of) {
    case "pack":
      return null;
    case "question":
      return `question ${subject.id} (${subject.type})`;
    case "section":
      return `section "${subject.id}"`;
    default:
      return `${subject.of} ${subject.id}`;
  }
}

/** The English line the command line and the content loader print for a problem. */
export function problemLine(problem: ContentProblem): string {
  const line = (LINES[problem.kind] as (p: unknown) => string)(problem.params);
  const subject = subjectLine(problem.subject);
  // These read as one phrase with their subject ("sentence s03 is factBearing but …").
  if (
    problem.kind === "sectionWithoutSentences" ||
    problem.kind === "uncitedSentence"
  )
    return `${subject} ${line}`;
  return subject ? `${subject}: ${line}` : line;
}
