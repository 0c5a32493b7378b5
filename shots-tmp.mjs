import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

const base = "http://127.0.0.1:3111";
const out = "docs/screenshots";
const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const stamp = Date.now().toString(36);
await page.goto(`${base}/de/teach/sign-up`);
await page.getByLabel("Name", { exact: false }).first().fill("Frau Bild");
await page.getByLabel(/E-Mail/).fill(`shots-${stamp}@schule.example`);
await page.getByLabel(/Passwort/).fill("sicheres-passwort-1");
await page.getByRole("button", { name: /Registrieren|Konto anlegen/ }).click();
await page.waitForURL(/\/de\/teach$/);
const [title, ...body] = readFileSync("tests/unit/studio/fixtures/stadtfest.de.txt", "utf8").split("\n\n");
await page.goto(`${base}/de/teach/studio/new`);
const de = JSON.parse(readFileSync("messages/de.json", "utf8")).Studio;
await page.getByLabel(de.titleLabel).fill(title);
await page.getByLabel(de.textLabel).fill(body.join("\n\n"));
await page.getByLabel(de.englishLabel).fill(readFileSync("tests/unit/studio/fixtures/stadtfest.en.txt", "utf8"));
await page.getByLabel(de.sourceLabel).fill("Musterstädter Anzeiger");
await page.getByLabel(de.authorLabel).fill("Redaktion");
await page.getByLabel(de.dateLabel).fill("2026-10-04");
await page.getByLabel(de.rightsLabel).fill("Für den Unterricht geschrieben.");
await page.getByRole("button", { name: de.create }).click();
await page.waitForURL(/\/de\/teach\/studio\/[0-9a-f-]{36}$/, { timeout: 90_000 });
const draftUrl = page.url().replace(`${base}/de`, "");
console.log(draftUrl);
const which = process.argv[2] ?? "multiple";
for (const locale of ["de", "en"]) {
  const m = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).Studio.questionEditor;
  for (const phone of [false, true]) {
    await page.setViewportSize(phone ? { width: 360, height: 740 } : { width: 1280, height: 800 });
    await page.goto(`${base}/${locale}${draftUrl}`);
    const card = page.locator(".studio-question").filter({ has: page.locator(`input[name="${which === "multiple" ? "optionDe" : "itemDe"}"]`) }).first();
    await card.getByText(m.summary, { exact: true }).click();
    // A live problem to show: two options read the same.
    const first = card.locator('input[name="optionDe"]').nth(0);
    const third = card.locator('input[name="optionDe"]').nth(2);
    await third.fill(await first.inputValue());
    await card.locator(".question-editor-check .studio-warning").first().waitFor({ timeout: 15000 });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(locale, phone ? "phone" : "desktop", "sideways scroll px:", scroll);
    await card.locator(".question-editor").screenshot({ path: `${out}/question-editor-${locale}${phone ? "-phone" : ""}.png` });
  }
}
await browser.close();
