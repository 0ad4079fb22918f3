// The benchmark (scripts/bench.sh builds everything first): sizes, time to the first
// computed result, recompute latency, engine throughput and its growth with the number
// of enrolments. Every figure is also given as a ratio to its floor measured in the
// same run, because absolute times on a shared machine are noise. Writes
// bench/RESULTS.md and bench/results.json and prints the table.

import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/support.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const APP = join(ROOT, 'dist');
const HELLO = join(ROOT, 'bench', 'hello', 'dist');
const STATIC = join(ROOT, 'bench', 'static');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 1000);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const round = (value, digits = 2) => Number(value.toFixed(digits));

// 1. Transferred size: the wasm, JavaScript and CSS a first visit loads.
function sizes(dir) {
  const files = readdirSync(dir).filter((f) => /\.(wasm|js|css)$/.test(f) && !['embed.js', 'api-example.js', 'sw.js'].includes(f));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const byKind = {};
  for (const file of files) {
    const body = readFileSync(join(dir, file));
    const kind = file.split('.').pop();
    const entry = (byKind[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    const measured = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    for (const key of Object.keys(total)) { entry[key] += measured[key]; total[key] += measured[key]; }
  }
  return { byKind, total };
}

// 2. Navigation to the first computed result on screen.
async function firstResult(browser, origin) {
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(() => {
      const seen = () => {
        const amount = document.querySelector('#fee-total .amount');
        if (amount && amount.textContent.startsWith('€') && window.__resultAt === undefined) {
          window.__resultAt = -1;
          requestAnimationFrame(() => { window.__resultAt = performance.now(); });
        }
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForFunction(() => window.__resultAt > 0);
    times.push(await page.evaluate(() => window.__resultAt));
    await context.close();
  }
  return { median_ms: round(median(times)), runs: times.map((t) => round(t)) };
}

// 3. Recompute latency: from an input change to the new result in the page (the work:
//    core evaluation and DOM update), and to the next frame (which adds the wait for the
//    display's next refresh, up to 16.7 ms at 60 Hz, whatever the work).
async function recompute(browser, origin) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.locator('#fee-total .amount').waitFor();
  const latencies = await page.evaluate(async (changes) => {
    const input = document.getElementById('enrolment-1-credits');
    const total = document.querySelector('#fee-total .amount');
    const work = [];
    const frame = [];
    for (let i = 0; i < changes; i += 1) {
      const before = total.textContent;
      // Start each change at the beginning of a frame, as a keystroke would.
      await new Promise((done) => requestAnimationFrame(done));
      const start = performance.mark('change').startTime;
      input.value = String(1 + (i % 180));
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      // Yew renders from its scheduler; wait for the result text to change.
      while (total.textContent === before) await Promise.resolve();
      work.push(performance.now() - start);
      frame.push(await new Promise((done) => requestAnimationFrame(() => done(performance.now() - start))));
      performance.clearMarks('change');
    }
    return { work, frame };
  }, CHANGES);
  await context.close();
  const { work, frame } = latencies;
  return {
    changes: work.length,
    p50_ms: round(percentile(work, 0.5)), p95_ms: round(percentile(work, 0.95)), max_ms: round(Math.max(...work)),
    to_next_frame_p50_ms: round(percentile(frame, 0.5)), to_next_frame_p95_ms: round(percentile(frame, 0.95)),
  };
}

// 4 and 5. Engine throughput, natively and in WebAssembly, on the same scenario texts.
function scenarioSets() {
  const enrolment = (i) => ({
    institution: `Instelling ${i % 3}`,
    contract: ['diploma', 'credit', 'exam'][i % 3],
    programme: ['initial', 'initial', 'bachelor_after_bachelor', 'master_after_master'][i % 4],
    credits: 3 + (i % 60),
  });
  const years = ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027'];
  const scenario = (year, n) => ({ academic_year: year, student: { status: 'non_grant', learning_credit: 40 }, enrolments: Array.from({ length: n }, (_, i) => enrolment(i)) });
  return [
    { name: 'fee scenario (1 enrolment, 2024-2025)', scenarios: [scenario('2024-2025', 1)] },
    ...[1, 10, 100].map((n) => ({ name: `${n} enrolment(s), all years`, enrolments: n, scenarios: years.map((y) => scenario(y, n)) })),
  ];
}

async function wasmThroughput(browser, origin, sets) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(origin + '/api-example.html');
  const results = await page.evaluate(async (sets) => {
    const { default: init, evaluate_json: evaluate } = await import('./api/studierekenaar.js');
    await init();
    const out = [];
    for (const set of sets) {
      const texts = set.scenarios.map((s) => JSON.stringify(s));
      let evaluations = 0;
      let start = performance.now();
      while (performance.now() - start < 200 || evaluations < 10) { for (const t of texts) evaluate(t); evaluations += texts.length; }
      evaluations = 0;
      start = performance.now();
      while (performance.now() - start < 1000) { for (const t of texts) evaluate(t); evaluations += texts.length; }
      const ms = performance.now() - start;
      out.push({ name: set.name, per_second: evaluations / (ms / 1000), micros_per_evaluation: (ms * 1000) / evaluations });
    }
    return out;
  }, sets);
  await context.close();
  return results;
}

function nativeThroughput(sets) {
  mkdirSync(join(ROOT, 'target', 'bench'), { recursive: true });
  const path = join(ROOT, 'target', 'bench', 'scenarios.json');
  writeFileSync(path, JSON.stringify(sets));
  const output = execFileSync('cargo', ['bench', '-q', '--locked', '-p', 'studierekenaar-core', '--bench', 'throughput'], {
    cwd: ROOT, env: { ...process.env, BENCH_SCENARIOS: path }, stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  return JSON.parse(output.trim().split('\n').pop());
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const [app, hello, flat] = await Promise.all([serve(APP), serve(HELLO), serve(STATIC)]);
try {
  const appSize = sizes(APP);
  const helloSize = sizes(HELLO);
  const appFirst = await firstResult(browser, app.origin);
  const helloFirst = await firstResult(browser, hello.origin);
  const staticFirst = await firstResult(browser, flat.origin);
  const latency = await recompute(browser, app.origin);
  const sets = scenarioSets();
  const native = nativeThroughput(sets);
  const wasm = await wasmThroughput(browser, app.origin, sets);

  const throughput = sets.map((set, i) => ({
    name: set.name,
    native_per_second: Math.round(native[i].per_second),
    wasm_per_second: Math.round(wasm[i].per_second),
    native_us: round(native[i].micros_per_evaluation, 1),
    wasm_us: round(wasm[i].micros_per_evaluation, 1),
    ratio: round(wasm[i].per_second / native[i].per_second),
  }));
  const growth = throughput.slice(1).map((row, i) => ({ enrolments: [1, 10, 100][i], native_us: row.native_us, wasm_us: row.wasm_us }));
  const budgets = [
    { budget: 'brotli transfer ≤ 1.5 × bare Yew app', value: round(appSize.total.brotli / helloSize.total.brotli), limit: 1.5, met: appSize.total.brotli <= 1.5 * helloSize.total.brotli },
    { budget: 'first result ≤ 1.5 × static page', value: round(appFirst.median_ms / staticFirst.median_ms), limit: 1.5, met: appFirst.median_ms <= 1.5 * staticFirst.median_ms },
    { budget: 'recompute p95 < 4 ms', value: latency.p95_ms, limit: 4, met: latency.p95_ms < 4 },
    { budget: 'wasm throughput ≥ 0.5 × native', value: throughput[0].ratio, limit: 0.5, met: throughput[0].ratio >= 0.5 },
  ];
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
    browser: browser.version(),
    runs: RUNS,
    sizes: { app: appSize, bare_yew: helloSize },
    first_result_ms: { app: appFirst, bare_yew: helloFirst, static_page: staticFirst },
    recompute: latency,
    throughput,
    growth,
    budgets,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const lines = [
    '# Benchmark results',
    '',
    `Measured by \`scripts/bench.sh\` on ${results.date}: ${results.machine}; Chromium ${results.browser}; median of ${RUNS} runs where timed.`,
    '',
    '## Transferred size (wasm + JavaScript + CSS of a first visit)',
    '',
    '| build | raw | gzip -9 | brotli 11 |',
    '|---|---|---|---|',
    ...Object.entries(appSize.byKind).map(([kind, s]) => `| Studierekenaar ${kind} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`),
    `| **Studierekenaar total** | ${kb(appSize.total.raw)} | ${kb(appSize.total.gzip)} | ${kb(appSize.total.brotli)} |`,
    `| bare Yew app total | ${kb(helloSize.total.raw)} | ${kb(helloSize.total.gzip)} | ${kb(helloSize.total.brotli)} |`,
    `| ratio | ${round(appSize.total.raw / helloSize.total.raw)} | ${round(appSize.total.gzip / helloSize.total.gzip)} | ${round(appSize.total.brotli / helloSize.total.brotli)} |`,
    '',
    '## Time from navigation to the first computed result on screen',
    '',
    '| page | median |',
    '|---|---|',
    `| Studierekenaar | ${appFirst.median_ms} ms |`,
    `| bare Yew app | ${helloFirst.median_ms} ms |`,
    `| static HTML page with the same text | ${staticFirst.median_ms} ms |`,
    `| ratio Studierekenaar / static | ${round(appFirst.median_ms / staticFirst.median_ms)} |`,
    '',
    `## Recompute latency (${latency.changes} changes of the study points)`,
    '',
    `From the change to the new result in the page (evaluation and DOM update): p50 ${latency.p50_ms} ms, p95 ${latency.p95_ms} ms, max ${latency.max_ms} ms.`,
    `To the next frame (adds the wait for the display refresh): p50 ${latency.to_next_frame_p50_ms} ms, p95 ${latency.to_next_frame_p95_ms} ms.`,
    '',
    '## Engine throughput (evaluate a scenario from JSON and serialize the outcome)',
    '',
    '| scenarios | native /s | wasm /s | native µs | wasm µs | wasm / native |',
    '|---|---|---|---|---|---|',
    ...throughput.map((r) => `| ${r.name} | ${r.native_per_second} | ${r.wasm_per_second} | ${r.native_us} | ${r.wasm_us} | ${r.ratio} |`),
    '',
    '## Budgets',
    '',
    '| budget | measured | met |',
    '|---|---|---|',
    ...budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.met ? 'yes' : '**no**'} |`),
    '',
    'Where the bytes and milliseconds go, and what was tried: [NOTES.md](NOTES.md).',
    '',
  ];
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await Promise.all([app.close(), hello.close(), flat.close()]);
}
