// Shareable links, saved scenarios, storage that survives a reload, and the printed
// recap — in a real browser, on the release build.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, waitForSaved } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function fillTwoContracts(page) {
  await page.getByLabel('Academiejaar').selectOption('2023-2024');
  await page.getByLabel('Bijna-beursstudent').check();
  await page.locator('#enrolment-1-institution').fill('UGent');
  await page.locator('#enrolment-1-credits').fill('30');
  await page.getByRole('button', { name: '+ Inschrijving toevoegen' }).click();
  await page.locator('#enrolment-2-contract').selectOption({ label: 'Creditcontract' });
  await page.locator('#enrolment-2-credits').fill('12');
  // € 282,10 + 30 × € 4,90 (bijna-beurs) + 12 × € 13,50 (creditcontract) = € 591,10
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 591,10');
  await waitForSaved(page, '"credits":12');
}

test('the address follows the input without new history entries, and the link reproduces the figures in a fresh browser', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  const historyBefore = await page.evaluate(() => history.length);
  await fillTwoContracts(page);
  const url = page.url();
  assert.match(url, /#v=1&p=fee&s=/);
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'replaceState, no history spam');
  assert.ok(!server.requests.some((r) => r.includes('UGent') || r.includes('s=')), 'the scenario never reaches the server');

  const fresh = await browser.newContext({ locale: 'nl-BE' });
  const other = await openApp(browser, server.origin, url.slice(server.origin.length), { context: fresh });
  assert.equal(await text(other.page.locator('#fee-total .amount')), '€ 591,10');
  assert.equal(await other.page.getByLabel('Academiejaar').inputValue(), '2023-2024');
  assert.equal(await other.page.locator('#enrolment-2-credits').inputValue(), '12');
  assert.ok(await other.page.getByLabel('Bijna-beursstudent').isChecked());
  assert.equal(await other.page.locator('.restore-message').count(), 0);
  assert.deepEqual([...problems, ...other.problems], []);
  await fresh.close();
  await context.close();
});

test('a damaged link keeps every valid field and says in one message what was dropped', async () => {
  const scenario = {
    academic_year: '2024-2025',
    student: { status: 'grant', learning_credit: 9999 },
    enrolments: [
      { institution: 'VUB', contract: 'diploma', programme: 'initial', credits: 45 },
      { institution: 'VUB', contract: 'abonnement', programme: 'initial', credits: 5 },
    ],
  };
  const path = `/#v=1&p=fee&s=${encodeURIComponent(JSON.stringify(scenario))}`;
  const { page, problems, context } = await openApp(browser, server.origin, path);
  const message = await text(page.locator('.restore-message'));
  assert.match(message, /Deze link: Niet alles kon worden overgenomen.*je leerkrediet.*inschrijving 2/);
  assert.equal(await page.getByLabel('Academiejaar').inputValue(), '2024-2025');
  assert.ok(await page.getByLabel('Beurstariefstudent', { exact: true }).isChecked());
  assert.equal(await page.locator('#enrolment-1-institution').inputValue(), 'VUB');
  assert.equal(await page.locator('#enrolment-1-credits').inputValue(), '45');
  assert.equal(await page.locator('.enrolment').count(), 1);
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 131,50');
  await screenshot(page, 'share-damaged-link');

  const broken = await openApp(browser, server.origin, '/#v=1&p=fee&s=%7B%22acad', { context });
  assert.match(await text(broken.page.locator('.restore-message')), /beschadigd/);
  assert.equal(await text(broken.page.locator('#fee-total .amount')).then((t) => t.startsWith('€')), true);
  const future = await openApp(browser, server.origin, `/#v=9&p=fee&s=${encodeURIComponent('{"academic_year":"2022-2023","teleport":1}')}`, { context });
  assert.match(await text(future.page.locator('.restore-message')), /nieuwere versie/);
  assert.equal(await future.page.getByLabel('Academiejaar').inputValue(), '2022-2023');
  assert.deepEqual([...problems, ...broken.problems, ...future.problems], []);
  await context.close();
});

test('the input survives a reload, and corrupt storage never breaks the app', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await fillTwoContracts(page);
  await page.goto(server.origin + '/');
  await page.locator('#fee-total .amount').waitFor();
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 591,10', 'restored from storage without a link');

  await page.evaluate(() => {
    localStorage.setItem('studierekenaar:current', '{"v":1,"scenario":');
    localStorage.setItem('studierekenaar:saved', 'not json at all');
  });
  await page.goto(server.origin + '/');
  await page.locator('#fee-total .amount').waitFor();
  assert.match(await text(page.locator('.restore-message')), /beschadigd/);
  assert.match(await text(page.locator('#fee-total .amount')), /^€ /);
  assert.deepEqual(problems, []);
  await context.close();
});

test('scenarios are saved, listed, renamed, compared side by side and deleted', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await fillTwoContracts(page);
  await page.getByLabel('Naam voor deze berekening').fill('Deeltijds bij UGent');
  await page.getByRole('button', { name: 'Bewaar deze berekening' }).click();
  assert.match(await text(page.locator('.share-bar .notice')), /“Deeltijds bij UGent” is bewaard/);

  await page.getByLabel('Academiejaar').selectOption('2024-2025');
  await page.getByLabel('Niet-beurstariefstudent').check();
  await page.locator('#enrolment-2-credits').fill('30');
  await page.getByLabel('Naam voor deze berekening').fill('Voltijds 2024');
  await page.getByRole('button', { name: 'Bewaar deze berekening' }).click();

  await page.getByRole('button', { name: 'Mijn berekeningen' }).click();
  assert.equal(await page.locator('.saved-row').count(), 2);
  // Kept as an ISO date, shown as the language writes it, in local time.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('studierekenaar:saved')).map((entry) => entry.saved_at));
  assert.ok(stored.every((at) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at)), stored.join(' '));
  assert.match(await text(page.locator('label[for="saved-name-0"]')), /^Naam \(bewaard op \d\d-\d\d-\d{4} \d\d:\d\d\)$/);
  await page.locator('#compare-1').selectOption({ label: 'Voltijds 2024' });
  const table = await text(page.locator('.comparison'));
  // 2024-2025: € 288,00 + 60 × € 13,80 = € 1.116,00
  assert.match(table, /Academiejaar \(verschilt\) 2023-2024 2024-2025/);
  assert.match(table, /Wettelijk studiegeld \(verschilt\) € 591,10 € 1\.116,00/);
  assert.equal(await page.locator('.comparison tr.differs').count() >= 2, true);
  // The leave was never filled in: its rows are left out.
  assert.doesNotMatch(table, /Uren per week over|VOK-premie/);
  await screenshot(page, 'saved-compare');

  await page.locator('#saved-name-0').fill('Deeltijds UGent (plan A)');
  await page.getByRole('button', { name: 'Naam wijzigen' }).first().click();
  await page.reload();
  await page.getByRole('button', { name: 'Mijn berekeningen' }).click();
  assert.equal(await page.locator('#saved-name-0').inputValue(), 'Deeltijds UGent (plan A)', 'rename survives a reload');

  await page.getByRole('button', { name: 'Verwijder “Voltijds 2024”' }).click();
  assert.equal(await page.locator('.saved-row').count(), 1);
  await page.getByRole('button', { name: 'Open “Deeltijds UGent (plan A)”' }).click();
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 591,10');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the comparison covers the leave answers when a scenario filled them in', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.locator('#section-leave').click();
  await page.locator('#leave-inputs-title').waitFor();
  await page.getByLabel('Naam voor deze berekening').fill('Eén vijfde');
  await page.getByRole('button', { name: 'Bewaar deze berekening' }).click();
  await page.getByLabel('Werk je minder om te studeren?').selectOption({ label: 'Halftijds werken' });
  await page.getByLabel('Naam voor deze berekening').fill('Halftijds');
  await page.getByRole('button', { name: 'Bewaar deze berekening' }).click();
  await page.getByRole('button', { name: 'Mijn berekeningen' }).click();
  await page.locator('#compare-1').selectOption({ label: 'Halftijds' });
  const table = await text(page.locator('.comparison'));
  assert.match(table, /Uren gedekt door verlof en minder werken \(verschilt\)/);
  assert.match(table, /Uren per week over naast je werk/);
  // 1/5 time credit gives the VOK premium (€ 175,03 gross a month in 2024-2025 at full time),
  // once the RVA grants the time credit: a maybe, with its amount.
  assert.match(table, /Vlaams opleidingskrediet \(VOK-premie\)( \(verschilt\))? misschien: € [\d.,]+ bruto per maand als de RVA je tijdskrediet goedkeurt/);
  assert.match(table, /Academiejaar [0-9-]+ [0-9-]+/, 'the same year is not marked');
  assert.doesNotMatch(table, /Academiejaar \(verschilt\)/);
  await screenshot(page, 'saved-compare-leave');
  assert.deepEqual(problems, []);
  await context.close();
});

test('print media renders a recap with the section\'s inputs, every line and source, and the date; no long link', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await fillTwoContracts(page);
  await page.emulateMedia({ media: 'print' });
  const recap = page.locator('.recap');
  assert.ok(await recap.isVisible());
  const recapText = await text(recap);
  assert.match(recapText, /afgedrukt op \d\d-\d\d-\d{4}/);
  assert.match(recapText, /Academiejaar: 2023-2024/);
  assert.match(recapText, /Inschrijving 2: UGent, Creditcontract/);
  assert.doesNotMatch(recapText, /#v=1|http/, 'a link of a whole scenario is not printed');
  assert.equal(await page.locator('.share-bar').isVisible(), false);
  assert.equal(await page.locator('.inputs').isVisible(), false);
  assert.equal(await page.locator('.line').count(), 3);
  await screenshot(page, 'print-recap');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);

  // The leave section prints its own inputs (with its study plan), not the fee's status.
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#section-leave').click();
  await page.locator('#leave-inputs-title').waitFor();
  await page.emulateMedia({ media: 'print' });
  const leaveRecap = await text(page.locator('.recap'));
  assert.match(leaveRecap, /Waar werk je\?: In de privésector/);
  assert.match(leaveRecap, /Tewerkstellingspercentage \(%\): 100/);
  assert.match(leaveRecap, /Inschrijving 2: UGent, Creditcontract/);
  assert.doesNotMatch(leaveRecap, /Statuut:/);
  await screenshot(page, 'print-recap-leave');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Print mijn overzicht" prints every section filled in on one summary page first', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.getByLabel('Academiejaar').selectOption('2024-2025');
  await page.locator('#section-leave').click();
  await page.locator('#leave-inputs-title').waitFor();
  await page.getByLabel('Werk je minder om te studeren?').selectOption({ label: 'Halftijds werken' });
  // What the print dialog would get: the overview as it is when print() is called.
  await page.evaluate(() => {
    window.print = () => {
      window.printed = { overview: document.querySelector('.overview')?.innerText ?? null, marked: document.querySelector('.app').classList.contains('printing-overview') };
    };
  });
  await page.locator('#print-overview').click();
  await page.waitForFunction(() => window.printed !== undefined);
  const printed = await page.evaluate(() => window.printed);
  assert.ok(printed.marked, 'only the overview is printed first');
  // 2024-2025, 60 study points at the standard rate: € 288,00 + 60 × € 13,80 = € 1.116,00.
  assert.match(printed.overview, /Studiegeld[\s\S]*Wettelijk studiegeld: € 1\.116,00/);
  assert.match(printed.overview, /Studielast en verlof[\s\S]*Uren gedekt door verlof en minder werken: /);
  assert.doesNotMatch(printed.overview, /Duaal leren|Secundair diploma/, 'sections never filled in are left out');
  // Once printed, the overview is gone from the page.
  await page.waitForFunction(() => !document.querySelector('.overview'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page says which academic years it covers, and warns once today is past the last one', async () => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2028-10-15T10:00:00'));
  await page.goto(server.origin + '/');
  await page.locator('#fee-total').waitFor();
  assert.match(await text(page.locator('.site-footer')), /bedragen voor de academiejaren 2020-2021 tot en met 2027-2028/);
  const warning = await text(page.locator('.year-warning'));
  assert.match(warning, /tot en met 2027-2028\. Voor 2028-2029 zijn nog geen bedragen opgenomen/);
  assert.equal(await page.getByLabel('Academiejaar').inputValue(), '2027-2028', 'the last covered year, not an invented one');
  await context.close();
});
