// Screenshots of the content studio (index, new article, a draft's sentences, glossary, questions
// and publish panel), in German and English, on a desktop and a 360 px phone. Signs a new teacher
// up on the running app (default http://127.0.0.1:3000) and drafts a short article through the
// form; prints how long the draft took to make and to show.
// Usage: node scripts/screenshots-studio.mjs [baseUrl] [outDir]
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "docs/screenshots";
const messages = {
  de: JSON.parse(readFileSync("messages/de.json", "utf8")),
  en: JSON.parse(readFileSync("messages/en.json", "utf8")),
};
const GERMAN = `Die Stadt Beispielstadt baut bis 2028 rund 40 Kilometer neue Radwege. Laut Schätzungen fahren schon heute mehr als 12.000 Menschen täglich mit dem Rad zur Arbeit.

Dr. Jana Wolf stellte die Pläne am Montag im Rathaus vor. Viele Straßen, z. B. die Hauptstraße, bekommen eigene Spuren.`;
const ENGLISH = `New cycle paths in Beispielstadt

The town of Beispielstadt is building around 40 kilometres of new cycle paths by 2028, and according to estimates more than 12,000 people already cycle to work every day.

Dr Jana Wolf presented the plans at the town hall on Monday. Many streets, e.g. the high street, will get their own lanes.`;

const browser = await chromium.launch(chromiumLaunchOptions);
const viewports = {
  "": { width: 1280, height: 800 },
  "-phone": { width: 360, height: 740 },
};

for (const locale of ["de", "en"]) {
  const t = messages[locale];
  const s = t.Studio;
  const context = await browser.newContext({
    viewport: viewports[""],
    locale: locale === "de" ? "de-DE" : "en-GB",
    colorScheme: "light",
  });
  const page = await context.newPage();
  await page.goto(`${base}/${locale}/teach/sign-up`);
  await page.getByLabel(t.Auth.nameLabel).fill("Frau Wolf");
  await page
    .getByLabel(t.Auth.emailLabel)
    .fill(`studio-shots-${locale}-${Date.now()}@schule.example`);
  await page.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
  await page.getByRole("button", { name: t.Auth.signUp }).click();
  await page.waitForURL(/\/teach$/);

  await page.goto(`${base}/${locale}/teach/studio/new`);
  await page.getByLabel(s.titleLabel).fill("Neue Radwege in Beispielstadt");
  await page.getByLabel(s.textLabel).fill(GERMAN);
  await page.getByLabel(s.englishLabel).fill(ENGLISH);
  await page.getByLabel(s.sourceLabel).fill("Beispielstädter Zeitung");
  await page.getByLabel(s.authorLabel).fill("Redaktion");
  await page.getByLabel(s.dateLabel).fill("2026-11-30");
  await page.getByLabel(s.rightsLabel).fill("Für den Unterricht geschrieben.");
  let started = Date.now();
  await page.getByRole("button", { name: s.create }).click();
  await page.waitForURL(/\/teach\/studio\/[0-9a-f-]{36}$/, {
    timeout: 120_000,
  });
  await page.locator("#publish").waitFor();
  console.log(`${locale}: draft made and shown in ${Date.now() - started} ms`);
  const draftUrl = page.url();
  started = Date.now();
  await page.goto(draftUrl);
  await page.locator("#publish").waitFor();
  console.log(`${locale}: draft page loaded in ${Date.now() - started} ms`);
  started = Date.now();
  const first = page.locator(".studio-question").first();
  await first.getByRole("button", { name: s.accept }).click();
  await page.locator(".studio-question.accepted").first().waitFor();
  console.log(
    `${locale}: one edit saved and shown in ${Date.now() - started} ms`,
  );

  for (const [suffix, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    const shot = async (name) => {
      await page.screenshot({ path: `${out}/${name}-${locale}${suffix}.png` });
    };
    await page.goto(`${base}/${locale}/teach/studio`);
    await shot("studio-index");
    await page.goto(`${base}/${locale}/teach/studio/new`);
    await shot("studio-new");
    await page.goto(draftUrl);
    await page.locator("#sentences").scrollIntoViewIfNeeded();
    await shot("studio-sentences");
    await page.locator("#glossary").evaluate((el) => el.scrollIntoView());
    await shot("studio-glossary");
    await page.locator("#questions").evaluate((el) => el.scrollIntoView());
    await shot("studio-questions");
    await page.locator("#publish").evaluate((el) => el.scrollIntoView());
    await shot("studio-publish");
  }
  await context.close();
}
await browser.close();
