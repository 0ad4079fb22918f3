// Accessibility in a real browser: axe-core finds no WCAG 2.2 A/AA violation in any
// section in any language, and the fee calculation can be done with the keyboard alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, violations, openEverything } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// axe is injected as a script, which the app's Content-Security-Policy forbids: this
// browser context alone bypasses it.
const context = () => browser.newContext({ locale: 'nl-BE', bypassCSP: true, viewport: { width: 1280, height: 900 } });

for (const language of ['nl-BE', 'fr-BE', 'en']) {
  for (const section of ['fee', 'leave', 'dual', 'adult-education', 'saved']) {
    test(`no WCAG 2.2 AA violations: ${section} section in ${language}`, async () => {
      const ctx = await context();
      const { page, problems } = await openApp(browser, server.origin, `/?lang=${language}`, { context: ctx, language });
      assert.equal(await page.evaluate(() => document.documentElement.lang), language);
      if (section === 'saved') {
        for (const name of ['Plan A', 'Plan B']) {
          await page.locator('#save-name').fill(name);
          await page.locator('.share-bar button.secondary').first().click();
        }
      }
      await page.locator(`#section-${section}`).click();
      // Open every explanation, so that their contents are checked too.
      await openEverything(page);
      assert.deepEqual(await violations(page), []);
      if (section === 'fee') {
        await page.locator('#enrolment-1-credits').fill('abc');
        assert.deepEqual(await violations(page), [], 'also with an error message shown');
        // The check itself works: an input without a label is caught.
        await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('input'), { id: 'unlabelled' })));
        assert.match((await violations(page)).join('\n'), /^label /m);
      }
      assert.deepEqual(problems, []);
      await ctx.close();
    });
  }
}

test('the fee calculation can be done with the keyboard alone', async () => {
  const ctx = await context();
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
  // The skip link comes first and leads to the content.
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Naar de inhoud');
  // Tab to the academic year and pick 2024-2025 with the arrow keys.
  let steps = 0;
  while ((await focused()) !== 'year' && steps++ < 10) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'year');
  const years = await page.locator('#year option').allInnerTexts();
  const moves = years.indexOf('2024-2025') - years.indexOf(await page.locator('#year').inputValue());
  for (let i = 0; i < Math.abs(moves); i += 1) await page.keyboard.press(moves < 0 ? 'ArrowUp' : 'ArrowDown');
  assert.equal(await page.locator('#year').inputValue(), '2024-2025');
  // On to the status: the radio group is one tab stop; the arrow key chooses.
  steps = 0;
  while (!(await focused()).startsWith('status-') && steps++ < 10) await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.getByLabel('Bijna-beursstudent').isChecked());
  // On to the study points of the first enrolment, and type.
  steps = 0;
  while ((await focused()) !== 'enrolment-1-credits' && steps++ < 15) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'enrolment-1-credits');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('60');
  // 2024-2025, near-grant: € 288,00 + 60 × € 5,00 = € 588,00
  assert.equal((await page.locator('#fee-total .amount').innerText()).trim(), '€ 588,00');
  // Add an enrolment with the keyboard: the button is reachable and activates with Enter.
  steps = 0;
  while ((await focused()) !== '+ Inschrijving toevoegen' && steps++ < 10) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.enrolment').count(), 2);
  await screenshot(page, 'keyboard-only');
  assert.deepEqual(problems, []);
  await ctx.close();
});

for (const language of ['nl-BE', 'fr-BE', 'en']) {
  test(`at 200 % zoom (a 640 px wide window) nothing needs horizontal scrolling, in ${language}`, async () => {
    const ctx = await browser.newContext({ locale: 'nl-BE', viewport: { width: 640, height: 900 } });
    const { page, problems } = await openApp(browser, server.origin, `/?lang=${language}`, { context: ctx, language });
    for (const section of ['fee', 'leave', 'dual', 'adult-education', 'saved']) {
      await page.locator(`#section-${section}`).click();
      await openEverything(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${section}: ${overflow}px wider than the window`);
    }
    await page.locator('#section-fee').click();
    await screenshot(page, `zoom-200-fee-${language}`);
    assert.deepEqual(problems, []);
    await ctx.close();
  });
}

test('on a phone the total stays in sight and a focused field is never hidden behind it', async () => {
  const ctx = await browser.newContext({ locale: 'nl-BE', viewport: { width: 400, height: 700 } });
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  const bar = page.getByRole('link', { name: /^Studiegeld: € .* naar de berekening$/ });
  // The answer comes first: while it is on screen the bar is not needed.
  await page.locator('#result-title').waitFor();
  assert.equal(await bar.isVisible(), false, 'no bar while the answer shows');
  await page.locator('#enrolment-1-credits').focus();
  await bar.waitFor({ state: 'visible' });
  const [field, barBox] = await Promise.all([page.locator('#enrolment-1-credits').boundingBox(), bar.boundingBox()]);
  assert.ok(field.y + field.height <= barBox.y, `field bottom ${field.y + field.height} must be above the bar at ${barBox.y}`);
  await bar.click();
  await page.waitForFunction(() => document.getElementById('result-title').getBoundingClientRect().top < 300);
  await bar.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await ctx.close();
});
