// On a phone (390 × 844, an iPhone 12 to 15), in every language: no section is wider than
// the screen, with every explanation open, and axe-core finds no WCAG 2.2 A/AA violation
// (a box that scrolls sideways, such as the dual-learning comparison, must be reachable
// by keyboard). Screenshots of the leave and dual sections are kept as test artefacts.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, screenshot, violations, openEverything } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PHONE = { width: 390, height: 844 };
const LANGUAGES = ['nl-BE', 'fr-BE', 'en'];
const SECTIONS = ['fee', 'leave', 'dual', 'plan', 'adult-education'];
/** The heading of each section's answer. */
const RESULT_TITLE = { fee: '#result-title', leave: '#leave-result-title', dual: '#dual-result-title', plan: '#plan-result-title', 'adult-education': '#adult-result-title' };

/** The phone's browser, with axe allowed in (see `violations`). */
async function openOnPhone(language) {
  const context = await browser.newContext({ locale: language, bypassCSP: true, viewport: PHONE, deviceScaleFactor: 1 });
  return openApp(browser, server.origin, `/?lang=${language}`, { context, language });
}

async function showSection(page, section, { open = true } = {}) {
  await page.locator(`#section-${section}`).click();
  await page.locator(section === 'fee' ? '#fee-total' : RESULT_TITLE[section]).waitFor();
  if (open) await openEverything(page);
}

/**
 * Every element whose box reaches past the right edge of the screen, described. Left out:
 * what is visually hidden for screen readers, and what lies inside a box that scrolls
 * sideways on purpose and can be focused to do so (that box itself must fit).
 */
function beyondTheEdge(page) {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const scrollsOnPurpose = (element) => {
      const style = getComputedStyle(element);
      return ['auto', 'scroll'].includes(style.overflowX) && element.tabIndex >= 0;
    };
    const insideScroller = (element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (scrollsOnPurpose(parent)) return true;
      }
      return false;
    };
    const describe = (element) => {
      const name = element.id ? `#${element.id}` : element.classList.length ? `.${[...element.classList].join('.')}` : '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${name} "${text}"`;
    };
    const found = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.visually-hidden, .skip-link') || insideScroller(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A hundredth of a pixel of rounding is not overflow.
      if (box.right > edge + 0.01) found.push(`${describe(element)} ends at ${Math.round(box.right)} px`);
    }
    return found;
  });
}

for (const language of LANGUAGES) {
  test(`on a 390 px phone nothing is wider than the screen, in ${language}`, async () => {
    const { page, problems, context } = await openOnPhone(language);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    for (const section of SECTIONS) {
      await showSection(page, section);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const beyond = await beyondTheEdge(page);
      assert.deepEqual(beyond.slice(0, 15), [], `${section} in ${language}: ${beyond.length} elements past the edge`);
      assert.ok(width <= PHONE.width, `${section} in ${language}: the page is ${width} px wide on a ${PHONE.width} px screen`);
      await screenshot(page, `phone-${section}-${language}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

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

// The fee, study-route and adult-education sections (leave and dual have their own files):
// the answer's heading within 1.5 screens of where the section opens, the section at most
// 4 screens long with its explanations folded, and the whole page at most 5.
for (const language of LANGUAGES) {
  for (const section of ['fee', 'plan', 'adult-education']) {
    test(`on a 390 px phone the answer comes first and the page is short: ${section} in ${language}`, async () => {
      const { page, problems, context } = await openOnPhone(language);
      await showSection(page, section, { open: false });
      const figures = await page.evaluate((heading) => {
        const top = (element) => Math.round(element.getBoundingClientRect().top + window.scrollY);
        const content = document.querySelector('#section-content');
        return {
          headingInSection: top(document.querySelector(heading)) - top(content),
          sectionHeight: Math.round(content.getBoundingClientRect().height),
          pageHeight: document.documentElement.scrollHeight,
          folded: [...document.querySelectorAll('details')].every((d) => !d.open),
        };
      }, RESULT_TITLE[section]);
      console.log(`${section} on a phone, ${language}: ${JSON.stringify(figures)}`);
      await screenshot(page, `phone-${section}-folded-${language}`);
      assert.ok(figures.folded, 'every explanation starts folded');
      assert.ok(figures.headingInSection <= 1.5 * PHONE.height, `the answer ${figures.headingInSection} px into the section`);
      assert.ok(figures.sectionHeight <= 4 * PHONE.height, `the section is ${figures.sectionHeight} px long`);
      assert.ok(figures.pageHeight <= 5 * PHONE.height, `the page is ${figures.pageHeight} px long`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('on a phone the study route and the adult-education route keep their answer in a bar at the bottom, hidden while the answer shows', async () => {
  const { page, problems, context } = await openOnPhone('nl-BE');
  const bars = [
    { section: 'plan', answer: '#plan-answer', wanted: /^Studietraject: 3 jaar, € [\d.]+,\d\d — naar het antwoord$/ },
    { section: 'adult-education', answer: '#adult-result-title', wanted: /^Netto voor jou: € 0,00 — naar het antwoord$/ },
  ];
  for (const { section, answer, wanted } of bars) {
    await showSection(page, section, { open: false });
    const sticky = page.locator('#section-content .sticky-summary');
    // The answer in view (the section opens on it): no bar.
    await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), answer);
    await sticky.waitFor({ state: 'hidden' });
    // Scrolled down to the form's end, the answer is out of view: the bar shows it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await sticky.waitFor({ state: 'visible' });
    assert.match((await sticky.innerText()).replace(/\s+/g, ' ').trim(), wanted);
    // Following the bar brings the answer back, and the bar goes.
    await sticky.click();
    await sticky.waitFor({ state: 'hidden' });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

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
