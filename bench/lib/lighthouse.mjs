// Lighthouse (mobile, the default form factor) in Debian's Chromium: performance and accessibility
// scores 0–100 for one page, and the metrics behind the performance score. Runs in its own
// process; prints one JSON line.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const spec = JSON.parse(process.argv[2]);
const chrome = await chromeLauncher.launch({
  chromePath: spec.chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
  ],
});
try {
  const result = await lighthouse(spec.url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: spec.cookie ? { Cookie: spec.cookie } : undefined,
  });
  const { categories, audits, runtimeError } = result.lhr;
  // A failed audit (e.g. the page did not paint in time) has no score: say so instead of a 0.
  if (runtimeError || categories.performance.score === null) {
    process.stderr.write(
      `lighthouse: ${spec.url}: ${runtimeError?.code ?? "no performance score"} ${runtimeError?.message ?? ""}\n`,
    );
    process.exitCode = 1;
  }
  const metric = (id) => audits[id]?.numericValue ?? null;
  process.stdout.write(
    JSON.stringify({
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      // The simulated (mobile, throttled) metrics the performance score is made of.
      metrics: {
        fcp_ms: metric("first-contentful-paint"),
        lcp_ms: metric("largest-contentful-paint"),
        tbt_ms: metric("total-blocking-time"),
        si_ms: metric("speed-index"),
        cls: metric("cumulative-layout-shift"),
      },
    }) + "\n",
  );
} finally {
  await chrome.kill();
}
