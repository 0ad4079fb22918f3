// The study route in a real browser: a plan built and its comparison read by keyboard
// alone, with the figures of the published fee tables, and no WCAG 2.2 AA violation in
// the section in any language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, violations, openEverything, waitForSaved } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const context = () => browser.newContext({ locale: 'nl-BE', bypassCSP: true, viewport: { width: 1280, height: 900 } });

/** Presses Tab until the focused element's id (or text) is `target`; fails after `limit` presses. */
async function tabTo(page, target, limit = 40) {
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
  for (let i = 0; i < limit; i += 1) {
    if ((await focused()) === target) return;
    await page.keyboard.press('Tab');
  }
  assert.equal(await focused(), target);
}

test('a study route is built and its comparison read with the keyboard alone', async () => {
  const ctx = await context();
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  // The academic year 2024-2025, with the arrow keys.
  await tabTo(page, 'year');
  const years = await page.locator('#year option').allInnerTexts();
  const moves = years.indexOf('2024-2025') - years.indexOf(await page.locator('#year').inputValue());
  for (let i = 0; i < Math.abs(moves); i += 1) await page.keyboard.press(moves < 0 ? 'ArrowUp' : 'ArrowDown');
  await page.waitForFunction(() => document.querySelector('#year').value === '2024-2025');
  // The section, then a bachelor of 180 at 30 study points a year.
  await tabTo(page, 'section-plan');
  await page.keyboard.press('Enter');
  await page.locator('#plan-inputs-title').waitFor();
  await tabTo(page, 'plan-preset-bachelor-180');
  await page.keyboard.press('Enter');
  await tabTo(page, 'plan-credits-per-year');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  const summary = page.locator('#plan-summary');
  await page.waitForFunction(() => document.querySelector('#plan-summary')?.textContent.includes('6 jaar'));
  // 2024-2025 € 702,00 + 2025-2026 € 728,00 + 2026-2027 € 743,40 and three estimated years at € 743,40.
  assert.equal(await summary.innerText(),
    'Je studietraject duurt 6 jaar, van 2024-2025 tot en met 2029-2030, en kost € 4.403,60 studiegeld. Daarna heb je 200 studiepunten leerkrediet.');
  // The answer first: the grant and the hours a week left; the route year by year is folded.
  assert.equal(await page.locator('#plan-answer-grant').innerText(), 'ja, in 6 jaar');
  assert.match(await page.locator('#plan-answer-left').innerText(), /uur per week$/);
  assert.equal(await page.locator('#plan-how').getAttribute('open'), null);
  // The comparison: the own plan marked, then sorted on the total fee with the keyboard.
  const own = page.locator('#plan-compare-table tbody tr.plan-own');
  assert.match(await own.innerText(), /jouw plan[\s\S]*6 jaar, tot 2029-2030[\s\S]*€ 4\.403,60/);
  await tabTo(page, 'Studiegeld in totaal');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#plan-compare-table th[aria-sort="ascending"]'));
  // The cheapest: an exam contract at 60 a year, € 431,50 + € 448,50 + € 457,40.
  const cheapest = page.locator('#plan-compare-table tbody tr').first();
  await page.waitForFunction(() => document.querySelector('#plan-compare-table tbody tr')?.textContent.includes('€ 1.337,40'));
  assert.match(await cheapest.innerText(), /examencontract, 60 studiepunten per jaar[\s\S]*3 jaar[\s\S]*€ 1\.337,40/);
  // Every row explains itself: "Jaar per jaar" shows the route its totals add up, by keyboard.
  const show = cheapest.locator('button.plan-option-show');
  await show.focus();
  await page.keyboard.press('Enter');
  assert.equal(await show.getAttribute('aria-expanded'), 'true');
  const route = page.locator('#plan-option-years-table tbody tr');
  await route.first().waitFor();
  assert.deepEqual((await route.allInnerTexts()).map((row) => row.match(/€ [\d.]+,\d\d/)?.[0]), ['€ 431,50', '€ 448,50', '€ 457,40']);
  assert.match(await page.locator('#plan-option-route h3').innerText(), /Jaar per jaar: examencontract, 60 studiepunten per jaar/);
  assert.match(await page.locator('#plan-option-years-table tfoot').innerText(), /€ 1\.337,40/);
  // Each year's figures with their source, folded per year.
  assert.equal(await page.locator('#plan-option-figures > details').count(), 3);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#plan-option-years-table'));
  // Full time on a diploma contract: € 1.116,00 + € 1.157,00 + € 1.181,40, learning credit 200 at the end.
  const fullTime = page.locator('#plan-compare-table tbody tr', { hasText: 'diplomacontract, 60 studiepunten per jaar' });
  assert.match(await fullTime.innerText(), /€ 3\.454,40[\s\S]*200/);
  // The own route year by year, under the comparison.
  await page.locator('#plan-how > summary').click();
  const firstYear = page.locator('#plan-years-table tbody tr').first();
  await firstYear.waitFor();
  assert.match(await firstYear.innerText(), /2024-2025[\s\S]*€ 702,00[\s\S]*140 → 170/);
  // The plan travels in the link.
  await waitForSaved(page, '"credits_per_year":30');
  await screenshot(page, 'plan-nl');
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('a year of the route gets its own study points, contract and status, by keyboard, kept in the link', async () => {
  const ctx = await context();
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  await page.locator('#year').selectOption('2024-2025');
  await page.locator('#section-plan').click();
  await page.locator('#plan-credits-per-year').fill('30');
  await page.waitForFunction(() => document.querySelector('#plan-summary')?.textContent.includes('€ 4.403,60'));
  // The disclosure, opened from the keyboard: one row per year of the route.
  await tabTo(page, 'Aanpassen per jaar');
  await page.keyboard.press('Enter');
  await page.locator('#plan-year-5-credits').waitFor();
  assert.equal(await page.locator('#plan-year-1-row legend').innerText(), '2025-2026');
  // 2025-2026: 45 study points on a credit contract.
  await page.locator('#plan-year-1-credits').focus();
  await page.keyboard.type('45');
  await tabTo(page, 'plan-year-1-contract');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#plan-year-1-contract').selectedIndex === 2);
  // 2026-2027 at the grant rate.
  await tabTo(page, 'plan-year-2-status');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#plan-year-2-status').selectedIndex === 3);
  await page.locator('#plan-how > summary').click();
  const row = (year) => page.locator('#plan-years-table tbody tr', { hasText: year });
  // 2025-2026: € 299,00 + 45 × € 14,30 = € 942,50; the learning credit stays 170 on a credit contract.
  await page.waitForFunction(() => document.querySelector('#plan-years-table')?.textContent.includes('€ 942,50'));
  assert.match(await row('2025-2026').innerText(), /45 \(45\)[\s\S]*creditcontract[\s\S]*€ 942,50[\s\S]*170 → 170/);
  // 2026-2027 at the grant rate: € 139,40.
  assert.match(await row('2026-2027').innerText(), /€ 139,40/);
  // € 702,00 + € 942,50 + € 139,40 + 2 × € 743,40 + 15 study points at the 2026-2027 rate (€ 524,40).
  await page.waitForFunction(() => document.querySelector('#plan-summary')?.textContent.includes('€ 3.795,10'));
  // Kept in the link and in storage (which orders the keys alphabetically).
  await waitForSaved(page, '{"status":"grant"}]');
  assert.ok(decodeURIComponent(page.url()).includes('"years":[{},{"credits":45,"contract":"credit"},{"status":"grant"}]'));
  // The link opens with the same choices, the disclosure open.
  const link = page.url();
  const again = await ctx.newPage();
  await again.goto(link);
  await again.locator('#section-plan').click();
  await again.locator('#plan-year-1-credits').waitFor();
  assert.equal(await again.locator('#plan-year-1-credits').inputValue(), '45');
  await again.waitForFunction(() => document.querySelector('#plan-year-2-status')?.selectedIndex === 3);
  await again.waitForFunction(() => document.querySelector('#plan-summary')?.textContent.includes('€ 3.795,10'));
  // A year's study points that do not fit: the error at the field, linked from the summary.
  await page.locator('#plan-year-1-credits').fill('200');
  await page.locator('#plan-year-1-credits-error').waitFor();
  const errorLink = page.locator('#plan-errors a', { hasText: 'Studiepunten dit jaar in 2025-2026' });
  await errorLink.click();
  await page.waitForFunction(() => document.activeElement?.id === 'plan-year-1-credits');
  await screenshot(page, 'plan-per-year');
  assert.deepEqual(problems, []);
  await ctx.close();
});

for (const language of ['nl-BE', 'fr-BE', 'en']) {
  test(`no WCAG 2.2 AA violations: study route in ${language}`, async () => {
    const ctx = await context();
    const { page, problems } = await openApp(browser, server.origin, `/?lang=${language}`, { context: ctx, language });
    await page.locator('#section-plan').click();
    await page.locator('#plan-summary').waitFor();
    // With an alternative's route shown under the comparison, every year of it unfolded.
    await page.locator('#plan-option-1-show').click();
    await page.locator('#plan-option-years-table').waitFor();
    await openEverything(page);
    assert.deepEqual(await violations(page), []);
    await page.locator('#plan-credits-per-year').fill('0');
    await page.locator('#plan-credits-per-year-error').waitFor();
    assert.deepEqual(await violations(page), [], 'also with an error message shown');
    await screenshot(page, `plan-${language}`);
    assert.deepEqual(problems, []);
    await ctx.close();
  });
}

test('at 200 % zoom (a 640 px wide window) the study route with every year open needs no horizontal scrolling', async () => {
  const ctx = await browser.newContext({ locale: 'nl-BE', viewport: { width: 640, height: 900 } });
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  await page.locator('#section-plan').click();
  await page.locator('#plan-summary').waitFor();
  await openEverything(page);
  await page.locator('#plan-year-0-credits').fill('45');
  await page.waitForFunction(() => document.querySelector('#plan-year-clear'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow}px wider than the window`);
  await screenshot(page, 'plan-per-year-640');
  assert.deepEqual(problems, []);
  await ctx.close();
});
