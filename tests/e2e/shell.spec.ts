import { test, expect } from '@playwright/test';
import { AppPage } from './pages/app';

test.beforeEach(async ({ page }) => {
  // Every test starts as a first visit.
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
});

test('shows the editor and a header with the product name', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('banner')).toContainText('Frankly');
  await expect(app.wordCount).toHaveText('0 words');
});

test('the word count follows every keystroke', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.type('Thanks for');
  await expect(app.wordCount).toHaveText('2 words');
  await app.type(' the review');
  await expect(app.wordCount).toHaveText('4 words');
});

test('the draft survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.type('In Tuesday’s stand-up you summarised the outage clearly.');
  await app.reload();
  await expect(app.editor).toHaveValue('In Tuesday’s stand-up you summarised the outage clearly.');
});

test('makes no request beyond its own static files and logs no errors', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.type('Your approach is wrong. Could you explain it?');
  await app.reload();
  await app.type(' 🙂 done');
  await page.waitForTimeout(300);
  expect(app.foreignRequests()).toEqual([]);
  const own = app.requests.map((u) => new URL(u).pathname);
  for (const path of own) {
    expect(path, `unexpected request ${path}`).toMatch(/^\/($|index\.html$|[\w.-]+\.(js|wasm|css|svg|webmanifest)$)/);
  }
  expect(app.consoleErrors).toEqual([]);
});
