// The leave section in a real browser: a working adult's situation typed in as a person
// would, with the study load, the covered share and the hours left per week checked on
// screen against the official pages, and a screenshot kept as a test artefact.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** The study plan is the fee section's: one enrolment, then the leave section. */
async function openLeave(page, { year, credits, contract = 'Diplomacontract' }) {
  await page.getByLabel('Academiejaar').selectOption(year);
  await page.locator('#enrolment-1-contract').selectOption({ label: contract });
  await page.locator('#enrolment-1-credits').fill(String(credits));
  await page.locator('#fee-total .amount').waitFor();
  await page.getByRole('button', { name: 'Studielast en verlof' }).click();
  await page.locator('#leave-result-title').waitFor();
}

test('full-time private-sector worker, 30 study points on a diploma contract, 1/5 time credit: 57 to 68 % covered, 4,52 to 7,4 hours a week left', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await openLeave(page, { year: '2024-2025', credits: 30 });
  await page.getByLabel('In de privésector').check();
  await page.getByLabel('Tewerkstellingspercentage (%)').fill('100');
  await page.getByLabel('Uren per week in je contract').fill('38');
  await page.getByLabel('Werk je minder om te studeren?').selectOption({ label: '1/5 minder werken (één dag per week)' });

  // Study load (§7): 30 × 25 = 750 to 30 × 30 = 900 hours, over 52 weeks: the hours a week first.
  assert.equal(await text(page.locator('#leave-load .amount')), '14,42 tot 17,31 uur per week');
  assert.equal(await text(page.locator('#leave-load .total-sub')), '750 tot 900 uur');
  // VOV (§2) 30 × 4 = 120 hours + 1/5 of 38 hours × 52 weeks = 395,2 hours: 515,2 of 900 and of 750 hours.
  assert.equal(await text(page.locator('#leave-covered-share')), '57 tot 68 % (515,2 uur)');
  // (750 − 515,2) / 52 = 4,52 and (900 − 515,2) / 52 = 7,4 hours a week.
  assert.equal(await text(page.locator('#leave-left-per-week')), '4,52 tot 7,4 uur per week');

  // The live region announces the verdict; the chart has a text alternative and a table.
  const status = page.locator('.leave-result [role="status"]');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.match(await text(status), /Er blijft 4,52 tot 7,4 uur per week over/);
  // How it was calculated, with the sources: folded under the answer until the person opens it.
  const how = page.locator('#leave-how');
  assert.equal(await how.getAttribute('open'), null);
  await how.locator(':scope > summary').click();
  const chart = page.locator('.leave-chart svg[role="img"]');
  assert.match(await chart.getAttribute('aria-labelledby'), /leave-chart-desc/);
  assert.match(await page.locator('#leave-chart-desc').textContent(), /515,2 uur gedekt \(120 uur via Vlaams opleidingsverlof en 395,2 uur via 1\/5 tijdskrediet\)/);
  const rows = page.locator('#leave-coverage-table tbody tr');
  assert.equal(await rows.count(), 3);
  assert.match(await text(rows.nth(0)), /Jouw plan: Vlaams opleidingsverlof en 1\/5 tijdskrediet 515,2 uur 57 tot 68 % 4,52 tot 7,4 uur/);
  assert.match(await text(rows.nth(1)), /Alleen Vlaams opleidingsverlof 120 uur 13 tot 16 % 12,12 tot 15 uur/);
  assert.match(await text(rows.nth(2)), /Alleen 1\/5 tijdskrediet 395,2 uur 43 tot 52 % 6,82 tot 9,71 uur/);

  // Each figure explained and sourced, with its status in words.
  const vov = page.locator('#leave-vov');
  assert.match(await text(vov), /Ja\. In 2024-2025 kan je 120 uur Vlaams opleidingsverlof opnemen/);
  assert.match(await text(vov), /30 studiepunten op diplomacontract × 4 uur per studiepunt = 120 uur.*2024-2025.*bevestigd.*bron: vlaanderen\.be/);
  assert.match(await text(vov), /alleen voor studiepunten waarvoor je examen aflegt/);
  assert.match(await text(page.locator('#leave-vok')), /€ 175,03 bruto \(€ 155,78 netto\) per maand/);
  assert.match(await text(page.locator('#leave-time-credit')), /7,6 uur per week minder: 395,2 uur over 52 weken/);
  const source = vov.getByRole('link', { name: /bron: vlaanderen\.be/ }).first();
  assert.equal(await source.getAttribute('href'), 'https://www.vlaanderen.be/als-werknemer-vlaams-opleidingsverlof-opnemen/aantal-uren-vlaams-opleidingsverlof-per-schooljaar');

  await screenshot(page, 'leave-2024-2025-full-time-30-points-one-fifth');
  assert.deepEqual(problems, []);
  await context.close();
});

test('24 study points: the threshold for time credit is missed by 3 study points, and the screen says so', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await openLeave(page, { year: '2024-2025', credits: 24 });
  await page.locator('#leave-how > summary').click();
  const shortfalls = await text(page.locator('.shortfalls'));
  assert.match(shortfalls, /Met 3 studiepunten meer op diploma- of creditcontract \(27 in plaats van 24\) kom je in 2024-2025 in aanmerking voor tijdskrediet met motief opleiding/);
  assert.match(await text(page.locator('#leave-time-credit .verdict')), /Nee\./);
  // VOV alone: 24 × 4 = 96 hours of 600 to 720 hours.
  assert.equal(await text(page.locator('#leave-covered-share')), '13 tot 16 % (96 uur)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('validation: more than 100 % employment and more VOV than allowed are refused at the field', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await openLeave(page, { year: '2024-2025', credits: 30 });
  const employment = page.getByLabel('Tewerkstellingspercentage (%)');
  await employment.fill('120');
  const error = page.locator('#leave-employment-error');
  assert.match(await text(error), /120 % kan geen tewerkstellingspercentage zijn: geef een geheel getal van 1 tot 100/);
  assert.equal(await employment.getAttribute('aria-invalid'), 'true');
  assert.match(await employment.getAttribute('aria-describedby'), /leave-employment-error/);
  assert.equal(await employment.inputValue(), '120', 'what was typed is kept');
  assert.match(await text(page.locator('.leave-result [role="status"]')), /Verbeter eerst 1 veld/);
  await employment.fill('80');
  await error.waitFor({ state: 'detached' });

  await page.getByText('Meer gegevens (niet verplicht)').click();
  const planned = page.getByLabel('Uren Vlaams opleidingsverlof die je wil opnemen');
  await planned.fill('150');
  // 80 % × 125 = 100 hours at most (the UCLL example).
  assert.match(await text(page.locator('#leave-vov-planned-error')), /150 uur kan niet: in 2024-2025 kan je hoogstens 100 uur Vlaams opleidingsverlof opnemen/);
  assert.equal(await planned.getAttribute('aria-invalid'), 'true');
  await screenshot(page, 'leave-validation');
  await planned.fill('');
  assert.equal(await page.locator('#leave-vov-planned-error').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('2026-2027: the temporary VOV rules of 2025-2026 stand in, marked estimated: 120 hours, never "niet berekend"', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await openLeave(page, { year: '2026-2027', credits: 30 });
  assert.doesNotMatch(await text(page.locator('.leave-result .summary')), /niet berekend/i);
  await page.locator('#leave-how > summary').click();
  assert.match(await text(page.locator('#leave-vov')), /120 uur/);
  assert.match(await text(page.locator('#leave-vov')), /als tijdelijk aangekondigd/);
  assert.match(await text(page.locator('.year-note')), /rekenen we met die van 2025-2026/);
  await screenshot(page, 'leave-2026-2027-estimated');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Meer gegevens" is folded only by the person: an error inside unfolds it, typing never folds it', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await openLeave(page, { year: '2024-2025', credits: 30 });
  const more = page.locator('details.more');
  await more.locator('summary').click();
  await page.getByLabel('Uren Vlaams opleidingsverlof die je wil opnemen').fill('100');
  await more.locator('summary').click();
  assert.equal(await more.getAttribute('open'), null, 'folded by the person');
  // Working 50 % allows at most 62,5 hours: the planned 100 hours turn wrong, and are shown.
  await page.getByLabel('Tewerkstellingspercentage (%)').fill('50');
  await page.locator('#leave-vov-planned-error').waitFor();
  assert.notEqual(await more.getAttribute('open'), null, 'unfolded to show the error');
  assert.ok(await page.locator('#leave-vov-planned-error').isVisible());
  // Corrected inside it, key by key: it stays open and the field keeps the focus.
  const planned = page.getByLabel('Uren Vlaams opleidingsverlof die je wil opnemen');
  await planned.click();
  await page.keyboard.press('Control+A');
  await planned.pressSequentially('60');
  assert.equal(await page.locator('#leave-vov-planned-error').count(), 0);
  assert.notEqual(await more.getAttribute('open'), null);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'leave-vov-planned');
  assert.deepEqual(problems, []);
  await context.close();
});

test('full-time time credit: the RVA\'s € 563,59 is offered with its source, and one click takes it over into the allowance field', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await openLeave(page, { year: '2026-2027', credits: 30 });
  await page.getByLabel('Werk je minder om te studeren?').selectOption({ label: 'Volledig onderbreken' });
  await page.getByText('Meer gegevens (niet verplicht)').click();
  const offer = page.locator('#leave-allowance-offer');
  assert.match(await text(offer), /geeft € 563,59 bruto per maand \(met 5 jaar anciënniteit, aangevraagd vóór 1 februari 2023: € 657,53\)/);
  assert.match(await text(offer), /vanaf 1 mei 2022 · ✓ bevestigd · bron: rva\.be/);
  const allowance = page.getByLabel('Je uitkering per maand in euro (tijdskrediet of zorgkrediet)');
  assert.equal(await allowance.inputValue(), '');
  await page.getByRole('button', { name: 'Neem € 563,59 over' }).click();
  assert.equal(await allowance.inputValue(), '563,59');
  await page.locator('#leave-allowance-take').waitFor({ state: 'detached' });
  // The person may still type their own amount.
  await allowance.fill('600');
  assert.equal(await allowance.inputValue(), '600');
  await page.getByRole('button', { name: 'Neem € 563,59 over' }).waitFor();
  await screenshot(page, 'leave-allowance-offer');
  assert.deepEqual(problems, []);
  await context.close();
});
