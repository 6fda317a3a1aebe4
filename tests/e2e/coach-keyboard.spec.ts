import { test, expect } from '@playwright/test';
import { CoachPage } from './pages/coach';
import { DraftsPage } from './pages/drafts';

let coach: CoachPage;

test.beforeEach(async ({ page }) => {
  coach = new CoachPage(page);
  await coach.openFresh();
});

test('on a wide screen the draft has focus on load', async () => {
  await expect(coach.editor).toBeFocused();
});

test('the first Tab reaches the skip link, and it leads to the draft', async ({ page }) => {
  // Where the draft is not focused on load (a narrow window), the first Tab is the skip link.
  await page.setViewportSize({ width: 800, height: 800 });
  await coach.openFresh();
  await expect(coach.editor).not.toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(coach.editor).toBeFocused();
});

test('the page has one h1', async ({ page }) => {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Frankly');
});

test('New draft puts the keyboard in the new draft', async ({ page }) => {
  await coach.type('A first draft.');
  await new DraftsPage(page).newDraft.click();
  await expect(coach.editor).toHaveValue('');
  await expect(coach.editor).toBeFocused();
});

test('each placeholder fill is its own undo step', async () => {
  await coach.paste('In [meeting], you [behavior], which [impact].');
  await coach.editor.press('Control+Home');
  await coach.editor.press('Tab');
  await coach.page.keyboard.type('Monday');
  await coach.editor.press('Tab');
  await coach.page.keyboard.type('spoke first');
  await coach.editor.press('Tab');
  await coach.page.keyboard.type('set the tone');
  expect(await coach.text()).toBe('In Monday, you spoke first, which set the tone.');
  await coach.editor.press('Control+z');
  expect(await coach.text()).toBe('In Monday, you spoke first, which [impact].');
  await coach.editor.press('Control+z');
  expect(await coach.text()).toBe('In Monday, you [behavior], which [impact].');
  await coach.editor.press('Control+z');
  expect(await coach.text()).toBe('In [meeting], you [behavior], which [impact].');
});

test('the editor describes its marks and points to the findings list', async () => {
  await coach.paste('You did a great job. You are lazy.');
  await expect(coach.editor).toHaveAttribute('aria-details', 'findings-list');
  const described = await coach.editor.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  expect(described).toMatch(/\d passages are marked; the Findings list describes each/);
  await expect(coach.page.locator('#findings-list')).toHaveCount(1);
});

test('Apply buttons are named by what they show', async () => {
  await coach.paste('You did a great job.');
  const apply = coach.finding('vague').getByTestId('apply-suggestion').first();
  const name = await apply.evaluate((el) => el.textContent ?? '');
  await expect(apply).toHaveAccessibleName(name.replace(/\s+/g, ' ').trim());
  expect(name.startsWith('Apply')).toBe(true);
});

test('after Apply far down a long draft, the selected placeholder is scrolled into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const filler = Array.from({ length: 40 }, (_, i) => `Line ${i} of the notes from the launch review.`).join('\n');
  await coach.paste(`${filler}\nYou did a great job.`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await coach.finding('vague').getByTestId('apply-suggestion').first().click();
  const sel = await coach.selectedText();
  expect(sel).toMatch(/^\[.+\]$/);
  await page.waitForTimeout(200);
  const mark = page.locator('[data-testid="mark"][data-rule="unfilled-placeholder"]', { hasText: sel }).first();
  const box = (await mark.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(600);
});
