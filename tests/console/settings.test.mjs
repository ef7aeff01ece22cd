// Pengaturan (the city admin's settings) in a real browser against the seeded API (tests/console/run.sh): office hours
// changed and a holiday added (Enter in the date field) survive a reload and equal the API's answer, a bad value is
// refused beside its field with nothing typed lost, a second editor's change gives the conflict message, configured
// origins saved (a path refused beside the field), axe, 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, cityAdmin, consoleUrl, graphql, launch, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const SETTINGS = '{ tenant { name timeZone workDays officeOpens officeCloses holidays ikmRounding settingsVersion } }';
const UPDATE = 'mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { errors { code message } } }';
const holiday = '2031-03-19';

let browser;
let page;
let token;
let original;

async function settings() {
  return (await graphql(token, SETTINGS)).tenant;
}

async function waitForForm(target = page) {
  await target.getByTestId('settings-form').waitFor({ timeout: 30_000 });
}

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' })).newPage();
  await signIn(page, cityAdmin, 'settings');
  token = await accessTokenOf(page);
  original = await settings();
});

after(async () => {
  if (original) {
    const { settingsVersion, ...input } = original;
    await graphql(token, UPDATE, { input });
  }
  await browser?.close();
});

test('the navigation offers Pengaturan and the form shows what the API holds', async () => {
  await waitForForm();
  assert.equal(await page.textContent('[data-testid=nav-settings]'), 'Pengaturan');
  assert.equal(await page.textContent('main h1'), 'Pengaturan');
  assert.equal(await page.inputValue('[data-testid=settings-name]'), original.name);
  assert.equal(await page.inputValue('[data-testid=settings-officeOpens]'), original.officeOpens);
  assert.equal(await page.isVisible('[data-testid=settings-from-file]'), true, 'samarinda comes from tenants-config/: the file wins');
});

test('a bad value is refused beside its field and nothing typed is lost', async () => {
  await waitForForm();
  await page.fill('[data-testid=settings-officeOpens]', '17:00');
  await page.fill('[data-testid=settings-officeCloses]', '08:00');
  await page.fill('[data-testid=settings-timeZone]', 'Asia/Samarinda');
  await page.click('[data-testid=settings-submit]');
  await page.getByTestId('settings-timeZone-error').waitFor({ timeout: 10_000 });
  assert.match(await page.textContent('[data-testid=settings-timeZone-error]'), /UNKNOWN_TIME_ZONE/);
  assert.match(await page.textContent('[data-testid=settings-officeCloses-error]'), /OFFICE_HOURS_ORDER/);
  assert.equal(await page.getAttribute('[data-testid=settings-officeCloses]', 'aria-describedby'), 'settings-officeCloses-error');
  assert.equal(await page.inputValue('[data-testid=settings-timeZone]'), 'Asia/Samarinda', 'nothing typed is lost');
  assert.equal((await settings()).settingsVersion, original.settingsVersion, 'nothing written');
  await assertAccessible(page, 'settings with errors');
});

test('office hours changed and a holiday added (Enter in the date field) are saved, survive a reload and equal the API', async () => {
  await page.reload();
  await waitForForm();
  await page.fill('[data-testid=settings-officeOpens]', '07:30');
  await page.fill('[data-testid=settings-officeCloses]', '15:45');
  await page.fill('[data-testid=settings-holiday-date]', holiday);
  await page.focus('[data-testid=settings-holiday-date]');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('[data-testid=settings-holiday-year]'), '2031');
  assert.equal(await page.getByTestId('settings-holiday').filter({ has: page.locator(`time[datetime="${holiday}"]`) }).count(), 1);
  await page.focus('[data-testid=settings-submit]');
  await page.keyboard.press('Enter');
  await page.getByTestId('settings-saved').waitFor({ timeout: 10_000 });

  await page.reload();
  await waitForForm();
  const saved = await settings();
  assert.equal(saved.officeOpens, '07:30');
  assert.equal(saved.officeCloses, '15:45');
  assert.ok(saved.holidays.includes(holiday), 'the API has the holiday');
  assert.equal(await page.inputValue('[data-testid=settings-officeOpens]'), saved.officeOpens);
  assert.equal(await page.inputValue('[data-testid=settings-officeCloses]'), saved.officeCloses);
  assert.equal(await page.inputValue('[data-testid=settings-name]'), saved.name);
  assert.equal(await page.inputValue('[data-testid=settings-ikmRounding]'), saved.ikmRounding);
  for (const day of [1, 2, 3, 4, 5, 6, 7]) {
    assert.equal(await page.isChecked(`[data-testid=settings-day-${day}]`), saved.workDays.includes(day), `day ${day}`);
  }
  await page.selectOption('[data-testid=settings-holiday-year]', '2031');
  const shown = await page.locator('[data-testid=settings-holiday] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  assert.deepEqual(shown, saved.holidays.filter((day) => day.startsWith('2031')));
  await assertAccessible(page, 'settings');
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('settings.png', docs).pathname, fullPage: true });
});

test("a second editor's change gives the conflict message and a reload shows it", async () => {
  await page.reload();
  await waitForForm();
  const closes = (await settings()).officeCloses;
  await graphql(token, UPDATE, { input: { officeOpens: '07:15' } });
  await page.fill('[data-testid=settings-officeCloses]', '15:30');
  await page.click('[data-testid=settings-submit]');
  await page.getByTestId('settings-conflict').waitFor({ timeout: 10_000 });
  await page.click('[data-testid=settings-reload]');
  await page.waitForFunction(() => document.querySelector('[data-testid=settings-officeOpens]')?.value === '07:15', null, { timeout: 10_000 });
  assert.equal((await settings()).officeCloses, closes, 'the stale form wrote nothing');
});

test('a configured origin is saved and in force; a path is refused beside the field', async () => {
  await page.reload();
  await waitForForm();
  const origin = 'https://layanan-uji.samarindakota.go.id';
  await page.fill('[data-testid=settings-origins]', `${origin}\nhttps://bukan.asal/dengan-path`);
  await page.click('[data-testid=settings-origins-submit]');
  await page.getByTestId('settings-origins-error').waitFor({ timeout: 10_000 });
  assert.match(await page.textContent('[data-testid=settings-origins-error]'), /INVALID_ORIGIN/);
  await page.fill('[data-testid=settings-origins]', origin);
  await page.click('[data-testid=settings-origins-submit]');
  await page.getByTestId('settings-origins-saved').waitFor({ timeout: 10_000 });
  await page.getByTestId('settings-origins-in-force').getByText(origin).waitFor({ timeout: 10_000 });
  assert.ok((await graphql(token, '{ allowedOrigins }')).allowedOrigins.includes(origin));
  await graphql(token, 'mutation { setAllowedOrigins(input: { origins: [] }) { errors { code } } }');
});

test('at 360 px the settings screen fits', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, cityAdmin, 'settings');
  await waitForForm(small);
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow} px too wide at 360 px`);
  await assertAccessible(small, 'settings at 360 px');
  await phone.close();
});
