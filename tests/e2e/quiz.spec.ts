import { expect, test, type Locator, type Page } from "@playwright/test";
import { IntlMessageFormat } from "intl-messageformat";
import type { Question } from "@/lib/content/content-schema";
import { expectNoAxeViolations } from "./support/axe";
import {
  ATTEMPT_URL,
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
  test("a student completes the quick quiz in German, sees the evidence after each answer, and retries what they missed @phone @postgres", async ({
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
    // The score of the attempt (each question of the list also shows its points).
    await expect(page.locator("p.score")).toHaveText("1 von 1 Punkt");
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
      new RegExp(`/de/read/nordkorea-russland#${question.sentenceIds[0]}$`),
    );
    await expect(
      page.locator(`#${question.sentenceIds[0]} .sentence-de`),
    ).toBeInViewport();
  });

  for (const ui of ["de", "en"] as const) {
    test(`a nickname is required, an empty one gets one error tied to the field, and a bad start changes nothing (${ui})`, async ({
      page,
    }) => {
      const t = messages[ui].StartQuiz;
      await page.goto(`/${ui}/quizzes/nordkorea-russland-quick`);
      await page.getByRole("button", { name: t.submit, exact: true }).click();
      const nickname = page.getByRole("textbox", { name: t.nicknameLabel });
      await expect(nickname).toHaveAttribute("aria-invalid", "true");
      const errors = page.locator(".field-error");
      await expect(errors).toHaveCount(1);
      await expect(errors).toHaveText(t.errors.nicknameRequired);
      const errorId = await errors.getAttribute("id");
      expect(
        (await nickname.getAttribute("aria-describedby"))?.split(" "),
      ).toContain(errorId);
      await expect(nickname).toHaveAccessibleDescription(
        new RegExp(t.errors.nicknameRequired.replace(/[.?]/g, "\\$&")),
      );
      await page.goto(`/${ui}/progress`);
      await expect(page.getByText(messages[ui].Progress.empty)).toBeVisible();
    });
  }

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

// ---------------------------------------------------------------------------------------------
// Feedback that marks every part of an answer, the compact results page, phones (issue 15).

/** A message of the given interface language, formatted like the app formats it (ICU). */
function message(
  ui: Locale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const text = key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      messages[ui],
    );
  if (typeof text !== "string") throw new Error(`No message ${key} (${ui})`);
  return String(new IntlMessageFormat(text, ui).format(values));
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The mark a choice option must carry: whether it was chosen and whether it is correct. */
const choiceMark = (ui: Locale, chosen: boolean, correct: boolean) =>
  message(
    ui,
    chosen
      ? correct
        ? "Quiz.mark.chosenCorrect"
        : "Quiz.mark.chosenIncorrect"
      : correct
        ? "Quiz.mark.missed"
        : "Quiz.mark.notChosen",
  );

/**
 * After the verdict: every option, pair, position and gap of the answered question says, in text,
 * what the learner did with it and whether that was right; the solution of a question with several
 * parts is a list.
 */
async function expectEveryPartMarked(
  page: Page,
  q: Question,
  ui: Locale,
  lang: Locale,
) {
  const form = page.locator("form.question");
  const t = messages[ui].Quiz;
  switch (q.type) {
    case "single":
    case "multiple": {
      const correct = new Set(
        q.options
          .filter((o) => [q.correct].flat().includes(o.id))
          .map((o) => o.text[lang]),
      );
      const labels = form.locator("label.choice");
      await expect(labels).toHaveCount(q.options.length);
      for (const label of await labels.all()) {
        const text = squash(await label.locator(".choice-text").innerText());
        const chosen = await label.locator("input").isChecked();
        await expect(label.locator(".mark")).toHaveText(
          new RegExp(choiceMark(ui, chosen, correct.has(text))),
        );
      }
      const list = page.locator(".correct-answer").getByRole("listitem");
      if (q.type === "multiple") {
        await expect(list).toHaveCount(q.correct.length);
        for (const text of correct)
          await expect(list.filter({ hasText: text })).toHaveCount(1);
      }
      break;
    }
    case "truefalse":
      for (const value of [true, false]) {
        const label = form.locator("label.choice").filter({
          has: page.getByText(value ? t.trueLabel : t.falseLabel, {
            exact: true,
          }),
        });
        const chosen = await label.locator("input").isChecked();
        await expect(label.locator(".mark")).toHaveText(
          new RegExp(choiceMark(ui, chosen, value === q.correct)),
        );
      }
      break;
    case "matching":
      for (const left of q.left) {
        const row = form
          .locator(".matching-row")
          .filter({ hasText: left.text[lang] });
        const chosen = await row
          .getByRole("combobox")
          .evaluate(
            (el: HTMLSelectElement) => el.selectedOptions[0]?.textContent,
          );
        const right = q.right.find((r) => r.id === q.correct[left.id])!;
        await expect(row.locator(".mark")).toHaveText(
          new RegExp(
            chosen === right.text[lang]
              ? message(ui, "Quiz.mark.pairCorrect")
              : message(ui, "Quiz.mark.pairIncorrect", {
                  answer: right.text[lang],
                }),
          ),
        );
      }
      break;
    case "ordering": {
      const textOf = (id: string) =>
        q.items.find((i) => i.id === id)!.text[lang];
      const positions = form.locator(".ordering li");
      await expect(positions).toHaveCount(q.items.length);
      for (const [i, id] of q.correct.entries()) {
        const shown = squash(
          await positions.nth(i).locator(".ordering-text").innerText(),
        );
        await expect(positions.nth(i).locator(".mark")).toHaveText(
          new RegExp(
            shown === textOf(id)
              ? message(ui, "Quiz.mark.positionCorrect")
              : message(ui, "Quiz.mark.positionIncorrect", {
                  item: textOf(id),
                }),
          ),
        );
      }
      const list = page.locator(".correct-answer").getByRole("listitem");
      await expect(list).toHaveText(q.correct.map(textOf));
      break;
    }
    case "cloze":
      for (const [i, gap] of q.gaps.entries()) {
        const slot = form.locator(".gap").nth(i);
        const given = await slot
          .locator("input, select")
          .evaluate((el: HTMLInputElement | HTMLSelectElement) => el.value);
        await expect(slot.locator(".mark")).toHaveText(
          new RegExp(
            gap.accepted.includes(given.trim())
              ? message(ui, "Quiz.mark.right")
              : message(ui, "Quiz.mark.gapIncorrect", {
                  answer: gap.accepted[0]!,
                }),
          ),
        );
      }
      break;
    default:
      // A number or a short text is one part: the verdict and the correct answer say it all.
      await expect(page.locator(".correct-answer")).not.toBeEmpty();
  }
}

test.describe("feedback marks every part of the answer", () => {
  for (const [ui, answer] of [
    ["de", "wrong"],
    ["en", "right"],
  ] as const) {
    test(`options, pairs, positions and gaps say what was chosen and what is correct (${ui}, ${answer} answers) @phone`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const quick = quiz("nordkorea-russland-quick");
      await startQuiz(page, ui, quick.id, "Markus", ui);
      for (let i = 0; i < quick.questionIds.length; i++) {
        const q =
          answer === "wrong"
            ? await fillWrongAnswer(page, ui, ui)
            : await fillCorrectAnswer(page, ui, ui);
        await submitAnswer(page, ui, "immediate");
        const verdict = page.getByRole("heading", { level: 2 }).filter({
          has: page.locator(".verdict-icon"),
        });
        await expect(verdict).toBeFocused();
        // A wrong ordering is the shown order, which may earn part of the point.
        if (answer === "right" || q.type !== "ordering")
          await expect(verdict).toHaveText(
            new RegExp(
              answer === "right"
                ? messages[ui].Quiz.verdictCorrect
                : messages[ui].Quiz.verdictIncorrect,
            ),
          );
        await expectEveryPartMarked(page, q, ui, ui);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(page.viewportSize()!.width);
        await page
          .getByRole("button", {
            name:
              i === quick.questionIds.length - 1
                ? messages[ui].Quiz.seeResults
                : messages[ui].Quiz.next,
          })
          .click();
      }
      await expect(page).toHaveURL(/\/results$/);
    });
  }

  test("the marks pass axe and do not rely on colour (de and en)", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const ui of ["de", "en"] as const) {
      await startQuiz(page, ui, "nordkorea-russland-quick", "Axel", ui);
      await fillWrongAnswer(page, ui, ui);
      await submitAnswer(page, ui, "immediate");
      const marks = page.locator("form.question .mark");
      await expect(marks.first()).toBeVisible();
      // Each mark has an icon and words, not only a colour.
      for (const mark of await marks.all()) {
        await expect(mark.locator(".mark-icon")).toHaveCount(1);
        expect(squash(await mark.innerText()).length).toBeGreaterThan(3);
      }
      await expectNoAxeViolations(page, `feedback marks (${ui})`);
    }
  });
});

test.describe("the results page", () => {
  for (const ui of ["de", "en"] as const) {
    test(`is a compact list with points, a filter for the missed questions and the evidence on request (${ui})`, async ({
      page,
      browser,
    }) => {
      test.setTimeout(240_000);
      const intro = quiz("nordkorea-russland-intro");
      const n = intro.questionIds.length;
      await startQuiz(page, ui, intro.id, "Resi", ui);
      const missedPositions = [0, 1, 2];
      for (let i = 0; i < n; i++) {
        if (missedPositions.includes(i)) await fillWrongAnswer(page, ui, ui);
        else await fillCorrectAnswer(page, ui, ui);
        await submitAnswer(page, ui, "immediate");
        await page
          .getByRole("button", {
            name:
              i === n - 1
                ? messages[ui].Quiz.seeResults
                : messages[ui].Quiz.next,
          })
          .click();
      }
      await expect(page).toHaveURL(/\/results$/);
      const resultsUrl = page.url();

      await expect(page.locator(".score")).toHaveText(
        message(ui, "Results.score", { points: n - 3, total: n }),
      );
      const items = page.locator(".review-item");
      await expect(items).toHaveCount(n);
      // Short: a line or two per question, not its paragraph and translation (it was ~17,000 px).
      const height = await page.evaluate(
        () => document.documentElement.scrollHeight,
      );
      expect(height).toBeLessThan(n * 260 + 1200);
      // Each item: verdict, prompt, the learner's answer and the correct answer; the evidence folded.
      const first = items.first();
      await expect(first).toContainText(messages[ui].Quiz.verdictIncorrect);
      await expect(first).toContainText(messages[ui].Results.yourAnswer);
      await expect(first).toContainText(messages[ui].Quiz.correctAnswer);
      const q = pack.questions.find((x) => x.id === intro.questionIds[0])!;
      const translation = first.getByText(sentence(q.sentenceIds[0]!).en);
      await expect(translation).toBeHidden();
      await first
        .locator("details > summary", {
          hasText: messages[ui].Results.evidence,
        })
        .click();
      await expect(translation).toBeVisible();
      await expectNoAxeViolations(page, `results (${ui})`);

      // Only the ones I missed: a plain link, so it works without JavaScript too.
      await page
        .getByRole("link", {
          name: message(ui, "Results.filterMissed", { count: 3 }),
        })
        .click();
      await expect(page).toHaveURL(/\/results\?show=missed$/);
      await expect(items).toHaveCount(3);
      await expect(
        page.getByRole("link", {
          name: message(ui, "Results.filterAll", { count: n }),
        }),
      ).toBeVisible();
      const noScript = await browser.newContext({
        javaScriptEnabled: false,
        storageState: await page.context().storageState(),
      });
      const plain = await noScript.newPage();
      await plain.goto(`${resultsUrl}?show=missed`);
      await expect(plain.locator(".review-item")).toHaveCount(3);
      // The review is HTML React does not hydrate, with one report island per answer (decision
      // 050): without JavaScript its summary is a link to the page with that form unfolded, and
      // the form posts; the page it answers with says the answer is reported.
      const tReport = messages[ui].ReportProblem;
      await plain
        .locator(".review-item")
        .nth(1)
        .getByRole("link", { name: tReport.summary })
        .click();
      await expect(plain).toHaveURL(/\?show=missed&report=1#review-1$/);
      const reportForm = plain.locator("#review-1 .report-form");
      await reportForm
        .getByRole("radio", { name: tReport.reasons.unclear })
        .check();
      await reportForm
        .getByRole("button", { name: tReport.submit, exact: true })
        .click();
      await expect(plain.locator("#review-1 .report-done")).toHaveText(
        tReport.alreadyReported,
      );
      await noScript.close();

      // "Practise what I missed" twice (a double click, or back and again) is the same retry.
      const practise = page.getByRole("button", {
        name: message(ui, "Results.retryMissed", { count: 3 }),
      });
      await practise.click();
      await expect(page).toHaveURL(ATTEMPT_URL(ui));
      const retryUrl = page.url();
      await page.goto(resultsUrl);
      await practise.click();
      await expect(page).toHaveURL(retryUrl);
    });
  }

  test("partial credit is kept and shown as points a learner reads easily", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const quick = quiz("nordkorea-russland-quick");
    await startQuiz(page, "de", quick.id, "Teilweise", "de");
    for (let i = 0; i < quick.questionIds.length; i++) {
      const q = await fillCorrectAnswer(page, "de", "de");
      if (q.type === "ordering") {
        // One adjacent swap of four items: 5 of 6 pairs in order, 0.83 of the point.
        const last = q.items.find((item) => item.id === q.correct.at(-1))!;
        await page
          .getByRole("button", {
            name: messages.de.Quiz.orderingMoveUp.replace(
              "{item}",
              last.text.de,
            ),
          })
          .click();
      }
      await submitAnswer(page, "de", "immediate");
      await page
        .getByRole("button", {
          name:
            i === quick.questionIds.length - 1
              ? messages.de.Quiz.seeResults
              : messages.de.Quiz.next,
        })
        .click();
    }
    await expect(page).toHaveURL(/\/results$/);
    // 9 points and 5/6 of one: one decimal with a comma.
    await expect(page.locator(".score")).toHaveText("9,8 von 10 Punkten");
    const partial = page
      .locator(".review-item")
      .filter({ hasText: messages.de.Quiz.verdictPartial.split(" ")[0]! });
    await expect(partial).toHaveCount(1);
    await expect(partial.locator(".item-points")).toHaveText("0,8 von 1 Punkt");
  });
});

test.describe("on a phone", () => {
  /** A header of one row: what the site chrome's phone header takes (its own test holds it there). */
  const ONE_ROW_HEADER = 72;

  /**
   * Whether `target` is on the first screen, with `reserve` px kept free at its bottom (for the
   * sticky check button). Measured from the top of the page; what a header taller than one row
   * takes is the chrome's to shrink, not the question's.
   */
  async function expectAboveTheFold(page: Page, target: Locator, reserve = 0) {
    const box = await target.boundingBox();
    const { scrollY, mainTop } = await page.evaluate(() => ({
      scrollY: window.scrollY,
      mainTop: document.querySelector("main")!.getBoundingClientRect().top,
    }));
    const headerExcess = Math.max(0, mainTop + scrollY - ONE_ROW_HEADER);
    expect(box!.y + scrollY + box!.height - headerExcess).toBeLessThanOrEqual(
      page.viewportSize()!.height - reserve,
    );
  }

  /** The parts of the question on screen a learner answers with. */
  const answerParts = (page: Page) =>
    page
      .locator("form.question")
      .locator(
        "label.choice, .matching-row, .ordering li, .cloze-text, .field",
      );

  const checkButton = (page: Page, ui: Locale, mode: "immediate" | "end") =>
    page.getByRole("button", {
      name:
        mode === "end" ? messages[ui].Quiz.submitEnd : messages[ui].Quiz.submit,
    });

  for (const ui of ["de", "en"] as const) {
    test(`each question of one of each type shows all its options and the check button on the first screen (${ui}) @phone`, async ({
      page,
    }) => {
      test.skip(page.viewportSize()!.width > 400, "phone only");
      test.setTimeout(180_000);
      const quick = quiz("nordkorea-russland-quick");
      await startQuiz(page, ui, quick.id, "Handy", ui);
      for (let i = 0; i < quick.questionIds.length; i++) {
        await page.evaluate(() => window.scrollTo(0, 0));
        const button = checkButton(page, ui, "immediate");
        await expectAboveTheFold(page, button);
        const reserve = (await button.boundingBox())!.height + 8;
        await expectAboveTheFold(page, answerParts(page).last(), reserve);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(360);
        if ((await page.locator(".matching").count()) > 0)
          await expect(page.locator("form.question .hint")).not.toHaveText(
            /\b(left|right|links|rechts)\b/i,
          );
        await fillWrongAnswer(page, ui, ui);
        await button.click();
        await expect(page.locator(".feedback")).toBeVisible();
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(360);
        await page
          .getByRole("button", {
            name:
              i === quick.questionIds.length - 1
                ? messages[ui].Quiz.seeResults
                : messages[ui].Quiz.next,
          })
          .click();
      }
      await expect(page).toHaveURL(/\/results$/);
    });

    test(`every question starts on the first screen with its check button in reach, and nothing scrolls sideways (${ui}) @phone`, async ({
      page,
    }) => {
      test.skip(page.viewportSize()!.width > 400, "phone only");
      test.setTimeout(300_000);
      const full = quiz("nordkorea-russland-full");
      await startQuiz(page, ui, full.id, "Handy", ui);
      for (let i = 0; i < full.questionIds.length; i++) {
        await expect(
          page.getByText(
            message(ui, "Quiz.progress", {
              current: i + 1,
              total: full.questionIds.length,
            }),
          ),
        ).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, 0));
        const button = checkButton(page, ui, "end");
        // The longest matching and ordering questions need scrolling; the button stays in reach.
        await expectAboveTheFold(page, button);
        const reserve = (await button.boundingBox())!.height + 8;
        await expectAboveTheFold(page, answerParts(page).first(), reserve);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(360);
        await fillWrongAnswer(page, ui, ui);
        await button.click();
      }
      await expect(page).toHaveURL(/\/results$/);
    });

    test(`"Start quiz" is above the fold on every quiz's start page (${ui}) @phone`, async ({
      page,
    }) => {
      test.skip(page.viewportSize()!.width > 400, "phone only");
      for (const { id } of pack.quizzes) {
        await page.goto(`/${ui}/quizzes/${id}`);
        await expectAboveTheFold(
          page,
          page.getByRole("button", {
            name: messages[ui].StartQuiz.submit,
            exact: true,
          }),
        );
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
        ).toBeLessThanOrEqual(360);
      }
    });
  }
});
