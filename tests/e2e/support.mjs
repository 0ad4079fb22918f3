// Shared helpers of the browser tests: a static server for the built app on
// 127.0.0.1, Debian's Chromium driven by playwright-core (no browser download), and a
// page that records console errors and every request that leaves the app's origin.

import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = process.env.DIST ?? join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { origin, close, requests }.
 * `rewrite(path, body)` may change a file's bytes (to simulate a new version);
 * `requests` lists every path asked for.
 */
export async function serve(dir = DIST, { rewrite } = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(request.url);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) { response.writeHead(403).end(); return; }
    try {
      let body = await readFile(file);
      if (rewrite) body = rewrite(path, body);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  const close = () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); });
  return { origin: `http://127.0.0.1:${port}`, close, requests };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens the app and starts recording. `problems` collects console errors, page errors
 * and requests to any origin other than the app's own. With `language` (a page that
 * starts in French or English), waits until the page is in that language: the app fetches
 * its messages first, and sets `<html lang>` once they are in place.
 */
export async function openApp(browser, origin, path = '/', { waitFor = '#fee-total', context: given, language } = {}) {
  const context = given ?? await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console error: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
  });
  await page.goto(origin + path);
  await page.locator(waitFor).first().waitFor();
  if (language) await waitForLanguage(page, language);
  return { context, page, problems };
}

/**
 * Waits until `predicate(arg)`, run in the page, is true. Unlike `page.waitForFunction`,
 * which takes the promise an async function returns for a true value, it awaits it: use
 * it for what only an async API tells (the service worker's caches).
 */
export async function waitUntil(page, predicate, arg, { timeout = 15_000 } = {}) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${predicate}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the page (or frame) is in `language` (`fr-BE`, `en`, `nl-BE`). */
export function waitForLanguage(page, language) {
  return page.waitForFunction((tag) => document.documentElement.lang === tag, language);
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Waits until the app has written its input (it does so right after showing the result):
 * the address and this browser's storage both hold `text`, e.g. '"credits":12'.
 */
export async function waitForSaved(page, text) {
  await page.waitForFunction((t) => decodeURIComponent(location.hash).includes(t)
    && (localStorage.getItem('studierekenaar:current') ?? '').includes(t), text);
}

/** Opens every disclosure (explanations, "more details"), so that their contents count too. */
export function openEverything(page) {
  return page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/**
 * Runs axe-core (WCAG 2.2 A and AA) on the page; returns the violations as readable lines.
 * axe is injected as a script, which the app's Content-Security-Policy forbids: the page's
 * browser context must be made with `bypassCSP: true`.
 */
export async function violations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** Opens every folded "how it is calculated" (`details.how`) on the page, as a reader would. */
export async function unfold(page) {
  const closed = page.locator('details.how:not([open]) > summary');
  for (let count = await closed.count(); count > 0; count = await closed.count()) await closed.first().click();
}
