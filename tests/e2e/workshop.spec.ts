import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WorkshopPage } from './pages/workshop';

async function audit(page: Page) {
  await page.waitForTimeout(200);
  const result = await new AxeBuilder({ page }).analyze();
  const report = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}

test('a guess-the-quadrant round end to end, keyboard only', async ({ page }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  // Reach the Workshop button with Tab, open it with Enter.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByTestId('open-workshop').evaluate((el) => el === document.activeElement)) break;
  }
  await page.keyboard.press('Enter');
  await expect(w.dialog).toBeVisible();
  await expect(w.progress).toHaveText('Item 1 of 36');
  const first = await w.sentence.textContent();

  // Item 1: the set expects Radical Candor (key 1).
  await page.keyboard.press('1');
  await expect(w.dialog.getByTestId('choice-radical-candor')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('r');
  await expect(w.reveal.getByTestId('expected')).toHaveText('Radical Candor');
  await expect(w.reveal.getByTestId('verdict')).toHaveText('Right!');
  await expect(w.reveal.getByTestId('frankly')).not.toBeEmpty();
  await expect(w.score).toHaveText('Score: 1 of 1');
  // A guess after the reveal changes nothing.
  await page.keyboard.press('2');
  await expect(w.score).toHaveText('Score: 1 of 1');

  // Item 2, guessed wrong on purpose.
  await page.keyboard.press('ArrowRight');
  await expect(w.progress).toHaveText('Item 2 of 36');
  await expect(w.sentence).not.toHaveText(first!);
  await expect(w.reveal).toBeEmpty();
  await page.keyboard.press('4');
  await page.keyboard.press('r');
  await expect(w.reveal.getByTestId('verdict')).toHaveText('You said Manipulative Insincerity.');
  await expect(w.score).toHaveText('Score: 1 of 2');

  // Back shows item 1 as it was; Escape closes.
  await page.keyboard.press('ArrowLeft');
  await expect(w.progress).toHaveText('Item 1 of 36');
  await expect(w.reveal.getByTestId('verdict')).toHaveText('Right!');
  await page.keyboard.press('Escape');
  await expect(w.dialog).toBeHidden();
  expect(w.app.consoleErrors).toEqual([]);
});

test('fixed or growth: two answers, keys 1 and 2', async ({ page }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.openWorkshop();
  await w.chooseSet('Fixed or growth');
  await expect(w.sentence).toHaveText("I'm not a systems person, I'm an application developer");
  await w.dialog.getByTestId('choice-fixed').click();
  await w.dialog.getByTestId('reveal').click();
  await expect(w.reveal.getByTestId('expected')).toHaveText('Fixed mindset');
  await expect(w.score).toHaveText('Score: 1 of 1');
});

test('before / after shows what the rewrite improved', async ({ page }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.openWorkshop();
  await w.chooseSet('Instead of');
  await expect(w.sentence).toHaveText('Your code needs to be cleaner');
  await w.dialog.getByTestId('rewrite').fill(
    'Thanks for the refactor on Monday. The `processUserData` function now does four jobs, which made the review take an hour; could we split it into testable functions together this week?',
  );
  await w.dialog.getByTestId('compare').click();
  const comparison = w.dialog.getByTestId('comparison');
  await expect(comparison.getByTestId('moved')).toContainText('→');
  await expect(comparison.getByTestId('gone').locator('li')).not.toHaveCount(0);
  await expect(comparison.getByTestId('sbi-parts').locator('li')).toHaveCount(4);
  await w.dialog.getByTestId('show-better').click();
  await expect(w.dialog.getByTestId('better')).toContainText('four different responsibilities');
  // Next item starts clean.
  await w.dialog.getByTestId('next').click();
  await expect(w.sentence).toHaveText("That architecture won't scale");
  await expect(w.dialog.getByTestId('rewrite')).toHaveValue('');
  await expect(comparison).toBeEmpty();
});

test('presenter view at 1280x720: large type, one item, arrow keys', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.openWorkshop();
  await w.dialog.getByTestId('presenter-toggle').click();
  await expect(w.dialog).toHaveClass(/presenter/);
  const box = await w.dialog.boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  const size = await w.sentence.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(36);
  await expect(w.dialog.getByTestId('share-panel')).toBeHidden();
  // The sentence and the four choices fit the projector's screen.
  for (const id of ['sentence', 'choice-radical-candor', 'choice-manipulative-insincerity', 'next']) {
    const b = (await w.dialog.getByTestId(id).boundingBox())!;
    expect(b.y + b.height, id).toBeLessThanOrEqual(720);
  }
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(w.progress).toHaveText('Item 3 of 36');
  await page.keyboard.press('ArrowLeft');
  await expect(w.progress).toHaveText('Item 2 of 36');
});

test('a set shared by link opens in a fresh browser', async ({ page, browser, baseURL }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.openWorkshop();
  await w.chooseSet('Vague or specific');
  await w.dialog.getByTestId('share-panel').locator('summary').click();
  await w.dialog.getByTestId('make-link').click();
  const link = await w.dialog.getByTestId('set-link').inputValue();
  expect(link).toMatch(/#set=[A-Za-z0-9_-]+$/);
  expect(link.startsWith(baseURL!)).toBe(true);

  const fresh = await browser.newContext();
  const other = new WorkshopPage(await fresh.newPage());
  await other.page.goto(link);
  await expect(other.dialog).toBeVisible();
  await expect(other.notice).toContainText('Opened the shared set “Vague or specific?”');
  await expect(other.sentence).toHaveText('Good job on the project.');
  await expect(other.progress).toHaveText('Item 1 of 16');
  await fresh.close();
});

test('a set shared as a file opens in a fresh browser; a set made from drafts too', async ({ page, browser }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.app.type('Your estimates are useless. Stop guessing and do your job.');
  await w.openWorkshop();
  await w.dialog.getByTestId('share-panel').locator('summary').click();
  await w.dialog.getByTestId('set-from-drafts').click();
  await expect(w.notice).toContainText('Made a set of 1 from your drafts');
  await expect(w.sentence).toHaveText('Your estimates are useless. Stop guessing and do your job.');
  const download = page.waitForEvent('download');
  await w.dialog.getByTestId('download-set').click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('frankly-set-from-my-drafts.json');
  const fs = await import('node:fs');
  const text = fs.readFileSync((await d.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'frankly-workshop-set', version: 1 });

  const fresh = await browser.newContext();
  const other = new WorkshopPage(await fresh.newPage());
  await other.openFresh();
  await other.openWorkshop();
  await other.dialog.getByTestId('open-set-file').setInputFiles({ name: 'set.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.notice).toContainText('Opened the set “From my drafts”');
  await expect(other.sentence).toHaveText('Your estimates are useless. Stop guessing and do your job.');
  await expect(other.setPicker.locator('option')).toHaveCount(5);
  // A hostile file is refused with a reason, and nothing is added.
  await other.dialog.getByTestId('open-set-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__":{"a":1}}') });
  await expect(other.notice).toContainText('The set was not opened');
  await expect(other.setPicker.locator('option')).toHaveCount(5);
  await fresh.close();
});

test('a hostile link fragment changes nothing', async ({ page }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.app.type('Thanks for the demo.');
  await page.waitForTimeout(600);
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  const xss = JSON.stringify({
    format: 'frankly-workshop-set', version: 1,
    set: { id: 'x', title: '<img src=x onerror=alert(1)>', kind: 'quadrant', items: [{ text: '<script>alert(2)</script>', answer: 'vague' }] },
  });
  const fragments = [
    'set=%%%not-base64',
    `set=${b64('{"format":"frankly-workshop-set","version":1,"set":{"__proto__":{"polluted":1}}}')}`,
    `set=${b64(xss)}`,
    `set=${'A'.repeat(100_000)}`,
  ];
  for (const f of fragments) {
    // A full load each time (a hash-only change on the same page is not a new visit).
    await page.goto('about:blank');
    await page.goto(`/#${f}`);
    await expect(w.dialog).toBeVisible();
    await expect(w.notice).toContainText('The set was not opened');
    await expect(w.setPicker.locator('option')).toHaveCount(4);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  }
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  expect(w.app.foreignRequests()).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: workshop and presenter view, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const w = new WorkshopPage(page);
    await w.openFresh();
    await w.openWorkshop();
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    await audit(page);
    await w.dialog.getByTestId('presenter-toggle').click();
    await audit(page);
    await w.chooseSet('Instead of');
    await w.dialog.getByTestId('rewrite').fill('In Monday’s review you explained the cache clearly. Could you write it up?');
    await w.dialog.getByTestId('compare').click();
    await audit(page);
  });
}
