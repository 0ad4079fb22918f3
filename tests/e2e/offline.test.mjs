// The installable offline app: a valid manifest, an active service worker, a reload
// with the network off that still computes, and a new version announced, not mixed in.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, waitUntil } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

test('install criteria: the manifest parses without errors and the service worker controls the page', async () => {
  const server = await serve();
  const { page, problems, context } = await openApp(browser, server.origin);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.short_name, 'Studierekenaar');
  assert.equal(parsed.display, 'standalone');
  assert.equal(parsed.lang, 'nl-BE');
  assert.deepEqual(parsed.icons.map((i) => i.sizes), ['192x192', '512x512']);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, server.origin + '/');
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});

test('with the network off and the server gone, a reload still opens and computes', async () => {
  const server = await serve();
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Academiejaar').selectOption('2024-2025');
  await page.locator('#enrolment-1-credits').fill('60');
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 1.116,00');
  await screenshot(page, 'offline-reload');
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('a new version is announced and only taken in when the person reloads', async () => {
  let version = 'one';
  const server = await serve(undefined, {
    rewrite: (path, body) => (path === '/sw.js' ? Buffer.from(body.toString().replace(/const VERSION = '[^']*'/, `const VERSION = '${version}'`)) : body),
  });
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['studierekenaar-one']);

  version = 'two';
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.locator('#update-banner');
  await banner.waitFor();
  assert.match(await text(banner), /nieuwe versie met nieuwe cijfers/);
  // Until the person chooses, the page keeps running on the old version's cache.
  assert.ok((await page.evaluate(() => caches.keys())).includes('studierekenaar-one'));
  await screenshot(page, 'update-banner');
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Herladen' }).click()]);
  await page.locator('#fee-total').waitFor();
  await waitUntil(page, async () => (await caches.keys()).length === 1);
  assert.deepEqual(await page.evaluate(() => caches.keys()), ['studierekenaar-two']);
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});
