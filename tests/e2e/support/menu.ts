import { expect, type Page } from "@playwright/test";
import { messages, type Locale } from "./quiz";

/**
 * Opens the header's menu where the page is narrow enough to have one (phones), so that the main
 * navigation and the account links can be used; on wider pages they are always shown.
 */
export async function openMenu(page: Page, locale: Locale) {
  const button = page.getByRole("button", {
    name: messages[locale].Layout.menu,
  });
  if (!(await button.isVisible())) return;
  if ((await button.getAttribute("aria-expanded")) !== "true")
    await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}
