// A teacher and a student, each in their own browser context: the teacher signs up, creates a
// class and a question set and assigns it; the student joins with the class code and completes
// it; the teacher sees the result, the statistics and the heatmap and downloads the CSV files.
// In both languages, with axe on every page on the way.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import {
  ATTEMPT_URL,
  currentQuestion,
  fillCorrectAnswer,
  fillWrongAnswer,
  messages,
  type Locale,
} from "./support/quiz";

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce(
    (s, [k, v]) => s.replace(`{${k}}`, String(v)),
    template,
  );

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
  test(`teacher assigns a set, a student completes it, the teacher sees results (${locale})${locale === "de" ? " @phone" : ""}`, async ({
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
    await teacher.getByRole("button", { name: t.Teach.applyFilters }).click();
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

    // Assign it, due tomorrow.
    await teacher.goto(classUrl);
    const due = new Date(Date.now() + 24 * 3600_000);
    const local = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, "0")}-${String(due.getDate()).padStart(2, "0")}T18:00`;
    await teacher.getByLabel(t.Teach.dueLabel).fill(local);
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
