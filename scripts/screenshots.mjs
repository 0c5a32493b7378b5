// Takes screenshots of the running app (default http://127.0.0.1:3000) for the README and for review.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir]
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "docs/screenshots";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

async function shoot(
  name,
  { width = 1200, height = 900, colorScheme = "light" } = {},
  steps,
) {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme,
  });
  await steps(page);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await page.close();
}

await shoot("home-de", {}, (p) => p.goto(`${base}/de`));
await shoot("feedback-de", {}, async (p) => {
  await p.goto(`${base}/de/quizzes/nordkorea-russland-quick`);
  await p.getByRole("textbox", { name: "Anzeigename" }).fill("Lena");
  await p.getByRole("button", { name: "Quiz starten", exact: true }).click();
  await p.waitForURL(/attempts/);
  await p.screenshot({ path: `${out}/question-de.png`, fullPage: true });
  const radios = p.locator(
    "form.question input[type=radio], form.question input[type=checkbox]",
  );
  if (await radios.count()) await radios.first().check();
  else await p.locator("form.question input[type=text]").first().fill("10.000");
  await p.getByRole("button", { name: "Antwort prüfen" }).click();
  await p.locator(".feedback").waitFor();
});
await shoot(
  "question-en-phone-dark",
  { width: 360, height: 740, colorScheme: "dark" },
  async (p) => {
    await p.goto(`${base}/en/quizzes/nordkorea-russland-background`);
    await p.getByRole("textbox", { name: "Display name" }).fill("Sam");
    await p.getByRole("radio", { name: "English" }).check();
    await p.getByRole("button", { name: "Start quiz", exact: true }).click();
    await p.waitForURL(/attempts/);
  },
);
await browser.close();
