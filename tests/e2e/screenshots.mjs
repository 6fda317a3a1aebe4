// Screenshots of the coach screen for docs/screenshots/: 1280 px and 375 px wide, light and
// dark, with a realistic draft. Run after `trunk build --release`:
//   node tests/e2e/screenshots.mjs            (E2E_PORT picks the port, default 8181)
import { chromium } from '@playwright/test';
import { CHROMIUM, serveDist } from './serve.mjs';

// Our own example: a lead's first draft of mid-year feedback, half kind, half careless.
const DRAFT = `Hi Priya,

Thanks for taking on the billing migration this quarter. You did a great job. In the March 14 cutover you wrote the rollback runbook, which meant the on-call team restored service in eight minutes.

That said, you are too defensive in code reviews and you always push back on comments. I just think maybe the review threads could be better.

Could we pick one review next week and go through the comments together?`;

const OUT = 'docs/screenshots';
const { base, stop } = await serveDist();
const browser = await chromium.launch(CHROMIUM);
try {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({
        viewport: { width, height: width === 1280 ? 1000 : 800 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(`${base}/`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const editor = page.getByTestId('draft-editor');
      await editor.fill(DRAFT);
      // Show a card in use: the vague praise's card is active, its reason open.
      const card = page.getByTestId('finding').and(page.locator('[data-category="vague"]')).first();
      await card.locator('summary').click();
      await card.getByTestId('show-in-draft').click();
      await page.waitForTimeout(400);
      await page.mouse.move(0, 0);
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector('.coach-column')?.scrollTo(0, 0);
      });
      const name = `${OUT}/coach-${width}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: width === 375 });
      console.log('wrote', name);
      if (width === 1280) {
        // The findings, further down the coach column.
        await page.locator('.findings-panel').scrollIntoViewIfNeeded();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}/coach-1280-${scheme}-findings.png` });
        console.log('wrote', `${OUT}/coach-1280-${scheme}-findings.png`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
