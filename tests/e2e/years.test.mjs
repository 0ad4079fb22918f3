// Every academic year the app offers gets an answer: no section's headline says "niet
// berekend". A year whose figures are not all published is computed with the latest
// published ones and says so.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp } from './support.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

test('every offered year, 2020-2021 to 2027-2028, gives every section a computed headline', async () => {
  const { page, problems, context } = await openApp(browser, server.origin);
  const years = await page.locator('#year option').evaluateAll((options) => options.map((o) => o.value));
  assert.deepEqual(years, ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027', '2027-2028']);
  await page.locator('#enrolment-1-credits').fill('30');
  const headlines = {
    'Studiegeld': '#fee-total',
    'Studielast en verlof': '.leave-result .summary',
    'Duaal leren': '.dual-panel .summary',
  };
  for (const year of years) {
    await page.getByLabel('Academiejaar').selectOption(year);
    for (const [section, headline] of Object.entries(headlines)) {
      await page.getByRole('button', { name: section, exact: true }).click();
      const shown = await text(page.locator(headline).first());
      assert.doesNotMatch(shown, /niet berekend/i, `${year}, ${section}: ${shown}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
