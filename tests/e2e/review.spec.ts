import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { tabTo } from "./support/keyboard";
import { stored } from "./support/stored";
import {
  fillCorrectAnswer,
  messages,
  startQuiz,
  submitAnswer,
} from "./support/quiz";

const DAY = 24 * 60 * 60 * 1000;

for (const ui of ["de", "en"] as const) {
  test(`saved words and answered questions come up for review, in their sentences, and again when due (${ui})`, async ({
    page,
    context,
  }) => {
    const t = messages[ui].Review;
    // A fact: answer one quiz question. A word: save one in the reader.
    await startQuiz(page, ui, "nordkorea-russland-intro", "Review", ui);
    await fillCorrectAnswer(page, ui, ui);
    await submitAnswer(page, ui, "immediate");
    await page.goto(`/${ui}/read/nordkorea-russland`);
    await page
      .locator("#s01 .sentence-de")
      .getByRole("button", { name: "Unterstützung", exact: true })
      .click();
    await stored(page, () =>
      page
        .getByRole("dialog")
        .getByRole("button", { name: messages[ui].Reader.glossary.save })
        .click(),
    );
    await expect(
      page
        .getByRole("dialog")
        .getByRole("button", { name: messages[ui].Reader.glossary.save }),
    ).toHaveAttribute("aria-pressed", "true");

    await page.goto(`/${ui}/review`);
    const due = (count: 1 | 2) =>
      page.getByText(
        ui === "de"
          ? `${count} ${count === 1 ? "Lernkarte" : "Lernkarten"} fällig.`
          : `${count} ${count === 1 ? "card" : "cards"} due.`,
      );
    await expect(due(2)).toBeVisible();
    expect(
      (
        await new AxeBuilder({ page })
          .withTags([
            "wcag2a",
            "wcag2aa",
            "wcag21a",
            "wcag21aa",
            "best-practice",
          ])
          .analyze()
      ).violations.map((v) => v.id),
    ).toEqual([]);
    for (let i = 0; i < 2; i++) {
      // The answer is not on the page before it is asked for.
      await expect(page.locator(".correct-answer")).toHaveCount(0);
      await page.getByRole("button", { name: t.showAnswer }).click();
      await expect(page.getByRole("heading", { name: t.answer })).toBeFocused();
      await expect(
        page.locator(".review-card .evidence-context").first(),
      ).not.toBeEmpty();
      if (i === 0) {
        expect(
          (
            await new AxeBuilder({ page })
              .withTags([
                "wcag2a",
                "wcag2aa",
                "wcag21a",
                "wcag21aa",
                "best-practice",
              ])
              .analyze()
          ).violations.map((v) => v.id),
        ).toEqual([]);
      }
      await page
        .getByRole("button", { name: t.ratings.good, exact: true })
        .click();
      // The count goes down with each rating.
      if (i === 0) await expect(due(1)).toBeVisible();
    }
    await expect(page.getByText(t.allDone)).toBeVisible();
    // No count of due cards next to "all reviewed", and a way on.
    await expect(due(1)).toHaveCount(0);
    await expect(due(2)).toHaveCount(0);
    await expect(page.getByRole("link", { name: t.toReader })).toBeVisible();
    await page.goto(`/${ui}/progress`);
    const tile = (name: string) =>
      page.locator(".stat-tile").filter({ hasText: name }).locator("dd");
    await expect(tile(messages[ui].Progress.reviewsDue)).toHaveText("0");
    await expect(tile(messages[ui].Progress.wordsSaved)).toHaveText("1");
    await page.goto(`/${ui}/review`);
    await page.reload();
    await expect(page.getByRole("button", { name: t.showAnswer })).toHaveCount(
      0,
    );

    // A month later both are due again.
    await context.addCookies([
      {
        name: "qq_test_now",
        value: new Date(Date.now() + 30 * DAY).toISOString(),
        // For the whole site: the due cards come from GET /api/me, not the page's own path.
        url: new URL("/", page.url()).href,
      },
    ]);
    await page.reload();
    await expect(
      page.getByRole("button", { name: t.showAnswer }),
    ).toBeVisible();
    await page.getByRole("button", { name: t.showAnswer }).click();
    await expect(page.locator(".correct-answer")).not.toBeEmpty();
  });
}

for (const ui of ["de", "en"] as const) {
  test(`with nothing to review the page says why and where to go next (${ui})`, async ({
    page,
  }) => {
    const t = messages[ui].Review;
    await page.goto(`/${ui}/review`);
    await expect(page.getByText(t.nothingDue)).toBeVisible();
    await expect(page.getByText(t.nothingDueWhy)).toBeVisible();
    await expect(page.getByRole("link", { name: t.toQuizzes })).toBeVisible();
    await page.getByRole("link", { name: t.toReader }).click();
    await expect(page).toHaveURL(new RegExp(`/${ui}/read$`));
  });
}

test("a learner saves a word, drills it and reviews it with the keyboard only", async ({
  page,
}) => {
  const t = messages.en;
  await page.goto("/en/read/nordkorea-russland");
  await tabTo(
    page,
    page
      .locator("#s01 .sentence-de")
      .getByRole("button", { name: "Unterstützung", exact: true }),
    200,
  );
  await page.keyboard.press("Enter");
  await tabTo(
    page,
    page
      .getByRole("dialog")
      .getByRole("button", { name: t.Reader.glossary.save }),
  );
  await stored(page, () => page.keyboard.press("Enter"));
  await expect(
    page
      .getByRole("dialog")
      .getByRole("button", { name: t.Reader.glossary.save }),
  ).toHaveAttribute("aria-pressed", "true");

  await page.goto("/en/words/practice?kind=article");
  await tabTo(page, page.getByRole("radio").first());
  // der → die with the arrow key, then submit with Enter.
  await page.keyboard.press("ArrowDown");
  await expect(
    page.getByRole("radio", { name: "die Unterstützung" }),
  ).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: t.Drill.verdictCorrect }),
  ).toBeFocused();

  await page.goto("/en/review");
  await tabTo(page, page.getByRole("button", { name: t.Review.showAnswer }));
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: t.Review.answer }),
  ).toBeFocused();
  await tabTo(
    page,
    page.getByRole("button", { name: t.Review.ratings.good, exact: true }),
  );
  await page.keyboard.press("Enter");
  await expect(page.getByText(t.Review.allDone)).toBeVisible();
});
