// Embedding: a host page on another localhost port embeds the calculator with the
// script tag and the custom element, the iframe follows the content's height, the
// attributes pre-fill and theme it, foreign messages are ignored, and the JS API gives
// the same outcome as the command line.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openApp, screenshot, ROOT } from './support.mjs';

let app, browser;
before(async () => { app = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await app?.close(); });

/** A host page on its own origin, with the given body. */
async function hostPage(body) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Hogeschool</title></head>
      <body style="font-family:sans-serif;margin:2rem;background:#fafafa"><h1>Inschrijven bij onze hogeschool</h1>${body}</body></html>`);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }) };
}

async function openHost(host, allowed = []) {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1100, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (![host.origin, app.origin, ...allowed].some((origin) => u.startsWith(origin))) problems.push(`request to ${u}`);
  });
  await page.goto(host.origin + '/');
  return { context, page, problems };
}

const heightOf = (locator) => locator.evaluate((frame) => frame.getBoundingClientRect().height);

test('a script tag embeds the fee calculator, pre-filled and themed, and the iframe follows its content', async (t) => {
  const host = await hostPage(`<p>Bereken je studiegeld:</p>
    <script src="${app.origin}/embed.js" data-calculator="fees" data-year="2024-2025" data-credits="45"
      data-institution="Hogeschool Test" data-primary="#7a1f5c"></script><p id="after">Onder de rekenmodule.</p>`);
  t.after(() => host.close());
  const { page, problems, context } = await openHost(host);
  t.after(() => context.close());
  const frameElement = page.locator('iframe');
  assert.equal(await frameElement.getAttribute('title'), 'Studierekenaar: wat kost je inschrijving in het hoger onderwijs?');
  const frame = page.frameLocator('iframe');
  // € 288,00 + 45 × € 13,80 = € 909,00 (2024-2025)
  assert.equal((await frame.locator('#fee-total .amount').innerText()).trim(), '€ 909,00');
  assert.equal(await frame.locator('#enrolment-1-institution').inputValue(), 'Hogeschool Test');
  assert.equal(await frame.locator('.site-header').count(), 0, 'no site chrome');
  assert.equal(await frame.locator('nav.sections').count(), 0, 'one calculator, no navigation');
  const colour = await frame.locator('#result-title').evaluate((el) => getComputedStyle(el).color);
  assert.equal(colour, 'rgb(122, 31, 92)', 'theme colour applied');
  const link = frame.getByRole('link', { name: /volledige Studierekenaar/ });
  assert.equal(await link.getAttribute('target'), '_blank');

  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 600);
  const before = await heightOf(frameElement);
  const content = await frame.locator('html').evaluate((el) => el.scrollHeight);
  assert.ok(Math.abs(before - content) <= 2, `iframe ${before}px, content ${content}px`);
  await frame.getByRole('button', { name: '+ Inschrijving toevoegen' }).click();
  await frame.getByRole('button', { name: '+ Inschrijving toevoegen' }).click();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 100, before);
  const after = await heightOf(frameElement);
  assert.ok(after > before + 100, `grew from ${before} to ${after}`);
  await screenshot(page, 'embed-script-tag');
  assert.deepEqual(problems, []);
});

test('the custom element embeds the leave and dual calculators; a foreign origin cannot resize them', async (t) => {
  const foreign = await hostPage('<p>foreign</p>');
  t.after(() => foreign.close());
  const host = await hostPage(`<script src="${app.origin}/embed.js"></script>
    <studierekenaar-calculator calculator="leave" year="2026-2027" accent="#00aa88"></studierekenaar-calculator>
    <studierekenaar-calculator calculator="dual"></studierekenaar-calculator>
    <iframe id="foreign" src="${foreign.origin}/" title="ander"></iframe>`);
  t.after(() => host.close());
  const { page, problems, context } = await openHost(host, [foreign.origin]);
  t.after(() => context.close());
  const frames = page.locator('studierekenaar-calculator iframe');
  assert.equal(await frames.count(), 2);
  assert.match(await frames.nth(0).getAttribute('title'), /opleidingsverlof/);
  assert.match(await frames.nth(1).getAttribute('title'), /duaal leren/);
  await page.waitForFunction(() => [...document.querySelectorAll('studierekenaar-calculator iframe')].every((f) => f.getBoundingClientRect().height > 300));
  const height = await heightOf(frames.nth(0));
  // A message from another origin that pretends to be the app is ignored.
  await page.frameLocator('#foreign').locator('body').evaluate(() => {
    window.parent.postMessage({ type: 'studierekenaar:height', height: 5 }, '*');
  });
  await page.evaluate(() => window.postMessage({ type: 'studierekenaar:height', height: 7 }, '*'));
  await page.waitForTimeout(300);
  assert.equal(await heightOf(frames.nth(0)), height);
  await screenshot(page, 'embed-custom-elements');
  assert.deepEqual(problems, []);
});

/** Runs the command-line tool; returns its JSON output, also when it exits with 2 (invalid input). */
function runCli(scenario) {
  const built = process.env.STUDIEREKENAAR_CLI ?? join(ROOT, 'target', 'debug', 'studierekenaar');
  const [command, args] = existsSync(built)
    ? [built, ['evaluate']]
    : ['cargo', ['run', '-q', '-p', 'studierekenaar-cli', '--', 'evaluate']];
  try {
    return JSON.parse(execFileSync(command, args, { cwd: ROOT, input: JSON.stringify(scenario) }).toString());
  } catch (error) {
    if (error.status === 2) return JSON.parse(error.stdout.toString());
    throw error;
  }
}

test('the JavaScript API returns the same outcome as the command line, and throws its errors', async (t) => {
  const scenario = {
    academic_year: '2023-2024',
    student: { status: 'near_grant', learning_credit: 20 },
    enrolments: [
      { institution: 'A', contract: 'diploma', programme: 'initial', credits: 30 },
      { institution: 'A', contract: 'exam', programme: 'initial', credits: 12 },
    ],
  };
  const expected = runCli(scenario);
  const { page, problems, context } = await openApp(browser, app.origin, '/api-example.html', { waitFor: '#total' });
  t.after(() => context.close());
  await page.waitForFunction(() => document.getElementById('total').textContent.length > 0);
  const viaApi = await page.evaluate(async (s) => {
    const { evaluate } = await import('./api/studierekenaar.js');
    return evaluate(s);
  }, scenario);
  assert.deepEqual(viaApi, expected);
  // 2023-2024: € 282,10 + 30 × € 4,90 = € 429,10 and an exam contract € 128,80 + 12 × € 4,90 = € 187,60
  assert.equal(viaApi.fee.total_cents, 42910 + 18760);

  const invalid = { ...scenario, enrolments: [{ ...scenario.enrolments[0], credits: 10000 }] };
  const thrown = await page.evaluate(async (s) => {
    const { evaluate } = await import('./api/studierekenaar.js');
    try { evaluate(s); return null; } catch (e) { return { message: e.message, field: e.field, code: e.code, problems: e.problems }; }
  }, invalid);
  const cliError = runCli(invalid).error;
  assert.equal(thrown.field, 'enrolments[0].credits');
  assert.equal(thrown.code, 'invalid_scenario');
  assert.match(thrown.message, /^enrolments\[0\]\.credits: 10000 studiepunten kan niet/);
  assert.equal(thrown.message, `${cliError.field}: ${cliError.message}`);
  assert.deepEqual(thrown.problems, cliError.problems);
  await screenshot(page, 'api-example');
  assert.deepEqual(problems, []);
});
