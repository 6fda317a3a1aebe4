#!/bin/sh
# trunk post_build hook: writes this build's file list and version into the service worker.
# Runs in trunk's staging directory after index.html is written, before it becomes dist/.
# The version is a hash of every file's name and content, so any change gives a new cache.
# A debug build (`trunk serve`) gets a worker that removes itself and its caches instead, so
# development never serves a stale build.
set -eu
dir=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
sw="$dir/sw.js"
[ -f "$sw" ] || { echo "sw-precache: $sw missing (index.html must copy pwa/sw.js)" >&2; exit 1; }
if [ "${TRUNK_PROFILE:-}" != release ]; then
  cat > "$sw" <<'JS'
// Debug build: no offline cache (see scripts/sw-precache.sh). Remove any earlier worker's.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('frankly-')) await caches.delete(key);
    await self.registration.unregister();
  })());
});
JS
  exit 0
fi
cd "$dir"
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
[ -n "$files" ] || { echo "sw-precache: nothing to cache in $dir" >&2; exit 1; }
version=$(for f in $files; do printf '%s\n' "$f"; cat "$f"; done | sha256sum | cut -c1-16)
list=$(printf '%s\n' $files | sed 's/.*/"&"/' | paste -sd, -)
tmp="$sw.tmp"
sed -e "s|__FRANKLY_VERSION__|$version|" -e "s|__FRANKLY_FILES__|[$list]|" "$sw" > "$tmp"
# The comments and names are for readers of pwa/sw.js, not for the page: npm's terser
# (package.json) minifies it, 1.98 -> 0.4 KB gzip.
terser "$tmp" --compress --mangle -o "$sw" || { echo "sw-precache: terser failed (run npm ci)" >&2; exit 1; }
rm -f "$tmp"
grep -q "__FRANKLY_" "$sw" && { echo "sw-precache: markers left in sw.js" >&2; exit 1; }
echo "sw-precache: $(printf '%s\n' $files | wc -l) files, version $version"
