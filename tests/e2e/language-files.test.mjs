// French and English on demand: the app holds Dutch only; each other language is one
// file of messages (locales-<tag>-<hash>.json), fetched when it is chosen and kept by the
// service worker from then on. A language that cannot be fetched leaves the page usable,
// in the language it has, with a message that says so.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, screenshot, waitForLanguage, waitUntil, DIST } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LANGUAGE_FILE = /\/locales-(fr-BE|en)-[0-9a-f]{16}\.json$/;
const languageFiles = (urls) => urls.filter((url) => LANGUAGE_FILE.test(new URL(url, 'http://x').pathname));
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function choose(page, name) {
  await page.getByRole('button', { name, exact: true }).first().click();
}

/** Waits until the service worker controls the page (a reload after the first visit). */
async function underServiceWorker(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.locator('#fee-total').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The language files in the service worker's caches, by cache. */
function cachedLanguages(page) {
  return page.evaluate(async () => {
    const found = {};
    for (const key of await caches.keys()) {
      const urls = (await (await caches.open(key)).keys()).map((request) => new URL(request.url).pathname);
      found[key] = urls.filter((path) => /\/locales-/.test(path)).map((path) => path.replace(/-[0-9a-f]{16}\.json$/, ''));
    }
    return found;
  });
}

test('the build: French and English are files of their own, out of the app and in the JavaScript API', () => {
  const names = readdirSync(DIST);
  const files = names.filter((name) => /^locales-/.test(name)).sort();
  assert.equal(files.length, 2, files.join(', '));
  assert.match(files[0], /^locales-en-[0-9a-f]{16}\.json$/);
  assert.match(files[1], /^locales-fr-BE-[0-9a-f]{16}\.json$/);
  const french = JSON.parse(readFileSync(join(DIST, files[1]), 'utf8'));
  assert.equal(french.language, 'fr-BE');
  assert.ok(Object.keys(french.core).includes('fee.ftl') && Object.keys(french.app).includes('app.ftl'));
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.ok(index.includes(`<meta name="studierekenaar-languages" content="en=./${files[0]} fr-BE=./${files[1]}">`));
  const app = readFileSync(join(DIST, names.find((name) => name.endsWith('_bg.wasm')))).toString('latin1');
  const api = readFileSync(join(DIST, 'api', 'studierekenaar_bg.wasm')).toString('latin1');
  const inWasm = (wasm, words) => wasm.includes(Buffer.from(words).toString('latin1'));
  assert.ok(inWasm(app, 'Vlaams opleidingsverlof') && !inWasm(app, 'Flemish training leave') && !inWasm(app, 'septembre'),
    'the app holds the Dutch messages only');
  assert.ok(inWasm(api, 'Flemish training leave') && inWasm(api, 'septembre'), 'the JavaScript API holds every language');
});

test('a Dutch first visit fetches no French or English messages; a switch to French fetches exactly one file', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  // Every request of the page and of its service worker.
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const { page, problems } = await openApp(browser, server.origin, '/', { context });
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  assert.match(await text(page.locator('#fee-total .amount')), /^€ \d/, 'a Dutch amount');
  assert.deepEqual(languageFiles(requests), [], 'the page and its service worker');
  assert.deepEqual(languageFiles(server.requests), [], 'the server');

  await choose(page, 'Français');
  await waitForLanguage(page, 'fr-BE');
  assert.match(await page.locator('h1').innerText(), /Reprendre des études/);
  assert.equal(await page.getByRole('button', { name: 'Français', exact: true }).getAttribute('aria-pressed'), 'true');
  const french = languageFiles(server.requests);
  assert.equal(french.length, 1, french.join(', '));
  assert.match(french[0], /\/locales-fr-BE-[0-9a-f]{16}\.json$/);
  // Back and forth: the messages are here now, nothing is fetched again.
  await choose(page, 'Nederlands');
  await waitForLanguage(page, 'nl-BE');
  await choose(page, 'Français');
  await waitForLanguage(page, 'fr-BE');
  assert.deepEqual(languageFiles(server.requests), french);
  assert.deepEqual(problems, []);
});

test('offline, a language used before still switches, and one never used says so and keeps the page in Dutch', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const { page, problems } = await openApp(browser, server.origin, '/', { context });
  await underServiceWorker(page);
  await choose(page, 'English');
  await waitForLanguage(page, 'en');
  await choose(page, 'Nederlands');
  await waitForLanguage(page, 'nl-BE');
  assert.deepEqual(Object.values(await cachedLanguages(page)), [['/locales-en']], 'English is kept, French never fetched');

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.locator('#fee-total').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl-BE');
  // English comes from the service worker's cache.
  await choose(page, 'English');
  await waitForLanguage(page, 'en');
  assert.match(await page.locator('h1').innerText(), /Going back to study/);
  await choose(page, 'Nederlands');
  await waitForLanguage(page, 'nl-BE');

  // French was never fetched: a polite message, in Dutch and in French, and Dutch stays.
  await choose(page, 'Français');
  const message = page.locator('.language-status .restore-message');
  await message.waitFor();
  assert.match(await text(message), /De Franse teksten konden niet geladen worden.*De pagina blijft in het Nederlands/);
  assert.match(await text(message.locator('p[lang="fr-BE"]')), /Le français n’a pas pu être chargé/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl-BE');
  assert.equal(await page.getByRole('button', { name: 'Nederlands', exact: true }).getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'language-unavailable-offline');
  // The page is still usable in Dutch.
  await page.getByLabel('Academiejaar').selectOption('2024-2025');
  await page.locator('#enrolment-1-credits').fill('60');
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 1.116,00');
  await message.getByRole('button', { name: 'Sluiten' }).click();
  assert.equal(await page.locator('.language-status').innerText(), '');
  const offline = /ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/;
  assert.deepEqual(problems.filter((p) => !offline.test(p)), []);
});

test('a language fetched before the service worker took over is kept for offline use too', async (t) => {
  const server = await serve();
  t.after(() => server.close());
  // A French browser: the first visit starts in Dutch and fetches French at once.
  const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const { page, problems } = await openApp(browser, server.origin, '/', { context, language: 'fr-BE' });
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Kept whole: the service worker's copy reads as French.
  await waitUntil(page, async () => {
    const keys = await caches.keys();
    const cache = keys.length === 1 && await caches.open(keys[0]);
    const french = cache && (await cache.keys()).find((r) => /\/locales-fr-BE-/.test(r.url));
    return Boolean(french) && (await (await cache.match(french)).json()).language === 'fr-BE';
  });
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.locator('#fee-total').waitFor();
  await waitForLanguage(page, 'fr-BE');
  assert.match(await page.locator('h1').innerText(), /Reprendre des études/);
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
});

test('a new version keeps the languages the old one kept, in its own copy', async (t) => {
  let version = 'one';
  const server = await serve(undefined, {
    rewrite: (path, body) => (path === '/sw.js' ? Buffer.from(body.toString().replace(/const VERSION = '[^']*'/, `const VERSION = '${version}'`)) : body),
  });
  t.after(() => server.close());
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const { page, problems } = await openApp(browser, server.origin, '/', { context });
  await underServiceWorker(page);
  await choose(page, 'Français');
  await waitForLanguage(page, 'fr-BE');
  assert.deepEqual(await cachedLanguages(page), { 'studierekenaar-one': ['/locales-fr-BE'] });

  version = 'two';
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.locator('#update-banner');
  await banner.waitFor();
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button').click()]);
  await page.locator('#fee-total').waitFor();
  await waitUntil(page, async () => (await caches.keys()).join() === 'studierekenaar-two');
  assert.deepEqual(await cachedLanguages(page), { 'studierekenaar-two': ['/locales-fr-BE'] });
  assert.deepEqual(problems, []);
});
