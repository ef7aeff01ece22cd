// Kepuasan in a real browser against the seeded API (tests/console/run.sh): IKM by element, kecamatan, service and
// quarter from the real API with grades, figures against the API's own answer, CSV and PNG, axe-core, keyboard,
// 360 px and a screenshot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, consoleUrl, graphql, lastCompleteWeeks, launch, manager, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
// The simulator seeds eight months: half a year of weeks holds answered surveys.
const period = lastCompleteWeeks(26);
const path = `satisfaction?from=${period.from}&to=${period.to}`;
const score = (value) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

let browser;
let page;

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, manager, path);
});

after(async () => {
  await browser?.close();
});

test('IKM by element shows nine bars U1–U9 with names and grades, as the API answers', async () => {
  await page.waitForSelector('[data-testid=chart-ikm-elements] canvas', { timeout: 30_000 });
  const token = await accessTokenOf(page);
  const data = await graphql(token, 'query($from: Date!, $to: Date!) { satisfaction(from: $from, to: $to) { value grade elementNrr responses } }', period);
  assert.ok(data.satisfaction, 'the seeded period has answered surveys');
  assert.equal(await page.getByTestId('kpi-ikm').getByTestId('kpi-value').textContent(), score(data.satisfaction.value));
  assert.match(await page.getByTestId('kpi-ikm').getByTestId('kpi-detail').textContent(), new RegExp(`Mutu ${data.satisfaction.grade} \\(`));

  await page.getByTestId('chart-ikm-elements-table-toggle').click();
  const rows = page.getByTestId('chart-ikm-elements-table-row');
  assert.equal(await rows.count(), 9);
  const first = await rows.first().locator('td').allTextContents();
  assert.equal(first[0], 'U1');
  assert.equal(first[1], 'Persyaratan');
  assert.equal(first[3], score(data.satisfaction.elementNrr[0] * 25));
  assert.match(first[4], /^[ABCD] \(/);
  const download = page.waitForEvent('download');
  await page.getByTestId('chart-ikm-elements-table-csv').click();
  assert.equal((await download).suggestedFilename(), 'ikm-per-unsur.csv');
  const png = page.waitForEvent('download');
  await page.getByTestId('chart-ikm-elements-png').click();
  assert.equal((await png).suggestedFilename(), 'ikm-per-unsur.png');
});

test('IKM by kecamatan, by service and by quarter, each with its grade and the API figure', async () => {
  for (const chart of ['chart-ikm-units', 'chart-ikm-services', 'chart-ikm-quarters']) {
    await page.waitForSelector(`[data-testid=${chart}] canvas`, { timeout: 30_000 });
    await page.getByTestId(`${chart}-table-toggle`).click();
    assert.ok(await page.getByTestId(`${chart}-table-row`).count() > 0, chart);
  }
  assert.equal(await page.getByTestId('chart-ikm-quarters-table-row').count(), 4);
  const token = await accessTokenOf(page);
  const data = await graphql(token, '{ kecamatans(first: 1) { nodes { code name } } }');
  const kecamatan = data.kecamatans.nodes[0];
  const answer = await graphql(token, 'query($from: Date!, $to: Date!, $unit: String) { satisfaction(from: $from, to: $to, unit: $unit) { value grade } }',
    { ...period, unit: kecamatan.code });
  const cells = await page.getByTestId('chart-ikm-units-table-row').filter({ hasText: kecamatan.name }).first().locator('td').allTextContents();
  assert.equal(cells[1], answer.satisfaction ? score(answer.satisfaction.value) : '—');
  assert.equal(cells[2].charAt(0), answer.satisfaction ? answer.satisfaction.grade : '—');
  await page.waitForTimeout(800);
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('satisfaction.png', docs).pathname, fullPage: true });
});

test('axe-core finds no serious or critical violation, and the period picker works by keyboard', async () => {
  await assertAccessible(page);

  await page.getByTestId('period-preset').focus();
  await page.keyboard.press('ArrowDown'); // to the next preset; a native select changes on arrow keys
  await page.waitForURL((url) => url.searchParams.get('from') !== period.from, { timeout: 15_000 });
  await page.waitForSelector('[data-testid=chart-ikm-quarters] canvas', { timeout: 30_000 });
});

test('at 360 px the screen fits, and the English switch names the elements in English', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, manager, path);
  await small.waitForSelector('[data-testid=chart-ikm-quarters] canvas', { timeout: 30_000 });
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow} px too wide at 360 px`);
  await phone.close();

  await page.goto(consoleUrl + path);
  await page.selectOption('[data-testid=language]', 'en');
  await page.waitForSelector('main h1:text("Satisfaction (IKM)")');
  await page.getByTestId('chart-ikm-elements-table-toggle').click();
  assert.equal((await page.getByTestId('chart-ikm-elements-table-row').first().locator('td').allTextContents())[1], 'Requirements');
  await page.selectOption('[data-testid=language]', 'id');
  await page.waitForSelector('main h1:text("Kepuasan (IKM)")');
});
