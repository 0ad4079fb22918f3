// Dual learning on a phone (390 × 844), in Dutch, French and English: the answer comes
// first. The section is no wider than the screen; the result heading is within 1.5 screens
// of the section's start; the page is at most 5 screens with its details folded; axe finds
// no violation; the keyboard reaches the question "lerende of werkgever" and the answer.
// The employer sees the cost after the premiums, and an agreement that is not possible
// shows no amount and is never "the most" or "the least".

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, violations } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 390, height: 844 };
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function openOnPhone(language) {
  const context = await browser.newContext({ locale: language, bypassCSP: true, viewport: PHONE, deviceScaleFactor: 1 });
  const opened = await openApp(browser, server.origin, `/?lang=${language}`, { context, language });
  await opened.page.locator('#section-dual').click();
  await opened.page.locator('#dual-summary').waitFor();
  return opened;
}

/** Where things are, in pixels of the document, with every <details> as it is. */
function measure(page) {
  return page.evaluate(() => {
    const top = (selector) => document.querySelector(selector).getBoundingClientRect().top + window.scrollY;
    return {
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
      sectionTop: top('#section-content'),
      resultTop: top('#dual-result-title'),
      foldedOpen: [...document.querySelectorAll('#section-content details')]
        .filter((d) => d.open && !d.parentElement.closest('details:not([open])')).map((d) => d.id || d.className),
    };
  });
}

const EXPECT = {
  'nl-BE': { answer: /Voor jou: Overeenkomst van duale opleiding met statuut \(ODOS\) € 636,60 per maand · € 7\.639,20 per schooljaar/, odo: /^ODO ✗ nee 20 uur per week of meer op de werkplek\./, employer: 'Werkgever', cost: /Kost voor je onderneming: Overeenkomst van duale opleiding met statuut \(ODOS\) € 6\.639,20 per schooljaar: € 7\.639,20 leervergoeding − € 1\.000,00 premies/, sticky: 'ODOS: € 6.639,20 per schooljaar' },
  // French amounts as Belgian French writes them (1 181,40 €); whitespace is read as one space.
  'fr-BE': { answer: /Pour vous : ODOS — .* 636,60 € par mois · 7 639,20 € par année scolaire/, odo: /^ODO ✗ non 20 heures par semaine ou plus sur le lieu de travail\./, employer: 'Employeur', cost: /Coût pour votre entreprise : ODOS — .* 6 639,20 € par année scolaire : 7 639,20 € d’indemnité − 1 000,00 € de primes/, sticky: /^ODOS : 6 639,20 € par année scolaire$/ },
  en: { answer: /For you: ODOS — .*€636\.60 per month · €7,639\.20 per school year/, odo: /^ODO ✗ no 20 hours per week or more at the workplace\./, employer: 'Employer', cost: /Cost to your company: ODOS — .*€6,639\.20 per school year: €7,639\.20 allowance − €1,000\.00 premiums/, sticky: 'ODOS: €6,639.20 per school year' },
};

for (const language of ['nl-BE', 'fr-BE', 'en']) {
  test(`dual learning on a 390 px phone in ${language}: answer first, within the screen, folded, no axe violation`, async () => {
    const { page, problems, context } = await openOnPhone(language);
    const expect = EXPECT[language];
    await page.waitForFunction(() => document.querySelector('#dual-summary')?.innerText.includes('ODOS'));
    assert.match(await text(page.locator('#dual-summary')), expect.answer);
    assert.match(await text(page.locator('#dual-verdict-odo')), expect.odo);

    const m = await measure(page);
    console.log(`${language}: width ${m.width} px, result heading ${Math.round(m.resultTop - m.sectionTop)} px below the section's start `
      + `(${Math.round(m.resultTop)} px from the top), page ${m.height} px = ${(m.height / PHONE.height).toFixed(2)} screens`);
    await screenshot(page, `dual-phone-${language}`);
    assert.deepEqual(m.foldedOpen, [], 'every detail is folded at first');
    assert.ok(m.width <= PHONE.width, `${m.width} px wide`);
    assert.ok(m.resultTop - m.sectionTop <= 1.5 * PHONE.height, `the result heading is ${m.resultTop - m.sectionTop} px down`);
    assert.ok(m.height <= 5 * PHONE.height, `the page is ${m.height} px long`);
    assert.deepEqual(await violations(page), []);

    // Opened, the details stay inside the screen's width too, and pass axe.
    await page.locator('#dual-how > summary').click();
    await page.locator('.dual-more-details > summary').click();
    await page.waitForFunction(() => document.querySelector('#dual-how').open && document.querySelector('.dual-more-details').open);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= PHONE.width);
    // With the answer in view the bar at the bottom hides, so it covers no field while axe looks.
    await page.locator('#dual-summary').scrollIntoViewIfNeeded();
    await page.locator('.sticky-summary').waitFor({ state: 'hidden' });
    assert.deepEqual(await violations(page), []);

    // The employer: the cost after the premiums comes first, in the employer's words.
    await page.getByRole('radio', { name: expect.employer, exact: true }).check();
    await page.waitForFunction(() => document.querySelector('#dual-total-odos')?.innerText.includes('6'));
    assert.match(await text(page.locator('#dual-total-odos')), expect.cost);
    assert.doesNotMatch(await text(page.locator('.dual-panel')), /\bvoor jou\b|\bpour vous\b|\bfor you\b/i);
    // The questions speak of the learner, not as the learner ("Ik werk al bij …" becomes "De lerende werkt al bij mijn onderneming").
    await page.waitForFunction(() => document.querySelector('label[for="dual-employed"]')?.innerText.match(/lerende|apprenant|learner/));
    const firstPerson = { 'nl-BE': /\bik\b|\bje (uren|brutoloon)\b/i, 'fr-BE': /\bje\b|\bj’|\bvos heures\b/i, en: /\bI\b|\byour (hours|gross)\b/ }[language];
    const questions = await page.locator('#section-content .inputs').evaluateAll((forms) => forms.map((f) => f.textContent).join(' '));
    assert.doesNotMatch(questions.replace(/\s+/g, ' '), firstPerson);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const sticky = page.locator('.sticky-summary');
    await sticky.waitFor();
    if (typeof expect.sticky === 'string') assert.equal(await text(sticky), expect.sticky);
    else assert.match(await text(sticky), expect.sticky);
    await screenshot(page, `dual-phone-employer-${language}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('on a phone the keyboard reaches "lerende of werkgever", changes it, and reaches the answer', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  await page.locator('#dual-perspective-learner').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#dual-perspective-employer').checked);
  await page.waitForFunction(() => document.querySelector('#dual-result-title').innerText.includes('onderneming'));
  // The sticky summary leads to the answer.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const sticky = page.locator('.sticky-summary');
  await sticky.waitFor();
  await sticky.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const box = document.querySelector('#dual-summary').getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0;
  });
  await sticky.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('an agreement that is not possible shows no amount and is never "the least"', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  // 24 hours in adult education: only the ODOS. The ODO would pay € 5.114,88, but is not possible.
  const panel = page.locator('.dual-panel');
  await page.waitForFunction(() => document.querySelector('#dual-verdict-odo')?.innerText.includes('nee'));
  assert.doesNotMatch(await text(panel), /5\.114,88|het minst|het meest/);
  assert.equal(await page.locator('#dual-total-odo').count(), 0);
  await page.locator('#dual-how > summary').click();
  await page.locator('#dual-table').waitFor();
  assert.doesNotMatch(await text(page.locator('#dual-how')), /5\.114,88|het minst/);
  const yearly = (await page.locator('#dual-table tr.dual-row-yearly td').allInnerTexts()).map((t) => t.trim());
  assert.deepEqual(yearly, ['—', '€ 7.639,20', '—', '—']);
  // At 19 hours it is the other way round: the ODO is possible, the ODOS not.
  await page.locator('#dual-hours').fill('19');
  await page.locator('#dual-total-odo').waitFor();
  assert.equal(await page.locator('#dual-total-odos').count(), 0);
  assert.match(await text(page.locator('#dual-verdict-odos')), /^ODOS ✗ nee Minder dan 20 uur per week op de werkplek\. Vanaf 20 uur per week is het een ODOS; met minder uren een ODO\.$/);
  assert.deepEqual(problems, []);
  await context.close();
});
