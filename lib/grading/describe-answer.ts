// Solutions and answers as text in both languages: the display snapshots a response keeps (what
// the learner gave, what was correct), shown as feedback, on the results page and in the review
// queue, and the solutions a teacher previews. It reads the key, so it runs only where the key may
// be: grading on the server, and pages for teachers. Framework-free.
import type {
  Language,
  Localized,
  Question,
  QuestionType,
} from "@/lib/content/content-schema";
import type { ResolvedAnswer } from "./grade";
import { CLOZE_GAP } from "@/lib/content/content-schema";

type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
type AnswerOf<T extends QuestionType> = Extract<ResolvedAnswer, { type: T }>;

/** Frozen: the describe functions hand out these shared objects as they are. */
const frozen = (text: Localized): Localized => Object.freeze(text);

const TRUE_FALSE: Readonly<Record<"true" | "false", Localized>> = Object.freeze(
  {
    true: frozen({ de: "Richtig", en: "True" }),
    false: frozen({ de: "Falsch", en: "False" }),
  },
);
const NOTHING_SELECTED = frozen({
  de: "(keine Auswahl)",
  en: "(nothing selected)",
});
const NO_ANSWER = frozen({ de: "(keine Antwort)", en: "(no answer)" });
const UNKNOWN = "?";
const EMPTY_GAP = "___";
/** Built once: building a NumberFormat costs more than formatting with it (it runs on every graded answer). */
const numberFormat = (locale: string) =>
  new Intl.NumberFormat(locale, {
    maximumFractionDigits: 10,
    useGrouping: "min2",
  });
const NUMBER_FORMAT: Readonly<Record<Language, Intl.NumberFormat>> = {
  de: numberFormat("de-DE"),
  en: numberFormat("en-GB"),
};

function localized(render: (lang: Language) => string): Localized {
  return { de: render("de"), en: render("en") };
}

/** 10000 → "10.000" / "10,000"; four-digit numbers (years) stay ungrouped; unit appended. */
export function formatNumber(
  value: number,
  lang: Language,
  unit?: Localized,
): string {
  const number = NUMBER_FORMAT[lang].format(value);
  if (!unit) return number;
  const unitText = unit[lang];
  return unitText === "%" && lang === "en"
    ? `${number}%`
    : `${number} ${unitText}`;
}

function textOf(
  options: readonly { id: string; text: Localized }[],
  id: string | undefined,
  lang: Language,
): string {
  return options.find((o) => o.id === id)?.text[lang] ?? UNKNOWN;
}

function fillCloze(
  question: QuestionOf<"cloze">,
  fill: (index: number) => string,
): string {
  return question.text.replace(CLOZE_GAP, (marker, n: string) => {
    const index = Number(n) - 1;
    return index >= 0 && index < question.gaps.length ? fill(index) : marker;
  });
}

/** Joins list items with "; ", dropping one final full stop per item so sentences do not end in ".;". */
function joinList(items: readonly string[]): string {
  return items.length === 1
    ? items[0]!
    : items.map((item) => item.replace(/(?<!\.)\.$/, "")).join("; ");
}

function describeSelection(
  options: readonly { id: string; text: Localized }[],
  selected: readonly string[],
): Localized {
  const chosen = options.filter((o) => selected.includes(o.id));
  return chosen.length === 0
    ? NOTHING_SELECTED
    : localized((lang) => joinList(chosen.map((o) => o.text[lang])));
}

function describeMatching(
  question: QuestionOf<"matching">,
  pairs: Readonly<Record<string, string>>,
): Localized {
  return localized((lang) =>
    joinList(
      question.left.map((left) => {
        const rightId = Object.hasOwn(pairs, left.id)
          ? pairs[left.id]
          : undefined;
        const right =
          rightId === undefined ? "—" : textOf(question.right, rightId, lang);
        return `${left.text[lang]} → ${right}`;
      }),
    ),
  );
}

function describeOrdering(
  question: QuestionOf<"ordering">,
  order: readonly string[],
): Localized {
  if (order.length === 0) return NO_ANSWER;
  return localized((lang) =>
    order
      .map((id, i) => `${i + 1}. ${textOf(question.items, id, lang)}`)
      .join(" "),
  );
}

function rawText(text: string): Localized {
  const trimmed = text.trim();
  return trimmed === "" ? NO_ANSWER : { de: trimmed, en: trimmed };
}

/** The solution as human-readable text in both languages. */
export function describeCorrectAnswer(question: Question): Localized {
  switch (question.type) {
    case "single":
      return localized((lang) =>
        textOf(question.options, question.correct, lang),
      );
    case "multiple":
      return describeSelection(question.options, question.correct);
    case "truefalse":
      return TRUE_FALSE[question.correct ? "true" : "false"];
    case "numeric":
      return localized((lang) =>
        formatNumber(question.correct, lang, question.unit),
      );
    case "short":
      return { de: question.accepted.de[0]!, en: question.accepted.en[0]! };
    case "cloze": {
      const sentence = fillCloze(
        question,
        (i) => question.gaps[i]?.accepted[0] ?? EMPTY_GAP,
      );
      return { de: sentence, en: sentence };
    }
    case "matching":
      return describeMatching(question, question.correct);
    case "ordering":
      return describeOrdering(question, question.correct);
  }
}

/** What the learner answered, as human-readable text in both languages (review page, snapshots). */
export function describeGivenAnswer(
  question: Question,
  answer: ResolvedAnswer,
): Localized {
  if (answer.type !== question.type) {
    throw new Error(
      `Answer of type "${answer.type}" given for ${question.type} question ${question.id}`,
    );
  }
  switch (question.type) {
    case "single": {
      const { optionId } = answer as AnswerOf<"single">;
      return localized((lang) => textOf(question.options, optionId, lang));
    }
    case "multiple":
      return describeSelection(
        question.options,
        (answer as AnswerOf<"multiple">).optionIds,
      );
    case "truefalse":
      return TRUE_FALSE[
        (answer as AnswerOf<"truefalse">).value ? "true" : "false"
      ];
    case "numeric":
      return rawText((answer as AnswerOf<"numeric">).text);
    case "short":
      return rawText((answer as AnswerOf<"short">).text);
    case "cloze": {
      const { gaps } = answer as AnswerOf<"cloze">;
      if (gaps.every((g) => g.trim() === "")) return NO_ANSWER;
      const sentence = fillCloze(question, (i) => gaps[i]?.trim() || EMPTY_GAP);
      return { de: sentence, en: sentence };
    }
    case "matching": {
      const { pairs } = answer as AnswerOf<"matching">;
      return Object.keys(pairs).length === 0
        ? NO_ANSWER
        : describeMatching(question, pairs);
    }
    case "ordering":
      return describeOrdering(question, (answer as AnswerOf<"ordering">).order);
  }
}
