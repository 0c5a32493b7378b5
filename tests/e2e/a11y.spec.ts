import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import {
  fillCorrectAnswer,
  messages,
  startQuiz,
  submitAnswer,
} from "./support/quiz";

for (const locale of ["de", "en"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    // On the phone as well in two of the four combinations (German light, English dark): the
    // phone's layout is the same in both languages, and each scheme is checked once.
    const onPhone =
      (locale === "de") === (colorScheme === "light") ? " @phone" : "";
    test(`every page passes axe (${locale}, ${colorScheme})${onPhone}`, async ({
      page,
    }) => {
      // About thirty full-page axe runs and a whole quiz.
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme });
      const t = messages[locale];
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page, "home");
      await page.goto(`/${locale}/progress`);
      await expectNoAxeViolations(page, "empty progress");
      await page.goto(`/${locale}/does-not-exist`);
      await expectNoAxeViolations(page, "not found");

      await page.goto(`/${locale}/quizzes/nordkorea-russland-quick`);
      await page
        .getByRole("button", { name: t.StartQuiz.submit, exact: true })
        .click();
      await expect(
        page.getByText(t.StartQuiz.errors.nicknameRequired),
      ).toBeVisible();
      await expectNoAxeViolations(page, "start form with errors");

      await startQuiz(page, locale, "nordkorea-russland-quick", "Axe", locale);
      await expectNoAxeViolations(page, "question");
      for (let i = 0; i < 10; i++) {
        await fillCorrectAnswer(page, locale, locale);
        await expectNoAxeViolations(page, `question ${i + 1} answered`);
        await submitAnswer(page, locale, "immediate");
        await expect(page.locator(".feedback")).toBeVisible();
        if (i < 2) await expectNoAxeViolations(page, "feedback");
        await page
          .getByRole("button", {
            name: i === 9 ? t.Quiz.seeResults : t.Quiz.next,
          })
          .click();
      }
      await expect(page).toHaveURL(/\/results$/);
      await expectNoAxeViolations(page, "results");
      await page.goto(`/${locale}/progress`);
      await expectNoAxeViolations(page, "progress with attempts");
    });
  }
}
