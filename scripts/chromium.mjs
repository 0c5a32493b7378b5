// Debian's Chromium as every tool here launches it: the browser tests (playwright.config.ts), the
// screenshot scripts and the benchmark. Playwright's own browsers would be downloaded at install
// time, which machines without internet cannot do; the flags keep Chromium from reaching out
// (updates, sync, background requests) and let it run as root in a container.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromiumLaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
