// Drives code-server's workbench in headless Chromium: opens train.py from the Explorer,
// waits for the error squiggles, hovers the one on `y.backward()` and saves a screenshot.
// Usage: node squiggle.js <workbench url> <screenshot.png> <chromium path>
// Prints {"squiggles": N, "hover": "..."} on stdout.
const puppeteer = require('puppeteer-core');

const [url, out, chromium] = process.argv.slice(2);
const LIMIT = 150000;

/** Hovers the text until the hover widget shows; Monaco sometimes misses a single move. */
async function hoverOver(page, text) {
  for (let attempt = 0; attempt < 8; attempt++) {
    for (const line of await page.$$('.monaco-editor .view-line')) {
      if (!(await line.evaluate((e) => e.textContent)).includes(text)) {
        continue;
      }
      const box = await line.boundingBox();
      await page.mouse.move(box.x + 200, box.y + 200);
      await page.mouse.move(box.x + 20 + attempt * 4, box.y + box.height / 2, { steps: 5 });
      try {
        const widget = await page.waitForSelector('.monaco-hover:not(.hidden)', { visible: true, timeout: 10000 });
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return await widget.evaluate((e) => e.textContent);
      } catch {
        // not shown yet: move away and try again
      }
    }
  }
  return '';
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--window-size=1400,900'],
    defaultViewport: { width: 1400, height: 900 },
  });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LIMIT });
    // Opened from the Explorer, the editor has the workspace's own URI (the diagnostics' URI).
    const item = await page.waitForSelector('.explorer-folders-view .monaco-list-row[aria-label*="train.py"]', { timeout: LIMIT });
    await item.click();
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-error').length > 0, {
      timeout: LIMIT,
      polling: 250,
    });
    const squiggles = await page.$$eval('.monaco-editor .squiggly-error', (nodes) => nodes.length);
    const hover = await hoverOver(page, 'y.backward()');
    await page.screenshot({ path: out });
    console.log(JSON.stringify({ squiggles, hover }));
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(String(error));
  process.exit(1);
});
