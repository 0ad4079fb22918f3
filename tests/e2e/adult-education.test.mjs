// The "Secundair diploma" section in a real browser: the adult-education fee per lesson
// period with the cap of € 300,00 a semester (2024-2025), AAV free without a diploma, the
// premium for a first diploma and when it comes, the unpublished cap of 2025-2026 said so,
// a field error at its field, and the section kept in the share link.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, waitForSaved, openEverything } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits until the locator's text (spaces collapsed) matches `pattern`. */
async function waitForText(locator, pattern) {
  const end = Date.now() + 15_000;
  let last = '';
  while (Date.now() < end) {
    last = ((await locator.count()) ? await locator.first().innerText() : '').replace(/\s+/g, ' ').trim();
    if (pattern.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited for ${pattern}, last text: ${last}`);
}

async function openSection(year) {
  const opened = await openApp(browser, server.origin);
  const { page } = opened;
  await page.locator('#section-adult-education').click();
  await page.getByLabel('Academiejaar').selectOption(year);
  await page.locator('#adult-fee').waitFor();
  // The answer first; how it is calculated is folded under it, and stays open once opened.
  assert.equal(await page.locator('#adult-how').getAttribute('open'), null);
  await page.locator('#adult-how > summary').click();
  await page.waitForFunction(() => document.querySelector('#adult-how')?.open);
  return opened;
}

test('2024-2025: € 1,50 a lesson period, the € 300,00 cap a semester, AAV free, the premium back', async () => {
  const { page, problems, context } = await openSection('2024-2025');
  // The default: one passed vocational module of 120 lesson periods, a first diploma.
  await waitForText(page.locator('#adult-fee'), /Inschrijvingsgeld € 180,00/);
  await waitForText(page.locator('#adult-premium'), /Premie terug € 180,00/);
  await waitForText(page.locator('#adult-net'), /Netto voor jou € 0,00/);
  assert.equal(await page.locator('.adult-education .summary').getAttribute('role'), 'status');
  const firstLine = page.locator('.adult-education .result .lines .line').first();
  await waitForText(firstLine, /Module 1 \(Beroepsopleiding \(diplomagericht\), semester 1\): 120 lestijden × € 1,50 \(standaardtarief\) € 180,00/);
  assert.match(await firstLine.innerText(), /bevestigd/);
  assert.equal(await firstLine.locator('a').getAttribute('href'),
    'https://onderwijs.vlaanderen.be/nl/cursisten/kosten-financiering-en-betaald-educatief-verlof/wat-kost-het');

  // A second module of 120 in the same semester: € 360,00, capped at € 300,00.
  await page.locator('#adult-add-module').click();
  await page.locator('#adult-module-2-lessons').waitFor();
  await waitForText(page.locator('#adult-fee'), /€ 300,00/);
  await waitForText(page.locator('.adult-education .result'), /semester 1: € 360,00 is meer dan het maximum; je betaalt € 300,00/);
  await waitForText(page.locator('#adult-premium'), /€ 300,00/);

  // AAV is free without a secondary-school diploma; with one it costs the standard rate.
  await page.locator('#adult-module-2-area').selectOption({ label: 'Aanvullende algemene vorming (AAV)' });
  await waitForText(page.locator('#adult-fee'), /€ 180,00/);
  await page.getByLabel('Ik heb al een diploma secundair onderwijs').check();
  await waitForText(page.locator('#adult-fee'), /€ 300,00/);
  await waitForText(page.locator('#adult-premium-summary'), /Geen premie/);
  await page.getByLabel('Ik heb al een diploma secundair onderwijs').uncheck();

  // Course materials are a cost of their own, not refunded; when the premium comes.
  await page.locator('#adult-more > summary').click();
  await page.getByLabel('Cursusmateriaal (euro)').fill('25,00');
  await waitForText(page.locator('#adult-net'), /€ 25,00/);
  await waitForText(page.locator('#adult-premium-timing'), /binnen 12 maanden na je diploma.*tot 6 maanden.*ten laatste 18 maanden/);
  await waitForText(page.locator('.adult-education .result'), /Examencommissie secundair onderwijs/);
  await screenshot(page, 'adult-education-2024-2025');

  // Removing the second module brings back € 180,00.
  await page.locator('#adult-module-2-remove').click();
  await waitForText(page.locator('#adult-fee'), /€ 180,00/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the leave counts the planned lesson periods of the modules, an exempted one not', async () => {
  const { page, problems, context } = await openSection('2024-2025');
  await page.locator('#adult-module-1-lessons').fill('160');
  await page.locator('#adult-add-module').click();
  await page.locator('#adult-module-2-lessons').fill('140');
  await page.locator('#adult-add-module').click();
  await page.locator('#adult-module-3-lessons').fill('200');
  await page.locator('#adult-module-3-exempted').check();
  await page.locator('#section-leave').click();
  // How the study load is calculated is folded: unfold it, as a reader would.
  await page.locator('#leave-study-load').waitFor({ state: 'attached' });
  await openEverything(page);
  // 160 + 140 lesson periods (the exempted 200 not), as hours of the study load and of VOV.
  await waitForText(page.locator('#leave-study-load'), /Volwassenenonderwijs: 300 lestijden, als 300 uur geteld/);
  await page.locator('#leave-lessons-from-modules').waitFor({ state: 'attached' });
  assert.match(await page.locator('#leave-lessons-from-modules').textContent(), /Je modules bij Secundair diploma tellen: 300 lestijden/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the saved-scenario comparison has the net cost after the premium and the premium of this section', async () => {
  const { page, problems, context } = await openSection('2024-2025');
  await waitForText(page.locator('#adult-net'), /Netto voor jou € 0,00/);
  await page.getByLabel('Naam voor deze berekening').fill('Geslaagd');
  await page.getByRole('button', { name: 'Bewaar deze berekening' }).click();
  // Not passed: no premium, € 180,00 net.
  await page.locator('#adult-module-1-passed').uncheck();
  await waitForText(page.locator('#adult-net'), /Netto voor jou € 180,00/);
  await page.getByLabel('Naam voor deze berekening').fill('Niet geslaagd');
  await page.getByRole('button', { name: 'Bewaar deze berekening' }).click();
  await page.getByRole('button', { name: 'Mijn berekeningen' }).click();
  await page.locator('#compare-1').selectOption({ label: 'Niet geslaagd' });
  const table = await waitForText(page.locator('.comparison'), /Secundair diploma: premie terug/);
  assert.match(table, /Secundair diploma: netto na de premie \(verschilt\) € 0,00 € 180,00/);
  assert.match(table, /Secundair diploma: premie terug \(verschilt\) € 180,00 € 0,00/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('2025-2026: € 2,25 a lesson period, and the cap not published is said, not applied', async () => {
  const { page, problems, context } = await openSection('2025-2026');
  await page.locator('#adult-module-1-lessons').fill('200');
  // 200 × € 2,25 = € 450,00: more than the earlier € 300,00, which is not applied.
  // One short line for the figure not published; why, for whoever asks, folded under it.
  const missing = page.locator('.adult-education .result .missing');
  await waitForText(missing.locator('li'), /^Maximum inschrijvingsgeld per semester .*\(2025-2026\) Waarom ontbreekt dit\?$/);
  await missing.locator('.missing-why > summary').click();
  await waitForText(missing, /niet toegepast/);
  await waitForText(page.locator('.adult-education .result'), /het echte bedrag kan lager zijn/);
  await page.locator('#adult-module-1-lessons').fill('120');
  await waitForText(page.locator('#adult-fee'), /€ 270,00/);
  await screenshot(page, 'adult-education-2025-2026');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong number is an error at its field, and the section is kept in the link', async () => {
  const { page, problems, context } = await openSection('2024-2025');
  await page.locator('#adult-module-1-lessons').fill('12o');
  await waitForText(page.locator('#adult-module-1-lessons-error'), /geen geheel getal/);
  await waitForText(page.locator('#adult-pending'), /Verbeter eerst 1 veld/);
  assert.equal(await page.locator('#adult-module-1-lessons').getAttribute('aria-invalid'), 'true');
  await page.locator('#adult-module-1-lessons').fill('80');
  await page.locator('#adult-category-partial').check();
  // 80 × € 0,30 = € 24,00 with a partial exemption.
  await waitForText(page.locator('#adult-fee'), /€ 24,00/);
  // Both changes written to the address before it is read (the category comes last).
  await waitForSaved(page, '"lesson_periods":80');
  await waitForSaved(page, '"partial_exemption"');
  const link = await page.evaluate(() => location.href);
  const again = await browser.newContext({ locale: 'nl-BE' });
  const opened = await openApp(browser, '', link, { context: again, waitFor: '#adult-fee' });
  await waitForText(opened.page.locator('#adult-fee'), /€ 24,00/);
  assert.equal(await opened.page.locator('#adult-module-1-lessons').inputValue(), '80');
  assert.ok(await opened.page.locator('#adult-category-partial').isChecked());
  assert.deepEqual([...problems, ...opened.problems], []);
  await again.close();
  await context.close();
});
