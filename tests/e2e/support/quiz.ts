// Browser-test helpers that answer quiz questions through the UI, by role and label, the way a
// student would. They look the question up in the content pack by its prompt to know the answer.
import { expect, type Page } from "@playwright/test";
import de from "@/messages/de.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { loadContentPack } from "@/lib/content/load";
import type { Question } from "@/lib/content/content-schema";

export type Locale = "de" | "en";
export const messages = { de, en } as const;
export const pack = loadContentPack();

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The question currently shown, found in the content pack by its prompt. */
export async function currentQuestion(
  page: Page,
  quizLanguage: Locale,
): Promise<Question> {
  const prompt = squash(
    await page.locator("form.question .prompt").innerText(),
  );
  const question = pack.questions.find(
    (q) => squash(q.prompt[quizLanguage]) === prompt,
  );
  if (!question) throw new Error(`No question with prompt: ${prompt}`);
  return question;
}

/** Fills in the correct answer of the current question with mouse-free Playwright actions. */
export async function fillCorrectAnswer(
  page: Page,
  ui: Locale,
  quizLanguage: Locale,
): Promise<Question> {
  const q = await currentQuestion(page, quizLanguage);
  const t = messages[ui].Quiz;
  const form = page.locator("form.question");
  switch (q.type) {
    case "single":
      await form
        .getByRole("radio", {
          name: q.options.find((o) => o.id === q.correct)!.text[quizLanguage],
          exact: true,
        })
        .check();
      break;
    case "multiple":
      for (const id of q.correct) {
        await form
          .getByRole("checkbox", {
            name: q.options.find((o) => o.id === id)!.text[quizLanguage],
            exact: true,
          })
          .check();
      }
      break;
    case "truefalse":
      await form
        .getByRole("radio", {
          name: q.correct ? t.trueLabel : t.falseLabel,
          exact: true,
        })
        .check();
      break;
    case "numeric":
      await form
        .getByRole("textbox", { name: t.numericLabel })
        .fill(String(q.correct));
      break;
    case "short":
      await form
        .getByRole("textbox", { name: t.shortLabel })
        .fill(q.accepted[quizLanguage][0]!);
      break;
    case "cloze":
      for (const [i, gap] of q.gaps.entries()) {
        const name = t.clozeGap.replace("{number}", String(i + 1));
        if (q.wordBank)
          await form
            .getByRole("combobox", { name, exact: true })
            .selectOption(gap.accepted[0]!);
        else
          await form
            .getByRole("textbox", { name, exact: true })
            .fill(gap.accepted[0]!);
      }
      break;
    case "matching":
      for (const left of q.left) {
        const right = q.right.find((r) => r.id === q.correct[left.id])!;
        await form
          .getByRole("combobox", { name: left.text[quizLanguage], exact: true })
          .selectOption({ label: right.text[quizLanguage] });
      }
      break;
    case "ordering": {
      const textOf = (id: string) =>
        q.items.find((i) => i.id === id)!.text[quizLanguage];
      for (const [target, id] of q.correct.entries()) {
        const shown = (
          await form.locator(".ordering-text").allInnerTexts()
        ).map(squash);
        const from = shown.indexOf(squash(textOf(id)));
        for (let k = from; k > target; k--) {
          await form
            .getByRole("button", {
              name: t.orderingMoveUp.replace("{item}", textOf(id)),
              exact: true,
            })
            .click();
        }
      }
      break;
    }
  }
  return q;
}

/** Fills in some answer that is certainly wrong (or, for ordering, the shown order). */
export async function fillWrongAnswer(
  page: Page,
  ui: Locale,
  quizLanguage: Locale,
): Promise<Question> {
  const q = await currentQuestion(page, quizLanguage);
  const t = messages[ui].Quiz;
  const form = page.locator("form.question");
  switch (q.type) {
    case "single":
      await form
        .getByRole("radio", {
          name: q.options.find((o) => o.id !== q.correct)!.text[quizLanguage],
          exact: true,
        })
        .check();
      break;
    case "multiple":
      await form
        .getByRole("checkbox", {
          name: q.options.find((o) => !q.correct.includes(o.id))!.text[
            quizLanguage
          ],
          exact: true,
        })
        .check();
      break;
    case "truefalse":
      await form
        .getByRole("radio", {
          name: q.correct ? t.falseLabel : t.trueLabel,
          exact: true,
        })
        .check();
      break;
    case "numeric":
      await form
        .getByRole("textbox", { name: t.numericLabel })
        .fill(String(q.correct + 12345));
      break;
    case "short":
      await form.getByRole("textbox", { name: t.shortLabel }).fill("Atlantis");
      break;
    case "cloze":
      for (const [i] of q.gaps.entries()) {
        const name = t.clozeGap.replace("{number}", String(i + 1));
        if (q.wordBank) {
          const wrong = q.wordBank.find(
            (w) => !q.gaps.some((g) => g.accepted.includes(w)),
          )!;
          await form
            .getByRole("combobox", { name, exact: true })
            .selectOption(wrong);
        } else
          await form
            .getByRole("textbox", { name, exact: true })
            .fill("Atlantis");
      }
      break;
    case "matching":
      for (const left of q.left) {
        const wrong = q.right.find((r) => r.id !== q.correct[left.id])!;
        await form
          .getByRole("combobox", { name: left.text[quizLanguage], exact: true })
          .selectOption({ label: wrong.text[quizLanguage] });
      }
      break;
    case "ordering":
      break;
  }
  return q;
}

export async function submitAnswer(
  page: Page,
  ui: Locale,
  feedbackMode: "immediate" | "end",
) {
  const t = messages[ui].Quiz;
  await page
    .getByRole("button", {
      name: feedbackMode === "immediate" ? t.submit : t.submitEnd,
      exact: true,
    })
    .click();
}

/** Starts a quiz from its start page: nickname, quiz language, submit. */
export async function startQuiz(
  page: Page,
  ui: Locale,
  quizId: string,
  nickname: string,
  quizLanguage: Locale,
) {
  const t = messages[ui].StartQuiz;
  await page.goto(`/${ui}/quizzes/${quizId}`);
  // A signed-in account plays under its own name and is asked none.
  const nicknameBox = page.getByRole("textbox", { name: t.nicknameLabel });
  if (await nicknameBox.count()) await nicknameBox.fill(nickname);
  await page
    .getByRole("radio", {
      name: quizLanguage === "de" ? t.languageDe : t.languageEn,
      exact: true,
    })
    .check();
  await page.getByRole("button", { name: t.submit, exact: true }).click();
  await expect(page).toHaveURL(
    new RegExp(`/${ui}/play/${quizLanguage}\\?attempt=[0-9a-f-]{36}$`),
  );
  await expect(page.getByRole("progressbar")).toBeVisible();
}

/** The URL of an attempt on the (prerendered) quiz page. */
export const ATTEMPT_URL = (ui: Locale) =>
  new RegExp(`/${ui}/play/(de|en)\\?attempt=[0-9a-f-]{36}$`);

export function quiz(id: string) {
  const found = pack.quizzes.find((q) => q.id === id);
  if (!found) throw new Error(`No quiz ${id}`);
  return found;
}
