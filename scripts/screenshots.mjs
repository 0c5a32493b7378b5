// Takes screenshots of the running app (default http://127.0.0.1:3000) for the README and for review.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir]
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "docs/screenshots";
const browser = await chromium.launch(chromiumLaunchOptions);

async function shoot(
  name,
  { width = 1200, height = 900, colorScheme = "light" } = {},
  steps,
) {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme,
  });
  await steps(page);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await page.close();
}

await shoot("home-de", {}, (p) => p.goto(`${base}/de`));
await shoot("feedback-de", {}, async (p) => {
  await p.goto(`${base}/de/quizzes/nordkorea-russland-quick`);
  await p.getByRole("textbox", { name: "Anzeigename" }).fill("Lena");
  await p.getByRole("button", { name: "Quiz starten", exact: true }).click();
  await p.waitForURL(/attempt=/);
  await p.screenshot({ path: `${out}/question-de.png`, fullPage: true });
  const radios = p.locator(
    "form.question input[type=radio], form.question input[type=checkbox]",
  );
  if (await radios.count()) await radios.first().check();
  else await p.locator("form.question input[type=text]").first().fill("10.000");
  await p.getByRole("button", { name: "Antwort prüfen" }).click();
  await p.locator(".feedback").waitFor();
});
await shoot(
  "question-en-phone-dark",
  { width: 360, height: 740, colorScheme: "dark" },
  async (p) => {
    await p.goto(`${base}/en/quizzes/nordkorea-russland-background`);
    await p.getByRole("textbox", { name: "Display name" }).fill("Sam");
    await p.getByRole("radio", { name: "English" }).check();
    await p.getByRole("button", { name: "Start quiz", exact: true }).click();
    await p.waitForURL(/attempt=/);
  },
);

/** A shot of the window only: for a popover, a sheet or a menu over the page. */
async function shootWindow(name, { width, height }, steps) {
  const phone = width < 500;
  const page = await browser.newPage({
    viewport: { width, height },
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  await steps(page);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
const wordButton = (p, sentenceId, text) =>
  p
    .locator(`#${sentenceId} .sentence-de`)
    .getByRole("button", { name: text, exact: true })
    .first();

// The word card (a popover on wide screens, a sheet on phones) and the phone header's menu.
for (const locale of ["de", "en"]) {
  await shootWindow(
    `word-card-${locale}`,
    { width: 1280, height: 800 },
    async (p) => {
      await p.goto(`${base}/${locale}/read`);
      await wordButton(p, "s04", "wirft").click();
      await p
        .getByRole("dialog")
        .getByRole("heading", { name: "wirft" })
        .waitFor();
    },
  );
  await shootWindow(
    `word-card-${locale}-phone`,
    { width: 360, height: 740 },
    async (p) => {
      await p.goto(`${base}/${locale}/read`);
      await wordButton(p, "s03", "Truppen").click();
      await p
        .getByRole("dialog")
        .getByRole("heading", { name: "Truppen" })
        .waitFor();
    },
  );
  await shootWindow(
    `menu-${locale}-phone`,
    { width: 360, height: 740 },
    async (p) => {
      await p.goto(`${base}/${locale}`);
      await p
        .getByRole("button", { name: locale === "de" ? "Menü" : "Menu" })
        .click();
    },
  );
}
await browser.close();
