// The platform admin's console at /console/ (no tenant) in a real browser against the seeded API (tests/console/run.sh):
// only the platform screens in its navigation; a regency picked in the ARIA combobox by typing and the keyboard, its
// slug, name and zone prefilled, onboarded with the counts of kecamatan, kelurahan and desa imported (as the official
// list counts them); the new tenant disabled after a confirmation (its route answers 404) and enabled again; the
// tenant consoles never show the platform screens; axe-core, 360 px, screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessTokenOf, api, assertAccessible, cityAdmin, consoleUrl, count, launch, platformAdmin, platformConsoleUrl, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);

let browser;
let page;
let onboarded;

async function platformGraphql(query, variables) {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await accessTokenOf(page)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function tenantRouteStatus(slug) {
  const response = await fetch(`${api}/t/${slug}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }),
  });
  return response.status;
}

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' })).newPage();
  await signIn(page, platformAdmin, '', platformConsoleUrl);
});

after(async () => {
  await browser?.close();
});

test('the platform console lands on Daftar kota and shows the platform screens only', async () => {
  await page.waitForURL(/\/console\/tenants$/, { timeout: 30_000 });
  await page.getByTestId('tenants-table-row').first().waitFor({ timeout: 30_000 });
  const navigation = await page.locator('nav [data-testid^=nav-]').evaluateAll((links) => links.map((link) => link.dataset.testid));
  assert.deepEqual(navigation, ['nav-tenants', 'nav-onboard']);
  const samarinda = page.getByTestId('tenants-table-row').filter({ hasText: 'samarinda' });
  assert.equal(await samarinda.getByTestId('tenant-status').textContent(), 'Aktif');
  await assertAccessible(page, 'tenants');
  await page.screenshot({ path: new URL('tenants.png', docs).pathname, fullPage: true });

  await page.goto(`${platformConsoleUrl}overview`);
  await page.getByTestId('no-screens').waitFor({ timeout: 30_000 });
});

test('a platform admin onboards a regency chosen in the picker and sees its counts', async () => {
  const { officialRegencies } = await platformGraphql(
    'query ($p: String) { officialRegencies(province: $p, first: 100) { code name kecamatanCount kelurahanCount desaCount heldBy } }', { p: '64' });
  const free = officialRegencies.find((regency) => regency.heldBy === null && regency.name.startsWith('Kabupaten'));
  assert.ok(free, 'a free regency in Kalimantan Timur');

  await page.goto(`${platformConsoleUrl}onboard`);
  await page.getByTestId('onboard-province').waitFor({ timeout: 30_000 });
  await page.selectOption('[data-testid=onboard-province]', '64');
  const typed = free.name.replace(/^Kabupaten\s+/, '').slice(0, 6);
  await page.click('[data-testid=onboard-regency]');
  await page.keyboard.type(typed, { delay: 40 });
  const option = page.locator(`[data-testid=onboard-regency-option][data-code="${free.code}"]`);
  await option.waitFor({ timeout: 10_000 });
  assert.equal(await page.getAttribute('[data-testid=onboard-regency]', 'aria-expanded'), 'true');
  await assertAccessible(page, 'onboard with the regency options open');
  const options = await page.locator('[data-testid=onboard-regency-option]').evaluateAll((items) => items.map((item) => item.dataset.code));
  for (let index = 0; index <= options.indexOf(free.code); index += 1) await page.keyboard.press('ArrowDown');
  const active = await page.getAttribute('[data-testid=onboard-regency]', 'aria-activedescendant');
  const selected = page.locator('[data-testid=onboard-regency-option][aria-selected=true]');
  assert.equal(await selected.getAttribute('id'), active);
  assert.equal(await selected.getAttribute('data-code'), free.code);
  await page.keyboard.press('Enter');

  await page.getByTestId('onboard-chosen').waitFor();
  assert.equal(await page.inputValue('[data-testid=onboard-regency]'), free.name);
  assert.equal(await page.inputValue('[data-testid=onboard-name]'), free.name);
  assert.equal(await page.inputValue('[data-testid=onboard-zone]'), 'Asia/Makassar');
  const slug = await page.inputValue('[data-testid=onboard-slug]');
  assert.match(slug, /^[a-z0-9-]{2,40}$/);
  await page.click('[data-testid=onboard-submit]');

  await page.getByTestId('onboard-result').waitFor({ timeout: 60_000 });
  assert.equal(await page.textContent('[data-testid=onboard-result-slug]'), slug);
  assert.equal(await page.textContent('[data-testid=onboard-result-kecamatan]'), count(free.kecamatanCount));
  assert.equal(await page.textContent('[data-testid=onboard-result-kelurahan]'), count(free.kelurahanCount));
  assert.equal(await page.textContent('[data-testid=onboard-result-desa]'), count(free.desaCount));
  assert.ok(free.kecamatanCount > 0 && free.kelurahanCount + free.desaCount > 0, 'a regency with regions');
  await assertAccessible(page, 'onboard result');
  await page.screenshot({ path: new URL('onboard.png', docs).pathname, fullPage: true });
  const after = await platformGraphql('query ($s: String) { officialRegencies(search: $s, province: "64") { code heldBy } }', { s: free.name });
  assert.equal(after.officialRegencies.find((regency) => regency.code === free.code).heldBy, slug);
  onboarded = { slug, name: free.name };
});

test('the new tenant is disabled after a confirmation (its route answers 404) and enabled again', async () => {
  assert.ok(onboarded, 'onboarded by the test before');
  assert.equal(await tenantRouteStatus(onboarded.slug), 200);
  await page.click('[data-testid=onboard-to-list]');
  const row = page.getByTestId('tenants-table-row').filter({ hasText: onboarded.slug });
  await row.waitFor({ timeout: 30_000 });

  await row.getByTestId('tenant-disable').click();
  await page.getByTestId('tenant-confirm').waitFor();
  assert.match(await page.textContent('#tenant-confirm-title'), new RegExp(onboarded.name));
  await assertAccessible(page, 'the confirmation dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('tenant-confirm').waitFor({ state: 'hidden' });
  assert.equal(await row.getByTestId('tenant-status').textContent(), 'Aktif', 'Escape changes nothing');

  await row.getByTestId('tenant-disable').click();
  await page.click('[data-testid=tenant-confirm-yes]');
  await page.getByTestId('tenant-notice').waitFor({ timeout: 10_000 });
  await row.getByTestId('tenant-enable').waitFor({ timeout: 10_000 });
  assert.equal(await row.getByTestId('tenant-status').textContent(), 'Nonaktif');
  assert.equal(await tenantRouteStatus(onboarded.slug), 404);

  await row.getByTestId('tenant-enable').click();
  await page.click('[data-testid=tenant-confirm-yes]');
  await row.getByTestId('tenant-disable').waitFor({ timeout: 10_000 });
  assert.equal(await row.getByTestId('tenant-status').textContent(), 'Aktif');
  assert.equal(await tenantRouteStatus(onboarded.slug), 200);
});

test("a tenant's console never shows the platform screens", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
  const city = await context.newPage();
  await signIn(city, cityAdmin, 'clients');
  assert.equal(await city.locator('[data-testid=nav-tenants], [data-testid=nav-onboard]').count(), 0);
  await city.goto(`${consoleUrl}tenants`);
  await city.getByTestId('no-screens').waitFor({ timeout: 30_000 });
  await context.close();
});

test('at 360 px the platform screens fit', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, platformAdmin, 'tenants', platformConsoleUrl);
  await small.getByTestId('tenants-table-row').first().waitFor({ timeout: 30_000 });
  for (const screen of ['tenants', 'onboard']) {
    if (screen === 'onboard') {
      await small.goto(`${platformConsoleUrl}onboard`);
      await small.getByTestId('onboard-form').waitFor({ timeout: 30_000 });
    }
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${screen}: ${overflow} px too wide at 360 px`);
  }
  await phone.close();
});
