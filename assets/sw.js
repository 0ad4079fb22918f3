// Studierekenaar's service worker. scripts/post-build.mjs fills in VERSION, PRECACHE and
// LANGUAGES after every build, so each build has its own cache: a new version is
// installed next to the old one and only takes over when the page says so, and then
// the old cache is deleted. Files of two versions are never mixed.
//
// The messages of French and English (LANGUAGES, one file each) are not downloaded in
// advance: a language's file is kept once the page has fetched it, so that the language
// also works offline from then on, and a new version fetches its own copy of the
// languages kept by the one before.

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const LANGUAGES = __LANGUAGES__;
const CACHE = `studierekenaar-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;
const LANGUAGE_URLS = new Set(LANGUAGES.map(scoped));
// locales-<tag>-<hash>.json: the language of a file, whatever the version.
const languageOf = (url) => new URL(url).pathname.match(/\/locales-(.+)-[0-9a-f]{16}\.json$/)?.[1];

/** The languages kept by earlier versions' caches. */
async function languagesKeptBefore() {
  const kept = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith('studierekenaar-') || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) {
      const language = languageOf(request.url);
      if (language) kept.add(language);
    }
  }
  return kept;
}

// The language files being kept: one file is written once at a time.
const keeping = new Map();

/**
 * Keeps a language file of this version (if it is one) in this version's cache: the
 * response given, or else one fetched now. Never throws; a failed fetch changes nothing.
 */
function keep(url, response) {
  if (!LANGUAGE_URLS.has(url)) return Promise.resolve();
  const kept = (keeping.get(url) ?? Promise.resolve()).then(async () => {
    const cache = await caches.open(CACHE);
    if (await cache.match(url)) return;
    const fresh = response ?? await fetch(url);
    if (fresh.ok) await cache.put(url, fresh);
  }).catch(() => {});
  keeping.set(url, kept);
  return kept;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map(scoped));
    // Best effort: a language that cannot be fetched now is fetched when chosen.
    const kept = await languagesKeptBefore();
    await Promise.all([...LANGUAGE_URLS].filter((url) => kept.has(languageOf(url))).map((url) => keep(url)));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('studierekenaar-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  // The page asks a waiting new version to take over when the person chooses to reload.
  if (event.data === 'activate-new-version') self.skipWaiting();
  // A language the page fetched before this worker took over (assets/pwa.js).
  if (typeof event.data?.keepLanguage === 'string') event.waitUntil(keep(scoped(event.data.keepLanguage)));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every page address (whatever its fragment or query) is the app's one page.
    const key = request.mode === 'navigate' ? scoped('./') : request;
    const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok && LANGUAGE_URLS.has(request.url)) await keep(request.url, response.clone());
    return response;
  })());
});
