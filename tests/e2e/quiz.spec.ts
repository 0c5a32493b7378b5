import { expect, test, type Page } from "@playwright/test";
import {
  fillCorrectAnswer,
  fillWrongAnswer,
  messages,
  pack,
  quiz,
  startQuiz,
  submitAnswer,
  type Locale,
} from "./support/quiz";
import { holdRequests } from "./support/stored";
import { openMenu } from "./support/menu";

const sentence = (id: string) =>
  pack.article.sentences.find((s) => s.id === id)!;

async function expectEvidence(page: Page, sentenceIds: string[]) {
  const feedback = page.locator(".after-answer");
  for (const id of sentenceIds) {
    await expect(feedback.locator(`mark[data-sentence-id="${id}"]`)).toHaveText(
      sentence(id).de,
    );
    await expect(
      feedback.getByText(sentence(id).en, { exact: true }),
    ).toBeVisible();
  }
}

test.describe("taking a quiz", () => {
  test("a student completes the quick quiz in German, sees the evidence after each answer, and retries what they missed @phone", async ({
    page,
  }) => {
    const ui: Locale = "de";
    const t = messages.de;
    const quick = quiz("nordkorea-russland-quick");
    await startQuiz(page, ui, quick.id, "Lena", "de");
    await expect(
      page.getByRole("heading", { level: 1, name: quick.title.de }),
    ).toBeVisible();

    let missed = 0;
    for (let i = 0; i < quick.questionIds.length; i++) {
      await expect(
        page.getByText(`Frage ${i + 1} von ${quick.questionIds.length}`),
      ).toBeVisible();
      const answerWrong =
        missed === 0 && (await page.locator(".ordering").count()) === 0;
      const question = answerWrong
        ? await fillWrongAnswer(page, ui, "de")
        : await fillCorrectAnswer(page, ui, "de");
      if (answerWrong) missed++;
      await submitAnswer(page, ui, "immediate");
      const verdict = page.getByRole("heading", {
        level: 2,
        name: answerWrong ? t.Quiz.verdictIncorrect : t.Quiz.verdictCorrect,
      });
      await expect(verdict).toBeFocused();
      await expectEvidence(page, question.sentenceIds);
      await expect(page.locator(".correct-answer")).not.toBeEmpty();
      const last = i === quick.questionIds.length - 1;
      await page
        .getByRole("button", { name: last ? t.Quiz.seeResults : t.Quiz.next })
        .click();
      if (!last)
        await expect(
          page.getByRole("heading", { level: 2, name: `Frage ${i + 2}` }),
        ).toBeFocused();
    }

    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByText("9 von 10 Punkten")).toBeVisible();
    await expect(
      page.getByRole("heading", { name: t.Results.reviewHeading }),
    ).toBeVisible();
    await expect(page.locator(".review-item")).toHaveCount(10);
    // The horizontal layout fits a 360 px phone.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(page.viewportSize()!.width);

    await page
      .getByRole("button", { name: "Die falsch beantwortete Frage üben" })
      .click();
    await expect(page.getByText("Frage 1 von 1")).toBeVisible();
    await fillCorrectAnswer(page, ui, "de");
    await submitAnswer(page, ui, "immediate");
    await expect(
      page.getByRole("heading", { level: 2, name: t.Quiz.verdictCorrect }),
    ).toBeVisible();
    await page.getByRole("button", { name: t.Quiz.seeResults }).click();
    await expect(
      page.getByText("1 von 1 Punkt", { exact: true }),
    ).toBeVisible();
    await expect(page.getByText(t.Results.allCorrect)).toBeVisible();

    await openMenu(page, ui);
    await page
      .getByRole("navigation", { name: t.Layout.mainNavigation })
      .getByRole("link", { name: t.Layout.navProgress })
      .click();
    await expect(
      page.getByRole("table", { name: t.Progress.tableCaption }),
    ).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(3);
    // The dashboard: two finished quizzes, their results as a chart.
    const tile = page
      .locator(".stat-tile")
      .filter({ hasText: t.Progress.quizzesFinished });
    await expect(tile.locator("dd")).toHaveText("2");
    await expect(
      page.getByRole("img", {
        name: /2 Quizze, vom ältesten mit 90\s%\sbis zum neuesten mit 100\s%/,
      }),
    ).toBeVisible();
  });

  test("a student in the English interface takes a section quiz in English and gets full marks", async ({
    page,
  }) => {
    const ui: Locale = "en";
    const t = messages.en;
    const section = quiz("nordkorea-russland-background");
    await startQuiz(page, ui, section.id, "Sam", "en");
    for (let i = 0; i < section.questionIds.length; i++) {
      await fillCorrectAnswer(page, ui, "en");
      await submitAnswer(page, ui, "immediate");
      await expect(
        page.getByRole("heading", { level: 2, name: t.Quiz.verdictCorrect }),
      ).toBeVisible();
      await page
        .getByRole("button", {
          name:
            i === section.questionIds.length - 1
              ? t.Quiz.seeResults
              : t.Quiz.next,
        })
        .click();
    }
    const n = section.questionIds.length;
    await expect(page.getByText(`${n} of ${n} points`)).toBeVisible();
    await expect(page.getByText(t.Results.allCorrect)).toBeVisible();
  });

  test("the quiz language is independent of the interface language", async ({
    page,
  }) => {
    const section = quiz("nordkorea-russland-intro");
    await startQuiz(page, "de", section.id, "Mia", "en");
    await expect(page.getByText("Fragen auf Englisch")).toBeVisible();
    const first = pack.questions.find((q) => q.id === section.questionIds[0])!;
    await expect(page.locator("form.question .prompt")).toHaveText(
      first.prompt.en,
    );
    await expect(
      page.getByRole("button", { name: messages.de.Quiz.submit }),
    ).toBeVisible();
  });

  test("closing the browser mid-quiz and coming back resumes at the next unanswered question", async ({
    page,
  }) => {
    const full = quiz("nordkorea-russland-full");
    await startQuiz(page, "de", full.id, "Jonas", "de");
    const total = full.questionIds.length;
    for (let i = 0; i < 3; i++) {
      await fillCorrectAnswer(page, "de", "de");
      await submitAnswer(page, "de", "end");
      // Feedback at the end: no verdict now, straight on to the next question.
      await expect(page.getByText(`Frage ${i + 2} von ${total}`)).toBeVisible();
      await expect(page.locator(".feedback")).toHaveCount(0);
    }
    const url = page.url();
    await page.goto("/de");
    await page
      .getByRole("link", {
        name: new RegExp(`${full.title.de}.*3 von ${total}`),
      })
      .click();
    await expect(page).toHaveURL(url);
    await expect(page.getByText(`Frage 4 von ${total}`)).toBeVisible();
    await page.reload();
    await expect(page.getByText(`Frage 4 von ${total}`)).toBeVisible();
  });

  test("an answer sent just before the learner leaves the page is stored", async ({
    page,
  }) => {
    const full = quiz("nordkorea-russland-full");
    await startQuiz(page, "de", full.id, "Eilig", "de");
    const url = page.url();
    // Hold the answer on its way, as a slow network would, and leave the page meanwhile.
    const { sent, release } = await holdRequests(
      page,
      "**/api/attempts/*/answers",
    );
    await fillCorrectAnswer(page, "de", "de");
    await submitAnswer(page, "de", "end");
    await sent;
    await page.goto("/de");
    release();
    // The request outlived the page: coming back resumes at question 2.
    await expect(async () => {
      await page.goto(url);
      await expect(
        page.getByText(`Frage 2 von ${full.questionIds.length}`),
      ).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  });

  test("an answer sent while offline is kept and can be sent again", async ({
    page,
    context,
  }) => {
    const t = messages.en.Quiz;
    await startQuiz(page, "en", "nordkorea-russland-intro", "Offline", "en");
    await fillCorrectAnswer(page, "en", "en");
    await context.setOffline(true);
    await submitAnswer(page, "en", "immediate");
    await expect(
      page.getByRole("alert").filter({ hasText: t.errors.network }),
    ).toBeVisible();
    await context.setOffline(false);
    await submitAnswer(page, "en", "immediate");
    await expect(
      page.getByRole("heading", { level: 2, name: t.verdictCorrect }),
    ).toBeVisible();
  });

  test("the feedback links to the source sentence in the reader", async ({
    page,
  }) => {
    await startQuiz(page, "de", "nordkorea-russland-intro", "Leserin", "de");
    const question = await fillCorrectAnswer(page, "de", "de");
    await submitAnswer(page, "de", "immediate");
    await page
      .getByRole("link", { name: messages.de.Quiz.readInArticle })
      .click();
    await expect(page).toHaveURL(
      new RegExp(`/de/read#${question.sentenceIds[0]}$`),
    );
    await expect(
      page.locator(`#${question.sentenceIds[0]} .sentence-de`),
    ).toBeInViewport();
  });

  test("a nickname is required and a bad start changes nothing", async ({
    page,
  }) => {
    const t = messages.en.StartQuiz;
    await page.goto("/en/quizzes/nordkorea-russland-quick");
    await page.getByRole("button", { name: t.submit, exact: true }).click();
    await expect(
      page.getByRole("textbox", { name: t.nicknameLabel }),
    ).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(t.errors.nicknameRequired)).toBeVisible();
    await page.goto("/en/progress");
    await expect(page.getByText(messages.en.Progress.empty)).toBeVisible();
  });

  test("unknown quizzes and attempts that are not yours are not found", async ({
    page,
    browser,
  }) => {
    const missing = await page.goto("/en/quizzes/no-such-quiz");
    expect(missing?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { name: messages.en.NotFound.heading }),
    ).toBeVisible();

    await startQuiz(page, "en", "nordkorea-russland-quick", "Owner", "en");
    const other = await browser.newContext();
    const stranger = await other.newPage();
    // The quiz page is the same prerendered page for everybody; the attempt itself is not shown.
    await stranger.goto(page.url());
    await expect(
      stranger.getByRole("heading", { name: messages.en.Quiz.missingHeading }),
    ).toBeVisible();
    await expect(
      stranger.getByText(messages.en.Quiz.missingBody),
    ).toBeVisible();
    await expect(stranger.getByRole("progressbar")).toHaveCount(0);
    const attemptId = new URL(page.url()).searchParams.get("attempt");
    expect(
      (await stranger.request.get(`/api/attempts/${attemptId}`)).status(),
    ).toBe(404);
    // The old per-attempt address is not found for a stranger either, and leads the owner on.
    expect((await stranger.goto(`/en/attempts/${attemptId}`))?.status()).toBe(
      404,
    );
    await page.goto(`/en/attempts/${attemptId}`);
    await expect(page).toHaveURL(
      new RegExp(`/en/play/en\\?attempt=${attemptId}$`),
    );
    await expect(page.getByRole("progressbar")).toBeVisible();
    await other.close();
  });
});

test.describe("languages", () => {
  test("/ picks the interface language from the browser", async ({
    browser,
  }) => {
    for (const [acceptLanguage, locale] of [
      ["en-US,en;q=0.9", "en"],
      ["de-DE,de;q=0.9", "de"],
    ] as const) {
      const context = await browser.newContext({
        locale: acceptLanguage.slice(0, 5),
        extraHTTPHeaders: { "Accept-Language": acceptLanguage },
      });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(
        page.getByRole("heading", {
          level: 1,
          name: messages[locale].Home.heading,
        }),
      ).toBeVisible();
      await context.close();
    }
  });

  test("the language switcher keeps the current page", async ({ page }) => {
    await page.goto("/de/quizzes/nordkorea-russland-quick");
    await page
      .getByRole("navigation", { name: messages.de.LocaleSwitcher.label })
      .getByRole("link", { name: "English" })
      .click();
    await expect(page).toHaveURL(/\/en\/quizzes\/nordkorea-russland-quick$/);
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: messages.en.StartQuiz.formHeading,
      }),
    ).toBeVisible();
  });
});
