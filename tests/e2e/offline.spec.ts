import { test, expect } from '@playwright/test';
import { AppPage } from './pages/app';

test('after the first visit the app loads offline, and a draft edited offline is saved', async ({ page, context }) => {
  const app = new AppPage(page);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await app.reload();
  // Wait until the service worker is active (whether it controls this very page depends on
  // when its activation met the reload; the next load goes through it either way), then until
  // its cache holds the build's files: the cache is created before they arrive.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cached = () =>
    page.evaluate(async () => {
      const keys = await caches.keys();
      const files = await Promise.all(
        keys.map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)),
      );
      const all = files.flat();
      return {
        keys,
        index: all.includes('/index.html'),
        wasm: all.some((f) => /\.wasm$/.test(f)),
        js: all.some((f) => /\.js$/.test(f)),
        manifest: all.includes('/manifest.webmanifest'),
        worker: all.includes('/sw.js'),
      };
    });
  // One cache, named after this build, holding the page and its hashed files, not the worker.
  await expect
    .poll(cached, { timeout: 20_000 })
    .toEqual({ keys: [expect.stringMatching(/^frankly-[0-9a-f]{16}$/)], index: true, wasm: true, js: true, manifest: true, worker: false });

  await context.setOffline(true);
  await app.reload();
  await app.type('Written on the train, with no network.');
  const saved = () => page.evaluate(() => localStorage.getItem('frankly.v2.drafts'));
  await expect
    .poll(async () => JSON.parse((await saved()) ?? '{"drafts":[]}').drafts.map((d: { text: string }) => d.text))
    .toEqual(['Written on the train, with no network.']);
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
