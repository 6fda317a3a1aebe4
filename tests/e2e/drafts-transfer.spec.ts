import { test, expect } from '@playwright/test';
import { DraftsPage } from './pages/drafts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

async function threeDrafts(d: DraftsPage) {
  await d.open();
  await d.app.type('One: the demo on Thursday was clear.');
  await d.recipient.fill('Ana');
  await d.write('Two: the API review needs a second pass.');
  await d.mode.selectOption('code-review');
  await d.write('Three: thanks for covering the on-call shift.');
  await d.mode.selectOption('praise');
  await d.waitSaved();
}

test('export all then import into an empty browser round-trips every draft', async ({ page }) => {
  const d = new DraftsPage(page);
  await threeDrafts(d);
  const before = await d.savedDrafts();
  const file = await d.exportAll();
  expect(file.name).toMatch(/^frankly-drafts-\d{4}-\d\d-\d\d\.json$/);

  await d.deleteAll();
  await expect(d.items).toHaveCount(1);
  await d.importFile(file.name, file.text);
  await expect(d.info).toContainText('Imported 3 drafts.');
  await expect(d.items).toHaveCount(3); // the empty draft gives way to the imported ones
  await d.waitSaved();
  const after = await d.savedDrafts();
  expect(after).toEqual(before);
  await d.select('Two: the API review');
  await expect(d.mode).toHaveValue('code-review');
});

test('a malformed or hostile import changes nothing and says why', async ({ page }) => {
  const d = new DraftsPage(page);
  await threeDrafts(d);
  const before = await d.storage();
  const good = (await d.exportAll()).text;
  const cases: [string, string | Buffer, RegExp][] = [
    ['notes.json', 'this is not json', /^This file is not a Frankly export \(it is not JSON\)\./],
    ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x80]), /not a Frankly export \(it is not text/],
    ['other.json', JSON.stringify({ hello: 'world' }), /JSON, but not a Frankly export/],
    ['types.json', good.replace('"text": "One: the demo on Thursday was clear."', '"text": 42'), /damaged \(draft \d: /],
    // A float is quoted as the file has it (the browser prints it in the page).
    ['float.json', good.replace('"text": "One: the demo on Thursday was clear."', '"text": 2.5e-7'), /floating point “2\.5e-7”/],
    ['proto.json', good.replace('"format"', '"__proto__": {"polluted": true}, "format"'), /__proto__/],
    ['future.json', good.replace('"version": 3', '"version": 99'), /newer version of Frankly.*Reload this page/],
    ['huge.json', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), /at most 5 MB/],
  ];
  for (const [name, contents, message] of cases) {
    await d.importFile(name, contents);
    // One notice at a time: each replaces the last.
    await expect(d.importError, name).toHaveCount(1);
    await expect(d.importError, name).toContainText(message);
    await expect(d.importError).toContainText('Nothing was imported');
    // Never the parser's own words.
    await expect(d.importError).not.toContainText(/line \d+ column \d+|expected ident|expected value/);
  }
  await d.importError.getByRole('button', { name: 'Dismiss' }).click();
  await expect(d.importError).toHaveCount(0);
  await expect(d.items).toHaveCount(3);
  await expect(d.dialog).toBeHidden();
  expect(await d.storage()).toEqual(before);
});

test('an import that would overwrite drafts asks first, in the page', async ({ page }) => {
  const d = new DraftsPage(page);
  await threeDrafts(d);
  const file = await d.exportAll();
  const edited = file.text.replace('One: the demo on Thursday was clear.', 'One, edited in the file.');

  // Cancel: nothing changes.
  await d.importFile('edited.json', edited);
  await expect(d.dialog).toBeVisible();
  await expect(d.dialog).toContainText('Replace 3 drafts?');
  await expect(page.getByTestId('confirm-no')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(d.dialog).toBeHidden();
  await expect(d.info).toHaveCount(0);
  expect((await d.savedDrafts()).map((x) => x.text)).not.toContain('One, edited in the file.');

  // Keep both: the file's drafts are added as new ones.
  await d.importFile('edited.json', edited);
  await page.getByTestId('confirm-keep-both').click();
  await expect(d.items).toHaveCount(6);

  // Replace: the file's version wins for the same id.
  await d.importFile('edited.json', edited);
  await page.getByTestId('confirm-yes').click();
  await expect(d.items).toHaveCount(6);
  await d.waitSaved();
  const texts = (await d.savedDrafts()).map((x) => x.text);
  expect(texts.filter((t) => t === 'One, edited in the file.')).toHaveLength(2);
  expect(texts).not.toContain('One: the demo on Thursday was clear.');
});

test('a later import that is cancelled clears the earlier "Imported" notice', async ({ page }) => {
  const d = new DraftsPage(page);
  await threeDrafts(d);
  const file = await d.exportAll();
  await d.deleteAll();
  await d.importFile(file.name, file.text);
  await expect(d.info).toHaveText(/Imported 3 drafts\./);
  await d.importFile(file.name, file.text);
  await expect(d.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(d.dialog).toBeHidden();
  await expect(d.info).toHaveCount(0);
  await expect(d.importError).toHaveCount(0);
});

test('one draft exports as Markdown and as plain text', async ({ page }) => {
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('You fixed the flaky test on Friday.');
  await d.recipient.fill('Sam');
  await d.mode.selectOption('praise');
  const md = await d.exportCurrent('markdown');
  expect(md.name).toBe('you-fixed-the-flaky-test-on.md');
  expect(md.text).toBe('# You fixed the flaky test on…\n\n_For: Sam · Praise_\n\nYou fixed the flaky test on Friday.\n');
  const txt = await d.exportCurrent('text');
  expect(txt.name).toBe('you-fixed-the-flaky-test-on.txt');
  expect(txt.text).toBe('You fixed the flaky test on Friday.\n');
});

test('copy puts the draft on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('Copy me exactly.');
  await page.getByTestId('copy-draft').click();
  await expect(page.getByTestId('copy-draft')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Copy me exactly.\n');
});

test('a draft with unfilled placeholders is not copied or exported without a word', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  const d = new DraftsPage(page);
  await d.open();
  await d.app.type('In [which meeting], Sam [what Sam did].');
  await page.getByTestId('copy-draft').click();
  await expect(d.dialog).toBeVisible();
  await expect(page.getByTestId('unfilled-list').locator('li')).toHaveText(['[which meeting]', '[what Sam did]']);
  // Going back copies nothing and leaves the writer in the dialog's place.
  await page.getByTestId('confirm-no').click();
  await expect(d.dialog).toBeHidden();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  // Exporting anyway is the writer's choice, and the file keeps the brackets.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-text').click();
  await expect(page.getByTestId('confirm-yes')).toHaveText('Export anyway');
  await page.getByTestId('confirm-yes').click();
  const fs = await import('node:fs');
  const file = await download;
  expect(fs.readFileSync((await file.path())!, 'utf8')).toBe('In [which meeting], Sam [what Sam did].\n');
});

test('delete all my data asks, then leaves nothing of Frankly in storage', async ({ page }) => {
  await page.evaluate(() => {
    localStorage.setItem('frankly.backup.1', 'an old backup');
    localStorage.setItem('someone.else', 'not ours');
  });
  const d = new DraftsPage(page);
  await threeDrafts(d);
  expect(Object.keys(await d.storage()).length).toBeGreaterThan(1);

  await page.getByTestId('delete-all').click();
  await expect(d.dialog).toContainText('including backups');
  await page.getByTestId('confirm-no').click();
  await expect(d.items).toHaveCount(3);

  await d.deleteAll();
  await expect(d.items).toHaveCount(1);
  await expect(d.editor).toHaveValue('');
  await expect(d.info).toContainText('deleted from this browser');
  await page.waitForTimeout(400); // past the autosave delay: nothing is written back
  expect(await d.storage()).toEqual({});
  expect(await page.evaluate(() => localStorage.getItem('someone.else'))).toBe('not ours');
  await d.app.reload();
  expect(await d.storage()).toEqual({});
});
