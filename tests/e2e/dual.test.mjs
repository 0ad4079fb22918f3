// The dual-learning screen in a real browser: the four agreements compared for the same
// hours, the home-care webinar's table (2025) and the official set of 1 May 2024 on screen, the
// employer's premiums with their caps, and validation at the field. An agreement that is not
// possible for the inputs shows no amount; the comparison and the further inputs are folded
// until the person opens them.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
const cells = async (page, row) => (await page.locator(`#dual-table tr.${row} td`).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

/** Opens a folded part the way a person does: a click on its summary. */
async function unfold(page, selector) {
  const details = page.locator(selector);
  if ((await details.getAttribute('open')) === null) await details.locator('summary').first().click();
  await page.waitForFunction((s) => document.querySelector(s)?.open, selector);
}

async function openDual(year) {
  const opened = await openApp(browser, server.origin);
  const { page } = opened;
  await page.locator('#section-dual').click();
  await page.getByLabel('Academiejaar').selectOption(year);
  await page.locator('#dual-summary').waitFor();
  await unfold(page, '#dual-how');
  await unfold(page, '.dual-more-details');
  await page.locator('#dual-table').waitFor();
  return opened;
}

test('2025-2026, 24 hours a week: the four agreements side by side, as in the webinar\'s table', async () => {
  const { page, problems, context } = await openDual('2025-2026');
  await page.getByLabel('Uren per week op de werkplek').fill('24');
  await page.getByLabel(/Je brutoloon per maand/).fill('2.000,00');

  // The summary (a polite live region) names the agreement open to an adult at 24 hours.
  const summary = page.locator('#dual-summary');
  assert.equal(await summary.getAttribute('role'), 'status');
  assert.match(await text(summary), /Voor jou: Overeenkomst van duale opleiding met statuut \(ODOS\) € 636,60 per maand · € 7\.639,20 per schooljaar/);

  // Only the ODOS is possible for an adult at 24 hours who does not work for the company:
  // the OAO (secondary education), the ODO (under 20 hours) and the ODOW (one's own
  // employer) show no amount, whatever they would pay; the rates stay, with their source.
  const monthly = await cells(page, 'dual-row-monthly');
  assert.deepEqual([monthly[0], monthly[2], monthly[3]], ['niet mogelijk', 'niet mogelijk', 'niet mogelijk']);
  assert.match(monthly[1], /^€ 636,60 ≈ secundaire bron$/);
  assert.deepEqual(await cells(page, 'dual-row-yearly'), ['—', '€ 7.639,20', '—', '—']);
  // The employer's cost: € 7.639,20 − € 1.000,00 premium.
  assert.deepEqual(await cells(page, 'dual-row-cost'), ['—', '€ 6.639,20', '—', '—']);
  assert.match((await cells(page, 'dual-row-rate'))[2], /€ 4,44 per uur × uren op de werkplek/);
  assert.deepEqual((await cells(page, 'dual-row-social')).map((c) => c.split(' ')[0]), ['Ja', 'Ja', 'Nee', 'Ja']);
  // The four facts come from the same kind of source: marked once, in the row's header, not in every cell.
  assert.equal(await text(page.locator('#dual-table tr.dual-row-social th .status')), '≈ secundaire bron');
  assert.equal(await page.locator('#dual-table tr.dual-row-social td .status').count(), 0);
  assert.deepEqual(await cells(page, 'dual-row-open'), ['✗ nee', '✓ ja', '✗ nee', '✗ nee']);
  assert.deepEqual(await cells(page, 'dual-row-premium-qualifying'), ['—', '€ 1.000,00 ✓ bevestigd', '—', '—']);
  assert.deepEqual(await cells(page, 'dual-row-premium-learner'), ['—', 'niet van toepassing', '—', '—']);

  // Every agreement: yes or no, one reason, one next step; the ODO is never ranked.
  assert.equal(await text(page.locator('#dual-verdict-odo')),
    'ODO ✗ nee 20 uur per week of meer op de werkplek. Met minder dan 20 uur per week is het een ODO; vanaf die grens een ODOS.');
  assert.match(await text(page.locator('#dual-verdict-odos')), /^ODOS ✓ ja Elke voorwaarde is vervuld\. Vraag je school of centrum/);
  assert.doesNotMatch(await text(page.locator('.dual-panel')), /het minst|het meest/);
  assert.doesNotMatch(await text(page.locator('.dual-reading')), /het minst/);

  // Each figure explained and sourced; the webinar-only figure says so.
  const odos = page.locator('#dual-agreement-odos');
  assert.notEqual(await odos.getAttribute('open'), null, 'the agreement open to you is unfolded');
  assert.match(await text(odos.locator('.dual-line').first()), /Leervergoeding ODOS: een vast bedrag van € 636,60 per maand.*vanaf 1 september 2025.*≈ secundaire bron.*bron: partena-professional\.be/);
  const note = await odos.locator('.dual-line').first().locator('details').textContent();
  assert.match(note, /Alleen gelezen in het webinar/);
  assert.match(note, /Het officiële bedrag is niet bevestigd/);
  const odo = page.locator('#dual-agreement-odo');
  assert.equal(await odo.getAttribute('open'), null, 'an agreement that is not possible is folded');
  await odo.locator('summary').first().click();
  assert.match(await text(odo.locator('.dual-not-computed')), /^niet mogelijk$/);
  assert.equal(await odo.locator('.dual-line').count(), 0);
  assert.match(await text(odo.locator('.conditions').first()), /Niet voldaan: ✗ Minder dan 20 uur per week op de werkplek/);
  // At 19 hours the ODO is possible: its amount and how it is computed, with the source.
  await page.getByLabel('Uren per week op de werkplek').fill('19');
  const odoLine = odo.locator('.dual-line').first();
  await odoLine.waitFor();
  assert.notEqual(await odo.getAttribute('open'), null, 'what was opened stays open while typing');
  assert.match(await text(odoLine), /€ 4,44 per uur × 19 uur per week × 48 weken = 912 uur op de werkplek € 4\.049,28/);
  assert.equal(await odoLine.getByRole('link').getAttribute('href'),
    'https://www.vlaanderen.be/lerenden-uit-het-onderwijs-opleiden-op-de-werkplek/overeenkomsten/overeenkomst-van-duale-opleiding');
  assert.match(await odoLine.locator('details').textContent(), /momenteel 4,27 euro per uur/);
  assert.match(await text(page.locator('#dual-verdict-odos')), /^ODOS ✗ nee Minder dan 20 uur per week op de werkplek\./);

  assert.match(await text(page.locator('.dual-panel .figures-status')), /Niet alle gebruikte bedragen zijn officieel bevestigd/);
  await page.getByLabel('Uren per week op de werkplek').fill('24');
  await page.locator('#dual-total-odos').waitFor();
  assert.match(await text(page.locator('.dual-reading')), /Met 24 uur per week op de werkplek is een ODO niet mogelijk/);
  await screenshot(page, 'dual-2025-2026-24-hours');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the official amounts of 1 May 2024 (600,50 / 662,60 / 714,40) are confirmed; the ODOS of then is unknown, so the first later amount stands in, marked', async () => {
  const { page, problems, context } = await openDual('2023-2024');
  await page.getByRole('radio', { name: 'Secundair onderwijs' }).check();
  await page.getByLabel('Bedragen zoals ze golden op').selectOption({ label: '1 mei 2024' });
  assert.match(await text(page.locator('#dual-reference')), /Bedragen zoals ze golden op 1 mei 2024/);
  const oao = page.locator('#dual-agreement-oao');
  // Folded when the section opened (then not possible); what is typed never unfolds it.
  await unfold(page, '#dual-agreement-oao');
  const brackets = (await oao.locator('.dual-brackets > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  assert.match(brackets[0], /Schaal 1: € 600,50 ← jouw schaal .*vanaf 1 mei 2024 · ✓ bevestigd · bron: vlaanderen\.be/);
  assert.match(brackets[1], /Schaal 2: € 662,60 .*✓ bevestigd/);
  assert.match(brackets[2], /Schaal 3: € 714,40 .*✓ bevestigd/);
  assert.match((await cells(page, 'dual-row-monthly'))[0], /€ 600,50 .*✓ bevestigd/);
  // The ODOS is not possible in secondary education: no amount, its rate still shown.
  assert.equal((await cells(page, 'dual-row-monthly'))[1], 'niet mogelijk');
  assert.match((await cells(page, 'dual-row-rate'))[1], /€ 636,60/);

  // A learner who completed the second grade is in bracket 2.
  await page.getByLabel('Wat heb je in het secundair onderwijs met succes beëindigd?').selectOption({ index: 1 });
  assert.match((await cells(page, 'dual-row-monthly'))[0], /^€ 662,60 schaal 2/);
  assert.equal((await cells(page, 'dual-row-yearly'))[0], '€ 7.951,20');
  await screenshot(page, 'dual-2023-2024-official-1-may-2024');
  assert.deepEqual(problems, []);
  await context.close();
});

test('employer: 5 learners × 10 months × € 250 = € 12.500 is capped at € 10.000; 18 hours a month on average', async () => {
  const { page, problems, context } = await openDual('2025-2026');
  await page.getByRole('radio', { name: 'Secundair onderwijs' }).check();
  await page.getByLabel('Aantal lerenden met deze overeenkomst in het schooljaar').fill('5');
  await page.getByLabel('Is de onderneming een dienst voor gezinszorg?').selectOption({ index: 1 });
  await page.getByLabel(/Maanden met minstens 10 dagen onder de mentor/).fill('10');
  await page.getByLabel('Uren onder verwijderd toezicht per leerling in het schooljaar').fill('250');

  assert.deepEqual(await cells(page, 'dual-row-premium-support'), ['€ 10.000,00 ≈ secundaire bron', '—', '—', '—']);
  // 216 hours (18 × 12) count, × € 32,74 × 5 learners.
  assert.equal((await cells(page, 'dual-row-premium-hours'))[0], '€ 35.359,20 ≈ secundaire bron');
  assert.equal((await cells(page, 'dual-row-premium-qualifying'))[0], '€ 5.000,00 ✓ bevestigd');
  assert.equal((await cells(page, 'dual-row-premium-learner'))[0], '€ 500,00 ≈ secundaire bron');
  // The employer's cost: 5 × € 7.350,00 = € 36.750,00 − (€ 5.000,00 + € 10.000,00 + € 35.359,20).
  assert.equal((await cells(page, 'dual-row-cost'))[0], '-€ 13.609,20');
  await unfold(page, '#dual-agreement-oao');
  const support = page.locator('#dual-agreement-oao .dual-premium.applies').filter({ hasText: 'Ondersteuningspremie' });
  const lines = (await support.locator('.dual-line').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  assert.match(lines[0], /€ 250,00 per leerling per maand × 10 maanden × 5 leerlingen = 50 leerlingmaanden € 12\.500,00/);
  assert.match(lines[1], /Begrensd tot het maximum van € 10\.000,00 per schooljaar voor de dienst als geheel.*€ 10\.000,00.*≈ secundaire bron/);
  const hours = page.locator('#dual-agreement-oao .dual-premium').filter({ hasText: 'Subsidie per uur' });
  assert.match(await text(hours), /gemiddeld 18 uur per maand × 12 maanden = 216 uur/);
  assert.match(await text(hours), /250 uur opgegeven, 216 uur telt mee × € 32,74 per uur × 5 leerlingen/);
  await screenshot(page, 'dual-employer-premiums-caps');
  assert.deepEqual(problems, []);
  await context.close();
});

test('validation as you type: the message sits at the field and the result waits', async () => {
  const { page, problems, context } = await openDual('2025-2026');
  const hours = page.locator('#dual-hours');
  await hours.fill('2o');
  assert.match(await text(page.locator('#dual-hours-error')), /"2o" is geen aantal uren: typ het zoals 24 of 22,5/);
  assert.equal(await hours.inputValue(), '2o');
  assert.equal(await hours.getAttribute('aria-invalid'), 'true');
  assert.match(await hours.getAttribute('aria-describedby'), /dual-hours-error/);
  assert.match(await text(page.locator('#dual-pending')), /Verbeter eerst 1 veld/);
  await page.locator('#dual-months').fill('10');
  assert.match(await text(page.locator('#dual-weeks-error')), /48 weken passen niet in 10 maanden: hoogstens 44 weken/);
  await screenshot(page, 'dual-validation');
  await page.locator('#dual-months').fill('12');
  await hours.fill('19');
  assert.equal(await page.locator('#dual-hours-error').count(), 0);
  assert.match(await text(page.locator('#dual-summary')), /Voor jou: Overeenkomst van duale opleiding \(ODO\) € 337,44 per maand \(gemiddeld\) · € 4\.049,28 per schooljaar/);
  // The other sections still compute.
  await page.locator('#section-fee').click();
  await page.locator('#fee-total .amount').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('decimal hours a week: 22,5 hours is an ODOS, and the ODO is computed for the same 1.080 hours', async () => {
  const { page, problems, context } = await openDual('2025-2026');
  const hours = page.locator('#dual-hours');
  await hours.fill('');
  await hours.pressSequentially('22,5');
  assert.equal(await hours.inputValue(), '22,5');
  // "22," on the way is not yet a number: wait for the last key's render to clear its error.
  await page.locator('#dual-hours-error').waitFor({ state: 'detached' });
  assert.equal(await hours.getAttribute('aria-invalid'), 'false');
  // 22,5 hours is at least 20: the ODOS, € 636,60 a month.
  assert.match(await text(page.locator('#dual-summary')), /Voor jou: Overeenkomst van duale opleiding met statuut \(ODOS\) € 636,60 per maand · € 7\.639,20 per schooljaar/);
  // The ODO is not possible at 22,5 hours: no amount (the core's cases keep its 1.080 hours).
  assert.deepEqual((await cells(page, 'dual-row-yearly')).slice(0, 3), ['—', '€ 7.639,20', '—']);
  const odo = page.locator('#dual-agreement-odo');
  if ((await odo.getAttribute('open')) === null) await odo.locator('summary').first().click();
  assert.match(await text(odo.locator('.conditions').first()), /jij geeft 22,5 uur per week op/);

  // In English the decimal is a point, and a comma is not read as a thousands group.
  await page.getByRole('button', { name: 'English', exact: true }).first().click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await hours.inputValue(), '22.5', 'the typed hours are re-written the English way');
  assert.equal((await cells(page, 'dual-row-yearly'))[1], '€7,639.20');
  await hours.fill('');
  await hours.pressSequentially('19.75');
  await page.locator('#dual-hours-error').waitFor({ state: 'detached' });
  // 19,75 × 48 = 948 hours × €4.44 = €4,209.12: under 20 hours, the ODO. "1", "19" and
  // "19.7" on the way are numbers too: wait for the last key's render.
  await page.waitForFunction(() => document.querySelector('#dual-summary')?.textContent.includes('€4,209.12'));
  assert.match(await text(page.locator('#dual-summary')), /For you: ODO — .*€350\.76 per month \(on average\) · €4,209\.12 per school year/);
  await odo.locator('.dual-line').first().waitFor();
  assert.match(await text(odo.locator('.dual-line').first()), /€4\.44 per hour × 19\.75 hours per week × 48 weeks = 948 hours at the workplace €4,209\.12/);
  assert.equal((await cells(page, 'dual-row-yearly'))[2], '€4,209.12');

  // Outside 1 to 40 hours, the message gives the range and an example inside it.
  await hours.fill('40.01');
  assert.match(await text(page.locator('#dual-hours-error')), /40\.01 hours per week is not possible: .*from 1 to 40/);
  await hours.fill('2o');
  assert.match(await text(page.locator('#dual-hours-error')), /"2o" is not a number of hours: type it like 24 or 22\.5/);
  await screenshot(page, 'dual-decimal-hours');
  assert.deepEqual(problems, []);
  await context.close();
});
