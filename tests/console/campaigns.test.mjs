// Kampanye in a real browser against the seeded API (tests/console/run.sh): the list and a campaign's page from the
// real API, figures against the API's own answer, launching a campaign through the form (payload errors beside their
// fields, nothing typed lost), recording an activity, a CONFLICT explained, axe-core, keyboard, 360 px, screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, consoleUrl, graphql, launch, manager, percent, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const DAY = 86_400_000;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const shift = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const name = `Uji konsol ${Date.now()}`;

let browser;
let page;
let token;
let seeded;

async function campaignByName(wanted) {
  const data = await graphql(token, `{ campaigns(first: 50) { nodes { id name version from to
      progress { current sinceLaunch baseline uplift target } } } }`);
  return data.campaigns.nodes.find((campaign) => campaign.name === wanted);
}

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, manager, 'campaigns');
  token = await accessTokenOf(page);
  seeded = await campaignByName('Algoritma');
  assert.ok(seeded, 'the simulator seeds the Algoritma campaign');
});

after(async () => {
  await browser?.close();
});

test('the list shows each campaign with its period, status and progress as the API answers', async () => {
  await page.goto(consoleUrl + 'campaigns');
  await page.getByTestId('campaign-table-row').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.textContent('main h1'), 'Kampanye');
  const row = page.getByTestId('campaign-table-row').filter({ hasText: 'Algoritma' });
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[2], 'Berjalan');
  assert.equal(cells[4], percent(seeded.progress.current));
  assert.equal(cells[5], percent(seeded.progress.sinceLaunch));
  assert.equal(cells[6], percent(seeded.progress.target));
  const download = page.waitForEvent('download');
  await page.getByTestId('campaign-table-csv').click();
  assert.equal((await download).suggestedFilename(), 'kampanye.csv');
  await assertAccessible(page, 'campaign list');
});

test("a campaign's page shows progress against target, each wave, the uplift and the activity timeline", async () => {
  await page.getByTestId('campaign-table-row').filter({ hasText: 'Algoritma' }).getByTestId('campaign-link').click();
  await page.waitForURL(/\/campaigns\/[^/]+$/);
  await page.waitForSelector('[data-testid=chart-campaign-waves] canvas', { timeout: 30_000 });
  assert.equal(await page.textContent('[data-testid=campaign-name]'), 'Algoritma');
  const current = page.getByTestId('kpi-campaign-current');
  assert.equal(await current.getByTestId('kpi-value').textContent(), percent(seeded.progress.current));
  assert.equal(await current.getByTestId('kpi-previous').textContent(), percent(seeded.progress.baseline));
  assert.equal(await page.getByTestId('kpi-campaign-sinceLaunch').getByTestId('kpi-value').textContent(), percent(seeded.progress.sinceLaunch));
  await page.getByTestId('chart-campaign-waves-table-toggle').click();
  assert.equal(await page.getByTestId('chart-campaign-waves-table-row').count(), 3);
  assert.equal(await page.getByTestId('campaign-uplift-table-row').count(), 2);
  assert.ok(await page.getByTestId('campaign-timeline-table-row').count() >= 3, 'the seeded activities');
  await page.waitForTimeout(800); // ECharts' entry animation
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('campaigns-detail.png', docs).pathname, fullPage: true });
  await assertAccessible(page, 'campaign page');
});

test('recording an activity: an out-of-period date is refused beside the date, a stale version explains the CONFLICT', async () => {
  await page.goto(`${consoleUrl}campaigns/${encodeURIComponent(seeded.id)}`);
  const form = page.getByTestId('campaign-activity-form');
  await form.waitFor({ timeout: 30_000 });
  await form.getByTestId('activity-kind').selectOption('PELATIHAN');
  await form.getByTestId('activity-date').fill(shift(seeded.to, 30));
  await form.getByTestId('activity-unit').selectOption('64.72.01.1001');
  await form.getByTestId('activity-attendance').fill('25');
  await form.getByTestId('activity-note').fill('Pelatihan petugas loket');
  await form.getByTestId('activity-submit').click();
  const dateError = page.getByTestId('activity-date-error');
  await dateError.waitFor({ timeout: 15_000 });
  assert.match(await dateError.textContent(), /ACTIVITY_OUTSIDE_PERIOD/);
  assert.equal(await form.getByTestId('activity-note').inputValue(), 'Pelatihan petugas loket', 'nothing typed is lost');

  // Someone else records an activity meanwhile: the page's version is stale.
  const fresh = await campaignByName('Algoritma');
  await graphql(token, `mutation($input: RecordCampaignActivityInput!) { recordCampaignActivity(input: $input) { errors { code } } }`,
    { input: { campaignId: fresh.id, expectedVersion: fresh.version, kind: 'OTHER', date: seeded.from, unit: '64.72.01', attendance: 1 } });
  await form.getByTestId('activity-date').fill(shift(seeded.to, -1));
  await form.getByTestId('activity-submit').click();
  await page.getByTestId('activity-conflict').waitFor({ timeout: 15_000 });
  assert.equal(await form.getByTestId('activity-attendance').inputValue(), '25', 'nothing typed is lost on a CONFLICT');

  const rowsBefore = await page.getByTestId('campaign-timeline-table-row').count();
  await page.getByTestId('activity-conflict').getByRole('button').click();
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid=campaign-timeline-table-row]').length > count, rowsBefore);
  await form.getByTestId('activity-submit').click();
  await page.getByTestId('activity-saved').waitFor({ timeout: 15_000 });
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid=campaign-timeline-table-row]').length > count + 1, rowsBefore);
  const texts = await page.getByTestId('campaign-timeline-table-row').allTextContents();
  assert.ok(texts.some((text) => text.includes('Pelatihan petugas loket')), 'the recorded activity is in the timeline');
});

test('launching: payload errors appear beside their fields and nothing typed is lost', async () => {
  await page.goto(consoleUrl + 'campaigns');
  await page.getByTestId('campaign-launch-link').click();
  await page.getByTestId('campaign-launch-form').waitFor({ timeout: 30_000 });
  await page.getByTestId('campaign-name').fill(name);
  // Not a take-up campaign: the overview keeps showing the seeded one's waves (console.test.mjs).
  await page.getByTestId('campaign-goal').selectOption('COMPLETION_RATE');
  await page.getByTestId('campaign-target').fill('150');
  await page.getByTestId('campaign-from').fill(shift(today, -56));
  await page.getByTestId('campaign-to').fill(shift(today, 56));
  // Keyboard: the unit picker's checkboxes toggle with the space bar.
  await page.getByTestId('campaign-units-64.72.01').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.getByTestId('campaign-units-64.72.01').isChecked(), true);
  await page.getByTestId('campaign-units-64.72.02.1001').check();
  await page.getByTestId('campaign-add-wave').click();
  const wave = page.getByTestId('campaign-wave').first();
  await wave.getByTestId('campaign-wave-name').fill('Gelombang uji');
  await wave.getByTestId('campaign-wave-starts').fill(shift(today, 90));
  await wave.locator('input[type=checkbox]').first().check();
  await page.getByTestId('campaign-day-TUESDAY').check();
  await page.getByTestId('campaign-submit').click();

  const waveError = page.getByTestId('campaign-waves-error');
  await waveError.waitFor({ timeout: 15_000 });
  assert.match(await waveError.textContent(), /WAVE_OUTSIDE_PERIOD/);
  assert.match(await page.getByTestId('campaign-target-error').textContent(), /INVALID_TARGET/);
  assert.equal(await page.getByTestId('campaign-target').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByTestId('campaign-name').inputValue(), name, 'the name stays');
  assert.equal(await page.getByTestId('campaign-units-64.72.02.1001').isChecked(), true, 'the units stay');
  assert.equal(await wave.getByTestId('campaign-wave-name').inputValue(), 'Gelombang uji', 'the wave stays');
  await page.waitForTimeout(300);
  await page.screenshot({ path: new URL('campaigns-launch.png', docs).pathname, fullPage: true });
  await assertAccessible(page, 'launch form with errors');
});

test('a campaign launched through the form appears in the list with its progress', async () => {
  await page.getByTestId('campaign-target').fill('60');
  await page.getByTestId('campaign-wave').first().getByTestId('campaign-wave-starts').fill(shift(today, -28));
  await page.getByTestId('campaign-submit').click();
  await page.waitForURL(/\/campaigns$/);
  await page.getByTestId('campaign-launched').waitFor({ timeout: 15_000 });
  const row = page.getByTestId('campaign-table-row').filter({ hasText: name });
  await row.waitFor({ timeout: 15_000 });
  const launched = await campaignByName(name);
  assert.ok(launched, 'the API has the campaign');
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[4], percent(launched.progress.current ?? null));
  assert.equal(cells[5], percent(launched.progress.sinceLaunch ?? null));
  assert.equal(cells[6], '60,0\u00a0%');
  await page.waitForTimeout(300);
  await page.screenshot({ path: new URL('campaigns.png', docs).pathname, fullPage: true });
});

test('at 360 px the list, the form and a campaign page fit the screen', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, manager, 'campaigns');
  for (const [path, ready] of [['campaigns', 'campaign-table-row'], ['campaigns/new', 'campaign-launch-form'],
    [`campaigns/${encodeURIComponent(seeded.id)}`, 'chart-campaign-progress']]) {
    await small.goto(consoleUrl + path);
    await small.getByTestId(ready).first().waitFor({ timeout: 30_000 });
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path}: ${overflow} px too wide at 360 px`);
  }
  await phone.close();
});

test('the English switch translates the screen', async () => {
  await page.goto(consoleUrl + 'campaigns');
  await page.selectOption('[data-testid=language]', 'en');
  await page.waitForSelector('main h1:text("Campaigns")');
  assert.equal(await page.getByTestId('campaign-launch-link').textContent(), 'Launch a campaign');
  await page.selectOption('[data-testid=language]', 'id');
  await page.waitForSelector('main h1:text("Kampanye")');
});
