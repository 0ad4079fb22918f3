// The leave section on a phone (390 × 844), in Dutch, French and English: the answer
// first (the result heading within 1.5 screens of the page's top once the section is
// open), the page at most 5 screens long with its explanations folded, nothing wider than
// the screen, no WCAG 2.2 AA violation, and a keyboard path from the first question to the
// answer. Then who is asking: outside the Flemish Region, or without work, the section
// names the service that applies instead of computing Flemish rules; and a verdict that
// still has something to check says "misschien", never "in aanmerking".

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, violations } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 390, height: 844 };
const LANGUAGES = ['nl-BE', 'fr-BE', 'en'];
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function openOnPhone(language, path = `/?lang=${language}`) {
  const context = await browser.newContext({ locale: language, bypassCSP: true, viewport: PHONE, deviceScaleFactor: 1 });
  return openApp(browser, server.origin, path, { context, language });
}

/** Opens the leave section and waits for its answer. */
async function openLeave(page) {
  await page.locator('#section-leave').click();
  await page.locator('#leave-answer').waitFor();
}

/**
 * In px: where the section starts (below the page's title, introduction and year picker,
 * which the issue allows one screen), where the answer's heading starts, how long the
 * section and the whole page are, and how wide the page is.
 */
function measure(page) {
  return page.evaluate(() => {
    const top = (element) => Math.round(element.getBoundingClientRect().top + window.scrollY);
    const section = document.querySelector('#section-content');
    const folded = [...document.querySelectorAll('#section-content details')].every((d) => !d.open);
    return {
      sectionTop: top(section),
      headingTop: top(document.querySelector('#leave-result-title')),
      sectionHeight: Math.round(section.getBoundingClientRect().height),
      pageHeight: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      folded,
    };
  });
}

for (const language of LANGUAGES) {
  test(`phone, ${language}: the answer within 1.5 screens, the page within 5, nothing past the edge, no axe violation`, async () => {
    const { page, problems, context } = await openOnPhone(language);
    await openLeave(page);
    await page.waitForFunction(() => document.querySelector('#leave-answer-vok .verdict'));
    const figures = await measure(page);
    console.log(`leave on a phone, ${language}: ${JSON.stringify(figures)}`);
    assert.ok(figures.folded, 'every disclosure starts folded');
    assert.ok(figures.width <= PHONE.width, `${figures.width} px wide on a ${PHONE.width} px screen`);
    // The answer within 1.5 screens of where the section opens (its heading takes the focus there).
    const headingInSection = figures.headingTop - figures.sectionTop;
    assert.ok(headingInSection <= 1.5 * PHONE.height, `result heading ${headingInSection} px into the section (limit ${1.5 * PHONE.height})`);
    // The page at most 5 screens: one for the page's title, introduction and year picker, four for the section.
    assert.ok(figures.sectionHeight <= 4 * PHONE.height, `section ${figures.sectionHeight} px long (limit ${4 * PHONE.height})`);
    await screenshot(page, `leave-phone-${language}`);
    assert.deepEqual(await violations(page), [], `axe in ${language}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The whole page, title and year picker included, at most 5 screens (the introduction
// shows on the first section only; saving, sharing and printing fold under one line).
for (const language of LANGUAGES) {
  test(`phone, ${language}: the whole page is at most 5 screens long`, async () => {
    const { page, context } = await openOnPhone(language);
    await openLeave(page);
    const figures = await measure(page);
    await context.close();
    assert.ok(figures.pageHeight <= 5 * PHONE.height, `${language}: page ${figures.pageHeight} px long (limit ${5 * PHONE.height})`);
  });
}

test('phone, nl-BE: the answer panel gives the hours a week, the hours covered and the VOK answer, with one reason and one next step', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  await openLeave(page);
  const answer = page.locator('#leave-answer');
  // The default: 60 study points (the fee section's default plan), full time, 1/5 time credit.
  await page.waitForFunction(() => /uur per week/.test(document.querySelector('#leave-load')?.textContent ?? ''));
  assert.match(await text(page.locator('#leave-load .amount')), /uur per week$/);
  assert.match(await text(page.locator('#leave-covered-share')), /%.*uur/);
  assert.match(await text(page.locator('#leave-left-per-week')), /uur per week$/);
  const vok = page.locator('#leave-answer-vok');
  // Time credit must still be granted by the RVA: the premium is a maybe, with what to check and where.
  assert.match(await text(vok.locator('.verdict')), /Misschien\. Bij 1\/5 tijdskrediet krijg je een VOK-premie/);
  assert.equal(await vok.locator('.verdict').count(), 1, 'one reason');
  assert.match(await text(vok.locator('.verdict-next')), /^Volgende stap: .*RVA/);
  // How it was calculated and the sources, folded, below the answers.
  const how = page.locator('#leave-how');
  assert.equal(await how.getAttribute('open'), null);
  assert.match(await text(how.locator(':scope > summary')), /Hoe is dit berekend/);
  assert.ok(await answer.isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: the sticky summary shows the hours a week left and the VOK answer, and hides when the answer is in view', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  await openLeave(page);
  const sticky = page.locator('.layout.leave .sticky-summary');
  // Scrolled to the questions at the bottom, the answer is out of view: the bar shows.
  await page.locator('#leave-weeks').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await sticky.waitFor({ state: 'visible' });
  assert.match(await text(sticky), /uur per week over/);
  assert.match(await text(sticky), /VOK: misschien/);
  await page.evaluate(() => document.querySelector('#leave-answer').scrollIntoView());
  await sticky.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone, keyboard only: from the first question to the answer and "Hoe is dit berekend"', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  await openLeave(page);
  await page.locator('#leave-region-brussels').focus();
  // Arrow keys move within the radio group; the choice is made by keyboard.
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.activeElement?.id === 'leave-region-flanders');
  await page.locator('#leave-how > summary').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#leave-how').open);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#leave-how').open);
  assert.deepEqual(problems, []);
  await context.close();
});

const ELSEWHERE = [
  { region: 'brussels', nl: /Brussels Hoofdstedelijk Gewest/, service: /Brussel Economie en Werk/, url: 'https://economie-emploi.brussels/conge-education-paye-reforme' },
  { region: 'wallonia', nl: /Waals Gewest/, service: /Forem/, url: 'https://emploi.wallonie.be/demandes/2341_beneficier-d-un-conge-education-paye-dans-le-secteur-prive.html' },
  { region: 'not-working', nl: /werkzoekende/, service: /VDAB/, url: 'https://www.vdab.be/vrijstellingen/niet-erkend' },
];

for (const { region, nl, service, url } of ELSEWHERE) {
  test(`phone: working in ${region}: the Flemish rules are not computed, and the right service is named with its address`, async () => {
    const { page, problems, context } = await openOnPhone('nl-BE');
    await openLeave(page);
    await page.locator(`#leave-region-${region}`).check();
    const referral = page.locator('#leave-referral');
    await referral.waitFor();
    assert.match(await text(referral), nl);
    assert.match(await text(referral), service);
    assert.match(await text(referral), /Vlaams opleidingsverlof/);
    assert.equal(await referral.locator(`a[href="${url}"]`).count(), 1);
    // No Flemish verdicts or hours are computed for this person.
    assert.equal(await page.locator('#leave-vov').count(), 0);
    assert.equal(await page.locator('#leave-answer-vok').count(), 0);
    if (region !== 'not-working') {
      // Federal time credit stays: the RVA decides it for private-sector workers in every region.
      assert.match(await text(referral), /tijdskrediet/i);
      assert.match(await text(referral), /RVA/);
    }
    const figures = await measure(page);
    assert.ok(figures.width <= PHONE.width);
    await screenshot(page, `leave-phone-${region}-nl-BE`);
    // The choice is kept in the link.
    await page.waitForFunction((r) => decodeURIComponent(location.hash).includes(`"work_region":"${r}"`), region.replace('-', '_'));
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('phone, fr-BE and en: the Brussels pointer in the page\'s language', async () => {
  for (const [language, words] of [['fr-BE', /congé-éducation payé/], ['en', /paid educational leave/]]) {
    const { page, problems, context } = await openOnPhone(language);
    await openLeave(page);
    await page.locator('#leave-region-brussels').check();
    const referral = page.locator('#leave-referral');
    await referral.waitFor();
    assert.match(await text(referral), words);
    await screenshot(page, `leave-phone-brussels-${language}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('an old link without a work region opens as working in Flanders', async () => {
  const scenario = { academic_year: '2024-2025', student: { status: 'non_grant' }, enrolments: [{ institution: 'A', contract: 'diploma', programme: 'initial', credits: 30 }], leave: { interruption: 'one_fifth' } };
  const { page, problems, context } = await openOnPhone('nl-BE', `/?lang=nl-BE#s=${encodeURIComponent(JSON.stringify(scenario))}`);
  await openLeave(page);
  assert.ok(await page.locator('#leave-region-flanders').isChecked());
  await page.locator('#leave-vov').waitFor({ state: 'attached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('three states: time credit that the RVA must still grant reads "Misschien", never "In aanmerking" followed by "vraag na"', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  await openLeave(page);
  await page.locator('#leave-how > summary').click();
  const timeCredit = page.locator('#leave-time-credit');
  await timeCredit.waitFor();
  const verdict = await text(timeCredit.locator('.verdict'));
  assert.match(verdict, /Misschien\./);
  assert.doesNotMatch(await text(timeCredit), /In aanmerking/);
  // What to check, and where.
  assert.match(await text(timeCredit.locator('.verdict-next')), /RVA/);
  // VOV for a full-time private-sector worker with 60 study points: yes.
  assert.match(await text(page.locator('#leave-vov .verdict')), /Ja\./);
  // Not enough study points for time credit: no, with the shortfall as the next step.
  await page.locator('#section-fee').click();
  await page.locator('#enrolment-1-credits').fill('24');
  await page.locator('#fee-total .amount').waitFor();
  await openLeave(page);
  await page.waitForFunction(() => /Nee\./.test(document.querySelector('#leave-time-credit .verdict')?.textContent ?? ''));
  assert.match(await text(page.locator('#leave-answer-vok .verdict')), /Nee\./);
  assert.deepEqual(problems, []);
  await context.close();
});
