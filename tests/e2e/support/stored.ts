import { expect, type Page, type Request } from "@playwright/test";

/** A server action's request, as the browser sends it. */
export const isActionRequest = (request: Request) =>
  request.method() === "POST" && request.headers()["next-action"] !== undefined;

/**
 * Does `act` (a click or key press that stores something through a server action) and waits for
 * the action's reply. The button shows the new state at once, before the server has it. A reload
 * right after would meet the page's "leave this page?" guard (usePendingSaves), which Playwright
 * dismisses, and a navigation of the test's own could cancel the request; on a freshly started or
 * busy server the first call of an action is slow enough for both.
 */
export async function stored(page: Page, act: () => Promise<unknown>) {
  const reply = page.waitForResponse((r) => isActionRequest(r.request()));
  await act();
  expect((await reply).ok()).toBe(true);
}

/**
 * Holds the page's requests to `url` (those `when` picks) on their way, as a slow network would,
 * until `release()`. `sent` settles when the first one is held.
 */
export async function holdRequests(
  page: Page,
  url: string,
  when: (request: Request) => boolean = () => true,
) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let onSent = () => {};
  const sent = new Promise<void>((resolve) => (onSent = resolve));
  await page.route(url, async (route) => {
    if (when(route.request())) {
      onSent();
      await held;
    }
    await route.fallback();
  });
  return { sent, release };
}
