// The fee screen in a real browser: official cases from the institutions' tables, typed in as
// a person would, with the totals and explanation lines checked on screen.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, unfold } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function fillEnrolment(page, id, { institution, contract, programme, credits }) {
  if (institution !== undefined) await page.getByLabel('Hogeschool of universiteit').nth(id - 1).fill(institution);
  if (contract) await page.locator(`#enrolment-${id}-contract`).selectOption({ label: contract });
  if (programme) await page.locator(`#enrolment-${id}-programme`).selectOption({ label: programme });
  if (credits !== undefined) await page.locator(`#enrolment-${id}-credits`).fill(String(credits));
}

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

test('2024-2025, non-grant, 60 study points on a diploma contract: € 288,00 + 60 × € 13,80 = € 1.116,00', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.getByLabel('Academiejaar').selectOption('2024-2025');
  await page.getByLabel('Niet-beurstariefstudent').check();
  await fillEnrolment(page, 1, { institution: 'UCLL', contract: 'Diplomacontract', credits: 60 });
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 1.116,00');
  await unfold(page);
  const lines = page.locator('.line');
  assert.equal(await lines.count(), 2);
  assert.match(await text(lines.nth(0)), /Vast gedeelte.*€ 288,00.*2024-2025.*bevestigd.*bron: ucll\.be/);
  assert.match(await text(lines.nth(1)), /60 studiepunten op diplomacontract × € 13,80 per studiepunt.*€ 828,00/);
  assert.equal(await lines.nth(0).getByRole('link').getAttribute('href'), 'https://www.ucll.be/en/tuitionfees');
  assert.match(await text(page.locator('.grant-answer')), /Een studietoelage is mogelijk/);
  assert.match(await text(page.locator('.figures-status')), /Alle gebruikte bedragen zijn bevestigd/);
  assert.equal(await page.locator('.year-note').count(), 0, 'no note for a confirmed year');
  await screenshot(page, 'fee-2024-2025-diploma-60');
  assert.deepEqual(problems, []);
  await context.close();
});

test('2023-2024: diploma (30) and credit contract (12) at one institution pay the fixed part once: € 849,10', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.getByLabel('Academiejaar').selectOption('2023-2024');
  await fillEnrolment(page, 1, { institution: 'UGent', contract: 'Diplomacontract', credits: 30 });
  await page.getByRole('button', { name: '+ Inschrijving toevoegen' }).click();
  await fillEnrolment(page, 2, { contract: 'Creditcontract', credits: 12 });
  // € 282,10 + 30 × € 13,50 + 12 × € 13,50 = € 849,10 (ugent.be 2023-2024)
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 849,10');
  await unfold(page);
  assert.equal(await page.locator('.bill').count(), 1);
  const lines = await page.locator('.line').allInnerTexts();
  assert.equal(lines.filter((l) => l.includes('Vast gedeelte')).length, 1, 'one fixed part');
  assert.ok(lines.some((l) => l.includes('12 studiepunten op creditcontract × € 13,50') && l.includes('€ 162,00')));
  await screenshot(page, 'fee-2023-2024-two-contracts-one-institution');
  assert.deepEqual(problems, []);
  await context.close();
});

test('2021-2022: an exam contract of 60 study points costs € 113,20 + 60 × € 4,30 = € 371,20, billed on its own', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.getByLabel('Academiejaar').selectOption('2021-2022');
  await fillEnrolment(page, 1, { institution: 'UCLL', contract: 'Examencontract', credits: 60 });
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 371,20');
  await unfold(page);
  assert.match(await text(page.locator('.bill h4')), /examencontract \(apart aangerekend\)/);
  assert.match(await text(page.locator('.grant-answer')), /Geen studietoelage mogelijk/);
  await screenshot(page, 'fee-2021-2022-exam-contract');
  assert.deepEqual(problems, []);
  await context.close();
});

test('validation as you type: the message sits at the field and what was typed is kept', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  const credits = page.locator('#enrolment-1-credits');
  await credits.fill('6o');
  const error = page.locator('#enrolment-1-credits-error');
  assert.match(await text(error), /"6o" is geen geheel getal/);
  assert.equal(await credits.inputValue(), '6o');
  assert.equal(await credits.getAttribute('aria-invalid'), 'true');
  assert.match(await credits.getAttribute('aria-describedby'), /enrolment-1-credits-error/);
  assert.match(await text(page.locator('.result .summary')), /Verbeter eerst 1 veld/);
  await credits.fill('10000');
  assert.match(await text(error), /10000 studiepunten kan niet: geef een geheel getal van 1 tot 180/);
  await screenshot(page, 'fee-validation');
  await credits.fill('60');
  assert.equal(await error.count(), 0);
  await page.locator('#fee-total .amount').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('2025-2026: KdG\'s published table, € 299,00 + 60 × € 14,30 = € 1.157,00, confirmed', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.getByLabel('Academiejaar').selectOption('2025-2026');
  await page.getByLabel('Niet-beurstariefstudent').check();
  await fillEnrolment(page, 1, { contract: 'Diplomacontract', credits: 60 });
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 1.157,00');
  await unfold(page);
  assert.match(await text(page.locator('.line').nth(0)), /€ 299,00.*2025-2026.*bevestigd.*bron: kdg\.be/);
  assert.equal(await page.locator('.year-note').count(), 0, 'every figure of 2025-2026 is confirmed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('2027-2028 is not published yet: 2026-2027\'s figures, marked estimated, with the year they come from', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  await page.getByLabel('Academiejaar').selectOption('2027-2028');
  await page.getByLabel('Niet-beurstariefstudent').check();
  await fillEnrolment(page, 1, { contract: 'Diplomacontract', credits: 60 });
  assert.equal(await text(page.locator('#fee-total .amount')), '€ 1.181,40');
  assert.match(await text(page.locator('.year-note')), /Voor 2027-2028 is nog niet alles gepubliceerd: waar een bedrag of regel ontbreekt, rekenen we met die van 2026-2027/);
  await unfold(page);
  assert.match(await text(page.locator('.line').nth(0)), /€ 305,40.*2026-2027.*geschat/);
  await screenshot(page, 'fee-2027-2028-estimated');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the default academic year is the current one (from September)', async () => {
  const { page, context } = await openApp(browser, server.origin);
  const now = new Date();
  const start = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  const expected = Math.min(Math.max(start, 2020), 2027);
  assert.equal(await page.getByLabel('Academiejaar').inputValue(), `${expected}-${expected + 1}`);
  await context.close();
});
