// Lighthouse (mobile, the default form factor) in Debian's Chromium: performance and accessibility
// scores 0–100 for one page. Runs in its own process; prints one JSON line.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const spec = JSON.parse(process.argv[2]);
const chrome = await chromeLauncher.launch({
  chromePath: spec.chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const result = await lighthouse(spec.url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    extraHeaders: spec.cookie ? { Cookie: spec.cookie } : undefined,
  });
  const categories = result.lhr.categories;
  process.stdout.write(
    JSON.stringify({
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    }) + '\n',
  );
} finally {
  await chrome.kill();
}
