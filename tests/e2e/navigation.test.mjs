// Each section is a page of its own: opening one adds a history entry (Back returns to
// the section before, Forward to it again), gives the page the section's title, and
// moves focus to the section's heading, so that a screen reader says where the person is.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const titleIs = (page, title) =>
  page.waitForFunction((wanted) => document.title === wanted, title, { timeout: 10000 }).then(() => true, () => false);
const focusedHeading = async (page, id) => {
  await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout: 5000 }).catch(() => {});
  return page.evaluate(() => document.activeElement?.id);
};

test('a section switch is a history entry with its own title, and focus goes to its heading', async () => {
  const { page, problems } = await openApp(browser, server.origin, '/');
  assert.ok(await titleIs(page, 'Studiegeld — Studierekenaar'), await page.title());

  await page.locator('#section-leave').click();
  assert.ok(await titleIs(page, 'Studielast en verlof — Studierekenaar'), await page.title());
  // The leave section opens on its answer.
  assert.equal(await focusedHeading(page, 'leave-result-title'), 'leave-result-title');
  assert.match(page.url(), /[#&]p=leave(&|$)/);

  await page.locator('#section-dual').click();
  assert.ok(await titleIs(page, 'Duaal leren — Studierekenaar'), await page.title());
  assert.equal(await focusedHeading(page, 'dual-inputs-title'), 'dual-inputs-title');

  // Back: the leave section again, with its title; Back once more: the fee.
  await page.goBack();
  await page.locator('#leave-inputs-title').waitFor();
  assert.ok(await titleIs(page, 'Studielast en verlof — Studierekenaar'), await page.title());
  assert.equal(await page.locator('#section-leave[aria-current="page"]').count(), 1);
  await page.goBack();
  await page.locator('#inputs-title').waitFor();
  assert.ok(await titleIs(page, 'Studiegeld — Studierekenaar'), await page.title());
  // Forward returns to the leave section.
  await page.goForward();
  await page.locator('#leave-inputs-title').waitFor();

  // By keyboard: Enter on a section button, then Tab reaches that section's first field.
  await page.locator('#section-dual').focus();
  await page.keyboard.press('Enter');
  assert.equal(await focusedHeading(page, 'dual-inputs-title'), 'dual-inputs-title');
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.closest('#section-content') !== null);
  assert.ok(next, 'Tab after the heading stays in the section');

  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the title follows the language', async () => {
  const { page, problems } = await openApp(browser, server.origin, '/');
  await page.locator('#section-leave').click();
  await page.locator('#leave-inputs-title').waitFor();
  await page.locator('.language-switch button[lang="en"]').click();
  assert.ok(await titleIs(page, 'Study load and leave — Studierekenaar'), await page.title());
  assert.deepEqual(problems, []);
  await page.context().close();
});
