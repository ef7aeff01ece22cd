// The staff console in a real browser (Debian's chromium, playwright-core) against the real API host that
// tests/console/run.sh started and seeded: sign-in through the platform's login page, the overview from the real
// API, a KPI card against the API's own answer, axe-core, keyboard, and screenshots for docs/console/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import {
  accessTokenOf, api, assertAccessible, consoleUrl, count, graphql, lastCompleteWeeks, launch, manager, officer, percent, signIn,
} from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const kpis = ['digitalTakeUp', 'completionRate', 'slaCompliance', 'ikm', 'activeDigitalCitizens', 'newDigitalCitizens',
  'counterVisitsAvoided', 'citizenHoursSaved'];
const screens = ['overview', 'units', 'citizens', 'satisfaction', 'campaigns'];

let browser;
let context;
let page;
const graphqlBodies = [];

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
  page = await context.newPage();
  page.on('request', (request) => {
    if (request.url().includes('/graphql') && request.method() === 'POST') graphqlBodies.push(request.postDataJSON());
  });
  await signIn(page, manager);
});

after(async () => {
  await browser?.close();
});

test('the programme manager signs in through the platform login page and lands on the overview', async () => {
  assert.match(page.url(), /\/overview/);
  assert.equal(await page.textContent('[data-testid=user-name]'), manager.displayName);
  assert.equal(await page.textContent('[data-testid=tenant-name]'), 'Kota Samarinda');
  for (const screen of screens) assert.ok(await page.isVisible(`[data-testid=nav-${screen}]`), `nav-${screen}`);
});

test('the overview renders every KPI card and both charts from the real API', async () => {
  for (const name of kpis) {
    const card = page.getByTestId(`kpi-${name}`);
    await card.waitFor({ timeout: 30_000 });
    assert.ok((await card.getByTestId('kpi-value').textContent()).length > 0, name);
    assert.ok((await card.getByTestId('kpi-previous').textContent()).length > 0, name);
    assert.ok((await card.getByTestId('kpi-change').textContent()).length > 0, name);
  }
  await page.waitForSelector('[data-testid=chart-takeup] canvas', { timeout: 30_000 });
  await page.waitForSelector('[data-testid=chart-channel-mix] canvas', { timeout: 30_000 });

  await page.click('[data-testid=chart-takeup-table-toggle]');
  const rows = await page.getByTestId('chart-takeup-table-row').count();
  assert.ok(rows >= 52, `a year of weeks in the take-up table, got ${rows}`);
  // The seeded campaign's waves are marked on the week they start.
  const waveCells = await page.locator('[data-testid=chart-takeup-table-row] td:last-child').allTextContents();
  assert.ok(waveCells.filter((cell) => cell.trim()).length >= 2, `wave starts in the table: ${waveCells.join('|')}`);
});

test('every GraphQL request names a trusted document and sends no query text', () => {
  assert.ok(graphqlBodies.length >= 4, `GraphQL requests seen: ${graphqlBodies.length}`);
  for (const body of graphqlBodies) {
    assert.match(body.documentId, /^sha256:[0-9a-f]{64}$/);
    assert.equal(body.query, undefined);
  }
});

test('a KPI card shows the value the API answers for the same period', async () => {
  const period = lastCompleteWeeks(8);
  await page.goto(`${consoleUrl}overview?from=${period.from}&to=${period.to}`);
  const takeUp = page.getByTestId('kpi-digitalTakeUp').getByTestId('kpi-value');
  await takeUp.waitFor({ timeout: 30_000 });
  const token = await accessTokenOf(page);
  assert.ok(token, 'the console keeps its access token');

  const data = await graphql(token, `query($from: Date!, $to: Date!) {
      adoption(from: $from, to: $to, granularity: WEEK) { completed digitalCompleted counterVisitsAvoided } }`, period);
  const completed = data.adoption.reduce((sum, week) => sum + week.completed, 0);
  const digital = data.adoption.reduce((sum, week) => sum + week.digitalCompleted, 0);
  const avoided = data.adoption.reduce((sum, week) => sum + week.counterVisitsAvoided, 0);
  assert.ok(completed > 0, 'the seeded period has completions');

  assert.equal(await takeUp.textContent(), percent(digital / completed));
  assert.equal(await page.getByTestId('kpi-counterVisitsAvoided').getByTestId('kpi-value').textContent(), count(avoided));
});

test('axe-core finds no serious or critical violation on any screen', async () => {
  for (const screen of screens) {
    await page.goto(consoleUrl + screen);
    await page.waitForSelector(screen === 'overview' ? '[data-testid=chart-takeup] canvas' : 'main h1', { timeout: 30_000 });
    await assertAccessible(page, screen);
  }
});

test('the navigation is reachable and operable by keyboard alone', async () => {
  await page.goto(consoleUrl + 'overview');
  await page.waitForSelector('[data-testid=kpi-digitalTakeUp]', { timeout: 30_000 });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  let reached = false;
  for (let presses = 0; presses < 30 && !reached; presses += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'nav-campaigns');
  }
  assert.ok(reached, 'Tab reaches the Kampanye link');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/campaigns$/);
  // The screen's chunk loads after the URL changes; the old screen stays until it is there.
  await page.waitForSelector('main h1:text-is("Kampanye")', { timeout: 30_000 });
});

test('the language switch shows the console in English', async () => {
  await page.goto(consoleUrl + 'overview');
  await page.selectOption('[data-testid=language]', 'en');
  await page.waitForSelector('main h1:text("Overview")');
  assert.equal(await page.textContent('[data-testid=nav-units]'), 'Regions');
  await page.selectOption('[data-testid=language]', 'id');
  await page.waitForSelector('main h1:text("Ringkasan")');
});

test('screenshots at 1440 px and 360 px; at 360 px the navigation folds into a menu button', async () => {
  mkdirSync(docs, { recursive: true });
  await page.goto(consoleUrl + 'overview');
  await page.waitForSelector('[data-testid=chart-channel-mix] canvas', { timeout: 30_000 });
  await page.waitForTimeout(1000); // ECharts' entry animation
  await page.screenshot({ path: new URL('overview.png', docs).pathname, fullPage: true });

  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, manager);
  await small.waitForSelector('[data-testid=chart-channel-mix] canvas', { timeout: 30_000 });
  assert.equal(await small.isVisible('[data-testid=nav-units]'), false, 'the nav is folded');
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (${overflow} px too wide)`);
  await small.waitForTimeout(1000);
  await small.screenshot({ path: new URL('overview-mobile.png', docs).pathname, fullPage: true });
  await small.click('.menu-button');
  assert.equal(await small.isVisible('[data-testid=nav-units]'), true, 'the menu button opens the nav');
  await phone.close();
});

test("an officer lands on the queue, sees only the officer's screens, and a programme screen is not theirs", async () => {
  const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const officerPage = await other.newPage();
  await signIn(officerPage, officer, '');
  await officerPage.getByTestId('screen-queue').waitFor({ timeout: 30_000 });
  assert.ok(officerPage.url().endsWith('/console/queue'), officerPage.url());
  assert.equal(await officerPage.isVisible('[data-testid=nav-queue]'), true);
  assert.equal(await officerPage.isVisible('[data-testid=nav-overview]'), false);
  await officerPage.goto(consoleUrl + 'overview');
  await officerPage.getByTestId('no-screens').waitFor({ timeout: 30_000 });
  await other.close();
});

test("the initial route's JavaScript stays under 350 KB gzipped (charts load in their own chunk)", async () => {
  const { execFileSync } = await import('node:child_process');
  const script = new URL('../../src/Algoritma.Console/scripts/initial-js-size.mjs', import.meta.url).pathname;
  const size = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' }));
  assert.ok(size.gzipBytes < 350 * 1024, `${size.gzipBytes} bytes gzipped: ${size.files.join(', ')}`);
  assert.ok(!size.files.some((file) => /EChart/.test(file)), 'ECharts is not in the initial route');
});

test('signing out ends the session: the console asks for the login page again', async () => {
  await page.goto(consoleUrl + 'overview');
  await page.waitForSelector('[data-testid=user-name]', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.waitForURL(/\/account\/login/, { timeout: 30_000 });
  assert.equal(await accessTokenOf(page), null);
});
