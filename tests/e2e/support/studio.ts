// The studio's new-article form, as the studio's browser tests fill it: the source details every
// test article shares, and the submit that leads to the new draft's page.
import { expect, type Page } from "@playwright/test";
import type { messages } from "./quiz";

type StudioMessages = (typeof messages)["de"]["Studio"];

/** Source, author, date and rights of the test article (the rights note in the page's language). */
export async function fillArticleSource(
  page: Page,
  s: StudioMessages,
  rights: string,
) {
  await page.getByLabel(s.sourceLabel).fill("Beispielstädter Zeitung");
  await page.getByLabel(s.authorLabel).fill("Redaktion");
  await page.getByLabel(s.dateLabel).fill("2026-11-30");
  await page.getByLabel(s.rightsLabel).fill(rights);
}

/** Creates the draft and waits for its page (import and segmentation can take a while). */
export async function submitArticleDraft(
  page: Page,
  s: StudioMessages,
  locale: "de" | "en",
) {
  await page.getByRole("button", { name: s.create }).click();
  await expect(page).toHaveURL(
    new RegExp(`/${locale}/teach/studio/[0-9a-f-]{36}$`),
    { timeout: 60_000 },
  );
}
