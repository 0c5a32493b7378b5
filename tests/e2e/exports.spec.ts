// A teacher exports a question set from the set page: the worksheet PDF (its text read back with
// pdfjs-dist: every question and the answer key) and the GIFT file (every question), chosen and
// downloaded by keyboard; then opens the printable worksheet in both languages. axe on each page,
// and the set page on a 360 px phone without sideways scroll.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "./support/axe";
import { messages } from "./support/quiz";

const t = messages.en;

async function download(page: Page, press: () => Promise<void>) {
  const started = page.waitForEvent("download");
  await press();
  const file = await started;
  return {
    name: file.suggestedFilename(),
    bytes: readFileSync(await file.path()),
  };
}

/** The PDF's text without whitespace (lines wrap wherever the page is full). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str;
  }
  await doc.destroy();
  return text.replace(/\s+/g, "");
}

const flat = (text: string) => text.replace(/\s+/g, "");

test("a teacher downloads a set as worksheet PDF and GIFT and prints the worksheet", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await page.goto("/en/teach/sign-up");
  await page.getByLabel(t.Auth.nameLabel).fill("Ms Export");
  await page
    .getByLabel(t.Auth.emailLabel)
    .fill(`export-${stamp}@schule.example`);
  await page.getByLabel(t.Auth.passwordLabel).fill("sicheres-passwort-1");
  await page.getByRole("button", { name: t.Auth.signUp }).click();
  await expect(page).toHaveURL(/\/en\/teach$/);

  await page.goto("/en/teach/sets/new");
  await page.getByLabel(t.Teach.setForm.title).fill("Export set");
  await page.getByRole("button", { name: t.Teach.createSet }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Export set" }),
  ).toBeVisible();
  const setUrl = page.url();
  for (let n = 1; n <= 3; n++) {
    await page.locator(".bank-list button").first().click();
    await expect(page.locator(".set-items > li")).toHaveCount(n);
  }
  await page.reload();
  // Each item's prompt is the text of the item after its type and difficulty line.
  const prompts = await page
    .locator(".set-items > li .set-item-text")
    .evaluateAll((items) =>
      items.map((item) =>
        [...item.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join("")
          .trim(),
      ),
    );
  expect(prompts).toHaveLength(3);

  const section = page.getByRole("region", { name: t.Teach.exportHeading });
  await expect(section).toBeVisible();
  await expectNoAxeViolations(page, "set page with the export section");

  // The worksheet PDF in English (the set's language is the students' choice: the UI's is preset).
  await section
    .getByLabel(t.Teach.exportFormat)
    .selectOption({ label: t.Teach.exportFormats.pdf });
  await expect(
    section.getByRole("radio", { name: t.Teach.setForm.languages.en }),
  ).toBeChecked();
  const pdf = await download(page, async () => {
    await section.getByRole("button", { name: t.Teach.exportDownload }).focus();
    await page.keyboard.press("Enter");
  });
  expect(pdf.name).toBe("export-set_en.pdf");
  const text = await pdfText(pdf.bytes);
  for (const prompt of prompts) expect(text).toContain(flat(prompt));
  expect(text).toContain(flat(t.Exports.worksheetAnswerKey));
  expect(text).toContain(flat(t.Exports.worksheetAnswerKeyIntro));

  // GIFT in German, chosen by keyboard.
  await section.getByLabel(t.Teach.exportFormat).focus();
  await section
    .getByLabel(t.Teach.exportFormat)
    .selectOption({ label: t.Teach.exportFormats.gift });
  await section
    .getByRole("radio", { name: t.Teach.setForm.languages.de })
    .check();
  const gift = await download(page, async () => {
    await section.getByRole("button", { name: t.Teach.exportDownload }).focus();
    await page.keyboard.press("Enter");
  });
  expect(gift.name).toBe("export-set_de.gift.txt");
  const giftText = gift.bytes.toString("utf8");
  expect(giftText).toContain("$CATEGORY: $course$/top/");
  expect(giftText).toContain("/Export set");
  expect(giftText.match(/^::q\d{3}/gm)).toHaveLength(3);

  // The print view, in English and then in German.
  await section
    .getByRole("link", {
      name: `${t.Teach.worksheetPrintLink.replace("{language}", t.Teach.setForm.languages.en)}`,
    })
    .click();
  await expect(
    page.getByRole("heading", { level: 2, name: t.Exports.worksheetAnswerKey }),
  ).toBeAttached();
  for (const prompt of prompts)
    await expect(
      page.locator(".worksheet .prompt", { hasText: prompt }),
    ).toHaveCount(1);
  await expectNoAxeViolations(page, "worksheet print view (en)");
  await page.goto(setUrl.replace("/en/", "/de/") + "/worksheet?lang=de");
  await expect(
    page.getByRole("heading", {
      level: 2,
      name: messages.de.Exports.worksheetAnswerKey,
    }),
  ).toBeAttached();
  await expectNoAxeViolations(page, "worksheet print view (de)");

  // The set page in German, and on a phone.
  await page.goto(setUrl.replace("/en/", "/de/"));
  await expectNoAxeViolations(page, "set page (de)");
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScroll(page);
  await page.goto(setUrl.replace("/en/", "/de/") + "/worksheet?lang=en");
  await expectNoSidewaysScroll(page);
});
