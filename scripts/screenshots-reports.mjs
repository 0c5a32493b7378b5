// Screenshots of "report a problem with this question" and the teacher's inbox, in German and
// English, on a desktop and a 360 px phone: the form under the quiz's feedback, the report sent from
// the results, the inbox, the regrade after the question was fixed, and the learner's note on it.
// Signs a teacher and a student up on the running app (default http://127.0.0.1:3000); the fix is
// an edited content pack synced into the app's database (DATABASE_URL, as the server has it).
// Usage: DATABASE_URL=… node scripts/screenshots-reports.mjs [baseUrl] [outDir]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "docs/screenshots";
const messages = {
  de: JSON.parse(readFileSync("messages/de.json", "utf8")),
  en: JSON.parse(readFileSync("messages/en.json", "utf8")),
};
const browser = await chromium.launch(chromiumLaunchOptions);
const viewports = {
  "": { width: 1280, height: 800 },
  "-phone": { width: 360, height: 740 },
};
const branch = (template, name) =>
  new RegExp(`${name} \\{([^}]*)\\}`).exec(template)[1].replace("#", "\\d+");

/** A new version of a set's first question, its key made the student's answer (where it has one key). */
function fixFirstQuestion(setId) {
  const code = `
    const { db } = await import("@/lib/db/client");
    const { syncContentPack } = await import("@/lib/data/content-sync");
    const { getContentPack } = await import("@/lib/content/load");
    const item = await db.questionSetItem.findFirstOrThrow({ where: { setId: "${setId}" }, orderBy: { position: "asc" } });
    const response = await db.response.findFirstOrThrow({ where: { questionId: item.questionId }, orderBy: { answeredAt: "desc" } });
    const given = JSON.parse(response.answer).value;
    const current = JSON.parse((await db.question.findUniqueOrThrow({ where: { id: item.questionId } })).payload);
    const pack = structuredClone(getContentPack());
    const i = pack.questions.findIndex((q) => q.id === item.questionId);
    pack.questions[i] = current;
    if (given.type === "single") current.correct = given.optionId;
    else if (given.type === "truefalse") current.correct = given.value;
    current.explanation = { de: current.explanation.de + " (korrigiert)", en: current.explanation.en + " (corrected)" };
    await syncContentPack(db, pack);
    await db.$disconnect();
  `;
  execFileSync(
    "npx",
    ["tsx", "--conditions=react-server", "--eval", code, "--input-type=module"],
    { stdio: "inherit" },
  );
}

for (const locale of ["de", "en"]) {
  const t = messages[locale];
  const newContext = () =>
    browser.newContext({
      viewport: viewports[""],
      locale: locale === "de" ? "de-DE" : "en-GB",
    });

  // The form under the quiz's immediate feedback (a guest at the quick quiz).
  const guest = await (await newContext()).newPage();
  await guest.goto(`${base}/${locale}/quizzes/nordkorea-russland-quick`);
  await guest
    .getByRole("textbox", { name: t.StartQuiz.nicknameLabel })
    .fill("Lena");
  await guest
    .getByRole("radio", {
      name: locale === "de" ? t.StartQuiz.languageDe : t.StartQuiz.languageEn,
      exact: true,
    })
    .check();
  await guest
    .getByRole("button", { name: t.StartQuiz.submit, exact: true })
    .click();
  await guest.waitForURL(/attempt=/);
  await guest.locator("form.question .prompt").waitFor();
  const inputs = guest.locator(
    "form.question input[type=radio], form.question input[type=checkbox]",
  );
  if (await inputs.count()) await inputs.first().check();
  else await guest.locator("form.question input[type=text]").first().fill("10");
  await guest.getByRole("button", { name: t.Quiz.submit, exact: true }).click();
  await guest.getByText(t.ReportProblem.summary).click();
  for (const [suffix, viewport] of Object.entries(viewports)) {
    await guest.setViewportSize(viewport);
    await guest
      .locator(".after-answer")
      .screenshot({ path: `${out}/report-feedback-${locale}${suffix}.png` });
  }

  // A teacher assigns a set of one question; a student answers it and reports it from the results.
  const teacher = await (await newContext()).newPage();
  await teacher.goto(`${base}/${locale}/teach/sign-up`);
  await teacher.getByLabel(t.Auth.nameLabel).fill("Frau Berger");
  await teacher
    .getByLabel(t.Auth.emailLabel)
    .fill(`reports-${locale}-${Date.now()}@schule.example`);
  await teacher.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
  await teacher.getByRole("button", { name: t.Auth.signUp }).click();
  await teacher.waitForURL(/\/teach$/);
  await teacher.getByLabel(t.Teach.classNameLabel).fill("9b Deutsch");
  await teacher.getByRole("button", { name: t.Teach.createClass }).click();
  await teacher.waitForURL(/\/teach\/classes\/[0-9a-f-]{36}$/);
  const classUrl = teacher.url();
  const code = (await teacher.locator(".join-code").innerText()).trim();
  await teacher.goto(`${base}/${locale}/teach/sets/new`);
  await teacher.getByLabel(t.Teach.setForm.title).fill("Nordkorea");
  await teacher.getByRole("button", { name: t.Teach.createSet }).click();
  await teacher.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}/);
  const setId = /\/sets\/([0-9a-f-]{36})/.exec(teacher.url())[1];
  await teacher.locator(".bank-list button").first().click();
  await teacher.locator(".set-items > li").first().waitFor();
  await teacher.goto(classUrl);
  await teacher
    .getByRole("button", { name: t.Teach.assign, exact: true })
    .click();
  await teacher.getByText(t.Teach.assigned).waitFor();
  const assignmentHref = await teacher
    .locator('a[href*="/teach/assignments/"]')
    .first()
    .getAttribute("href");
  const assignmentId = /assignments\/([0-9a-f-]{36})/.exec(assignmentHref)[1];

  const student = await (await newContext()).newPage();
  await student.goto(`${base}/${locale}/join?code=${code}`);
  await student.getByLabel(t.Auth.displayNameLabel).fill("Mia S.");
  await student.getByLabel(t.Auth.pinLabel, { exact: true }).fill("2468");
  await student.getByLabel(t.Auth.pinConfirmLabel).fill("2468");
  await student.getByRole("button", { name: t.Auth.join }).click();
  await student.waitForURL(/\/progress$/);
  await student.goto(`${base}/${locale}/assignments/${assignmentId}`);
  await student
    .getByRole("radio", {
      name:
        locale === "de" ? t.Assignments.languageDe : t.Assignments.languageEn,
    })
    .check();
  await student
    .getByRole("button", { name: t.Assignments.start, exact: true })
    .click();
  await student.waitForURL(/attempt=/);
  await student.locator("form.question .prompt").waitFor();
  // Options are shuffled: whichever this is, the fix below makes it the key.
  const options = student.locator("form.question input[type=radio]");
  await options.last().check();
  await student
    .getByRole("button", { name: t.Quiz.submitEnd, exact: true })
    .click();
  await student.waitForURL(/\/results$/);
  const resultsUrl = student.url();
  await student.getByText(t.ReportProblem.summary).click();
  await student
    .getByRole("radio", { name: t.ReportProblem.reasons.wrong_answer })
    .check();
  await student
    .getByRole("textbox", { name: t.ReportProblem.commentLabel })
    .fill(
      locale === "de"
        ? "Im Artikel steht das anders, siehe Absatz 2."
        : "The article says something else, see paragraph 2.",
    );
  for (const [suffix, viewport] of Object.entries(viewports)) {
    await student.setViewportSize(viewport);
    await student
      .locator(".review-item")
      .first()
      .screenshot({ path: `${out}/report-results-${locale}${suffix}.png` });
  }
  await student
    .getByRole("button", { name: t.ReportProblem.submit, exact: true })
    .click();
  await student
    .locator(".report-form [role=status]")
    .getByText(t.ReportProblem.thanks)
    .waitFor();

  // The inbox, then the question fixed and its answer regraded.
  fixFirstQuestion(setId);
  await teacher.goto(`${base}/${locale}/teach`);
  await teacher
    .getByRole("link", { name: new RegExp(branch(t.Teach.reportsLink, "one")) })
    .click();
  await teacher.waitForURL(/\/teach\/reports$/);
  for (const [suffix, viewport] of Object.entries(viewports)) {
    await teacher.setViewportSize(viewport);
    await teacher.screenshot({ path: `${out}/reports-${locale}${suffix}.png` });
  }
  await teacher
    .getByRole("button", { name: new RegExp(branch(t.Reports.regrade, "one")) })
    .click();
  await teacher.waitForURL(/regraded=/);
  await teacher.setViewportSize(viewports[""]);
  await teacher.screenshot({ path: `${out}/reports-regraded-${locale}.png` });

  await student.goto(resultsUrl);
  for (const [suffix, viewport] of Object.entries(viewports)) {
    await student.setViewportSize(viewport);
    await student
      .locator(".review-item")
      .first()
      .screenshot({ path: `${out}/regraded-results-${locale}${suffix}.png` });
  }
}
await browser.close();
