import { test, expect, type Page } from '@playwright/test';
import { DraftsPage } from './pages/drafts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

/** Makes every localStorage write throw a QuotaExceededError while `window.__full` is true. */
async function simulateFullStorage(page: Page) {
  await page.addInitScript(() => {
    (window as any).__full = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as any).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
}

/** Holds back the 250 ms autosave timer while `window.__hold` is true (an unsaved edit stays unsaved). */
async function holdAutosave(page: Page) {
  await page.addInitScript(() => {
    (window as any).__hold = true;
    const original = window.setTimeout;
    (window as any).setTimeout = (fn: TimerHandler, ms?: number, ...args: unknown[]) =>
      (window as any).__hold && ms !== undefined && ms >= 200 && ms <= 300 ? 0 : original(fn, ms, ...args);
  });
}

test('corrupt saved drafts: the app starts, says so, and keeps the value as a backup', async ({ page }) => {
  const corrupt = '{"version":2,"drafts":[{"id":"a","text":"half a dra';
  await page.evaluate((v) => localStorage.setItem('frankly.v2.drafts', v), corrupt);
  const d = new DraftsPage(page);
  await d.open();
  await expect(d.storageNotice).toContainText('could not be read');
  const backups = Object.entries(await d.storage()).filter(([k]) => k.startsWith('frankly.backup.'));
  expect(backups).toHaveLength(1);
  const [backupKey, backupValue] = backups[0];
  expect(backupValue).toBe(corrupt);
  await expect(d.storageNotice).toContainText(backupKey);

  // Writing goes on as usual, and never touches the backup.
  await d.app.type('A fresh start');
  await d.waitSaved();
  await d.app.reload();
  await expect(d.editor).toHaveValue('A fresh start');
  await expect(d.storageNotice).toHaveCount(0);
  expect((await d.storage())[backupKey]).toBe(corrupt);
});

test('drafts saved by a newer version are kept, not overwritten blindly', async ({ page }) => {
  const future = JSON.stringify({ version: 9, drafts: [{ id: 'z', body: 'from the future' }] });
  await page.evaluate((v) => localStorage.setItem('frankly.v2.drafts', v), future);
  const d = new DraftsPage(page);
  await d.open();
  await expect(d.storageNotice).toContainText('newer version of Frankly');
  const stored = await d.storage();
  expect(Object.entries(stored).find(([k]) => k.startsWith('frankly.backup.'))?.[1]).toBe(future);
});

test('full storage (simulated): a clear notice, the text stays in the editor, export works', async ({ page }) => {
  await simulateFullStorage(page);
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Words that cannot be saved yet');
  await expect(d.storageNotice).toContainText('storage is full');
  await expect(d.saveStatus).toHaveText('Not saved');
  await expect(d.editor).toHaveValue('Words that cannot be saved yet');

  // Nothing is dropped: switching away and back keeps the text in memory.
  await d.write('Another one');
  await d.select('Words that cannot');
  await expect(d.editor).toHaveValue('Words that cannot be saved yet');

  // The notice offers export, and the file holds everything.
  const download = page.waitForEvent('download');
  await page.getByTestId('notice-export').click();
  const file = await download;
  const fs = await import('node:fs');
  const json = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
  expect(json.drafts.map((x: { text: string }) => x.text).sort()).toEqual(['Another one', 'Words that cannot be saved yet']);

  // Once there is room again, the next change saves everything and the notice goes.
  await page.evaluate(() => ((window as any).__full = false));
  await d.app.type('!');
  await d.waitSaved();
  await expect(d.storageNotice).toHaveCount(0);
  expect((await d.savedDrafts()).map((x) => x.text).sort()).toEqual(['Another one', 'Words that cannot be saved yet!']);
});

test('full storage (filled with junk): the notice shows and the text is still in the editor', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await page.evaluate(() => {
    // Fill the origin's quota with other data, in shrinking chunks until not one more character fits.
    let i = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`junk.${i++}`, chunk); } catch { break; }
      }
    }
  });
  await d.app.type('Still here after the quota ran out');
  await expect(d.storageNotice).toContainText('storage is full');
  await expect(d.editor).toHaveValue('Still here after the quota ran out');
  await expect(page.getByTestId('notice-export')).toBeVisible();
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('junk.')) localStorage.removeItem(k);
  });
});

test('full storage: closing the tab with unsaved text asks first', async ({ page }) => {
  await simulateFullStorage(page);
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Not saved anywhere yet');
  await expect(d.storageNotice).toBeVisible();
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss(); // stay
  await expect(d.editor).toHaveValue('Not saved anywhere yet');
});

test('storage turned off: the app works in memory and says drafts are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
    });
  });
  const d = new DraftsPage(page);
  await d.open();
  await expect(d.storageNotice).toContainText('does not let Frankly save');
  await expect(d.saveStatus).toHaveText('Not saved (storage off)');
  await d.app.type('Written without storage');
  await expect(d.app.wordCount).toHaveText('3 words');
  await d.write('A second one');
  await d.select('Written without');
  await expect(d.editor).toHaveValue('Written without storage');
  expect(d.app.consoleErrors).toEqual([]);
});

test('two tabs: a change in one appears in the other', async ({ context }) => {
  const a = new DraftsPage(await context.newPage());
  const b = new DraftsPage(await context.newPage());
  await a.open();
  await a.page.evaluate(() => localStorage.clear());
  await a.app.reload();
  await b.open();

  await a.app.type('Written in tab A');
  await expect(b.items.filter({ hasText: 'Written in tab A' })).toHaveCount(1);

  // B opens it and edits; A (no unsaved changes) follows in its editor.
  await b.select('Written in tab A');
  await expect(b.editor).toHaveValue('Written in tab A');
  await b.app.type(', finished in tab B');
  await expect(a.editor).toHaveValue('Written in tab A, finished in tab B');
  await expect(a.conflictNotice).toHaveCount(0);
});

test('two tabs editing one draft: both texts are kept and the conflict is named', async ({ context }) => {
  const pa = await context.newPage();
  await holdAutosave(pa);
  const a = new DraftsPage(pa);
  const b = new DraftsPage(await context.newPage());
  await a.open();
  await a.page.evaluate(() => localStorage.clear());
  await a.app.reload();
  await a.app.type('Shared start.');
  await a.page.evaluate(() => window.dispatchEvent(new Event('pagehide'))); // save now
  await a.waitSaved();
  await b.open();
  await expect(b.editor).toHaveValue('Shared start.');

  // A edits without saving yet; B edits the same draft and saves.
  await a.app.type(' A’s words.');
  await b.app.type(' B’s words.');
  await b.waitSaved();

  // A keeps its own text and keeps B's as a conflict copy.
  await expect(a.conflictNotice).toContainText('also edited in another tab');
  await expect(a.editor).toHaveValue('Shared start. A’s words.');
  await expect(a.items.filter({ hasText: '(conflict copy)' })).toHaveCount(1);
  await a.select('(conflict copy)');
  await expect(a.editor).toHaveValue('Shared start. B’s words.');

  // Once A saves, storage (and so B) holds both texts.
  await a.page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect.poll(async () => (await b.savedDrafts()).map((x) => x.text).sort()).toEqual([
    'Shared start. A’s words.',
    'Shared start. B’s words.',
  ]);
  await expect(b.items).toHaveCount(2);
});
