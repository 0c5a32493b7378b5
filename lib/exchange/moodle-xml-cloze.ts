// Moodle's embedded answers ("Cloze", qtype_multianswer): reading and writing the gaps inside a
// question text, {1:SHORTANSWER:=Paris~%50%Marseille#feedback} and {1:MULTICHOICE:=a~b~c}.
//
// The reader follows qtype_multianswer_extract_question and qtype_multianswer_validate_question
// (question/type/multianswer/questiontype.php) so that a file Moodle refuses is refused here for
// the same reason: a question without gaps, a choice gap with fewer than two choices, a gap
// without a fully correct answer, a numerical gap whose answer is not a number.
import { decodeHtmlEntities } from "./exchange-html";
import type {
  ClozeGap,
  ExchangeAnswer,
  ExchangeErrorCode,
  NumericAnswer,
} from "./exchange-model";

const FRACTION = String.raw`=|%(-?[0-9]+(?:[.,][0-9]*)?)%`;
const ANSWER = String.raw`.+?(?<!\\|&|&amp;)(?=[~#}]|$)`;
const FEEDBACK = String.raw`.*?(?<!\\)(?=[~}]|$)`;
const ALTERNATIVE = `(${FRACTION})?(${ANSWER})(#(${FEEDBACK}))?`;
const TYPE_NAMES =
  "(NUMERICAL|NM)|(MULTICHOICE|MC)|(MULTICHOICE_V|MCV)|(MULTICHOICE_H|MCH)|" +
  "(SHORTANSWER|SA|MW)|(SHORTANSWER_C|SAC|MWC)|" +
  "(MULTICHOICE_S|MCS)|(MULTICHOICE_VS|MCVS)|(MULTICHOICE_HS|MCHS)|" +
  "(MULTIRESPONSE|MR)|(MULTIRESPONSE_H|MRH)|(MULTIRESPONSE_S|MRS)|(MULTIRESPONSE_HS|MRHS)";
const EMBEDDED = new RegExp(
  `\\{([0-9]*):(${TYPE_NAMES}):(${ALTERNATIVE}(~${ALTERNATIVE})*)\\}`,
  "s",
);
const ONE_ALTERNATIVE = new RegExp(`^~?${ALTERNATIVE}`, "s");
const NUMBER = String.raw`-?(([0-9]+[.,]?[0-9]*|[.,][0-9]+)([eE][-+]?[0-9]+)?)`;
const NUMERICAL_ALTERNATIVE = new RegExp(`^(${NUMBER})(:${NUMBER})?$`, "s");

/** Group numbers of EMBEDDED: 3 is NUMERICAL, 4–6 and 9–11 the choice gaps, 7–8 short answers, 12–15 multi-response. */
const GROUP = {
  numerical: 3,
  shortAnswer: 7,
  shortAnswerCase: 8,
  alternatives: 16,
};
const CHOICE_GROUPS = [4, 5, 6, 9, 10, 11];
const MULTIRESPONSE_GROUPS = [12, 13, 14, 15];

export type EmbeddedProblem = {
  code: Extract<
    ExchangeErrorCode,
    | "clozeNoGaps"
    | "clozeTooFewChoices"
    | "clozeNoCorrectAnswer"
    | "clozeNumberInvalid"
  >;
  detail: string;
};

export type EmbeddedAnswers = {
  /** The question text (HTML) with each gap replaced by `marker(index)`, index 0-based. */
  html: string;
  gaps: ClozeGap[];
  problems: EmbeddedProblem[];
};

/** Finds the embedded answers of a cloze question text, in order. */
export function readEmbeddedAnswers(
  html: string,
  marker: (index: number) => string,
): EmbeddedAnswers {
  const gaps: ClozeGap[] = [];
  const problems: EmbeddedProblem[] = [];
  let rest = html;
  let out = "";
  for (;;) {
    const match = EMBEDDED.exec(rest);
    if (!match) break;
    out += rest.slice(0, match.index) + marker(gaps.length);
    rest = rest.slice(match.index + match[0].length);
    const gap = readGap(match);
    problems.push(...gapProblems(gap, gaps.length + 1, match[0]));
    gaps.push(gap);
  }
  if (gaps.length === 0)
    problems.push({
      code: "clozeNoGaps",
      detail: html.length > 80 ? `${html.slice(0, 80)}…` : html,
    });
  return { html: out + rest, gaps, problems };
}

function readGap(match: RegExpExecArray): ClozeGap {
  const isNumerical = Boolean(match[GROUP.numerical]);
  const alternatives: {
    fraction: number;
    text: string;
    feedback: string;
    tolerance?: number;
    number?: boolean;
  }[] = [];
  let hasSpecificFraction = false;
  let remaining = match[GROUP.alternatives] ?? "";
  for (;;) {
    const alt = ONE_ALTERNATIVE.exec(remaining);
    if (!alt) break;
    remaining = remaining.slice(alt[0].length);
    let fraction = 0;
    if (alt[1] === "=") fraction = 1;
    else if (alt[2]) {
      fraction = 0.01 * Number(alt[2].replace(",", "."));
      hasSpecificFraction = true;
    }
    const feedback = unescapeEmbedded(alt[5] ?? "");
    const answer = alt[3] ?? "";
    const numeric = isNumerical ? NUMERICAL_ALTERNATIVE.exec(answer) : null;
    if (numeric) {
      alternatives.push({
        fraction,
        feedback,
        text: numeric[1] ?? "",
        tolerance: numeric[6] === undefined ? 0 : Number(numeric[6]),
        number: true,
      });
    } else {
      alternatives.push({ fraction, feedback, text: unescapeEmbedded(answer) });
    }
  }

  if (isNumerical) {
    return {
      kind: "numerical",
      answers: alternatives.map((a): NumericAnswer => ({
        value: a.number
          ? Number(a.text.replace(",", "."))
          : a.text === "*"
            ? null
            : Number.NaN,
        tolerance: a.tolerance ?? 0,
        fraction: a.fraction,
        feedback: a.feedback,
      })),
    };
  }
  const answers = alternatives.map((a): ExchangeAnswer => ({
    text: a.text,
    fraction: a.fraction,
    feedback: a.feedback,
  }));
  if (match[GROUP.shortAnswer] || match[GROUP.shortAnswerCase]) {
    return {
      kind: "typed",
      caseSensitive: Boolean(match[GROUP.shortAnswerCase]),
      answers,
    };
  }
  if (CHOICE_GROUPS.some((group) => match[group]))
    return { kind: "choice", answers };
  if (!MULTIRESPONSE_GROUPS.some((group) => match[group]))
    throw new Error(`Unknown embedded answer type in ${match[0]}`);
  // Moodle scales a multi-response gap's right answers to add up to 1 and, without explicit
  // fractions, lets each wrong answer cancel one right one.
  const total = answers.reduce((sum, a) => sum + Math.max(0, a.fraction), 0);
  return {
    kind: "multiresponse",
    answers: answers.map((a) => ({
      ...a,
      fraction:
        total === 0
          ? a.fraction
          : a.fraction > 0
            ? a.fraction / total
            : hasSpecificFraction
              ? a.fraction
              : -1 / total,
    })),
  };
}

function gapProblems(
  gap: ClozeGap,
  number: number,
  source: string,
): EmbeddedProblem[] {
  const detail = `${number}: ${source}`;
  const answers: { text: string; fraction: number; invalidNumber: boolean }[] =
    gap.kind === "numerical"
      ? gap.answers.map((a) => ({
          text: a.value === null ? "*" : String(a.value),
          fraction: a.fraction,
          invalidNumber: Number.isNaN(a.value),
        }))
      : gap.answers.map((a) => ({ ...a, invalidNumber: false }));
  const given = answers.filter((a) => a.text.trim() !== "");
  const problems: EmbeddedProblem[] = [];
  if (given.some((a) => a.invalidNumber))
    problems.push({ code: "clozeNumberInvalid", detail });
  if (
    (gap.kind === "choice" || gap.kind === "multiresponse") &&
    given.length < 2
  )
    problems.push({ code: "clozeTooFewChoices", detail });
  const hasFullMark =
    gap.kind === "multiresponse"
      ? given.some((a) => a.fraction > 0)
      : given.some((a) => a.fraction === 1);
  if (!hasFullMark && given.length > 0)
    problems.push({ code: "clozeNoCorrectAnswer", detail });
  return problems;
}

/** Moodle undoes the HTML editor's quoting and the escapes \} and \# inside a gap. */
function unescapeEmbedded(text: string): string {
  return decodeHtmlEntities(text).replaceAll("\\}", "}").replaceAll("\\#", "#");
}

/**
 * One gap in Moodle's syntax, its texts escaped for an HTML question text. Characters that end
 * an answer ("~", "#", "}") and the backslash are written as character references, which Moodle
 * decodes after it has found where each answer ends.
 */
export function writeEmbeddedGap(gap: ClozeGap): string {
  const alternatives =
    gap.kind === "numerical"
      ? gap.answers.map(
          (a) =>
            `${fractionPrefix(a.fraction)}${a.value === null ? "*" : `${a.value}:${a.tolerance}`}${feedbackSuffix(a.feedback)}`,
        )
      : gap.answers.map(
          (a) =>
            `${fractionPrefix(a.fraction)}${escapeEmbedded(a.text)}${feedbackSuffix(a.feedback)}`,
        );
  const type = {
    typed:
      gap.kind === "typed" && gap.caseSensitive
        ? "SHORTANSWER_C"
        : "SHORTANSWER",
    choice: "MULTICHOICE_S",
    numerical: "NUMERICAL",
    multiresponse: "MULTIRESPONSE_S",
  }[gap.kind];
  return `{1:${type}:${alternatives.join("~")}}`;
}

function fractionPrefix(fraction: number): string {
  if (fraction === 1) return "=";
  if (fraction === 0) return "";
  return `%${Number((fraction * 100).toFixed(5))}%`;
}

function feedbackSuffix(feedback: string): string {
  return feedback === "" ? "" : `#${escapeEmbedded(feedback)}`;
}

const EMBEDDED_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
  "~": "&#126;",
  "#": "&#35;",
  "}": "&#125;",
};

function escapeEmbedded(text: string): string {
  return [...text].map((c) => EMBEDDED_ESCAPES[c] ?? c).join("");
}
