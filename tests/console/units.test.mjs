// Wilayah / Regions in a real browser against the API tests/console/run.sh seeded: the kelurahan × week heat map and
// the ranking from the real API, figures checked against the API's own answers, CSV/PNG, keyboard, axe, screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, consoleUrl, count, graphql, lastCompleteWeeks, launch, manager, percent, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const period = lastCompleteWeeks(12);
const query = `?from=${period.from}&to=${period.to}`;

let browser;
let page;
let token;

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, manager, `units${query}`);
  token = await accessTokenOf(page);
});

after(async () => {
  await browser?.close();
});

test('the heat map shows each kelurahan × week take-up the API answers for that week', async () => {
  await page.waitForSelector('[data-testid=chart-units-heatmap] canvas', { timeout: 60_000 });
  await page.click('[data-testid=chart-units-heatmap-table-toggle]');
  const rows = page.getByTestId('chart-units-heatmap-table-row');
  const lastWeek = { from: period.to.replace(/.*/, (to) => new Date(Date.parse(`${to}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10)), to: period.to };
  const data = await graphql(token, `query($from: Date!, $to: Date!) {
      kelurahan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN, minCompleted: 0) { unitCode digitalTakeUp }
      kecamatan: unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KECAMATAN, minCompleted: 0) { unitCode digitalTakeUp } }`, lastWeek);
  // a kecamatan nobody used in the week is not ranked (unitRanking lists units with use): up to Samarinda's ten
  assert.ok(data.kecamatan.length > 0 && data.kecamatan.length <= 10, `kecamatan with use in the week: ${data.kecamatan.length}`);
  assert.ok(await rows.count() >= data.kecamatan.length + data.kelurahan.length, 'every unit of the last week has a row');

  const withValue = [...data.kecamatan, ...data.kelurahan].filter((unit) => unit.digitalTakeUp !== null);
  assert.ok(withValue.length > 0, 'the seeded last week has completions');
  const headers = await page.locator('[data-testid=chart-units-heatmap-table] thead th').allTextContents();
  for (const unit of withValue.slice(0, 5)) {
    const row = rows.filter({ has: page.locator('td', { hasText: unit.unitCode }) });
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[headers.length - 1], percent(unit.digitalTakeUp), `${unit.unitCode} in the week of ${lastWeek.from}`);
  }
  // Grouped by kecamatan: a kecamatan's row comes before its kelurahan's.
  const codes = await rows.locator('td:nth-child(3)').allTextContents();
  for (const code of codes.filter((candidate) => candidate.length > 8)) {
    assert.ok(codes.indexOf(code.slice(0, 8)) < codes.indexOf(code), `${code} follows its kecamatan`);
  }
});

test('the heat map downloads as PNG and its table as CSV', async () => {
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=chart-units-heatmap-png]')]);
  assert.equal(png.suggestedFilename(), 'penggunaan-digital-per-kelurahan.png');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=chart-units-heatmap-table-csv]')]);
  assert.equal(csv.suggestedFilename(), 'penggunaan-digital-per-kelurahan.csv');
});

test('the ranking lists what unitRanking answers, with its minimum volume, sortable and as CSV', async () => {
  const table = page.getByTestId('units-ranking-table');
  await table.waitFor({ timeout: 30_000 });
  const data = await graphql(token, `query($from: Date!, $to: Date!) {
      unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN) { rank unitCode value completed unit { name } } }`, period);
  assert.equal(await page.getByTestId('units-ranking-table-row').count(), data.unitRanking.length);
  assert.match(await page.textContent('[data-testid=units-ranking-minimum]'), /kurang dari 30 permohonan selesai/);
  const first = await page.getByTestId('units-ranking-table-row').first().locator('td').allTextContents();
  const best = data.unitRanking[0];
  assert.equal(first[0], best.rank === null ? '—' : count(best.rank));
  assert.equal(first[1], best.unit.name);
  assert.equal(first[3], percent(best.value));
  assert.equal(first[4], count(best.completed));

  // A lower minimum ranks more units: the API applies it, the table shows it.
  await page.fill('[data-testid=units-ranking-min]', '1');
  await page.waitForFunction(() => document.querySelector('[data-testid=units-ranking-minimum]')?.textContent?.includes('kurang dari 1 '));
  const lower = await graphql(token, `query($from: Date!, $to: Date!) {
      unitRanking(from: $from, to: $to, metric: DIGITAL_TAKE_UP, level: KELURAHAN, minCompleted: 1) { rank } }`, period);
  const ranked = lower.unitRanking.filter((unit) => unit.rank !== null).length;
  await page.waitForFunction((expected) => [...document.querySelectorAll('[data-testid=units-ranking-table-row] td:first-child')]
    .filter((cell) => cell.textContent !== '—').length === expected, ranked, { timeout: 30_000 });
  // A minimum the API would refuse is refused here, next to the field, and the last valid one stays.
  await page.fill('[data-testid=units-ranking-min]', '-5');
  await page.waitForSelector('#units-ranking-min-error', { timeout: 5_000 });
  assert.equal(await page.getAttribute('[data-testid=units-ranking-min]', 'aria-invalid'), 'true');
  assert.match(await page.textContent('[data-testid=units-ranking-minimum]'), /kurang dari 1 /);

  // Sort by completed, descending, from the keyboard.
  const header = table.locator('th', { hasText: 'Permohonan selesai' });
  await header.locator('button').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const completed = (await page.locator('[data-testid=units-ranking-table-row] td:nth-child(5)').allTextContents())
    .map((text) => Number(text.replace(/\./g, '')));
  assert.deepEqual(completed, [...completed].sort((a, b) => b - a));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=units-ranking-table-csv]')]);
  assert.equal(csv.suggestedFilename(), 'peringkat-kelurahan.csv');
  await page.fill('[data-testid=units-ranking-min]', '30');
});

test('axe-core finds no serious or critical violation on Wilayah', async () => {
  await assertAccessible(page);
});

test('the ranking works by keyboard: the metric changes and a unit link opens its page', async () => {
  await page.goto(`${consoleUrl}units${query}`);
  await page.getByTestId('units-ranking-table').waitFor({ timeout: 30_000 });
  await page.focus('[data-testid=units-ranking-level]');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('[data-testid=units-ranking-level]').value === 'KECAMATAN');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=units-ranking-table-row]').length === 10, null, { timeout: 30_000 });
  const link = page.locator('[data-testid=units-ranking-table-row] a').first();
  const name = await link.textContent();
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/units\/64\.72\.\d\d/);
  await page.getByTestId('unit-name').waitFor({ timeout: 30_000 });
  assert.equal(await page.textContent('[data-testid=unit-name]'), name);
  assert.ok(page.url().endsWith(query), `the unit page keeps the period: ${page.url()}`);
});

test("a unit's page shows its figures as the API answers them, its weekly series and channels", async () => {
  const code = '64.72.01.1001';
  await page.goto(`${consoleUrl}units/${code}${query}`);
  await page.getByTestId('unit-name').waitFor({ timeout: 30_000 });
  const data = await graphql(token, `query($code: String!, $from: Date!, $to: Date!) {
      region(code: $code) { name }
      adoption(unit: $code, from: $from, to: $to, granularity: WEEK) { completed digitalCompleted } }`, { code, ...period });
  assert.equal(await page.textContent('[data-testid=unit-name]'), data.region.name);
  const completed = data.adoption.reduce((sum, week) => sum + week.completed, 0);
  const digital = data.adoption.reduce((sum, week) => sum + week.digitalCompleted, 0);
  const takeUp = page.getByTestId('kpi-digitalTakeUp').getByTestId('kpi-value');
  assert.equal(await takeUp.textContent(), completed ? percent(digital / completed) : '—');
  assert.equal(await page.getByTestId('kpi-completed').getByTestId('kpi-value').textContent(), count(completed));

  await page.waitForSelector('[data-testid=chart-unit-takeup] canvas', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=chart-unit-channels] canvas', { timeout: 30_000 });
  await page.click('[data-testid=chart-unit-takeup-table-toggle]');
  assert.equal(await page.getByTestId('chart-unit-takeup-table-row').count(), data.adoption.length);
  await assertAccessible(page, 'the unit page');
  await page.waitForTimeout(800); // ECharts' entry animation
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('units-unit.png', docs).pathname, fullPage: true });
});

test('an unknown unit code says so instead of failing', async () => {
  await page.goto(`${consoleUrl}units/99.99.99${query}`);
  await page.waitForSelector('text=Tidak ada wilayah dengan kode 99.99.99.', { timeout: 30_000 });
});

test('Wilayah in English, and screenshots at 1440 px and 360 px without horizontal scrolling', async () => {
  await page.goto(`${consoleUrl}units${query}`);
  await page.selectOption('[data-testid=language]', 'en');
  await page.waitForSelector('main h1:text("Regions")');
  await page.waitForSelector('text=Region ranking');
  await page.selectOption('[data-testid=language]', 'id');
  await page.waitForSelector('[data-testid=chart-units-heatmap] canvas', { timeout: 60_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: new URL('units.png', docs).pathname, fullPage: true });

  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, manager, `units${query}`);
  await small.waitForSelector('[data-testid=chart-units-heatmap] canvas', { timeout: 60_000 });
  await small.getByTestId('units-ranking-table').waitFor({ timeout: 30_000 });
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (${overflow} px too wide)`);
  await phone.close();
});
