import type { Locator, Page } from "@playwright/test";

/** Presses Tab until `target` has focus, as a keyboard-only user would. */
export async function tabTo(page: Page, target: Locator, maxSteps = 80) {
  const handle = await target.elementHandle();
  for (let i = 0; i < maxSteps; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((el) => el === document.activeElement, handle))
      return;
  }
  throw new Error(`Could not reach ${target} with Tab`);
}
