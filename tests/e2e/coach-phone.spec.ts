import { test, expect } from '@playwright/test';
import { CoachPage } from './pages/coach';

// At 375 px the findings live in a bottom sheet over the draft: folded, it shows the card of
// the mark at the caret; opened, every card.
let coach: CoachPage;

test.use({ viewport: { width: 375, height: 800 } });

test.beforeEach(async ({ page }) => {
  coach = new CoachPage(page);
  await coach.openFresh();
});

test('the editor is not focused on load on a phone (no keyboard pops up)', async () => {
  await expect(coach.editor).not.toBeFocused();
});

test('the card of the mark at the caret shows beside the text while editing', async ({ page }) => {
  await coach.paste('Thanks for the notes on the launch plan. You did a great job.');
  const at = (await coach.text()).indexOf('great job') + 2;
  await coach.editor.evaluate((el: HTMLTextAreaElement, i: number) => el.setSelectionRange(i, i), at);
  await coach.editor.press('ArrowRight');
  const card = coach.finding('vague');
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/is-active/);
  // The card (in the sheet, which scrolls) and the draft are on screen at once.
  const box = (await card.boundingBox())!;
  const sheetTop = await page.getByTestId('coach').evaluate((el) => el.getBoundingClientRect().top);
  expect(box.y).toBeGreaterThanOrEqual(sheetTop);
  expect(box.y + 60).toBeLessThanOrEqual(800);
  const editorBox = (await coach.editor.boundingBox())!;
  expect(editorBox.y).toBeLessThan(sheetTop - 100);
  // The sheet opens to every card and folds again.
  const handle = page.getByTestId('sheet-handle');
  await expect(handle).toHaveAttribute('aria-expanded', 'false');
  await handle.click();
  await expect(handle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('ready-to-send').or(page.getByTestId('not-ready'))).toBeVisible();
  await handle.click();
  await expect(handle).toHaveAttribute('aria-expanded', 'false');
});

test('after Apply the selected placeholder is on screen, above the sheet', async ({ page }) => {
  const filler = Array.from({ length: 30 }, (_, i) => `Line ${i} of the notes from the launch review.`).join('\n');
  await coach.paste(`${filler}\nYou did a great job.`);
  await page.getByTestId('sheet-handle').click();
  await coach.finding('vague').getByTestId('apply-suggestion').first().click();
  expect(await coach.selectedText()).toMatch(/^\[.+\]$/);
  const sel = await coach.selectedText();
  await page.waitForTimeout(200);
  const mark = page.locator('[data-testid="mark"][data-rule="unfilled-placeholder"]', { hasText: sel }).first();
  const box = (await mark.boundingBox())!;
  const sheetTop = await page.getByTestId('coach').evaluate((el) => el.getBoundingClientRect().top);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(sheetTop);
});
