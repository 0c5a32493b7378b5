// Screenshots of the teacher's set editor and projector view, in German and English, on a desktop
// and a 360 px phone. Signs a new teacher up on the running app (default http://127.0.0.1:3000),
// makes a set from the quick quiz and a class, and shoots what the README and reviews show.
// Usage: node scripts/screenshots-teach.mjs [baseUrl] [outDir]
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

for (const locale of ["de", "en"]) {
  const t = messages[locale];
  const context = await browser.newContext({
    viewport: viewports[""],
    locale: locale === "de" ? "de-DE" : "en-GB",
    colorScheme: "light",
  });
  const page = await context.newPage();
  await page.goto(`${base}/${locale}/teach/sign-up`);
  await page.getByLabel(t.Auth.nameLabel).fill("Frau Berger");
  await page
    .getByLabel(t.Auth.emailLabel)
    .fill(`screens-${locale}-${Date.now()}@schule.example`);
  await page.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
  await page.getByRole("button", { name: t.Auth.signUp }).click();
  await page.waitForURL(/\/teach$/);

  await page.getByLabel(t.Teach.classNameLabel).fill("9b Deutsch");
  await page.getByRole("button", { name: t.Teach.createClass }).click();
  await page.waitForURL(/\/teach\/classes\/[0-9a-f-]{36}$/);
  const presentUrl = `${page.url()}/present`;

  await page.goto(`${base}/${locale}/teach/sets/new`);
  await page
    .getByRole("button", { name: new RegExp(t.Teach.useQuiz) })
    .last()
    .click();
  await page.waitForURL(/\/teach\/sets\/[0-9a-f-]{36}$/);
  const setUrl = page.url();
  // Add the true/false statements too: some are read off the quiz's questions, so the editor
  // shows its give-away warning.
  await page.goto(`${setUrl}?type=truefalse`);
  const addShown = /other \{([^}]*)\}/
    .exec(t.Teach.addShown)[1]
    .replace("#", "\\d+");
  await page.getByRole("button", { name: new RegExp(addShown) }).click();
  await page.locator(".note.giveaways").waitFor();

  for (const [suffix, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    await page.goto(`${setUrl}?type=truefalse`);
    await page.locator(".bank-list").first().waitFor();
    await page.screenshot({ path: `${out}/set-editor-${locale}${suffix}.png` });
    await page
      .locator(".note.giveaways")
      .screenshot({ path: `${out}/set-giveaways-${locale}${suffix}.png` });
    await page.goto(presentUrl);
    await page.locator(".projector-qr svg").waitFor();
    await page.screenshot({ path: `${out}/projector-${locale}${suffix}.png` });
  }
  await context.close();
}
await browser.close();
