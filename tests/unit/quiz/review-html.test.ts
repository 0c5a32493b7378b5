import { describe, expect, it } from "vitest";
import type { Feedback, ReviewItem } from "@/lib/quiz/feedback";
import type { Marking } from "@/lib/quiz/marking";
import {
  correctAnswerHtml,
  evidenceHtml,
  givenAnswerHtml,
  reviewEntryHtml,
  verdictTone,
  type ReviewLabels,
} from "@/lib/quiz/review-html";

const labels: ReviewLabels = {
  right: "correct",
  wrong: "incorrect",
  gapIncorrect: (answer) => `incorrect – correct: ${answer}`,
  gap: (n) => `Gap ${n}`,
  trueLabel: "True",
  falseLabel: "False",
  translation: "English translation",
  readInArticle: "Read in the article",
  readHref: (articleId, sentenceId) =>
    `/en/read/${articleId}#${encodeURIComponent(sentenceId)}`,
  question: (n) => `Question ${n}`,
  verdict: (f) => (f.correct ? "Correct" : "Incorrect"),
  points: (score) => `${score} of 1 point`,
  answer: "Your answer",
  correctAnswer: "Correct answer",
  evidence: "Explanation and source",
};

const feedback = (over: Partial<Feedback> = {}): Feedback => ({
  score: 0,
  correct: false,
  correctAnswer: "50 %",
  marking: null,
  explanation: "Laut Schätzungen <bis zu> 50 %.",
  sources: [
    {
      id: "s-3",
      de: "Es könnten bis zu 50 % sein.",
      en: "It could be up to 50 %.",
    },
  ],
  context: [
    {
      paragraph: 1,
      sentences: [
        { id: "s-2", de: "Davor & danach.", isSource: false },
        // The article was edited since: the snapshot's text is what the answer was graded against.
        { id: "s-3", de: "Neuer Text.", isSource: true },
      ],
    },
  ],
  articleId: "nordkorea",
  ...over,
});

const item = (over: Partial<ReviewItem> = {}): ReviewItem => ({
  position: 2,
  questionId: "q-1",
  prompt: `Wie viel <script>alert("x")</script>?`,
  given: `"40 %" & mehr`,
  score: 0,
  feedback: feedback(),
  ...over,
});

/** The text a reader sees: tags dropped, the escapes this module writes read back. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

describe("an answered question as HTML", () => {
  it("escapes the question, the answer and the evidence", () => {
    const html = reviewEntryHtml(item(), "de", labels);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&quot;40 %&quot; &amp; mehr");
    expect(html).toContain("Laut Schätzungen &lt;bis zu&gt; 50 %.");
    expect(html).toContain("Davor &amp; danach.");
  });

  it("says the number, verdict and points, and the correct answer only where the answer was wrong", () => {
    const wrong = reviewEntryHtml(item(), "de", labels);
    expect(textOf(wrong)).toContain("Question 3");
    expect(wrong).toContain('class="verdict-tag verdict-incorrect"');
    expect(textOf(wrong)).toContain("0 of 1 point");
    expect(wrong).toContain(
      '<dt>Correct answer</dt><dd class="correct-answer"><span lang="de">50 %</span>',
    );

    const right = reviewEntryHtml(
      item({ score: 1, feedback: feedback({ correct: true, score: 1 }) }),
      "de",
      labels,
    );
    expect(right).toContain('class="verdict-tag verdict-correct"');
    expect(right).not.toContain("Correct answer");
  });

  it("tells a partly correct answer from a wrong one", () => {
    expect(verdictTone({ correct: false, score: 0.5 })).toBe("partial");
    expect(verdictTone({ correct: false, score: 0 })).toBe("incorrect");
    expect(verdictTone({ correct: true, score: 1 })).toBe("correct");
  });

  it("shows a regrade note only when there is one", () => {
    expect(reviewEntryHtml(item(), "de", labels)).not.toContain("regrade-note");
    expect(
      reviewEntryHtml(item(), "de", labels, "Regraded: was 0, now 1 point."),
    ).toContain('<p class="regrade-note">Regraded: was 0, now 1 point.</p>');
  });

  it("highlights the snapshot of the source sentence in its paragraph, with its translation and a link to it", () => {
    const html = evidenceHtml(feedback(), labels);
    expect(html).toContain(
      '<p lang="de" class="evidence-context">Davor &amp; danach. <mark data-sentence-id="s-3">Es könnten bis zu 50 % sein.</mark></p>',
    );
    expect(textOf(html)).toContain(
      "English translation: It could be up to 50 %.",
    );
    expect(html).toContain(
      '<a href="/en/read/nordkorea#s-3">Read in the article</a>',
    );
    expect(evidenceHtml(feedback({ sources: [] }), labels)).not.toContain(
      "<a ",
    );
  });
});

describe("the learner's answer, part by part", () => {
  const choice: Marking = {
    type: "choice",
    options: [
      { id: "a", text: "Russland", chosen: true, correct: true },
      { id: "b", text: "China", chosen: true, correct: false },
      { id: "c", text: "Iran", chosen: false, correct: true },
    ],
  };

  it("marks every chosen option and lists every correct one", () => {
    const given = givenAnswerHtml("", choice, "de", labels);
    expect(given.startsWith('<ul class="answer-list marked">')).toBe(true);
    expect(textOf(given)).toBe("Russland ✓ correctChina ✗ incorrect");
    expect(given).toContain(
      '<span class="mark mark-wrong"><span class="mark-icon" aria-hidden="true">✗</span> incorrect</span>',
    );
    const correct = correctAnswerHtml(
      { correctAnswer: "", marking: choice },
      "de",
    );
    expect(correct).toBe(
      '<ul class="answer-list" lang="de"><li>Russland</li><li>Iran</li></ul>',
    );
  });

  it("marks a single choice inline, and falls back to the stored text when nothing was chosen", () => {
    const one: Marking = {
      type: "choice",
      options: [{ id: "a", text: "Ja", chosen: true, correct: true }],
    };
    expect(givenAnswerHtml("", one, "de", labels)).toMatch(
      /^<span><span lang="de">Ja<\/span> <span class="mark mark-right">/,
    );
    const none: Marking = {
      type: "choice",
      options: [{ id: "a", text: "Ja", chosen: false, correct: true }],
    };
    expect(givenAnswerHtml("(keine)", none, "de", labels)).toBe(
      '<span lang="de">(keine)</span>',
    );
    expect(
      correctAnswerHtml({ correctAnswer: "Ja", marking: none }, "de"),
    ).toBe('<span lang="de">Ja</span>');
  });

  it("says true or false in the interface's words", () => {
    const tf: Marking = { type: "truefalse", given: false, correct: true };
    expect(textOf(givenAnswerHtml("", tf, "de", labels))).toBe(
      "False ✗ incorrect",
    );
  });

  it("marks pairs, positions and gaps", () => {
    const matching: Marking = {
      type: "matching",
      rows: [
        { id: "l1", left: "Kim", given: null, correct: "Nordkorea", ok: false },
        {
          id: "l2",
          left: "Putin",
          given: "Russland",
          correct: "Russland",
          ok: true,
        },
      ],
    };
    expect(textOf(givenAnswerHtml("", matching, "de", labels))).toBe(
      "Kim → — ✗ incorrectPutin → Russland ✓ correct",
    );
    expect(
      textOf(correctAnswerHtml({ correctAnswer: "", marking: matching }, "de")),
    ).toBe("Kim → NordkoreaPutin → Russland");

    const ordering: Marking = {
      type: "ordering",
      positions: [
        { given: "B", correct: "A", ok: false },
        { given: "A", correct: "B", ok: false },
      ],
    };
    expect(
      givenAnswerHtml("", ordering, "en", labels).startsWith(
        '<ol class="answer-list marked">',
      ),
    ).toBe(true);
    expect(
      correctAnswerHtml({ correctAnswer: "", marking: ordering }, "en"),
    ).toBe('<ol class="answer-list" lang="en"><li>A</li><li>B</li></ol>');

    const cloze: Marking = {
      type: "cloze",
      gaps: [
        { given: "Soldaten", correct: "Soldaten", ok: true },
        { given: "<b>", correct: "Raketen", ok: false },
      ],
    };
    const html = givenAnswerHtml("", cloze, "en", labels);
    expect(html).toContain('<span lang="de">&lt;b&gt;</span>');
    expect(textOf(html)).toBe(
      "Gap 1: Soldaten ✓ correctGap 2: <b> ✗ incorrect – correct: Raketen",
    );
  });
});
