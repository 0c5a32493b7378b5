// A teacher and a student, each in their own browser context: the teacher signs up, creates a
// class and a question set and assigns it; the student joins with the class code and completes
// it; the teacher sees the result, the statistics and the heatmap and downloads the CSV files.
// In both languages, with axe on every page on the way.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { setGiveaways } from "@/lib/teach/set-giveaways";
import { settingsFromQuiz } from "@/lib/teach/set-schema";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { createClass } from "./support/teacher";
import {
  ATTEMPT_URL,
  currentQuestion,
  fillCorrectAnswer,
  fillWrongAnswer,
  messages,
  pack,
  type Locale,
} from "./support/quiz";

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce(
    (s, [k, v]) => s.replace(`{${k}}`, String(v)),
    template,
  );

/** A day as a teacher types it on the page: 24.12.2026 (German), 24/12/2026 (British English). */
const dateEntry = (date: Date, locale: Locale) =>
  [date.getDate(), date.getMonth() + 1]
    .map((n) => String(n).padStart(2, "0"))
    .concat(String(date.getFullYear()))
    .join(locale === "de" ? "." : "/");

/** The text of a plural message's `other` branch with its count, e.g. "All 5 questions …". */
const plural = (template: string, count: number, branch = "other") =>
  new RegExp(`${branch} \\{([^}]*)\\}`)
    .exec(template)![1]!
    .replace("#", String(count));

async function newPage(
  browser: Browser,
  locale: Locale,
  viewport: { width: number; height: number } | null,
): Promise<Page> {
  // On the phone project the pages are also checked in the dark colour scheme.
  const context = await browser.newContext({
    locale: locale === "de" ? "de-DE" : "en-GB",
    ...(viewport ? { viewport, colorScheme: "dark" as const } : {}),
  });
  return context.newPage();
}

/** axe, and on the phone project also: nothing wider than the screen. */
async function checkPage(page: Page, what: string) {
  await expectNoAxeViolations(page, what);
  await expectNoSidewaysScroll(page);
}

for (const locale of ["de", "en"] as const) {
  // The German run also runs on the 360 px phone project: every teacher page must fit a phone.
  test(`teacher assigns a set, a student completes it, the teacher sees results (${locale})${locale === "de" ? " @phone @postgres" : ""}`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(240_000);
    const t = messages[locale];
    const stamp = `${locale}${Date.now()}`;
    const viewport = testInfo.project.use.viewport ?? null;
    const teacher = await newPage(browser, locale, viewport);
    const student = await newPage(browser, locale, viewport);

    // Teacher: sign up from the teacher landing page.
    await teacher.goto(`/${locale}/teach`);
    await checkPage(teacher, "teacher landing");
    await teacher
      .getByRole("link", { name: t.Auth.teacherSignUpTitle })
      .first()
      .click();
    await teacher.getByRole("button", { name: t.Auth.signUp }).click();
    await expect(teacher.getByText(t.Auth.errors.emailInvalid)).toBeVisible();
    await checkPage(teacher, "sign-up with errors");
    await teacher.getByLabel(t.Auth.nameLabel).fill("Frau Schäfer");
    await teacher
      .getByLabel(t.Auth.emailLabel)
      .fill(`schaefer-${stamp}@schule.example`);
    await teacher.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
    await teacher.getByRole("button", { name: t.Auth.signUp }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/teach$`));
    await expect(
      teacher.getByRole("heading", {
        level: 1,
        name: t.Teach.dashboardHeading,
      }),
    ).toBeVisible();
    await checkPage(teacher, "teacher dashboard");

    // A class.
    await teacher.getByLabel(t.Teach.classNameLabel).fill("10b Deutsch");
    await teacher.getByRole("button", { name: t.Teach.createClass }).click();
    await expect(
      teacher.getByRole("heading", { level: 1, name: "10b Deutsch" }),
    ).toBeVisible();
    const classUrl = teacher.url();
    const code = (await teacher.locator(".join-code").innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await expect(
      teacher.getByRole("img", { name: fill(t.Teach.qrAlt, { code }) }),
    ).toBeVisible();
    await checkPage(teacher, "class page");

    // A question set: three true/false questions, reordered, the student picks the language.
    await teacher.goto(`/${locale}/teach/sets/new`);
    await teacher
      .getByLabel(t.Teach.setForm.title)
      .fill("Nordkorea – Grundlagen");
    await teacher
      .getByRole("radio", { name: t.Teach.setForm.languages.choice })
      .check();
    await teacher
      .getByRole("radio", {
        name: t.Teach.setForm.reviewModes.after_submission,
      })
      .check();
    await teacher.getByRole("button", { name: t.Teach.createSet }).click();
    await expect(
      teacher.getByRole("heading", {
        level: 1,
        name: "Nordkorea – Grundlagen",
      }),
    ).toBeVisible();
    await teacher.getByLabel(t.Teach.filterType).selectOption("truefalse");
    await expect(teacher).toHaveURL(/[?&]type=truefalse/);
    for (let i = 0; i < 3; i++) {
      await teacher.locator(".bank-list button").first().click();
      await expect(teacher.locator(".set-items > li")).toHaveCount(i + 1);
    }
    const before = await teacher
      .locator(".set-items .set-item-text")
      .allInnerTexts();
    await teacher
      .locator(".set-items > li")
      .nth(1)
      .getByRole("button", { name: new RegExp(`^${t.Teach.moveUp}`) })
      .click();
    await expect
      .poll(() => teacher.locator(".set-items .set-item-text").allInnerTexts())
      .toEqual([before[1], before[0], before[2]]);
    await checkPage(teacher, "set editor");
    await teacher.getByRole("link", { name: t.Teach.preview }).click();
    await expect(teacher.locator(".preview-list > li")).toHaveCount(3);
    await checkPage(teacher, "set preview");

    // Assign it, due tomorrow, typed in the page language's own date pattern.
    await teacher.goto(classUrl);
    await teacher
      .getByLabel(t.Teach.dueDateLabel, { exact: true })
      .fill(dateEntry(new Date(Date.now() + 24 * 3600_000), locale));
    await teacher
      .getByLabel(t.Teach.dueTimeLabel, { exact: true })
      .fill("18:00");
    await teacher
      .getByRole("button", { name: t.Teach.assign, exact: true })
      .click();
    await expect(teacher.getByText(t.Teach.assigned)).toBeVisible();

    // Student: a guest answers a quiz first, then joins by the link in the QR code.
    await student.goto(`/${locale}/join?code=${code.toLowerCase()}`);
    await expect(student.getByLabel(t.Auth.codeLabel)).toHaveValue(code);
    await checkPage(student, "join form");
    await student.getByLabel(t.Auth.displayNameLabel).fill("Jonas Müller");
    await student.getByLabel(t.Auth.pinLabel, { exact: true }).fill("4711");
    await student.getByLabel(t.Auth.pinConfirmLabel).fill("4712");
    await student.getByRole("button", { name: t.Auth.join }).click();
    await expect(student.getByText(t.Auth.errors.pinMismatch)).toBeVisible();
    await student.getByLabel(t.Auth.pinLabel, { exact: true }).fill("4711");
    await student.getByLabel(t.Auth.pinConfirmLabel).fill("4711");
    await student.getByRole("button", { name: t.Auth.join }).click();
    await expect(student).toHaveURL(new RegExp(`/${locale}/progress$`));
    await expect(
      student.getByRole("heading", { name: t.Assignments.heading }),
    ).toBeVisible();
    await checkPage(student, "student dashboard");

    // The student cannot open the teacher's pages.
    const forbidden = await student.goto(classUrl);
    expect(forbidden?.status()).toBe(404);

    await student.goto(`/${locale}/progress`);
    await student.getByRole("link", { name: "Nordkorea – Grundlagen" }).click();
    // Wait for the new page before axe: the old page's title would satisfy the title check while
    // the client-side navigation is still swapping the metadata (axe once found no <title>).
    await expect(student).toHaveURL(new RegExp(`/${locale}/assignments/`));
    await expect(
      student.getByRole("radio", { name: t.Assignments.languageEn }),
    ).toBeVisible();
    await checkPage(student, "assignment start page");
    await student
      .getByRole("radio", { name: t.Assignments.languageEn })
      .check();
    await student
      .getByRole("button", { name: t.Assignments.start, exact: true })
      .click();
    await expect(student).toHaveURL(ATTEMPT_URL(locale));
    for (let i = 0; i < 3; i++) {
      // Questions in English (the student's choice); the second one answered wrongly.
      await currentQuestion(student, "en");
      if (i === 1) await fillWrongAnswer(student, locale, "en");
      else await fillCorrectAnswer(student, locale, "en");
      await student
        .getByRole("button", { name: t.Quiz.submitEnd, exact: true })
        .click();
      if (i < 2)
        await expect(
          student.getByText(
            fill(t.Quiz.progress, { current: i + 2, total: 3 }),
          ),
        ).toBeVisible();
    }
    await expect(student).toHaveURL(/\/results$/);
    await expect(student.locator(".score")).toContainText("2");
    await checkPage(student, "assignment results");

    // Teacher: the gradebook has the result; the attempt, statistics, heatmap and CSV files.
    await teacher.goto(classUrl);
    const row = teacher
      .getByRole("table", { name: t.Teach.gradebookCaption })
      .getByRole("row", { name: /Jonas Müller/ });
    await expect(row).toContainText("67");
    await checkPage(teacher, "class page with results");
    const gradebookDownload = teacher.waitForEvent("download");
    await teacher
      .getByRole("link", { name: t.Teach.downloadGradebook })
      .click();
    const gradebookCsv = readFileSync(await (await gradebookDownload).path());
    expect(gradebookCsv.subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
    expect(gradebookCsv.toString("utf8")).toContain("Jonas Müller");
    expect(gradebookCsv.toString("utf8")).toContain(
      locale === "de" ? ";66,7;1;" : ",66.7,1,",
    );

    await row.getByRole("link").click();
    await expect(teacher.getByRole("heading", { level: 1 })).toContainText(
      "Jonas Müller",
    );
    await expect(teacher.locator(".review-item")).toHaveCount(3);
    await checkPage(teacher, "teacher attempt view");

    await teacher.goto(classUrl);
    await teacher.getByRole("link", { name: t.Teach.openReport }).click();
    await expect(
      teacher.getByRole("heading", { name: t.Teach.statsHeading }),
    ).toBeVisible();
    await expect(
      teacher
        .getByRole("table", { name: t.Teach.statsCaption })
        .locator("tbody tr"),
    ).toHaveCount(3);
    await expect(teacher.getByRole("img", { name: /1/ }).first()).toBeVisible();
    const missed = teacher.locator(".heat-sentence.heat-4").first();
    await missed.focus();
    await expect(missed.locator(".heat-tip")).toBeVisible();
    await expect(
      teacher
        .getByRole("table", { name: t.Teach.heatTableCaption })
        .locator("tbody tr")
        .first(),
    ).toContainText("100");
    await checkPage(teacher, "assignment report");
    const responsesDownload = teacher.waitForEvent("download");
    await teacher
      .getByRole("link", { name: t.Teach.downloadResponses })
      .click();
    const responsesCsv = readFileSync(
      await (await responsesDownload).path(),
      "utf8",
    );
    expect(responsesCsv.split("\r\n").filter(Boolean)).toHaveLength(4);

    await teacher.context().close();
    await student.context().close();
  });
}

/** Signs a new teacher up in `page`; returns the e-mail address. */
async function signUpTeacher(page: Page, locale: Locale): Promise<string> {
  const t = messages[locale];
  const email = `lehrkraft-${locale}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@schule.example`;
  await page.goto(`/${locale}/teach/sign-up`);
  await page.getByLabel(t.Auth.nameLabel).fill("Frau Berger");
  await page.getByLabel(t.Auth.emailLabel).fill(email);
  await page.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
  await page.getByRole("button", { name: t.Auth.signUp }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/teach$`));
  return email;
}

/** Computed styles that make up the form style of a field. */
function fieldStyle(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      border: `${s.borderTopWidth} ${s.borderTopStyle}`,
      radius: s.borderTopLeftRadius,
      font: s.fontFamily,
      height: el.getBoundingClientRect().height,
    };
  });
}

for (const locale of ["de", "en"] as const) {
  const t = messages[locale];
  const quick = pack.quizzes.find((q) => q.kind === "mix")!;

  test(`a teacher starts a set from a ready-made quiz and edits it: filters without reloading, add all shown, readable labels, options first (${locale})${locale === "en" ? " @phone" : ""}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const phone = testInfo.project.name === "phone";
    await signUpTeacher(page, locale);
    await expect(page.getByText(t.Teach.noSets)).toBeVisible();
    await page.getByRole("link", { name: t.Teach.newSet }).click();
    await expect(
      page.getByRole("heading", { name: t.Teach.fromQuizHeading }),
    ).toBeVisible();
    await checkPage(page, "new set page");
    await page
      .getByRole("button", {
        name: fill(t.Teach.useQuizAria, { title: quick.title[locale] }),
      })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: quick.title[locale] }),
    ).toBeVisible();
    await expect(page.locator(".set-items > li")).toHaveCount(
      Math.min(10, quick.questionIds.length),
    );

    // The set's options come first, folded, with their current values in the heading.
    const options = page.getByRole("heading", {
      name: new RegExp(t.Teach.setSettingsHeading),
    });
    const items = page.getByRole("heading", {
      name: new RegExp(t.Teach.setItemsHeading.split(" (")[0]!),
    });
    expect((await options.boundingBox())!.y).toBeLessThan(
      (await items.boundingBox())!.y,
    );
    await expect(options).toContainText(t.Teach.setForm.languages.choice);

    // Questions and facts by their words, never by their ids.
    const bank = page.locator(".bank-list").first();
    await expect(bank.locator("li")).toHaveCount(10);
    await expect(page.locator(".set-layout")).not.toContainText(/\bq\d{3}\b/);
    const facts = await page
      .getByLabel(t.Teach.filterFact)
      .locator("option")
      .allInnerTexts();
    expect(facts.slice(1).every((f) => !/^f\d{2}\b/.test(f))).toBe(true);
    // Every readable article's facts are listed (another test may have published one first).
    expect(
      facts.some((f) =>
        pack.facts[0]!.statement[locale].startsWith(f.replace(/…$/, "")),
      ),
    ).toBe(true);

    // The page stays short: the rest of the bank is folded away.
    const rest = pack.questions.length - 10;
    await expect(
      page.getByText(plural(t.Teach.showMore, rest), { exact: true }),
    ).toBeVisible();

    // A filter applies as it is chosen, without loading the page again.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    const trueFalse = pack.questions.filter((q) => q.type === "truefalse");
    await page.getByLabel(t.Teach.filterType).selectOption("truefalse");
    await expect(page).toHaveURL(/[?&]type=truefalse/);
    await expect(
      page.getByText(plural(t.Teach.bankCount, trueFalse.length)),
    ).toBeVisible();
    await expect(bank.locator("li").first()).toContainText(
      t.Teach.types.truefalse,
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { stillHere?: boolean }).stillHere,
      ),
    ).toBe(true);

    // "Add all shown" adds the true/false questions not yet in the set, after the quiz's own.
    const inQuiz = new Set(quick.questionIds);
    const addable = trueFalse.filter((q) => !inQuiz.has(q.id)).length;
    await page
      .getByRole("button", { name: plural(t.Teach.addShown, addable) })
      .click();
    await expect(page.getByText(t.Teach.allShownInSet)).toBeVisible();
    await expect(
      page.getByRole("heading", {
        name: fill(t.Teach.setItemsHeading, {
          count: quick.questionIds.length + addable,
        }),
      }),
    ).toBeVisible();
    // Some of the added true/false statements are read off other questions of the set: the editor
    // names each such pair above the set's questions.
    const byId = new Map(pack.questions.map((q) => [q.id, q]));
    const setOrder = [
      ...quick.questionIds,
      ...trueFalse.filter((q) => !inQuiz.has(q.id)).map((q) => q.id),
    ].map((id) => byId.get(id)!);
    const pairs = setGiveaways(setOrder, settingsFromQuiz(quick, locale));
    expect(pairs.length).toBeGreaterThan(0);
    const warning = page.getByRole("note").filter({
      hasText: plural(t.Teach.giveawaysHeading, pairs.length),
    });
    await expect(warning).toBeVisible();
    await expect(warning.locator("li")).toHaveCount(pairs.length);
    await expect(warning.locator("li").first()).toContainText(
      byId.get(pairs[0]!.laterId)!.prompt[locale].slice(0, 30),
    );
    // The filter is still on, and the list folds after its first questions.
    await expect(page.getByLabel(t.Teach.filterType)).toHaveValue("truefalse");
    await expect(
      page.locator(".set-items").first().locator("> li"),
    ).toHaveCount(10);
    await checkPage(page, "set editor");
    if (phone) await expectNoSidewaysScroll(page);

    // A reload keeps the filter (it is in the address), and a removal keeps the focus in the list.
    await page.reload();
    await expect(page.getByLabel(t.Teach.filterType)).toHaveValue("truefalse");
    const firstRemove = page
      .locator(".set-items")
      .first()
      .getByRole("button", { name: new RegExp(`^${t.Teach.removeQuestion}:`) })
      .first();
    await firstRemove.focus();
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", {
        name: fill(t.Teach.setItemsHeading, {
          count: quick.questionIds.length + addable - 1,
        }),
      }),
    ).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(t.Teach.removeQuestion);
  });

  test(`one form style for every kind of field, with touch-sized targets on a phone (${locale})${locale === "de" ? " @phone" : ""}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const phone = testInfo.project.name === "phone";
    // Text and PIN (password) fields where a student joins; e-mail and password where a teacher signs in.
    await page.goto(`/${locale}/join`);
    const text = await fieldStyle(page, "#field-code");
    expect(text.border).toBe("2px solid");
    expect(text.height).toBeGreaterThanOrEqual(44);
    expect(await fieldStyle(page, "#field-pin")).toEqual(text);
    await page.goto(`/${locale}/teach/sign-in`);
    expect(await fieldStyle(page, "#field-email")).toEqual(text);
    expect(await fieldStyle(page, "#field-password")).toEqual(text);
    // Number fields in a set's options, the select and the date field where a class gets an assignment.
    await signUpTeacher(page, locale);
    await page.goto(`/${locale}/teach/sets/new`);
    expect(await fieldStyle(page, "#field-maxAttempts")).toEqual({
      ...text,
      height: expect.any(Number),
    });
    if (phone) {
      // Touch targets: every button, choice and disclosure at least 44 px high.
      const heights = await page
        .locator("main button, main .choice, main summary")
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    }
    await createClass(page, locale, "5a");
    const select = await fieldStyle(page, "main select");
    expect(select).toEqual({ ...text, height: select.height });
    expect(select.height).toBeGreaterThanOrEqual(44);
    const due = await fieldStyle(page, "#field-dueDate");
    expect(due).toEqual({ ...text, height: due.height });
  });

  test(`a ready-made quiz is assigned straight to a class, due on a date typed the page's way (${locale})${locale === "de" ? " @phone" : ""}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signUpTeacher(page, locale);
    await createClass(page, locale, "7c Politik");
    // No set of one's own yet: the ready-made quizzes can be assigned all the same.
    const source = page.getByLabel(t.Teach.sourceLabel);
    await source.selectOption({
      label: (await source
        .locator("option", { hasText: quick.title[locale] })
        .textContent())!,
    });
    const date = page.getByLabel(t.Teach.dueDateLabel, { exact: true });
    const time = page.getByLabel(t.Teach.dueTimeLabel, { exact: true });
    // The date field asks for the page's pattern, whatever the browser's language.
    await expect(
      page.getByText(locale === "de" ? /TT\.MM\.JJJJ/ : /DD\/MM\/YYYY/),
    ).toBeVisible();
    expect(await date.getAttribute("type")).not.toBe("date");

    // A date in another pattern, or in the past, is refused with a translated error.
    const future = new Date(Date.now() + 30 * 86_400_000);
    const american = `${String(future.getMonth() + 1).padStart(2, "0")}/${String(future.getDate()).padStart(2, "0")}/${future.getFullYear()}`;
    await date.fill(future.getDate() > 12 ? american : "31/31/2031");
    await page
      .getByRole("button", { name: t.Teach.assign, exact: true })
      .click();
    await expect(
      page.getByText(t.Teach.errors.dueDateInvalid.split("{")[0]!),
    ).toBeVisible();
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await checkPage(page, "assign form with an error");
    await date.fill(dateEntry(new Date(Date.now() - 2 * 86_400_000), locale));
    await page
      .getByRole("button", { name: t.Teach.assign, exact: true })
      .click();
    await expect(page.getByText(t.Teach.errors.dueInPast)).toBeVisible();

    await date.fill(dateEntry(future, locale));
    await time.fill("8:15");
    await page
      .getByRole("button", { name: t.Teach.assign, exact: true })
      .click();
    await expect(page.getByText(t.Teach.assigned)).toBeVisible();
    const card = page.locator(".card").filter({ hasText: quick.title[locale] });
    await expect(card).toBeVisible();
    // Shown with next-intl's formatter in the page's language, in German time.
    const shown = new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(
      Date.UTC(
        future.getFullYear(),
        future.getMonth(),
        future.getDate(),
        8,
        15,
      ),
    );
    await expect(card).toContainText(shown);
    // The quiz became a set of the teacher's own, to change like any other.
    await card.getByRole("link", { name: t.Teach.editAssignedSet }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: quick.title[locale] }),
    ).toBeVisible();
  });

  test(`statistics from three students fit the screen and say they are tentative instead of alarming (${locale})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const email = await signUpTeacher(page, locale);
    const { assignmentId } = JSON.parse(
      execFileSync(
        process.execPath,
        [
          "--conditions=react-server",
          "--import",
          "tsx",
          "tests/e2e/support/class-results-setup.ts",
          email,
          "3",
        ],
        { env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" } },
      )
        .toString()
        .trim()
        .split("\n")
        .at(-1)!,
    ) as { assignmentId: string };
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}/teach/assignments/${assignmentId}`);
    // Found by its class rather than its caption, so that this test also ran on the old page.
    const table = page.locator("table.stats-table").first();
    await expect(table.locator("tbody tr")).toHaveCount(
      quick.questionIds.length,
    );

    // Fits: no sideways scrolling, the wrong answers' column in view.
    const region = page.locator(".table-scroll", { has: table }).first();
    expect(
      await region.evaluate((el) => el.scrollWidth - el.clientWidth),
    ).toBeLessThanOrEqual(0);
    const wrong = table.getByRole("columnheader", {
      name: t.Teach.commonWrong,
    });
    const box = (await wrong.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);

    // Three students: nothing is in alarm red, and the figures are called tentative, in words.
    const incorrect = await page.evaluate(() =>
      getComputedStyle(document.documentElement)
        .getPropertyValue("--incorrect")
        .trim(),
    );
    const colours = await table
      .locator("tbody td")
      .evaluateAll((cells) => cells.map((c) => getComputedStyle(c).color));
    const red = await page.evaluate((hex) => {
      const probe = document.createElement("span");
      probe.style.color = hex;
      document.body.append(probe);
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      return rgb;
    }, incorrect);
    expect(colours).not.toContain(red);
    const note = page.locator("#stats-tentative");
    await expect(note).toBeVisible();
    await expect(note).toContainText(
      t.Teach.statsTentative.split("{min}")[1]!.split(":")[0]!,
    );
    await expect(
      table.getByText(t.Teach.tentative, { exact: true }),
    ).toHaveCount(quick.questionIds.length);
    await expect(table.getByText(t.Teach.checkQuestion)).toHaveCount(0);
    await checkPage(page, "statistics of three students");
  });

  test(`empty class pages say what to do next; the join code and an assignment's link on the projector (${locale})${locale === "de" ? " @phone" : ""}`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(150_000);
    const phone = testInfo.project.name === "phone";
    await signUpTeacher(page, locale);
    await expect(page.getByText(t.Teach.noClasses)).toBeVisible();
    const { classUrl } = await createClass(page, locale, "8a");
    // The empty roster says what to do next.
    await expect(
      page.locator(".next-step").filter({ hasText: t.Teach.noStudentsYet }),
    ).toHaveCount(2);
    const code = (await page.locator(".join-code").innerText()).trim();

    // Projector view: the code, the address and the QR code, large; the site's chrome out of the way.
    await page.getByRole("link", { name: t.Teach.presentJoin }).first().click();
    await expect(page).toHaveURL(/\/present$/);
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: fill(t.Teach.presentHeading, { name: "8a" }),
      }),
    ).toBeVisible();
    const big = page.locator(".projector-code");
    await expect(big).toHaveText(code);
    const fontSize = await big.evaluate((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    expect(fontSize).toBeGreaterThanOrEqual(phone ? 40 : 90);
    const qr = page.getByRole("img", { name: fill(t.Teach.qrAlt, { code }) });
    expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(
      phone ? 250 : 400,
    );
    await expect(page.getByText(new RegExp(`/${locale}/join$`))).toBeVisible();
    await expect(page.locator(".site-header")).toBeHidden();
    await checkPage(page, "projector view of the join code");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(classUrl);

    // An assignment's link on the projector, from its report.
    await page.getByLabel(t.Teach.sourceLabel).selectOption({ index: 0 });
    await page
      .getByRole("button", { name: t.Teach.assign, exact: true })
      .click();
    await expect(page.getByText(t.Teach.assigned)).toBeVisible();
    await page.getByRole("link", { name: t.Teach.openReport }).click();
    await page.getByRole("link", { name: t.Teach.presentAssignment }).click();
    await expect(page).toHaveURL(
      /\/teach\/assignments\/[0-9a-f-]{36}\/present$/,
    );
    const assignmentId = /assignments\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await expect(
      page.getByText(`/${locale}/assignments/${assignmentId}`),
    ).toBeVisible();
    await expect(page.getByRole("img", { name: /QR/ })).toBeVisible();
    await checkPage(page, "projector view of an assignment");
    await page.getByRole("link", { name: t.Teach.presentClose }).click();
    await expect(page).toHaveURL(
      new RegExp(`/teach/assignments/${assignmentId}$`),
    );
  });

  test(`risky class actions ask first, and an archived class shows no live code, QR code or assign form (${locale})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signUpTeacher(page, locale);
    const { classUrl } = await createClass(page, locale, "8b");
    const code = (await page.locator(".join-code").innerText()).trim();

    // Regenerating the code asks first; only the second step changes it.
    await page.getByText(t.Teach.regenerateCode, { exact: true }).click();
    await expect(page.locator(".join-code")).toHaveText(code);
    await expect(page.getByText(t.Teach.regenerateHint)).toBeVisible();
    await checkPage(page, "new code, second step");
    await page.getByRole("button", { name: t.Teach.regenerateConfirm }).click();
    await expect(page.locator(".join-code")).not.toHaveText(code);

    // Archiving asks first; the archived class shows no code, no QR code and no assign form.
    await expect(page).toHaveURL(classUrl);
    await page.getByText(t.Teach.archive, { exact: true }).click();
    await expect(page.locator(".join-code")).toBeVisible();
    await page
      .getByRole("button", {
        name: fill(t.Teach.archiveConfirm, { name: "8b" }),
      })
      .click();
    await expect(page.getByText(t.Teach.archivedNotice)).toBeVisible();
    await expect(page.locator(".join-code")).toHaveCount(0);
    await expect(page.getByRole("img", { name: /QR/ })).toHaveCount(0);
    await expect(
      page.getByRole("button", { name: t.Teach.assign, exact: true }),
    ).toHaveCount(0);
    await expect(
      page.getByRole("link", { name: t.Teach.presentJoin }),
    ).toHaveCount(0);
    await checkPage(page, "archived class");
    await page.getByRole("button", { name: t.Teach.unarchive }).click();
    await expect(page.locator(".join-code")).toBeVisible();
  });

  test(`where a teacher chooses "only after the due date", the page says the questions can be practised in public (${locale})`, async ({
    page,
  }) => {
    await signUpTeacher(page, locale);
    await page.goto(`/${locale}/teach/sets/new`);
    const group = page.getByRole("group", { name: t.Teach.setForm.reviewMode });
    await expect(
      group.getByRole("radio", { name: t.Teach.setForm.reviewModes.after_due }),
    ).toBeVisible();
    await expect(group).toContainText(t.Teach.setForm.publicPracticeNote);
    // Read with the group by screen readers too.
    const describedBy = (await group.getAttribute("aria-describedby"))!;
    const described = await page.evaluate(
      (ids) =>
        ids
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      describedBy,
    );
    expect(described).toContain(t.Teach.setForm.publicPracticeNote);
  });
}
