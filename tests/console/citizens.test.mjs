// Warga / Citizens in a real browser against the API tests/console/run.sh seeded: lifecycle bars and the retention
// cohort heat map from the real API, figures checked against the API's answers, CSV/PNG, keyboard, axe, screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, consoleUrl, count, graphql, lastCompleteWeeks, launch, manager, percent, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const period = lastCompleteWeeks(52);
const query = `?from=${period.from}&to=${period.to}`;

let browser;
let page;
let token;

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, manager, `citizens${query}`);
  token = await accessTokenOf(page);
});

after(async () => {
  await browser?.close();
});

const cellsOf = (row) => row.locator('td').allTextContents();

test('the lifecycle bars list, per month, the counts the API answers', async () => {
  await page.waitForSelector('[data-testid=chart-lifecycle] canvas', { timeout: 30_000 });
  await page.click('[data-testid=chart-lifecycle-table-toggle]');
  const data = await graphql(token, `query($from: Date!, $to: Date!) {
      lifecycle(from: $from, to: $to, granularity: MONTH) { periodStart new returning resurrecting dormant } }`, period);
  const rows = page.getByTestId('chart-lifecycle-table-row');
  assert.equal(await rows.count(), data.lifecycle.length);
  const busiest = data.lifecycle.reduce((best, point) => (point.new > best.new ? point : best));
  assert.ok(busiest.new > 0, 'the seeded year has new citizens');
  const index = data.lifecycle.indexOf(busiest);
  const cells = await cellsOf(rows.nth(index));
  assert.deepEqual(cells.slice(1, 5), [count(busiest.new), count(busiest.returning), count(busiest.resurrecting), count(busiest.dormant)]);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=chart-lifecycle-table-csv]')]);
  assert.equal(csv.suggestedFilename(), 'siklus-warga.csv');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=chart-lifecycle-png]')]);
  assert.equal(png.suggestedFilename(), 'siklus-warga.png');
});

test('the retention heat map shows each cohort month by month as the API answers, a month nobody came back as 0 %', async () => {
  await page.waitForSelector('[data-testid=chart-retention] canvas', { timeout: 30_000 });
  await page.click('[data-testid=chart-retention-table-toggle]');
  const data = await graphql(token, `query($from: Date!, $to: Date!) {
      retention(from: $from, to: $to) { cohort size periods { offset active rate } } }`, period);
  assert.ok(data.retention.length > 0, 'the seeded year has cohorts');
  const rows = page.getByTestId('chart-retention-table-row');
  assert.equal(await rows.count(), data.retention.length);
  const first = data.retention[0];
  const cells = await cellsOf(rows.first());
  assert.equal(cells[1], count(first.size));
  for (const month of first.periods) assert.equal(cells[2 + month.offset], percent(month.rate), `offset ${month.offset}`);
  const listed = new Set(first.periods.map((month) => month.offset));
  // The oldest cohort is watched through every month of the table.
  for (let offset = 0; offset < cells.length - 2; offset += 1) {
    if (!listed.has(offset)) assert.equal(cells[2 + offset], percent(0), `offset ${offset} without activity`);
  }
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=chart-retention-table-csv]')]);
  assert.equal(csv.suggestedFilename(), 'retensi-kohort.csv');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=chart-retention-png]')]);
  assert.equal(png.suggestedFilename(), 'retensi-kohort.png');
});

test('axe-core finds no serious or critical violation on Warga', async () => {
  await assertAccessible(page);
});

test('weekly lifecycle by keyboard: the period select switches to weeks and the API answers weeks', async () => {
  await page.focus('[data-testid=citizens-granularity]');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('[data-testid=citizens-granularity]').value === 'WEEK');
  const data = await graphql(token, `query($from: Date!, $to: Date!) {
      lifecycle(from: $from, to: $to, granularity: WEEK) { periodStart } }`, period);
  await page.waitForFunction((expected) => document.querySelectorAll('[data-testid=chart-lifecycle-table-row]').length === expected,
    data.lifecycle.length, { timeout: 30_000 });
  const toggle = page.getByTestId('chart-lifecycle-table-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await page.focus('[data-testid=citizens-granularity]');
  await page.keyboard.press('ArrowUp');
});

test('Warga in English, and screenshots at 1440 px and 360 px without horizontal scrolling', async () => {
  await page.goto(`${consoleUrl}citizens${query}`);
  await page.selectOption('[data-testid=language]', 'en');
  await page.waitForSelector('main h1:text("Citizens")');
  await page.waitForSelector('text=Cohort retention: share of citizens coming back each month');
  await page.selectOption('[data-testid=language]', 'id');
  await page.waitForSelector('[data-testid=chart-retention] canvas', { timeout: 30_000 });
  await page.waitForTimeout(1000); // ECharts' entry animation
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('citizens.png', docs).pathname, fullPage: true });

  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, manager, `citizens${query}`);
  await small.waitForSelector('[data-testid=chart-retention] canvas', { timeout: 30_000 });
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (${overflow} px too wide)`);
  await phone.close();
});
