import { test, expect } from '@playwright/test';
import { DraftsPage } from './pages/drafts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

test('three drafts survive a reload, last edited first', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Alpha: thanks for the careful review of the billing change.');
  await d.write('Bravo: in Monday’s planning you cut two people off.');
  await d.write('Charlie: the release notes were clear and on time.');
  await d.waitSaved();
  await d.app.reload();
  await expect(d.items).toHaveCount(3);
  expect(await d.titles()).toEqual([
    'Charlie: the release notes were clear…',
    'Bravo: in Monday’s planning you cut…',
    'Alpha: thanks for the careful review…',
  ]);
  // The draft open before the reload is open after it.
  await expect(d.editor).toHaveValue('Charlie: the release notes were clear and on time.');
  // Editing an older draft moves it to the top.
  await d.select('Alpha');
  await d.app.type(' Again.');
  await expect(d.items.first()).toContainText('Alpha');
});

test('switching drafts loads each draft’s own text, kind and recipient', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Code review text');
  await d.mode.selectOption('code-review');
  await d.recipient.fill('Priya');
  await d.write('Praise text');
  await d.mode.selectOption('praise');
  await expect(d.recipient).toHaveValue('');

  await d.select('Code review text');
  await expect(d.editor).toHaveValue('Code review text');
  await expect(d.mode).toHaveValue('code-review');
  await expect(d.recipient).toHaveValue('Priya');
  await expect(d.items.filter({ hasText: 'Code review text' })).toContainText('Priya · Code review');

  await d.app.reload();
  await d.select('Praise text');
  await expect(d.mode).toHaveValue('praise');
  await d.select('Code review text');
  await expect(d.mode).toHaveValue('code-review');
  await expect(d.recipient).toHaveValue('Priya');
});

test('the title defaults to the first words and can be renamed', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('You handled the incident call with calm and clear updates every hour.');
  await expect(d.items.first()).toContainText('You handled the incident call with…');
  await expect(d.title).toHaveAttribute('placeholder', 'You handled the incident call with…');
  await d.title.fill('Incident praise for Jo');
  await expect(d.items.first()).toContainText('Incident praise for Jo');
  await d.waitSaved();
  await d.app.reload();
  await expect(d.items.first()).toContainText('Incident praise for Jo');
  await expect(d.title).toHaveValue('Incident praise for Jo');
});

test('a deleted draft can be brought back with Undo', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Keep me');
  await d.write('Delete me, then undo');
  await d.deleteCurrent();
  await expect(d.items).toHaveCount(1);
  await expect(d.editor).toHaveValue('Keep me');
  await expect(page.getByTestId('undo-notice')).toContainText('Deleted “Delete me, then undo”');
  await d.waitSaved();
  expect((await d.savedDrafts()).map((x) => x.text)).toEqual(['Keep me']);

  await d.undo();
  await expect(d.items).toHaveCount(2);
  await expect(d.editor).toHaveValue('Delete me, then undo');
  await d.waitSaved();
  await d.app.reload();
  await expect(d.items).toHaveCount(2);
});

test('search narrows the list to drafts containing every word', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Quarterly review for the platform team');
  await d.write('Code review of the parser rewrite');
  await d.write('Praise for the onboarding guide');
  await d.search.fill('review');
  await expect(d.items).toHaveCount(2);
  await d.search.fill('parser REVIEW');
  await expect(d.items).toHaveCount(1);
  await expect(d.items).toContainText('Code review of the parser');
  await d.search.fill('zebra');
  await expect(d.items).toHaveCount(0);
  await expect(page.getByTestId('draft-search-empty')).toBeVisible();
  await d.search.fill('');
  await expect(d.items).toHaveCount(3);
});

test('saves within a moment of typing, with a quiet "Saved"', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Saved soon');
  await expect.poll(async () => (await d.savedDrafts()).map((x) => x.text), { timeout: 1000 }).toEqual(['Saved soon']);
  await d.waitSaved();
});

test('closing the tab mid-sentence loses no word (three drafts)', async ({ page, context }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('First draft, finished.');
  await d.write('Second draft, also done.');
  await d.write('Third draft, and I was in the middle of');
  // No wait at all: the pagehide save must catch the last keystrokes.
  await page.close();

  const again = new DraftsPage(await context.newPage());
  await again.open();
  await expect(again.items).toHaveCount(3);
  await expect(again.editor).toHaveValue('Third draft, and I was in the middle of');
  await again.select('First draft');
  await expect(again.editor).toHaveValue('First draft, finished.');
  await again.select('Second draft');
  await expect(again.editor).toHaveValue('Second draft, also done.');
});

test('closing the tab saves even when the debounced save has not run yet', async ({ page, context }) => {
  // Hold back the autosave timer (250 ms): only the pagehide/visibilitychange save can save.
  await page.addInitScript(() => {
    const original = window.setTimeout;
    (window as any).setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) =>
      ms !== undefined && ms >= 200 && ms <= 300 ? 0 : original(fn, ms, ...args);
  });
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Every word of this sentence');
  await expect(d.saveStatus).toHaveText('Saving…');
  expect(await d.savedDrafts()).toEqual([]);
  await page.close();

  const again = new DraftsPage(await context.newPage());
  await again.open();
  await expect(again.editor).toHaveValue('Every word of this sentence');
});

test('the first release’s single draft becomes the first draft', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('frankly.v1.draft', JSON.stringify('My old draft from v1')));
  const d = new DraftsPage(page);
  await d.open();
  await expect(d.editor).toHaveValue('My old draft from v1');
  await expect(d.items).toHaveCount(1);
  await d.waitSaved();
  const stored = await d.storage();
  expect(stored['frankly.v1.draft']).toBeUndefined();
  expect((await d.savedDrafts()).map((x) => x.text)).toEqual(['My old draft from v1']);
});
