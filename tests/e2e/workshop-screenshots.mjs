// Screenshots of the workshop (a revealed item), the presenter view and the coaching toolkit for
// docs/screenshots/: 1280×720 and 375 px wide, light and dark. Run after `trunk build --release`:
//   node tests/e2e/workshop-screenshots.mjs     (E2E_PORT picks the port, default 8181)
import { chromium } from '@playwright/test';
import { CHROMIUM, serveDist } from './serve.mjs';

const OUT = process.env.OUT ?? 'docs/screenshots';
const { base, stop } = await serveDist();
const browser = await chromium.launch(CHROMIUM);
try {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({
        viewport: { width, height: width === 1280 ? 720 : 800 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(`${base}/`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.getByTestId('open-workshop').click();
      const w = page.getByTestId('workshop');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('2');
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${OUT}/workshop-${width}-${scheme}.png` });
      console.log('wrote', `${OUT}/workshop-${width}-${scheme}.png`);
      await w.getByTestId('presenter-toggle').click();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('3');
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${OUT}/presenter-${width}-${scheme}.png` });
      console.log('wrote', `${OUT}/presenter-${width}-${scheme}.png`);
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${OUT}/presenter-${width}-${scheme}-revealed.png` });
      await w.getByTestId('presenter-toggle').click();
      const pick = await w.getByTestId('set-picker').locator('option', { hasText: 'Instead of' }).getAttribute('value');
      await w.getByTestId('set-picker').selectOption(pick);
      await w.getByTestId('rewrite').fill(
        'Thanks for the refactor on Monday. The `processUserData` function does four jobs, which made the review take an hour; could we split it into testable functions together this week?',
      );
      await w.getByTestId('compare').click();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${OUT}/before-after-${width}-${scheme}.png` });
      console.log('wrote', `${OUT}/before-after-${width}-${scheme}.png`);
      await page.keyboard.press('Escape');
      await page.getByTestId('open-toolkit').click();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${OUT}/toolkit-${width}-${scheme}.png` });
      console.log('wrote', `${OUT}/toolkit-${width}-${scheme}.png`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
