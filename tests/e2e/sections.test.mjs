// Each section stands on its own: an error in the fee's fields never holds back dual
// learning, the leave says which field of its study plan to correct, a scenario may have
// no higher-education enrolment at all, and each section's errors are summed up at the
// top of its result as links that take the focus to the field.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, violations, waitForSaved, waitForLanguage } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
// axe is injected as a script, which the app's Content-Security-Policy forbids.
const context = () => browser.newContext({ locale: 'nl-BE', bypassCSP: true, viewport: { width: 1280, height: 900 } });
/** Waits until the element with `id` has focus (focus moves after the next render), then says which has it. */
const focusedId = async (page, id) => {
  await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout: 5000 }).catch(() => {});
  return page.evaluate(() => document.activeElement?.id);
};

test('with an empty study-points field the dual-learning section still shows its result', async () => {
  const ctx = await context();
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  await page.locator('#enrolment-1-credits').fill('');
  await page.locator('.result .total-pending').waitFor();
  // Dual learning needs none of the fee's inputs.
  await page.locator('#section-dual').click();
  await page.locator('#dual-summary').waitFor();
  assert.equal(await page.locator('#dual-pending').count(), 0);
  assert.match(await text(page.locator('#dual-summary')), /Voor jou: /);
  assert.equal(await page.locator('#dual-errors').count(), 0);
  assert.deepEqual(await violations(page), [], 'dual section');
  await screenshot(page, 'sections-dual-with-fee-error');

  assert.deepEqual(problems, []);
  await ctx.close();
});

test('an empty study-points field: the fee and the leave list it at the top, as a link that focuses it', async () => {
  const ctx = await context();
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  await page.locator('#enrolment-1-credits').fill('');

  // The fee waits, and its summary lists the field as a link.
  const feeSummary = page.locator('#fee-errors');
  assert.equal(await text(feeSummary.locator('h3')), 'Dit moet je nog verbeteren');
  const feeLink = feeSummary.getByRole('link');
  assert.equal(await feeLink.count(), 1);
  assert.match(await text(feeLink), /^Inschrijving 1: Studiepunten: vul een getal in$/);
  assert.equal(await feeLink.getAttribute('href'), '#enrolment-1-credits');
  assert.deepEqual(await violations(page), [], 'fee section with an error summary');
  await screenshot(page, 'sections-fee-error-summary');
  await page.locator('#year').focus();
  await feeLink.click();
  await page.waitForFunction(() => document.activeElement?.id === 'enrolment-1-credits');
  assert.ok(!decodeURIComponent(await page.evaluate(() => location.hash)).includes('#enrolment-1-credits'),
    'the address keeps the scenario');

  // The leave's study plan is the enrolments: it says which field, and the link goes there.
  await page.locator('#section-leave').click();
  assert.match(await text(page.locator('#leave-pending')), /Verbeter eerst je inschrijvingen in het onderdeel Studiegeld/);
  const leaveLink = page.locator('#leave-errors').getByRole('link');
  assert.match(await text(leaveLink), /^Inschrijving 1: Studiepunten \(in Studiegeld\): /);
  assert.deepEqual(await violations(page), [], 'leave section with an error summary');
  await screenshot(page, 'sections-leave-names-the-fee-field');
  await leaveLink.click();
  await page.waitForFunction(() => document.activeElement?.id === 'enrolment-1-credits');
  assert.equal(await page.locator('#section-fee').getAttribute('aria-current'), 'page');
  await page.keyboard.type('30');
  await page.locator('#fee-total .amount').waitFor();
  assert.equal(await page.locator('#fee-errors').count(), 0);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('a leave field with an error is listed at the top of the leave result, and its link focuses it', async () => {
  const ctx = await context();
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  await page.locator('#section-leave').click();
  await page.locator('#leave-weeks').fill('0');
  const link = page.locator('#leave-errors').getByRole('link');
  await link.first().waitFor();
  assert.equal(await link.count(), 1);
  assert.match(await text(link), /^Weken waarin je studeert: /);
  assert.equal(await link.getAttribute('href'), '#leave-weeks');
  await link.click();
  assert.equal(await focusedId(page, 'leave-weeks'), 'leave-weeks');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the only enrolment can be removed: no fee to compute, the leave and dual learning still compute, and it is kept so', async () => {
  const ctx = await context();
  const { page, problems } = await openApp(browser, server.origin, '/', { context: ctx });
  await page.getByLabel('Academiejaar').selectOption('2024-2025');
  await page.getByRole('button', { name: 'Inschrijving 1 verwijderen' }).click();
  assert.equal(await page.locator('.enrolment').count(), 0);
  assert.match(await text(page.locator('#fee-pending')), /Geen inschrijving in het hoger onderwijs: er is geen studiegeld te berekenen/);
  assert.equal(await page.locator('#fee-errors').count(), 0);
  assert.ok(await page.locator('#fee-add-first').isVisible());
  assert.deepEqual(await violations(page), [], 'fee section without enrolments');
  await screenshot(page, 'sections-fee-no-enrolment');
  await waitForSaved(page, '"enrolments":[]');

  // The leave: adult-education lesson periods alone.
  await page.locator('#section-leave').click();
  await page.locator('#leave-load .amount').waitFor();
  assert.match(await text(page.locator('.leave-plan')), /geen inschrijving in het hoger onderwijs/);
  await page.locator('.leave-inputs details.more > summary').click();
  await page.locator('#leave-lessons').fill('120');
  // 120 lesson periods are 120 hours, over the 52 weeks of the year: the hours a week first.
  assert.equal(await text(page.locator('#leave-load .total-sub')), '120 uur');
  assert.equal(await text(page.locator('#leave-load .amount')), '2,31 uur per week');
  assert.deepEqual(await violations(page), [], 'leave section without enrolments');
  await screenshot(page, 'sections-leave-no-enrolment');

  await page.locator('#section-dual').click();
  assert.match(await text(page.locator('#dual-summary')), /Voor jou: /);

  // Kept as it is: after a reload there is still no enrolment; one is added back in one click.
  await waitForSaved(page, '"adult_education_lesson_periods":120');
  await page.reload();
  await page.locator('#dual-summary').waitFor();
  await page.locator('#section-fee').click();
  assert.equal(await page.locator('.enrolment').count(), 0);
  await page.locator('#fee-add-first').click();
  assert.equal(await page.locator('#enrolment-1-institution').inputValue(), 'Instelling A');
  await page.locator('#fee-total .amount').waitFor();
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the standard-rate status reads as plain words first, the legal term after it, marked as Dutch', async () => {
  const { page, problems, context: ctx } = await openApp(browser, server.origin, '/?lang=en', { language: 'en' });
  assert.ok(await page.getByLabel('Standard rate (niet-beurstariefstudent)', { exact: true }).isChecked());
  assert.equal(await page.locator('label[for="status-0"] [lang="nl"]').innerText(), 'niet-beurstariefstudent');
  await page.getByRole('button', { name: 'Français', exact: true }).first().click();
  await waitForLanguage(page, 'fr-BE');
  assert.ok(await page.getByLabel('Tarif standard (niet-beurstariefstudent)', { exact: true }).isChecked());
  await page.getByRole('button', { name: 'Nederlands', exact: true }).first().click();
  await waitForLanguage(page, 'nl-BE');
  assert.ok(await page.getByLabel('Standaardtarief (niet-beurstariefstudent)', { exact: true }).isChecked());
  await page.locator('#section-saved').click();
  assert.match(await text(page.locator('main')), /onderaan de pagina/);
  assert.deepEqual(problems, []);
  await ctx.close();
});
