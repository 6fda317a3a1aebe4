import { test, expect } from '@playwright/test';
import { DraftsPage } from './pages/drafts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

async function sample(d: DraftsPage) {
  await d.open();
  const toggle = d.page.getByTestId('drafts-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await d.app.replaceText('In Tuesday’s planning meeting you summarised the trade-offs clearly.');
  await d.recipient.fill('Priya');
  await d.newDraft.click();
  await d.app.replaceText('The parser rewrite: the error messages now point at the exact token.');
  await d.mode.selectOption('code-review');
  await d.newDraft.click();
  await d.app.replaceText('Thank you for covering the on-call shift last weekend.');
  await d.mode.selectOption('praise');
  await d.waitSaved();
}

test('every drafts control can be reached and used with the keyboard, with visible focus', async ({ page }) => {
  const d = new DraftsPage(page);
  await sample(d);
  // Controls have accessible names.
  for (const name of ['Title', 'For', 'Kind', 'Search drafts']) {
    await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Export all/ })).toBeVisible();

  // Tab to the second draft in the list and open it with Enter.
  await d.newDraft.focus();
  await page.keyboard.press('Tab'); // search
  await expect(d.search).toBeFocused();
  await page.keyboard.press('Tab'); // first draft
  await page.keyboard.press('Tab'); // second draft
  const second = d.items.nth(1);
  await expect(second).toBeFocused();
  const outline = await second.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(d.editor).toHaveValue('The parser rewrite: the error messages now point at the exact token.');
  await expect(d.items.filter({ hasText: 'The parser rewrite' })).toHaveAttribute('aria-current', 'true');

  // The delete-all dialog opens on Cancel, and Escape closes it.
  await page.getByTestId('delete-all').focus();
  await page.keyboard.press('Enter');
  await expect(d.dialog).toBeVisible();
  await expect(page.getByTestId('confirm-no')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(d.dialog).toBeHidden();
  await expect(d.items).toHaveCount(3);
});

test('at 375 px the list folds into a disclosure', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 760 });
  const d = new DraftsPage(page);
  await sample(d);
  await d.app.reload();
  const toggle = page.getByTestId('drafts-toggle');
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('Thank you for covering the on-call…');
  await expect(toggle).toContainText('3 drafts');
  await expect(d.list).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(d.list).toBeVisible();
  await d.select('In Tuesday’s planning');
  await expect(d.editor).toHaveValue('In Tuesday’s planning meeting you summarised the trade-offs clearly.');
  // Nothing sticks out sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`screenshot ${width} px ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: width === 375 ? 1100 : 900 });
      const d = new DraftsPage(page);
      await sample(d);
      await d.app.type(' ');
      await page.screenshot({ path: `tests/e2e/results/drafts-${width}-${scheme}.png`, fullPage: true });
      await page.getByTestId('delete-all').click();
      await page.screenshot({ path: `tests/e2e/results/drafts-dialog-${width}-${scheme}.png` });
      await expect(d.dialog).toBeVisible();
    });
  }
}
