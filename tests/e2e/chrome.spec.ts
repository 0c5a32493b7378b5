// The site's chrome: the language switcher keeps the whole address (path, query, sentence) on every
// page with query state; on a phone the header is one row with a menu; the header shows who is
// using the app in one coherent state; the footer leads to the licences; and no page scrolls
// sideways on a 360 px phone.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { tabTo } from "./support/keyboard";
import { sidewaysOverflow } from "./support/layout";
import {
  ATTEMPT_URL,
  currentQuestion,
  fillCorrectAnswer,
  messages,
  quiz,
  startQuiz,
  submitAnswer,
  type Locale,
} from "./support/quiz";
import { teacherWithAssignment } from "./support/teacher";

const other = (locale: Locale): Locale => (locale === "de" ? "en" : "de");

/** Clicks the language switcher's link to `to`, as shown on the current page in `from`. */
async function switchLanguage(page: Page, from: Locale, to: Locale) {
  await page
    .getByRole("navigation", { name: messages[from].LocaleSwitcher.label })
    .getByRole("link", { name: messages[from].LocaleSwitcher[to] })
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** The address without its locale prefix: what switching must keep. */
const withoutLocale = (url: string) => {
  const { pathname, search, hash } = new URL(url);
  return `${pathname.replace(/^\/(de|en)(?=\/|$)/, "")}${search}${hash}`;
};

test.describe("the language switcher keeps the page, its query and its sentence", () => {
  test("during a quiz: the attempt goes on in the other language, both ways @phone", async ({
    page,
  }) => {
    const quick = quiz("nordkorea-russland-quick");
    await startQuiz(page, "de", quick.id, "Wechsel", "de");
    await fillCorrectAnswer(page, "de", "de");
    await submitAnswer(page, "de", "immediate");
    await page.getByRole("button", { name: messages.de.Quiz.next }).click();
    const address = withoutLocale(page.url());
    const second = await currentQuestion(page, "de");

    for (const [from, to] of [
      ["de", "en"],
      ["en", "de"],
    ] as const) {
      await switchLanguage(page, from, to);
      await expect(page).toHaveURL(ATTEMPT_URL(to));
      expect(withoutLocale(page.url())).toBe(address);
      await expect(
        page.getByRole("heading", { name: messages[to].Quiz.missingHeading }),
      ).toHaveCount(0);
      await expect(
        page.getByText(
          messages[to].Quiz.progress
            .replace("{current}", "2")
            .replace("{total}", String(quick.questionIds.length)),
        ),
      ).toBeVisible();
      // The same question, still in the quiz's language.
      expect((await currentQuestion(page, "de")).id).toBe(second.id);
    }
  });

  for (const from of ["de", "en"] as const) {
    const to = other(from);
    test(`a drill's kind, the class code to join and the linked sentence of the article (${from} → ${to})`, async ({
      page,
    }) => {
      await page.goto(`/${from}/words/practice?kind=cloze`);
      await switchLanguage(page, from, to);
      await expect(page).toHaveURL(`/${to}/words/practice?kind=cloze`);
      await expect(
        page.getByRole("link", { name: messages[to].Drill.kinds.cloze }),
      ).toHaveAttribute("aria-current", "page");

      await page.goto(`/${from}/join?code=acd347`);
      await switchLanguage(page, from, to);
      await expect(page).toHaveURL(`/${to}/join?code=acd347`);
      await expect(page.getByLabel(messages[to].Auth.codeLabel)).toHaveValue(
        "ACD347",
      );

      await page.goto(`/${from}/read/nordkorea-russland#s03`);
      await switchLanguage(page, from, to);
      await expect(page).toHaveURL(`/${to}/read/nordkorea-russland#s03`);
      await expect(page.locator("#s03")).toBeFocused();
      await expect(page.locator("#s03")).toHaveAttribute("data-linked", "true");
    });
  }

  test("a teacher's question bank filters", async ({ page }) => {
    const t = messages.en.Teach;
    await teacherWithAssignment(page);
    await page.goto("/en/teach");
    await page
      .locator('a[href*="/teach/sets/"]:not([href$="/new"])')
      .first()
      .click();
    await expect(page).toHaveURL(/\/en\/teach\/sets\/[0-9a-f-]{36}$/);
    // The filters apply as they change and keep themselves in the address without a reload.
    await page.getByLabel(t.filterType).selectOption("truefalse");
    await expect(page).toHaveURL(/[?&]type=truefalse/);
    const address = withoutLocale(page.url());
    await switchLanguage(page, "en", "de");
    expect(withoutLocale(page.url())).toBe(address);
    await expect(page.getByLabel(messages.de.Teach.filterType)).toHaveValue(
      "truefalse",
    );
  });
});

for (const locale of ["de", "en"] as const) {
  test(`on a phone the header is one row, and its menu works with the keyboard (${locale}) @phone`, async ({
    page,
  }) => {
    const t = messages[locale].Layout;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/read`);
    const header = page.locator(".site-header");
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    const button = page.getByRole("button", { name: t.menu });
    const nav = page.getByRole("navigation", { name: t.mainNavigation });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    const menuId = await button.getAttribute("aria-controls");
    expect(menuId).toBeTruthy();
    await expect(page.locator(`#${menuId}`)).toBeAttached();
    await expect(nav).toBeHidden();

    // Open with Enter, reach the links with Tab, close with Escape.
    await tabTo(page, button);
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator(`#${menuId}`)).toBeVisible();
    await expect(nav.getByRole("link", { name: t.navWords })).toBeVisible();
    await expectNoAxeViolations(page, `the open menu (${locale})`);
    await tabTo(page, nav.getByRole("link", { name: t.navQuizzes }), 3);
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(nav).toBeHidden();

    // A link in the menu leads to its page and the menu is closed there.
    await button.click();
    await nav.getByRole("link", { name: t.navWords }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/words$`));
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();
    // The language switcher stays in the header row.
    await expect(
      page
        .getByRole("navigation", {
          name: messages[locale].LocaleSwitcher.label,
        })
        .getByRole("link"),
    ).toBeVisible();
  });
}

test("on a wide screen the navigation is in the header, without a menu button", async ({
  page,
}) => {
  const t = messages.en.Layout;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en");
  await expect(page.getByRole("button", { name: t.menu })).toBeHidden();
  await expect(
    page
      .getByRole("navigation", { name: t.mainNavigation })
      .getByRole("link", { name: t.navRead }),
  ).toBeVisible();
});

for (const locale of ["de", "en"] as const) {
  test(`the header shows a guest with a nickname as a guest, and an account by its name (${locale})`, async ({
    page,
    browser,
  }) => {
    const t = messages[locale].Layout;
    const account = page.getByRole("navigation", { name: t.accountNavigation });
    await startQuiz(page, locale, "nordkorea-russland-quick", "Lena", locale);
    await page.goto(`/${locale}/progress`);
    await expect(account).toContainText(t.guestAs.replace("{name}", "Lena"));
    await expect(
      account.getByRole("link", { name: t.navSignIn }),
    ).toBeVisible();
    await expect(account.getByRole("link", { name: t.navJoin })).toBeVisible();
    // Nothing on the page says the guest is signed in.
    const signedIn = t.signedInAs.split("{")[0]!.trim();
    await expect(page.getByText(signedIn)).toHaveCount(0);
    await expect(
      page.getByText(messages[locale].Progress.guestNote.split("{")[0]!.trim()),
    ).toBeVisible();

    const teacher = await (await browser.newContext()).newPage();
    await teacherWithAssignment(teacher);
    await teacher.goto(`/${locale}/progress`);
    const form = teacher.getByRole("form", { name: t.accountNavigation });
    await expect(form).toContainText(t.signedInAs.replace("{name}", "Ms Fuzz"));
    await expect(form.getByRole("button", { name: t.signOut })).toBeVisible();
    await expect(teacher.getByRole("link", { name: t.navSignIn })).toHaveCount(
      0,
    );
    await teacher.context().close();
  });
}

/** A teacher with a class, a set and an assignment, a student who answered it, a guest. */
async function everyone(browser: Browser) {
  const viewport = { width: 360, height: 740 };
  const teacher = await (await browser.newContext({ viewport })).newPage();
  const { classId, assignmentId } = await teacherWithAssignment(teacher);
  await teacher.goto(`/en/teach/classes/${classId}`);
  const code = (await teacher.locator(".join-code").innerText()).trim();
  await teacher.goto("/en/teach");
  const setHref = await teacher
    .locator('a[href*="/teach/sets/"]:not([href$="/new"])')
    .first()
    .getAttribute("href");
  const setId = /\/teach\/sets\/([0-9a-f-]{36})/.exec(setHref ?? "")![1]!;

  const student = await (await browser.newContext({ viewport })).newPage();
  const t = messages.en;
  await student.goto(`/en/join?code=${code}`);
  await student
    .getByLabel(t.Auth.displayNameLabel)
    .fill("Maximilian Breitenbach");
  await student.getByLabel(t.Auth.pinLabel, { exact: true }).fill("2580");
  await student.getByLabel(t.Auth.pinConfirmLabel).fill("2580");
  await student.getByRole("button", { name: t.Auth.join }).click();
  await expect(student).toHaveURL(/\/en\/progress$/);
  await student.goto(`/en/assignments/${assignmentId}`);
  await student
    .getByRole("button", { name: t.Assignments.start, exact: true })
    .click();
  await expect(student).toHaveURL(ATTEMPT_URL("en"));
  await fillCorrectAnswer(student, "en", "en");
  // The set's feedback mode decides the button: after each answer, or at the end.
  await student
    .getByRole("button", { name: t.Quiz.submit, exact: true })
    .or(student.getByRole("button", { name: t.Quiz.submitEnd, exact: true }))
    .click();
  const seeResults = student.getByRole("button", { name: t.Quiz.seeResults });
  await expect(seeResults.or(student.locator(".score-card"))).toBeVisible();
  if (await seeResults.isVisible()) await seeResults.click();
  await expect(student).toHaveURL(/\/results$/);
  const results = withoutLocale(student.url());
  await teacher.goto(`/en/teach/classes/${classId}`);
  const attemptHref = await teacher
    .locator('a[href*="/teach/attempts/"]')
    .first()
    .getAttribute("href");
  const attempt = /\/teach\/attempts\/[0-9a-f-]{36}/.exec(
    attemptHref ?? "",
  )![0];

  const guest = await (await browser.newContext({ viewport })).newPage();
  await startQuiz(guest, "en", "nordkorea-russland-quick", "Gast", "en");
  const guestPlay = withoutLocale(guest.url());

  return {
    guest: {
      page: guest,
      paths: [
        "",
        "/read",
        "/read/nordkorea-russland",
        "/words",
        "/words/practice",
        "/review",
        "/progress",
        "/quizzes/nordkorea-russland-quick",
        guestPlay,
        "/join",
        "/sign-in",
        "/teach",
        "/teach/sign-in",
        "/teach/sign-up",
        "/licences",
        "/does-not-exist",
      ],
    },
    student: {
      page: student,
      paths: [
        "/progress",
        `/assignments/${assignmentId}`,
        results,
        "/read",
        "/read/nordkorea-russland",
        "/words",
        "/review",
      ],
    },
    teacher: {
      page: teacher,
      paths: [
        "/teach",
        `/teach/classes/${classId}`,
        "/teach/sets/new",
        `/teach/sets/${setId}`,
        `/teach/sets/${setId}/preview`,
        `/teach/assignments/${assignmentId}`,
        attempt,
        "/teach/reports",
        "/progress",
      ],
    },
  };
}

test("every page's footer leads to the licences and credits, in both languages", async ({
  page,
}) => {
  for (const locale of ["de", "en"] as const) {
    const t = messages[locale];
    // The landing page is a prerendered shell; its footer is the same as every page's.
    await page.goto(`/${locale}`);
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: t.Layout.footerLicences })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/licences$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t.Licences.heading,
    );
    await expect(page.getByText(t.Licences.grammarCredit)).toBeVisible();
    await expect(
      page.getByRole("row", { name: /pdfkit/ }).getByRole("cell"),
    ).toHaveText(["MIT", t.Licences.use.pdf]);
    await expectNoAxeViolations(page, `licences (${locale})`);
    // The first article's glossary is hand-made: its reader credits no grammar data.
    await page.goto(`/${locale}/read/nordkorea-russland`);
    await expect(page.getByText(t.Reader.grammarCredit)).toHaveCount(0);
  }
});

test("no page scrolls sideways on a 360 px phone: every page, both languages, as guest, student and teacher @phone", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const roles = await everyone(browser);
  const problems: string[] = [];
  for (const [role, { page, paths }] of Object.entries(roles)) {
    for (const locale of ["de", "en"] as const) {
      for (const path of paths) {
        const address = `/${locale}${path}`;
        await page.goto(address);
        // The quiz page shows its question once the attempt has loaded in the browser.
        if (path.includes("/play/"))
          await expect(page.getByRole("progressbar")).toBeVisible();
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0)
          problems.push(`${role} ${address}: ${overflow}px too wide`);
        const header = await page.locator(".site-header").boundingBox();
        if (header && header.height > 64)
          problems.push(`${role} ${address}: header ${header.height}px high`);
      }
    }
  }
  expect(problems).toEqual([]);
});
