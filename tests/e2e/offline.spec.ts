import { test, expect } from '@playwright/test';
import { AppPage } from './pages/app';

test('after the first visit the app loads offline, and a draft edited offline is saved', async ({ page, context }) => {
  const app = new AppPage(page);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await app.reload();
  // Wait until the service worker controls the page and its cache is complete.
  // (The cache is created before its files arrive, and on a fast machine the page can see it
  // empty for a moment; so wait for a file in it, not for the name alone.)
  await page.waitForFunction(
    async () => {
      if (navigator.serviceWorker.controller === null) return false;
      for (const key of await caches.keys()) {
        if (await (await caches.open(key)).match('/index.html')) return true;
      }
      return false;
    },
    null,
    { timeout: 20_000, polling: 200 },
  );
  const stored = await page.evaluate(async () => {
    const keys = await caches.keys();
    const files = await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)));
    return { keys, files };
  });
  // One cache, named after this build, holding the page and its hashed files.
  expect(stored.keys).toHaveLength(1);
  expect(stored.keys[0]).toMatch(/^frankly-[0-9a-f]{16}$/);
  const files = stored.files[0];
  expect(files).toContain('/index.html');
  expect(files.some((f) => /\.wasm$/.test(f))).toBe(true);
  expect(files.some((f) => /\.js$/.test(f))).toBe(true);
  expect(files).toContain('/manifest.webmanifest');
  expect(files).not.toContain('/sw.js');

  await context.setOffline(true);
  await app.reload();
  await app.type('Written on the train, with no network.');
  await page.waitForTimeout(600);
  const raw = await page.evaluate(() => localStorage.getItem('frankly.v2.drafts'));
  expect(JSON.parse(raw!).drafts.map((d: { text: string }) => d.text)).toEqual(['Written on the train, with no network.']);
  await app.reload();
  await expect(app.editor).toHaveValue('Written on the train, with no network.');
  await context.setOffline(false);
  expect(app.foreignRequests()).toEqual([]);
  // (Console errors are not checked here: offline, Chromium may log its failed update check of
  // sw.js, which is expected.)
});

test('the web app manifest and icon are served from the page’s own files', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(`/${href}`)).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('Frankly'), start_url: './', display: 'standalone' });
  for (const icon of manifest.icons) {
    const res = await request.get(`/${icon.src}`);
    expect(res.ok()).toBe(true);
    expect(await res.text()).toContain('<svg');
  }
  // The CSP still allows only the page's own origin.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
});
