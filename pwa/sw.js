// Frankly's service worker: after the first visit the app loads and works with no network.
// scripts/sw-precache.sh (a trunk post_build hook) replaces the two markers below with this
// build's version and file list. Each build precaches all of its files into its own cache,
// "frankly-<version>", and serves everything from that one cache, so a page never mixes files of
// two builds; when a new build's worker has its complete cache it takes over and deletes the old.
// It handles only GET requests to its own origin and never talks to anything else.
const VERSION = '__FRANKLY_VERSION__';
const FILES = __FRANKLY_FILES__;
const CACHE = `frankly-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // 'reload': bypass the HTTP cache, so the cache holds exactly this build's files.
      await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('frankly-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every page of the app is index.html (a link's #fragment never reaches here).
      const key = request.mode === 'navigate' ? 'index.html' : request;
      const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      return hit ?? fetch(request);
    })(),
  );
});
