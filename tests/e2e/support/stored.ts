import { expect, type Page } from '@playwright/test';

/**
 * Does `act` (a click or key press that stores something through a server action) and waits for
 * the action's reply. The button shows the new state at once, before the server has it. A reload
 * right after would meet the page's "leave this page?" guard (usePendingSaves), which Playwright
 * dismisses, and a navigation of the test's own could cancel the request; on a freshly started or
 * busy server the first call of an action is slow enough for both.
 */
export async function stored(page: Page, act: () => Promise<unknown>) {
  const reply = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined);
  await act();
  expect((await reply).ok()).toBe(true);
}
