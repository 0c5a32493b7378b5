// Student accounts end to end: a guest's answers move to the account on joining; signing out and
// in again with class code + name + PIN; a lock-out after wrong PINs with a translated message,
// lifted by the teacher's PIN reset. Runs on a 360 px phone too.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import {
  fillCorrectAnswer,
  messages,
  startQuiz,
  submitAnswer,
} from "./support/quiz";
import { openMenu } from "./support/menu";

const locale = "de";
const t = messages[locale];

async function signInStudent(
  page: Page,
  code: string,
  name: string,
  pin: string,
) {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(t.Auth.codeLabel).fill(code);
  await page.getByLabel(t.Auth.displayNameLabel).fill(name);
  await page.getByLabel(t.Auth.pinLabel).fill(pin);
  await page.getByRole("button", { name: t.Auth.signIn }).click();
}

test("a guest joins a class and keeps their answers; signs out, in, is locked out and let back in @phone", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const teacher = await (await browser.newContext()).newPage();
  const studentContext = await browser.newContext({
    viewport: { width: 360, height: 740 },
  });
  const student = await studentContext.newPage();

  await teacher.goto(`/${locale}/teach/sign-up`);
  await teacher.getByLabel(t.Auth.nameLabel).fill("Herr Klein");
  await teacher
    .getByLabel(t.Auth.emailLabel)
    .fill(`klein-${Date.now()}@schule.example`);
  await teacher.getByLabel(t.Auth.passwordLabel).fill("noch-ein-passwort");
  await teacher.getByRole("button", { name: t.Auth.signUp }).click();
  await teacher.getByLabel(t.Teach.classNameLabel).fill("7a");
  await teacher.getByRole("button", { name: t.Teach.createClass }).click();
  const code = (await teacher.locator(".join-code").innerText()).trim();

  // As a guest: one answered question of the quick quiz.
  await startQuiz(
    student,
    locale,
    "nordkorea-russland-quick",
    "Gast Lea",
    locale,
  );
  await fillCorrectAnswer(student, locale, locale);
  await submitAnswer(student, locale, "immediate");
  await expect(student.locator(".feedback")).toBeVisible();

  await student.goto(`/${locale}/join`);
  await student.getByLabel(t.Auth.codeLabel).fill(code);
  await student.getByLabel(t.Auth.displayNameLabel).fill("Lea Weiß");
  await student.getByLabel(t.Auth.pinLabel, { exact: true }).fill("2468");
  await student.getByLabel(t.Auth.pinConfirmLabel).fill("2468");
  await student.getByRole("button", { name: t.Auth.join }).click();
  await expect(student).toHaveURL(new RegExp(`/${locale}/progress$`));
  // On the phone the account links are in the header's menu.
  await openMenu(student, locale);
  await expect(
    student.getByText(t.Layout.signedInAs.replace("{name}", "Lea Weiß"), {
      exact: true,
    }),
  ).toBeVisible();
  // The guest attempt is now the account's.
  await expect(
    student.getByRole("table", { name: t.Progress.tableCaption }),
  ).toContainText(
    t.Progress.inProgress.replace("{answered}", "1").replace("{total}", "10"),
  );
  await expectNoSidewaysScroll(student);
  await expectNoAxeViolations(student, "student dashboard on a phone");

  // The same name again is refused, whatever its spelling.
  await openMenu(student, locale);
  await student.getByRole("button", { name: t.Layout.signOut }).click();
  await student.goto(`/${locale}/join?code=${code}`);
  await student.getByLabel(t.Auth.displayNameLabel).fill("lea weiss");
  await student.getByLabel(t.Auth.pinLabel, { exact: true }).fill("1357");
  await student.getByLabel(t.Auth.pinConfirmLabel).fill("1357");
  await student.getByRole("button", { name: t.Auth.join }).click();
  await expect(student.getByText(t.Auth.errors.nameTaken)).toBeVisible();

  // Signing in again finds the same progress.
  await signInStudent(student, code.toLowerCase(), "lea weiß", "2468");
  await expect(student).toHaveURL(new RegExp(`/${locale}/progress$`));
  await expect(
    student.getByRole("table", { name: t.Progress.tableCaption }),
  ).toBeVisible();
  await openMenu(student, locale);
  await student.getByRole("button", { name: t.Layout.signOut }).click();

  // Five wrong PINs lock the name; the sixth try fails even with the right PIN.
  for (let i = 0; i < 5; i++) {
    await signInStudent(student, code, "Lea Weiß", `000${i}`);
    await expect(student.getByText(t.Auth.errors.wrongNameOrPin)).toBeVisible();
  }
  await signInStudent(student, code, "Lea Weiß", "2468");
  const locked = t.Auth.errors.tooManyAttempts.split("{")[0]!.trim();
  await expect(student.locator(".form-error")).toContainText(locked);
  await expectNoSidewaysScroll(student);
  await expectNoAxeViolations(student, "locked-out sign-in");

  // The teacher resets the PIN, which also lifts the lock.
  await teacher.reload();
  await teacher
    .getByText(t.Teach.resetPin.replace("{name}", "Lea Weiß"))
    .click();
  await teacher.getByLabel(t.Teach.newPin).fill("9999");
  await teacher.getByRole("button", { name: t.Teach.setPin }).click();
  await expect(teacher.getByText(t.Teach.pinReset)).toBeVisible();
  await signInStudent(student, code, "Lea Weiß", "9999");
  await expect(student).toHaveURL(new RegExp(`/${locale}/progress$`));

  await teacher.context().close();
  await studentContext.close();
});
