import { expect, test, type Locator, type Page } from "@playwright/test";
import { tabTo } from "./support/keyboard";
import {
  ATTEMPT_URL,
  currentQuestion,
  messages,
  quiz,
  type Locale,
} from "./support/quiz";

// Everything below uses page.keyboard only: no clicks, no fill(), no check().

async function chooseWithArrows(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  for (let i = 0; i < 20; i++) {
    const selected = await select.evaluate(
      (el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "",
    );
    if (selected === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`Option ${label} not reached`);
}

async function answerByKeyboard(page: Page, ui: Locale) {
  const q = await currentQuestion(page, ui);
  const t = messages[ui].Quiz;
  const form = page.locator("form.question");
  switch (q.type) {
    case "single":
    case "truefalse": {
      const radios = form.getByRole("radio");
      const labels = await radios.evaluateAll((els) =>
        els.map((el) => el.closest("label")?.textContent?.trim() ?? ""),
      );
      const wanted =
        q.type === "single"
          ? q.options.find((o) => o.id === q.correct)!.text[ui]
          : q.correct
            ? t.trueLabel
            : t.falseLabel;
      const index = labels.indexOf(wanted);
      await tabTo(page, radios.first());
      if (index === 0) await page.keyboard.press("Space");
      for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
      await expect(radios.nth(index)).toBeChecked();
      break;
    }
    case "multiple":
      for (const id of q.correct) {
        await tabTo(
          page,
          form.getByRole("checkbox", {
            name: q.options.find((o) => o.id === id)!.text[ui],
            exact: true,
          }),
        );
        await page.keyboard.press("Space");
      }
      break;
    case "numeric":
    case "short":
      await tabTo(page, form.getByRole("textbox"));
      await page.keyboard.type(
        q.type === "numeric" ? String(q.correct) : q.accepted[ui][0]!,
      );
      break;
    case "cloze":
      for (const [i, gap] of q.gaps.entries()) {
        const name = t.clozeGap.replace("{number}", String(i + 1));
        if (q.wordBank)
          await chooseWithArrows(
            page,
            form.getByRole("combobox", { name, exact: true }),
            gap.accepted[0]!,
          );
        else {
          await tabTo(page, form.getByRole("textbox", { name, exact: true }));
          await page.keyboard.type(gap.accepted[0]!);
        }
      }
      break;
    case "matching":
      for (const left of q.left) {
        const right = q.right.find((r) => r.id === q.correct[left.id])!;
        await chooseWithArrows(
          page,
          form.getByRole("combobox", { name: left.text[ui], exact: true }),
          right.text[ui],
        );
      }
      break;
    case "ordering": {
      const textOf = (id: string) => q.items.find((i) => i.id === id)!.text[ui];
      for (const [target, id] of q.correct.entries()) {
        const shown = await form.locator(".ordering-text").allInnerTexts();
        const from = shown.map((s) => s.trim()).indexOf(textOf(id));
        if (from === target) continue;
        await tabTo(
          page,
          form.getByRole("button", {
            name: t.orderingMoveUp.replace("{item}", textOf(id)),
            exact: true,
          }),
        );
        // Focus stays on the moved item's button, so Enter can be pressed again.
        for (let k = from; k > target; k--) await page.keyboard.press("Enter");
      }
      break;
    }
  }
}

for (const ui of ["de", "en"] as const) {
  test(`a student completes a quiz with the keyboard only (${ui})`, async ({
    page,
  }) => {
    const t = messages[ui];
    const intro = quiz("nordkorea-russland-intro");
    await page.goto(`/${ui}/quizzes/${intro.id}`);
    await tabTo(
      page,
      page.getByRole("textbox", { name: t.StartQuiz.nicknameLabel }),
    );
    await page.keyboard.type("Keyboard");
    await tabTo(
      page,
      page.getByRole("button", { name: t.StartQuiz.submit, exact: true }),
    );
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(ATTEMPT_URL(ui));

    for (let i = 0; i < intro.questionIds.length; i++) {
      await answerByKeyboard(page, ui);
      await tabTo(
        page,
        page.getByRole("button", { name: t.Quiz.submit, exact: true }),
      );
      await page.keyboard.press("Enter");
      await expect(
        page.getByRole("heading", { level: 2, name: t.Quiz.verdictCorrect }),
      ).toBeFocused();
      const last = i === intro.questionIds.length - 1;
      await tabTo(
        page,
        page.getByRole("button", {
          name: last ? t.Quiz.seeResults : t.Quiz.next,
        }),
      );
      await page.keyboard.press("Enter");
    }
    const n = intro.questionIds.length;
    await expect(
      page.getByText(
        ui === "de" ? `${n} von ${n} Punkten` : `${n} of ${n} points`,
      ),
    ).toBeVisible();
  });
}
