// An answered question as HTML: its verdict, the answer given and the correct one (each part
// marked in words and with an icon; colour only repeats it), the explanation and the evidence (the
// source sentences highlighted in their German paragraph, the English translation, a link to the
// sentence in the reader). The review of a finished attempt is one such entry per question and
// needs no React of its own, so its pages hand the HTML to React as markup it does not hydrate
// (decision 050); the quiz runner's feedback panel uses the same pieces. Everything from the
// question, the article or the learner is escaped here. Framework-free: the labels come
// translated from the caller.
import type { Feedback, ReviewItem } from "./feedback";
import type { Marking } from "./marking";
import { escapeHtml } from "@/lib/escape-html";

/** right: chosen and correct; wrong: chosen but not correct; missed: correct but not chosen. */
export type MarkTone = "right" | "wrong" | "missed" | "neutral";

export const MARK_ICON: Record<MarkTone, string> = {
  right: "✓",
  wrong: "✗",
  missed: "✓",
  neutral: "–",
};

export type VerdictTone = "correct" | "partial" | "incorrect";

export const VERDICT_ICON: Record<VerdictTone, string> = {
  correct: "✓",
  partial: "◐",
  incorrect: "✗",
};

export const verdictTone = (
  feedback: Pick<Feedback, "correct" | "score">,
): VerdictTone =>
  feedback.correct ? "correct" : feedback.score > 0 ? "partial" : "incorrect";

/** The words around the learner's answer, translated by the caller. */
export type AnswerLabels = {
  /** "correct" / "incorrect" after a part of the answer. */
  right: string;
  wrong: string;
  /** "incorrect – correct: {answer}" after a wrong gap. */
  gapIncorrect(answer: string): string;
  /** "Gap {number}" */
  gap(number: number): string;
  trueLabel: string;
  falseLabel: string;
};

export type EvidenceLabels = {
  /** "English translation" */
  translation: string;
  readInArticle: string;
  /** Where "read in the article" leads: the reader, at the sentence. */
  readHref(articleId: string, sentenceId: string): string;
};

export type ReviewLabels = AnswerLabels &
  EvidenceLabels & {
    /** "Question {number}" */
    question(number: number): string;
    /** The verdict's words ("Partly correct (50 %)"). */
    verdict(feedback: Pick<Feedback, "correct" | "score">): string;
    /** "{points} of 1 point" */
    points(score: number): string;
    /** "Your answer" or "Student's answer" */
    answer: string;
    correctAnswer: string;
    /** The summary of the folded explanation and evidence. */
    evidence: string;
  };

const attr = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;

const inLang = (lang: string, text: string) =>
  `<span${attr("lang", lang)}>${escapeHtml(text)}</span>`;

/** A list of items that are HTML already; `lang` for a list whose items are all in one language. */
const list = (
  tag: "ul" | "ol",
  className: string,
  items: string[],
  lang?: string,
) =>
  `<${tag} class="${className}"${lang ? attr("lang", lang) : ""}>${items.map((item) => `<li>${item}</li>`).join("")}</${tag}>`;

export function markHtml(tone: MarkTone, text: string): string {
  return `<span class="mark mark-${tone}"><span class="mark-icon" aria-hidden="true">${MARK_ICON[tone]}</span> ${escapeHtml(text)}</span>`;
}

const rightOrWrong = (ok: boolean, labels: AnswerLabels) =>
  markHtml(ok ? "right" : "wrong", ok ? labels.right : labels.wrong);

/**
 * The correct answer: a list where it has several parts (the options of a multiple-select
 * question, the order, the pairs), otherwise its text.
 */
export function correctAnswerHtml(
  feedback: Pick<Feedback, "correctAnswer" | "marking">,
  lang: string,
): string {
  const { marking } = feedback;
  const listIn = (tag: "ul" | "ol", texts: string[]) =>
    list(tag, "answer-list", texts.map(escapeHtml), lang);
  if (marking?.type === "choice") {
    const correct = marking.options.filter((o) => o.correct);
    if (correct.length > 1)
      return listIn(
        "ul",
        correct.map((o) => o.text),
      );
  }
  if (marking?.type === "ordering")
    return listIn(
      "ol",
      marking.positions.map((p) => p.correct),
    );
  if (marking?.type === "matching")
    return listIn(
      "ul",
      marking.rows.map((row) => `${row.left} → ${row.correct}`),
    );
  return inLang(lang, feedback.correctAnswer);
}

/** What the learner answered, each part with its mark; the stored text where there are no parts. */
export function givenAnswerHtml(
  given: string,
  marking: Marking | null,
  lang: string,
  labels: AnswerLabels,
): string {
  switch (marking?.type) {
    case "choice": {
      const chosen = marking.options.filter((o) => o.chosen);
      if (chosen.length === 0) break;
      const part = (o: (typeof chosen)[number]) =>
        `${inLang(lang, o.text)} ${rightOrWrong(o.correct, labels)}`;
      if (chosen.length === 1) return `<span>${part(chosen[0]!)}</span>`;
      return list("ul", "answer-list marked", chosen.map(part));
    }
    case "truefalse":
      return `<span>${escapeHtml(marking.given ? labels.trueLabel : labels.falseLabel)} ${rightOrWrong(marking.given === marking.correct, labels)}</span>`;
    case "matching":
      return list(
        "ul",
        "answer-list marked",
        marking.rows.map(
          (row) =>
            `${inLang(lang, `${row.left} → ${row.given ?? "—"}`)} ${rightOrWrong(row.ok, labels)}`,
        ),
      );
    case "ordering":
      return list(
        "ol",
        "answer-list marked",
        marking.positions.map(
          (p) => `${inLang(lang, p.given)} ${rightOrWrong(p.ok, labels)}`,
        ),
      );
    case "cloze":
      return list(
        "ol",
        "answer-list marked",
        marking.gaps.map(
          (gap, i) =>
            `<span class="evidence-label">${escapeHtml(labels.gap(i + 1))}:</span> ${inLang("de", gap.given)} ${
              gap.ok
                ? rightOrWrong(true, labels)
                : markHtml("wrong", labels.gapIncorrect(gap.correct))
            }`,
        ),
      );
  }
  return inLang(lang, given);
}

/** The source sentences in their German paragraphs, their English translation, the way to the reader. */
export function evidenceHtml(
  feedback: Pick<Feedback, "sources" | "context" | "articleId">,
  labels: EvidenceLabels,
): string {
  // The snapshot is what the answer was graded against, even if the article was edited since.
  const snapshotText = new Map(feedback.sources.map((s) => [s.id, s.de]));
  const paragraphs = feedback.context.map(
    (paragraph) =>
      `<p lang="de" class="evidence-context">${paragraph.sentences
        .map((sentence) =>
          sentence.isSource
            ? `<mark${attr("data-sentence-id", sentence.id)}>${escapeHtml(snapshotText.get(sentence.id) ?? sentence.de)}</mark>`
            : escapeHtml(sentence.de),
        )
        .join(" ")}</p>`,
  );
  const translations = `<ul class="evidence-translations"${attr("aria-label", labels.translation)}>${feedback.sources
    .map(
      (source) =>
        `<li><span class="evidence-label">${escapeHtml(labels.translation)}:</span> ${inLang("en", source.en)}</li>`,
    )
    .join("")}</ul>`;
  const first = feedback.sources[0];
  const link = first
    ? `<p class="read-in-article"><a${attr("href", labels.readHref(feedback.articleId, first.id))}>${escapeHtml(labels.readInArticle)}</a></p>`
    : "";
  return paragraphs.join("") + translations + link;
}

/**
 * One question of a finished attempt, compact: its number, verdict and points, a regrade note,
 * the prompt, the answer given and (where wrong) the correct one, and the explanation and evidence
 * folded away. The inside of the entry's list item; the item itself carries the verdict's tone.
 */
export function reviewEntryHtml(
  item: ReviewItem,
  language: string,
  labels: ReviewLabels,
  /** A teacher's regrade said in words, translated by the caller. */
  regrade?: string,
): string {
  const { feedback } = item;
  const tone = verdictTone(feedback);
  const parts = [
    `<div class="review-head">`,
    `<h3 class="review-number">${escapeHtml(labels.question(item.position + 1))}</h3>`,
    `<p class="verdict-tag verdict-${tone}"><span aria-hidden="true" class="verdict-icon">${VERDICT_ICON[tone]}</span> ${escapeHtml(labels.verdict(feedback))}</p>`,
    `<p class="item-points">${escapeHtml(labels.points(item.score))}</p>`,
    `</div>`,
  ];
  if (regrade) parts.push(`<p class="regrade-note">${escapeHtml(regrade)}</p>`);
  parts.push(
    `<p class="prompt"${attr("lang", language)}>${escapeHtml(item.prompt)}</p>`,
    `<dl class="review-answers"><dt>${escapeHtml(labels.answer)}</dt><dd>${givenAnswerHtml(item.given, feedback.marking, language, labels)}</dd>`,
  );
  if (!feedback.correct)
    parts.push(
      `<dt>${escapeHtml(labels.correctAnswer)}</dt><dd class="correct-answer">${correctAnswerHtml(feedback, language)}</dd>`,
    );
  parts.push(
    `</dl>`,
    `<details class="review-evidence"><summary>${escapeHtml(labels.evidence)}</summary>`,
    `<p${attr("lang", language)}>${escapeHtml(feedback.explanation)}</p>`,
    evidenceHtml(feedback, labels),
    `</details>`,
  );
  return parts.join("");
}
