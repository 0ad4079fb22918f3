// Typing as a person does, key by key: every text field of every section gets the example
// its own hint gives (`3.200,00`, `30,4`, `22,5` …), in every language. Afterwards the field
// holds exactly what was typed and still has the focus: no re-render may fold a disclosure
// or re-create a field under the cursor, whatever the field's validity on the way.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Per section, every text field with what to type in `language`: the example its hint
 * shows (`shown`), or, for the few hints that give none, a value of the kind the field takes.
 */
function fields(language) {
  const english = language === 'en';
  const amount = (dutchOrFrench, inEnglish) => (english ? inEnglish : dutchOrFrench);
  return {
    fee: {
      'learning-credit': { text: '140', shown: false },
      'enrolment-1-institution': { text: 'KU Leuven', shown: false },
      'enrolment-1-credits': { text: '60', shown: true },
      'enrolment-1-price': { text: amount('1.500,00', '1,500.00'), shown: true },
      'save-name': {
        text: { 'nl-BE': 'Bachelor verpleegkunde, deeltijds', 'fr-BE': 'Bachelier en soins infirmiers, à temps partiel', en: 'Bachelor in nursing, part-time' }[language],
        shown: true,
      },
    },
    leave: {
      'leave-employment': { text: '100', shown: true },
      'leave-weekly-hours': { text: amount('30,4', '30.4'), shown: true },
      'leave-weeks': { text: '52', shown: true },
      'leave-seniority': { text: '24', shown: true },
      'leave-wage': { text: amount('3.200,00', '3,200.00'), shown: true },
      'leave-allowance': { text: amount('€ 250,50', '€250.50'), shown: false },
      'leave-vov-planned': { text: '100', shown: false },
      'leave-lessons': { text: '120', shown: false },
    },
    dual: {
      'dual-hours': { text: amount('22,5', '22.5'), shown: true },
      'dual-weeks': { text: '48', shown: true },
      'dual-months': { text: '12', shown: true },
      'dual-wage': { text: amount('2.000,00', '2,000.00'), shown: true },
      'dual-training-years': { text: '0', shown: true },
      'dual-learner-premiums': { text: '1', shown: false },
      'dual-learners': { text: '5', shown: false },
      'dual-employer-premiums': { text: '1', shown: false },
      'dual-mentor-months': { text: '10', shown: false },
      'dual-supervised-hours': { text: '250', shown: false },
    },
    plan: {
      'plan-programme-credits': { text: '180', shown: true },
      'plan-credits-per-year': { text: '45', shown: true },
      'plan-pass-percent': { text: '100', shown: true },
      'plan-learning-credit-start': { text: '140', shown: true },
      // Aanpassen per jaar: one field per year of the route (three at 60 a year).
      'plan-year-0-credits': { text: '0', shown: true },
      'plan-year-1-credits': { text: '30', shown: false },
      'plan-year-2-credits': { text: '45', shown: false },
    },
    'adult-education': {
      'adult-module-1-lessons': { text: '120', shown: true },
      'adult-materials': { text: amount('25,00', '25.00'), shown: false },
      'adult-vouchers': { text: amount('12,50', '12.50'), shown: false },
    },
  };
}

/** Brings out every field of a section: a post-initial programme has a price, a home-care
 * service has months and hours; fields in a closed disclosure are opened by its summary. */
async function revealFields(page, section) {
  if (section === 'fee') await page.locator('#enrolment-1-programme').selectOption({ index: 3 });
  if (section === 'dual') {
    await page.locator('.dual-more-details > summary').click();
    await page.locator('#dual-home-care').selectOption({ index: 1 });
  }
}

/** The hint of a field: the texts that describe it, and its placeholder. */
function hintOf(page, id) {
  return page.evaluate((fieldId) => {
    const input = document.getElementById(fieldId);
    const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
      .map((helpId) => document.getElementById(helpId)?.textContent ?? '');
    return [...described, input.placeholder].join(' ').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
  }, id);
}

const visibleTextFields = (page) => page.evaluate(() => [...document.querySelectorAll('input[type="text"]')]
  .filter((input) => input.getClientRects().length > 0 || input.closest('details:not([open])')).map((input) => input.id));

for (const language of ['nl-BE', 'fr-BE', 'en']) {
  for (const section of ['fee', 'leave', 'dual', 'plan', 'adult-education']) {
    test(`typing each hint's example key by key keeps every character and the focus: ${section} section in ${language}`, async () => {
      const { page, problems, context } = await openApp(browser, server.origin, `/?lang=${language}`, { language });
      await page.locator(`#section-${section}`).click();
      await revealFields(page, section);
      const all = fields(language);
      const wanted = all[section];
      // Every text field of the section is typed in (the share bar's name is done with the fee section).
      const present = (await visibleTextFields(page)).filter((id) => section === 'fee' || id !== 'save-name');
      assert.deepEqual([...present].sort(), Object.keys(wanted).sort(), 'the text fields of the section');

      for (const [id, { text, shown }] of Object.entries(wanted)) {
        const field = page.locator(`#${id}`);
        if (!(await field.isVisible())) await field.locator('xpath=ancestor::details[1]/summary').click();
        if (shown) assert.ok((await hintOf(page, id)).includes(text), `the hint of #${id} shows ${text}: "${await hintOf(page, id)}"`);
        await field.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await field.pressSequentially(text, { delay: 15 });
        assert.equal(await field.inputValue(), text, `#${id} holds what was typed`);
        assert.equal(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName), id, `#${id} keeps the focus`);
      }
      // Nothing typed later changed a field typed before.
      for (const [id, { text }] of Object.entries(wanted)) {
        assert.equal(await page.locator(`#${id}`).inputValue(), text, `#${id} at the end`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
