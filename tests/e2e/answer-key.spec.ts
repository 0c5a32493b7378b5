import { expect, test } from "@playwright/test";
import {
  fillCorrectAnswer,
  pack,
  quiz,
  startQuiz,
  submitAnswer,
} from "./support/quiz";

// No answer key, correct flag or explanation may reach the browser before a question is answered:
// not in the (prerendered) HTML, not in the RSC payload that client navigation fetches, not in
// the question bank or the attempt state the page fetches.
// As field names (followed by a colon): the interface's own texts may say "correct".
const KEY_FIELDS = [
  "correct",
  "accepted",
  "tolerance",
  "explanation",
  "sentenceIds",
  "factIds",
].map((name) => new RegExp(`"${name}"\\s*:`));

test("pages and payloads of unanswered questions carry no answer key", async ({
  page,
}) => {
  const full = quiz("nordkorea-russland-quick");
  await startQuiz(page, "en", full.id, "Curious", "de");
  const url = page.url();
  const questions = full.questionIds.map((id) =>
    pack.questions.find((q) => q.id === id)!,
  );

  const html = await (await page.request.get(url)).text();
  const rsc = await (
    await page.request.get(url, { headers: { RSC: "1" } })
  ).text();
  // The per-learner half the page fetches: which questions are left, in which order.
  const attemptId = new URL(url).searchParams.get("attempt");
  const stateResponse = await page.request.get(
    `/api/attempts/${attemptId}?locale=en`,
  );
  expect(stateResponse.status()).toBe(200);
  const state = await stateResponse.text();
  expect(state).toContain(questions[1]!.id);
  // The questions themselves: the static bank of the question language, which the page fetches.
  const bankResponse = await page.request.get("/api/question-bank/de");
  expect(bankResponse.status()).toBe(200);
  const bank = await bankResponse.text();
  // The question really is in the bank, so the checks below look at the right document; the page
  // only starts the requests (its inline script names both).
  expect(bank).toContain(
    JSON.stringify(questions[1]!.prompt.de).slice(1, -1).slice(0, 30),
  );
  for (const body of [html, rsc])
    expect(body).toContain("/api/question-bank/de");

  for (const [what, body] of [
    ["html", html],
    ["rsc", rsc],
    ["state", state],
    ["bank", bank],
  ] as const) {
    for (const field of KEY_FIELDS)
      expect(body, `${what} contains ${field}`).not.toMatch(field);
    for (const q of questions) {
      expect(body, `${what} contains the explanation of ${q.id}`).not.toContain(
        q.explanation.de.slice(0, 40),
      );
      expect(body).not.toContain(q.explanation.en.slice(0, 40));
      for (const id of q.sentenceIds) {
        const sentence = pack.article.sentences.find((s) => s.id === id)!;
        expect(body, `${what} contains the translation of ${id}`).not.toContain(
          sentence.en.slice(0, 40),
        );
      }
    }
  }

  // Positive control: once answered, the explanation arrives with the verdict.
  await fillCorrectAnswer(page, "en", "de");
  await submitAnswer(page, "en", "immediate");
  await expect(page.getByText(questions[0]!.explanation.de)).toBeVisible();
});
