// Screenshots of the coach screen for docs/screenshots/: 1280 px and 375 px wide, light and
// dark, with a realistic draft. Run after `trunk build --release`:
//   node tests/e2e/screenshots.mjs            (E2E_PORT picks the port, default 8181)
import { chromium } from '@playwright/test';
import { CHROMIUM, serveDist } from './serve.mjs';

// Our own example: a lead's first draft of mid-year feedback, half kind, half careless.
const DRAFT = `Hi Priya,

Thanks for taking on the billing migration this quarter. You did a great job. In the March 14 cutover you wrote the rollback runbook, which meant the on-call team restored service in eight minutes. I'd love to see you lead the next migration.

That said, you are too defensive in code reviews and you always push back on comments. I just think maybe the review threads could be better.

Could we pick one review next week and go through the comments together? I want to help you get there.`;

// Our own code review: three comments, one mislabelled, one curt.
const CODE_REVIEW = `This retry loop never stops when the upstream API is down, so the worker hangs. Could we cap it at three attempts?

nitpick: this crashes when the config file is missing.

This naming is garbage.

Thanks for splitting the parser, the new module reads well.`;

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
      const card = page.getByTestId('finding').and(page.locator('[data-category="vague"]')).first();
      if (width === 1280) {
        // Show a card in use: the vague praise's card is active, its reason open.
        await card.getByText('Why it matters', { exact: true }).click();
        await card.focus();
      } else {
        // On a phone: the caret in "too defensive", its card in the folded sheet.
        const at = DRAFT.indexOf('too defensive') + 3;
        await editor.evaluate((el, i) => { el.focus(); el.setSelectionRange(i, i); }, at);
        await editor.press('ArrowRight');
      }
      await page.waitForTimeout(400);
      await page.mouse.move(0, 0);
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector('.coach-column')?.scrollTo(0, 0);
      });
      const name = `${OUT}/coach-${width}-${scheme}.png`;
      await page.screenshot({ path: name });
      console.log('wrote', name);
      if (width === 375) {
        // The sheet opened: the summary and every card over the draft.
        await page.getByTestId('sheet-handle').click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${OUT}/coach-375-${scheme}-sheet.png` });
        console.log('wrote', `${OUT}/coach-375-${scheme}-sheet.png`);
        await page.getByTestId('sheet-handle').click();
        // The whole page, as a phone user scrolls through it.
        await page.screenshot({ path: `${OUT}/coach-375-${scheme}-full.png`, fullPage: true });
        console.log('wrote', `${OUT}/coach-375-${scheme}-full.png`);
        if (process.env.CLIPS) {
          const h = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, i = 0; y < h; y += 800, i++) {
            await page.screenshot({ path: `/tmp/clip-375-${scheme}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: 800 } });
          }
        }
      }
      if (width === 1280) {
        // The findings, further down the coach column.
        await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${OUT}/coach-1280-${scheme}-findings.png` });
        console.log('wrote', `${OUT}/coach-1280-${scheme}-findings.png`);
      }
      // A code review, comment by comment: each with its proposed label and its own quadrant.
      // (On a phone the drafts list, and its mode menu, is folded away.)
      await page.getByTestId('draft-mode').evaluate((el) => {
        el.value = 'code-review';
        el.dispatchEvent(new Event('change', { bubbles: true }));
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await editor.fill(CODE_REVIEW);
      await page.getByTestId('comment').first().waitFor();
      if (width === 375) {
        await page.getByTestId('sheet-handle').click();
      }
      await page.waitForTimeout(400);
      await page.evaluate(() => document.querySelector('.coach-column')?.scrollTo(0, 0));
      await page.getByTestId('comment').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${OUT}/code-review-${width}-${scheme}.png` });
      console.log('wrote', `${OUT}/code-review-${width}-${scheme}.png`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
