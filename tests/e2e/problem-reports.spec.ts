// "Report a problem with this question": a student answers an assigned question, reports a problem
// with it from the results, and the teacher who assigned it finds the report in the inbox and
// dismisses it. The student in German, the teacher's inbox in English; axe on both pages.
import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { fillWrongAnswer, messages } from "./support/quiz";
import { joinClass, teacherWithAssignment } from "./support/teacher";

const de = messages.de;
const en = messages.en;

/** A branch of a plural or select message (`one`, `=0`, `dismissed`), with its count. */
const branch = (template: string, name: string) =>
  new RegExp(`${name} \\{([^}]*)\\}`).exec(template)![1]!.replace("#", "1");

async function newPage(browser: Browser, locale: "de" | "en") {
  const context = await browser.newContext({
    locale: locale === "de" ? "de-DE" : "en-GB",
  });
  return context.newPage();
}

test("a student reports a problem with a question; the teacher who assigned it sees it in the inbox and dismisses it", async ({
  browser,
}) => {
  const teacherPage = await newPage(browser, "en");
  const assignment = await teacherWithAssignment(teacherPage);
  await teacherPage.goto(`/en/teach/classes/${assignment.classId}`);
  const code = (await teacherPage.locator(".join-code").innerText()).trim();

  // The student joins, answers the assigned question wrongly and opens the report form.
  const student = await newPage(browser, "de");
  await joinClass(student, "de", code, "Mia Sommer");
  await student.goto(`/de/assignments/${assignment.assignmentId}`);
  await student.getByRole("radio", { name: de.Assignments.languageDe }).check();
  await student
    .getByRole("button", { name: de.Assignments.start, exact: true })
    .click();
  await fillWrongAnswer(student, "de", "de");
  await student
    .getByRole("button", { name: de.Quiz.submitEnd, exact: true })
    .click();
  await expect(student).toHaveURL(/\/results$/);

  const comment = "Im Artikel steht eine andere Zahl.";
  await student.getByText(de.ReportProblem.summary).click();
  await student
    .getByRole("radio", { name: de.ReportProblem.reasons.wrong_answer })
    .check();
  await student
    .getByRole("textbox", { name: de.ReportProblem.commentLabel })
    .fill(comment);
  await student
    .getByRole("button", { name: de.ReportProblem.submit, exact: true })
    .click();
  const form = student.locator(".report-form");
  await expect(form.getByRole("status")).toHaveText(de.ReportProblem.thanks);
  await expectNoAxeViolations(student, "results with the report form");
  // A second report of the same answer is refused while the first is open.
  await student
    .getByRole("radio", { name: de.ReportProblem.reasons.unclear })
    .check();
  await student
    .getByRole("button", { name: de.ReportProblem.submit, exact: true })
    .click();
  await expect(form.getByRole("alert")).toHaveText(
    de.ReportProblem.alreadyReported,
  );
  await student.reload();
  await expect(
    student.getByText(de.ReportProblem.alreadyReported),
  ).toBeVisible();

  // The teacher who assigned the set: the count on the dashboard, the report in the inbox.
  await teacherPage.goto("/en/teach");
  await teacherPage
    .getByRole("link", { name: branch(en.Teach.reportsLink, "one") })
    .click();
  await expect(teacherPage).toHaveURL(/\/en\/teach\/reports$/);
  await expect(
    teacherPage.getByRole("heading", { level: 1, name: en.Reports.heading }),
  ).toBeVisible();
  const report = teacherPage.locator(".report-card");
  await expect(report).toHaveCount(1);
  await expect(report).toContainText(en.ReportProblem.reasons.wrong_answer);
  await expect(report).toContainText(comment);
  await expectNoAxeViolations(teacherPage, "reports inbox");
  await expectNoSidewaysScroll(teacherPage);

  await report.getByRole("button", { name: en.Reports.dismiss }).click();
  await expect(
    teacherPage.locator("article.reports").getByRole("status"),
  ).toHaveText("Report dismissed.");
  await expect(teacherPage.getByText(en.Reports.none)).toBeVisible();
  await teacherPage.goto("/en/teach");
  await expect(
    teacherPage.getByRole("link", { name: branch(en.Teach.reportsLink, "=0") }),
  ).toBeVisible();
});
