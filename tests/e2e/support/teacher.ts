// A teacher made through the UI, the way a person would: signs up, creates a class and a question
// set with one question, and assigns it to the class.
import { expect, type Page } from "@playwright/test";
import { messages, type Locale } from "./quiz";

const UUID = "[0-9a-f-]{36}";

/** Signs a new teacher up in `page`'s context, with an e-mail address no other test uses. */
export async function signUpTeacher(
  page: Page,
  locale: Locale,
  name: string,
): Promise<void> {
  const t = messages[locale];
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto(`/${locale}/teach/sign-up`);
  await page.getByLabel(t.Auth.nameLabel).fill(name);
  await page
    .getByLabel(t.Auth.emailLabel)
    .fill(`teacher-${stamp}@schule.example`);
  await page.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
  await page.getByRole("button", { name: t.Auth.signUp }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/teach$`));
}

/** Creates a class from the teacher's dashboard; returns its page's URL and its join code. */
export async function createClass(
  page: Page,
  locale: Locale,
  name: string,
): Promise<{ classUrl: string; code: string }> {
  const t = messages[locale];
  await page.goto(`/${locale}/teach`);
  await page.getByLabel(t.Teach.classNameLabel).fill(name);
  await page.getByRole("button", { name: t.Teach.createClass }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const code = (await page.locator(".join-code").innerText()).trim();
  return { classUrl: page.url(), code };
}

/** A new student joins a class by its code with a name and PIN, and lands on their progress page. */
export async function joinClass(
  page: Page,
  locale: Locale,
  code: string,
  name: string,
  pin = "2468",
): Promise<void> {
  const t = messages[locale];
  await page.goto(`/${locale}/join?code=${code}`);
  await page.getByLabel(t.Auth.displayNameLabel).fill(name);
  await page.getByLabel(t.Auth.pinLabel, { exact: true }).fill(pin);
  await page.getByLabel(t.Auth.pinConfirmLabel).fill(pin);
  await page.getByRole("button", { name: t.Auth.join }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/progress$`));
}

/** Signs a new teacher up in `page`'s context; returns the class, set and assignment ids and the session cookie. */
export async function teacherWithAssignment(page: Page) {
  const t = messages.en;
  await signUpTeacher(page, "en", "Ms Fuzz");

  await page.getByLabel(t.Teach.classNameLabel).fill("Fuzz class");
  await page.getByRole("button", { name: t.Teach.createClass }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Fuzz class" }),
  ).toBeVisible();
  const classUrl = page.url();
  const classId = new RegExp(`/classes/(${UUID})$`).exec(classUrl)![1]!;

  await page.goto("/en/teach/sets/new");
  await page.getByLabel(t.Teach.setForm.title).fill("Fuzz set");
  await page.getByRole("button", { name: t.Teach.createSet }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Fuzz set" }),
  ).toBeVisible();
  const setId = new RegExp(`/sets/(${UUID})`).exec(page.url())![1]!;
  await page.locator(".bank-list button").first().click();
  await expect(page.locator(".set-items > li")).toHaveCount(1);

  await page.goto(classUrl);
  await page.getByRole("button", { name: t.Teach.assign, exact: true }).click();
  await expect(page.getByText(t.Teach.assigned)).toBeVisible();
  const href = await page
    .locator('a[href*="/teach/assignments/"]')
    .first()
    .getAttribute("href");
  const assignmentId = new RegExp(`/teach/assignments/(${UUID})`).exec(
    href ?? "",
  )![1]!;

  const session = (await page.context().cookies()).find((c) =>
    c.name.endsWith("qq.session_token"),
  );
  expect(session, "a session cookie after sign-up").toBeTruthy();
  return {
    classId,
    setId,
    assignmentId,
    cookie: `${session!.name}=${session!.value}`,
  };
}
