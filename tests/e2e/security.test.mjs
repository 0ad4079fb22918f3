// Nothing leaks, nothing is lost: a strict Content-Security-Policy with no inline
// script, a whole session whose every request stays on the app's origin and carries no
// input, and a crash that shows a message and gives the input back.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, screenshot, waitForSaved, DIST } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SECRET = 'GeheimeHogeschoolXYZ';

test('the page declares a strict policy and runs no inline script', () => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  const policy = index.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(policy, /connect-src 'self'/);
  assert.doesNotMatch(policy, /unsafe-inline|https?:\/\//);
  const scripts = [...index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length >= 2);
  for (const [, attributes, body] of scripts) {
    assert.match(attributes, /\bsrc="\.\//, 'every script is a file of the app');
    assert.equal(body.trim(), '');
  }
});

test('a whole session sends nothing to another origin and no input to any server', async () => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const requests = [];
  context.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));
  const { page, problems } = await openApp(browser, server.origin, '/', { context });

  await page.locator('#enrolment-1-institution').fill(SECRET);
  await page.getByLabel(/Leerkrediet/).fill('37');
  await page.getByRole('button', { name: '+ Inschrijving toevoegen' }).click();
  await page.locator('#enrolment-2-credits').fill('14');
  for (const section of ['Studielast en verlof', 'Duaal leren', 'Mijn berekeningen', 'Studiegeld']) {
    await page.getByRole('button', { name: section, exact: true }).click();
  }
  await page.getByLabel('Naam voor deze berekening').fill(`Plan ${SECRET}`);
  await page.getByRole('button', { name: 'Bewaar deze berekening' }).click();
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await page.locator('.share-bar .notice').filter({ hasText: 'gekopieerd' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(encodeURIComponent(SECRET)), 'the link carries the input after #');
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await page.locator('#fee-total').waitFor();

  assert.ok(requests.length > 5);
  const foreign = requests.filter((r) => !r.url.startsWith(server.origin + '/'));
  assert.deepEqual(foreign, [], 'every request stays on the app\'s origin');
  const leaking = requests.filter((r) => r.url.includes(SECRET) || r.url.includes('#') || r.body.includes(SECRET) || r.url.includes('s=%7B'));
  assert.deepEqual(leaking, [], 'no request carries the input');
  assert.ok(!server.requests.some((r) => r.includes(SECRET)), 'the server never saw the input');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a crash shows a readable message, and "restore my input" brings the input back', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.locator('#enrolment-1-institution').fill(SECRET);
  await page.locator('#enrolment-1-credits').fill('42');
  await waitForSaved(page, '"credits":42');
  await page.goto(server.origin + '/?selftest=crash');
  const crash = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' });
  await crash.waitFor();
  assert.match(await crash.innerText(), /Wat je had ingevuld, is bewaard/);
  assert.match(await crash.innerText(), /zelftest van het foutscherm/);
  await screenshot(page, 'crash-message');
  await page.goto(server.origin + '/');
  await page.locator('#fee-total').waitFor();
  await page.goto(server.origin + '/?selftest=crash');
  await crash.waitFor();
  await Promise.all([page.waitForEvent('load'), crash.getByRole('button', { name: 'Herstel mijn invoer' }).click()]);
  await page.locator('#enrolment-1-credits').waitFor();
  assert.equal(await page.locator('#enrolment-1-institution').inputValue(), SECRET);
  assert.equal(await page.locator('#enrolment-1-credits').inputValue(), '42');
  assert.doesNotMatch(page.url(), /selftest/, 'the restored page is the normal app');
  await page.waitForTimeout(500);
  assert.ok(await crash.isHidden(), 'and it keeps running');
  const unexpected = problems.filter((p) => !/Studierekenaar stopte|unreachable|RuntimeError/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});
