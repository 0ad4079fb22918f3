// Studierekenaar's service worker. scripts/post-build.mjs fills in VERSION and
// PRECACHE after every build, so each build has its own cache: a new version is
// installed next to the old one and only takes over when the page says so, and then
// the old cache is deleted. Files of two versions are never mixed.

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `studierekenaar-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(scoped))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('studierekenaar-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting new version to take over when the person chooses to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'activate-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page address (whatever its fragment or query) is the app's one page.
    const key = request.mode === 'navigate' ? scoped('./') : request;
    const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return cached ?? fetch(request);
  })());
});
