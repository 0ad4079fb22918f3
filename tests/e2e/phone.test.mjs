// On a phone (390 × 844, an iPhone 12 to 15), in every language, with every explanation
// open: axe-core finds no WCAG 2.2 A/AA violation (a box that scrolls sideways, such as the
// dual-learning comparison, must be reachable by keyboard).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, violations, openEverything } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 390, height: 844 };
const LANGUAGES = ['nl-BE', 'fr-BE', 'en'];
const SECTIONS = ['fee', 'leave', 'dual'];

/** The phone's browser, with axe allowed in (see `violations`). */
async function openOnPhone(language) {
  const context = await browser.newContext({ locale: language, bypassCSP: true, viewport: PHONE, deviceScaleFactor: 1 });
  return openApp(browser, server.origin, `/?lang=${language}`, { context });
}

async function showSection(page, section) {
  await page.locator(`#section-${section}`).click();
  await page.locator(section === 'fee' ? '#fee-total' : `#${section}-result-title`).waitFor();
  await openEverything(page);
}

for (const language of LANGUAGES) {
  test(`on a 390 px phone no section has a WCAG 2.2 AA violation, in ${language}`, async () => {
    const { page, problems, context } = await openOnPhone(language);
    for (const section of SECTIONS) {
      await showSection(page, section);
      assert.deepEqual(await violations(page), [], `${section} in ${language}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('on a phone the dual comparison is reached with Tab, shows the focus and scrolls with the arrow keys', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  await showSection(page, 'dual');
  const box = page.getByRole('region', { name: 'Tabel van de vier overeenkomsten (schuift opzij)' });
  assert.equal(await box.getAttribute('tabindex'), '0');
  // From the last field before it, by keyboard.
  await page.locator('#dual-home-care').focus();
  let steps = 0;
  while (!(await box.evaluate((element) => element === document.activeElement)) && steps++ < 5) await page.keyboard.press('Tab');
  assert.ok(await box.evaluate((element) => element === document.activeElement), 'the comparison takes the focus');
  const focusStyle = await box.evaluate((element) => getComputedStyle(element).outlineStyle);
  assert.notEqual(focusStyle, 'none', 'the focus is visible');
  const start = await box.evaluate((element) => element.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((from) => document.activeElement.scrollLeft > from, start);
  await screenshot(page, 'phone-dual-comparison-focused-nl-BE');
  assert.deepEqual(problems, []);
  await context.close();
});
