import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./scripts/chromium.mjs";

// Browser tests run against a production build (`npm start`) on their own port and their own
// database, in Debian's Chromium (Playwright's browser download cannot reach this network). The
// database is SQLite (data/e2e.db) unless QQ_TEST_ENGINE=postgresql: then a database `qq_e2e` on
// the server at QQ_TEST_POSTGRES_URL (scripts/test.mjs runs the main flows that way).
const postgres = process.env.QQ_TEST_ENGINE === "postgresql";
const PORT = Number(process.env.E2E_PORT ?? (postgres ? 3200 : 3100));

function databaseUrl(): string {
  if (!postgres) return "file:./data/e2e.db";
  const server = process.env.QQ_TEST_POSTGRES_URL;
  if (!server)
    throw new Error("QQ_TEST_ENGINE=postgresql needs QQ_TEST_POSTGRES_URL");
  const url = new URL(server);
  url.pathname = "/qq_e2e";
  return url.toString();
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "desktop",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions,
      },
    },
    {
      name: "phone",
      grep: /@phone/,
      use: {
        ...devices["Pixel 5"],
        viewport: { width: 360, height: 740 },
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: {
    command: "node scripts/reset-database.mjs && node scripts/start.mjs",
    url: `http://127.0.0.1:${PORT}/de`,
    // QQ_ALLOW_TEST_CLOCK lets review tests move "now" forward with a cookie (lib/clock.ts). The
    // test runner on 127.0.0.1 acts as a trusted proxy, so a test can speak for other addresses
    // with X-Forwarded-For (tests/e2e/attacks.spec.ts); ::1 stays an untrusted client.
    env: {
      PORT: String(PORT),
      DATABASE_URL: databaseUrl(),
      QQ_ALLOW_TEST_CLOCK: "1",
      QQ_TRUSTED_PROXIES: "127.0.0.1",
    },
    reuseExistingServer: !process.env.CI,
    timeout: 900_000,
    stdout: "pipe",
  },
});
