import { test, expect } from '@playwright/test';
import { WorkshopPage } from './pages/workshop';

test('a coaching question goes in at the cursor, and Undo takes it out', async ({ page }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.app.type('Thanks for the update.Let us talk.');
  // Caret after "update." (22 characters in).
  await w.app.editor.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(22, 22));
  await w.openToolkit();
  await expect(w.toolkit.locator('.question')).toHaveCount(7);
  await w.toolkit.getByTestId('insert-question-2').click();
  await expect(w.toolkit).toBeHidden();
  await expect(w.app.editor).toHaveValue('Thanks for the update. And what else? Let us talk.');
  await expect(w.app.editor).toBeFocused();
  const caret = await w.app.editor.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  expect(caret).toBe('Thanks for the update. And what else?'.length);
  await page.keyboard.press('Control+z');
  await expect(w.app.editor).toHaveValue('Thanks for the update.Let us talk.');
});

const TEMPLATES: [string, string, RegExp][] = [
  ['monthly-development', 'Monthly development conversation', /Opening[\s\S]*Exploration[\s\S]*Goal setting[\s\S]*Action planning[\s\S]*Support/],
  ['quarterly-review', 'Quarterly development review', /Progress[\s\S]*Goal adjustment[\s\S]*Skill gaps[\s\S]*Opportunities[\s\S]*Long-term vision/],
  ['growth-challenge', 'Growth-oriented challenge framework', /Current state[\s\S]*Future state[\s\S]*Gap[\s\S]*Plan[\s\S]*Progress/],
  ['sbi', 'Situation–Behavior–Impact', /\[situation[\s\S]*\[behavior[\s\S]*\[impact/],
];

test('each template opens as a new draft with placeholders Tab reaches', async ({ page }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.app.type('An earlier draft stays as it is.');
  for (const [id, title, shape] of TEMPLATES) {
    await w.openToolkit();
    await w.toolkit.getByTestId(`template-${id}`).click();
    await expect(w.toolkit).toBeHidden();
    await expect(w.app.editor).toHaveValue(shape);
    await w.app.editor.focus();
    await w.app.editor.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
    await page.keyboard.press('Tab');
    const selected = await w.app.editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected, title).toMatch(/^\[.+\]$/);
  }
  // Saved within the autosave delay (polled: a slow machine may take longer than a fixed wait).
  await expect
    .poll(async () => (await w.savedDrafts()).map((d) => d.title ?? null).sort())
    .toEqual([null, ...TEMPLATES.map((t) => t[1])].sort());
  const saved = await w.savedDrafts();
  expect(saved.find((d) => !d.title)!.text).toBe('An earlier draft stays as it is.');
});

test('tags on drafts, and drafts filtered by tag', async ({ page }) => {
  const w = new WorkshopPage(page);
  await w.openFresh();
  await w.app.type('Draft about Ana’s talk.');
  await w.openToolkit();
  await w.toolkit.getByTestId('tag-communication-and-influence').click();
  await w.toolkit.getByTestId('tag-track-ic').click();
  await expect(w.toolkit.getByTestId('tag-track-ic')).toHaveAttribute('aria-pressed', 'true');
  await w.toolkit.getByTestId('close-toolkit').click();

  await w.openToolkit();
  await w.toolkit.getByTestId('template-sbi').click();
  await w.openToolkit();
  await expect(w.toolkit.getByTestId('tag-track-ic')).toHaveAttribute('aria-pressed', 'false');
  await w.toolkit.getByTestId('tag-track-management').click();

  await w.toolkit.getByTestId('tag-filter').selectOption('track-ic');
  await expect(w.toolkit.getByTestId('tagged-drafts').locator('li')).toHaveText(['Draft about Ana’s talk.']);
  await w.toolkit.getByTestId('tag-filter').selectOption('track-management');
  await expect(w.toolkit.getByTestId('tagged-drafts').locator('li')).toHaveText(['Situation–Behavior–Impact']);
  await w.toolkit.getByTestId('tag-filter').selectOption('strategic-thinking');
  await expect(w.toolkit.getByTestId('tagged-drafts')).toHaveText('No draft has this tag.');

  // Open a draft from the filtered list; tags survive a reload (schema 3).
  await w.toolkit.getByTestId('tag-filter').selectOption('track-ic');
  await w.toolkit.getByTestId('tagged-drafts').getByRole('button').click();
  await expect(w.app.editor).toHaveValue('Draft about Ana’s talk.');
  await page.waitForTimeout(600);
  await w.app.reload();
  const saved = await w.savedDrafts();
  expect(saved.find((d) => d.text === 'Draft about Ana’s talk.')!.tags).toEqual(['communication-and-influence', 'track-ic']);
  const raw = await page.evaluate(() => localStorage.getItem('frankly.v2.drafts'));
  expect(JSON.parse(raw!).version).toBe(3);
});

test('drafts saved by the previous version load with no tags', async ({ page }) => {
  const w = new WorkshopPage(page);
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.clear();
    localStorage.setItem('frankly.v2.drafts', JSON.stringify({ version: 2, drafts: [{ id: 'old1', text: 'Written before tags existed.', created: 1, updated: 2 }] }));
  });
  await w.app.reload();
  await expect(w.app.editor).toHaveValue('Written before tags existed.');
  await w.openToolkit();
  for (const id of ['core-engineering', 'track-ic', 'track-management']) {
    await expect(w.toolkit.getByTestId(`tag-${id}`)).toHaveAttribute('aria-pressed', 'false');
  }
  await w.toolkit.getByTestId('tag-core-engineering').click();
  await expect
    .poll(() => w.savedDrafts())
    .toEqual([expect.objectContaining({ id: 'old1', tags: ['core-engineering'] })]);
});
