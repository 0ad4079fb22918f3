// Three languages in a real browser: the switch changes every string on every section
// (no Dutch left on a French or English page but the legal terms marked lang="nl"),
// amounts are written the language's way, nothing typed is lost, and the language is
// chosen by the browser, remembered, and set by the address, the embedding attribute
// and the JavaScript API.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, screenshot, waitForSaved, waitForLanguage, openEverything, unfold, ROOT } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SWITCH = { 'nl-BE': 'Nederlands', 'fr-BE': 'Français', en: 'English' };

/** Every piece of text of the page a person can meet: text (also in closed explanations and
 * the print recap) and the names in attributes; minus what is marked as being in another
 * language on purpose (legal terms and Dutch quotes lang="nl", English quotes lang="en"). */
function pageTexts(page) {
  return page.evaluate(() => {
    const found = new Set();
    const skip = (element) => !element || element.closest('body [lang], script, style, noscript');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text && !skip(node.parentElement)) found.add(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], desc, title')) {
      if (skip(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) found.add(value.trim());
      }
    }
    found.add(document.title);
    return [...found];
  });
}

/** A sentence in words (not an amount, a year, a name or an acronym). */
const isSentence = (text) => /\s/.test(text) && /(^|[^\p{L}])\p{Ll}{4,}/u.test(text);

async function switchTo(page, language) {
  await page.getByRole('button', { name: SWITCH[language], exact: true }).first().click();
  await page.waitForFunction((tag) => document.documentElement.lang === tag, language);
}

/** Brings the page to a section in a state that shows most of its texts. */
async function prepare(page, section) {
  if (section === 'saved') {
    for (const name of ['Plan A', 'Plan B']) {
      await page.locator('#save-name').fill(name);
      await page.locator('.share-bar button.secondary').first().click();
    }
  }
  await page.locator(`#section-${section}`).click();
  await openEverything(page);
}

for (const section of ['fee', 'leave', 'dual', 'adult-education', 'saved']) {
  test(`the language switch changes every string of the ${section} section`, async () => {
    const { page, problems, context } = await openApp(browser, server.origin, '/');
    // The printed recap says when it was printed: a minute passing must not change the page.
    await page.clock.setFixedTime(new Date('2026-12-04T10:00:00'));
    await prepare(page, section);
    const dutch = new Set(await pageTexts(page));
    for (const language of ['fr-BE', 'en', 'nl-BE']) {
      await switchTo(page, language);
      await openEverything(page);
      const texts = await pageTexts(page);
      if (language === 'nl-BE') {
        // Back in Dutch: the very same page as before.
        assert.deepEqual(texts.filter((t) => !dutch.has(t) && isSentence(t)), [], 'Dutch again after switching back');
        continue;
      }
      const leftover = texts.filter((t) => dutch.has(t) && isSentence(t));
      assert.deepEqual(leftover, [], `${language}: Dutch left on the ${section} section`);
      await screenshot(page, `language-${section}-${language}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('amounts are written the way each language writes them, and nothing typed is lost', async () => {
  const { page, problems, context } = await openApp(browser, server.origin, '/');
  await page.locator('#year').selectOption('2024-2025');
  await page.locator('#enrolment-1-credits').fill('45');
  // € 288,00 + 45 × € 13,80 = € 909,00 (2024-2025, standard rate)
  assert.equal((await page.locator('#fee-total .amount').innerText()).trim(), '€ 909,00');
  await switchTo(page, 'en');
  assert.equal((await page.locator('#fee-total .amount').innerText()).trim(), '€909.00');
  assert.equal(await page.locator('#enrolment-1-credits').inputValue(), '45');
  await unfold(page);
  assert.match(await page.locator('main').innerText(), /€13\.80/);
  await switchTo(page, 'fr-BE');
  // Belgian French: the euro sign after the amount, a no-break space between them.
  assert.equal((await page.locator('#fee-total .amount').innerText()).trim(), '909,00\u00a0€');
  // A typed amount is re-written in the new language's notation, not lost or misread.
  await page.locator('#enrolment-1-programme').selectOption({ index: 3 });
  await page.locator('#enrolment-1-price').fill('1.500,50');
  await switchTo(page, 'en');
  assert.equal(await page.locator('#enrolment-1-price').inputValue(), '1,500.50');
  await switchTo(page, 'nl-BE');
  assert.equal(await page.locator('#enrolment-1-price').inputValue(), '1.500,50');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language follows the browser, is remembered, and can be set by the address', async () => {
  const french = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 } });
  const { page, problems } = await openApp(browser, server.origin, '/', { context: french, language: 'fr-BE' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr-BE');
  assert.match(await page.locator('h1').innerText(), /Reprendre des études/);
  assert.equal(await page.title(), 'Droits d’inscription — Studierekenaar', 'the section, then the name');
  assert.equal(await page.getByRole('button', { name: 'Français', exact: true }).getAttribute('aria-pressed'), 'true');
  // Chosen here, then remembered after a reload.
  await switchTo(page, 'en');
  await waitForSaved(page, '"credits":60');
  await page.reload();
  await page.locator('#fee-total').waitFor();
  await waitForLanguage(page, 'en');
  // The address wins over the remembered choice, and follows a later switch.
  await page.goto(`${server.origin}/?lang=nl`);
  await page.locator('#fee-total').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl-BE');
  await switchTo(page, 'fr-BE');
  assert.match(page.url(), /lang=fr-BE/);
  assert.deepEqual(problems, []);
  await french.close();
});

test('the language switch works by keyboard alone', async () => {
  const { page, problems, context } = await openApp(browser, server.origin, '/');
  let steps = 0;
  while (steps++ < 8 && (await page.evaluate(() => document.activeElement?.textContent?.trim())) !== 'English') {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'English', 'focus stays on the switch');
  assert.match(await page.locator('h1').innerText(), /Going back to study/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an embedding site sets the language with the lang attribute', async (t) => {
  const host = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>College</title></head><body>
      <h1>Enrol with us</h1><script src="${server.origin}/embed.js"></script>
      <studierekenaar-calculator calculator="fees" lang="en" year="2024-2025" credits="60"></studierekenaar-calculator></body></html>`);
  });
  await new Promise((ready) => host.listen(0, '127.0.0.1', ready));
  t.after(() => new Promise((done) => { host.closeAllConnections(); host.close(done); }));
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1100, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  assert.match(await page.locator('iframe').getAttribute('title'), /^Studierekenaar: what does your enrolment/);
  const frame = page.frameLocator('iframe');
  await frame.locator('html[lang="en"]').waitFor({ state: 'attached' });
  // 2024-2025: € 288,00 + 60 × € 13,80 = € 1.116,00
  assert.equal((await frame.locator('#fee-total .amount').innerText()).trim(), '€1,116.00');
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
  await screenshot(page, 'embed-english');
});

/** The command-line tool in a language; its JSON output, also when it exits with 2. */
function runCli(scenario, language) {
  const built = process.env.STUDIEREKENAAR_CLI ?? join(ROOT, 'target', 'debug', 'studierekenaar');
  const [command, args] = existsSync(built)
    ? [built, ['evaluate', '--lang', language]]
    : ['cargo', ['run', '-q', '-p', 'studierekenaar-cli', '--', 'evaluate', '--lang', language]];
  try {
    return JSON.parse(execFileSync(command, args, { cwd: ROOT, input: JSON.stringify(scenario) }).toString());
  } catch (error) {
    if (error.status === 2) return JSON.parse(error.stdout.toString());
    throw error;
  }
}

test('the JavaScript API speaks the language asked, as the command line does', async () => {
  const scenario = {
    academic_year: '2024-2025',
    student: { status: 'non_grant' },
    enrolments: [{ institution: 'A', contract: 'diploma', programme: 'initial', credits: 60 }],
  };
  const { page, problems, context } = await openApp(browser, server.origin, '/api-example.html', { waitFor: '#total' });
  for (const language of ['fr-BE', 'en']) {
    const viaApi = await page.evaluate(async ([s, l]) => {
      const { evaluate } = await import('./api/studierekenaar.js');
      return evaluate(s, l);
    }, [scenario, language]);
    assert.deepEqual(viaApi, runCli(scenario, language));
    assert.equal(viaApi.language, language);
    assert.equal(viaApi.fee.total_cents, 111600);
  }
  const english = await page.evaluate(async (s) => (await import('./api/studierekenaar.js')).evaluate(s, 'en'), scenario);
  assert.match(JSON.stringify(english.fee.lines), /€288\.00/);
  const refused = await page.evaluate(async (s) => {
    const { evaluate } = await import('./api/studierekenaar.js');
    try { evaluate(s, 'de'); return null; } catch (e) { return e.code; }
  }, scenario);
  assert.equal(refused, 'invalid_language');
  assert.deepEqual(problems, []);
  await context.close();
});
