import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CoachPage } from './pages/coach';

// axe-core on every main state of the screen, light and dark, after the app has mounted.
// No rule is disabled: a violation anywhere fails the test, with axe's own description.
const REVIEW = `Hi Sam,

Thanks for the launch plan. You did a great job. In Tuesday's review you walked us through the
rollback steps, which meant nobody had to guess.

You are kind of lazy about tests and you always push back on comments. Great job. Nice work. Well done.

Could we pair on the flaky suite next week?`;

async function audit(page: Page) {
  // Cards arrive a batch per frame; let the panel settle first.
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).analyze();
  const report = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });
    let coach: CoachPage;

    test.beforeEach(async ({ page }) => {
      coach = new CoachPage(page);
      await coach.openFresh();
    });

    test('empty draft', async ({ page }) => {
      await audit(page);
    });

    test('a review with findings', async ({ page }) => {
      await coach.paste(REVIEW);
      await expect(coach.findings.first()).toBeVisible();
      // A card in use: its reason open, more rewrites open.
      await coach.findings.first().getByText('Why it matters', { exact: true }).click();
      await audit(page);
    });

    test('a code review, comment by comment', async ({ page }) => {
      await coach.setMode('code-review');
      await coach.paste('This loop panics when the list is empty.\n\nnit: stray space\n\nThanks, the new parser reads well.');
      await expect(coach.comments()).toHaveCount(3);
      await audit(page);
    });

    test('a category filter on', async ({ page }) => {
      await coach.paste(REVIEW);
      await page.getByTestId('category-count').first().click();
      await audit(page);
    });

    test('rewrite preview open', async ({ page }) => {
      await coach.paste(REVIEW);
      await page.getByTestId('rewrite-toggle').click();
      await expect(page.getByTestId('rewrite-after')).toBeVisible();
      await audit(page);
    });

    test('dialog open', async ({ page }) => {
      await coach.paste(REVIEW);
      await page.getByTestId('delete-all').click();
      await expect(page.getByTestId('confirm-dialog')).toBeVisible();
      await audit(page);
    });

    test('shortcuts open and a notice shown', async ({ page }) => {
      await page.getByTestId('shortcuts-button').click();
      await page.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
      await expect(page.getByTestId('import-error')).toBeVisible();
      await audit(page);
    });

    test('phone, sheet folded on a card and opened', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await coach.paste(REVIEW);
      const at = (await coach.text()).indexOf('great job') + 2;
      await coach.editor.evaluate((el: HTMLTextAreaElement, i: number) => el.setSelectionRange(i, i), at);
      await coach.editor.press('ArrowRight');
      await audit(page);
      await page.getByTestId('sheet-handle').click();
      await audit(page);
    });
  });
}
