// Data wilayah (the city admin's) in a real browser against the seeded API (tests/console/run.sh): every kecamatan and
// kelurahan/desa with its details as the API answers, a kelurahan's details edited through the form (a payload error
// beside its field, nothing typed lost) and the public regions query showing them, axe-core, 360 px, role gating.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, cityAdmin, consoleUrl, graphql, launch, manager, publicGraphql, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const stamp = Date.now() % 100_000;

let browser;
let page;
let token;
let kecamatans;

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, cityAdmin, 'regions');
  token = await accessTokenOf(page);
  kecamatans = (await graphql(token, `{ kecamatans(first: 100) { nodes { code name villages(first: 100) { nodes { code name kind } } } } }`)).kecamatans.nodes;
});

after(async () => {
  await browser?.close();
});

test("a city admin's navigation has the admin screens beside the programme screens", async () => {
  for (const screen of ['overview', 'units', 'regions', 'catalog']) {
    assert.equal(await page.isVisible(`[data-testid=nav-${screen}]`), true, screen);
  }
  assert.equal(await page.textContent('[data-testid=nav-regions]'), 'Data wilayah');
  assert.equal(await page.textContent('[data-testid=nav-catalog]'), 'Layanan');
});

test('the list shows every kecamatan and kelurahan/desa, narrowed to one kecamatan by the select', async () => {
  await page.goto(consoleUrl + 'regions');
  await page.getByTestId('regions-table-row').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.textContent('main h1'), 'Data wilayah');
  const units = kecamatans.reduce((sum, kecamatan) => sum + 1 + kecamatan.villages.nodes.length, 0);
  assert.equal(await page.getByTestId('regions-table-row').count(), units);
  const first = kecamatans[0];
  await page.selectOption('[data-testid=regions-kecamatan]', first.code);
  await page.waitForURL(/kecamatan=/);
  const narrowed = 1 + first.villages.nodes.length;
  await page.waitForFunction((rows) => document.querySelectorAll('[data-testid=regions-table-row]').length === rows, narrowed, { timeout: 10_000 });
  assert.equal(await page.getByTestId('regions-table-row').count(), narrowed);
  const download = page.waitForEvent('download');
  await page.getByTestId('regions-table-csv').click();
  assert.equal((await download).suggestedFilename(), 'data-wilayah.csv');
  await assertAccessible(page, 'region list');
});

test("a city admin edits a kelurahan's details; a bad phone is refused beside the field; the public regions query shows them", async () => {
  const kecamatan = kecamatans[kecamatans.length - 1];
  const village = kecamatan.villages.nodes[kecamatan.villages.nodes.length - 1];
  await page.goto(`${consoleUrl}regions?kecamatan=${kecamatan.code}`);
  await page.getByTestId('regions-table-row').filter({ hasText: village.code }).getByTestId('region-link').click();
  await page.waitForURL(new RegExp(`/regions/${village.code.replaceAll('.', '\\.')}$`));
  await page.getByTestId('region-form').waitFor({ timeout: 30_000 });
  assert.match(await page.textContent('[data-testid=region-name]'), new RegExp(village.name));

  const address = `Jl. Uji Konsol No. ${stamp}, ${village.name}`;
  const head = `Lurah Uji ${stamp}`;
  await page.fill('[data-testid=region-address]', address);
  await page.fill('[data-testid=region-head]', head);
  await page.fill('[data-testid=region-officers]', '7');
  await page.fill('[data-testid=region-phone]', 'telepon salah');
  await page.click('[data-testid=region-submit]');
  const phoneError = page.getByTestId('region-phone-error');
  await phoneError.waitFor({ timeout: 10_000 });
  assert.match(await phoneError.textContent(), /INVALID_PHONE/);
  assert.equal(await page.getAttribute('[data-testid=region-phone]', 'aria-invalid'), 'true');
  assert.equal(await page.getAttribute('[data-testid=region-phone]', 'aria-describedby'), 'region-phone-error');
  assert.equal(await page.inputValue('[data-testid=region-address]'), address, 'nothing typed is lost');
  assert.equal(await page.inputValue('[data-testid=region-head]'), head);
  await assertAccessible(page, 'region form with an error');
  const unchanged = (await publicGraphql('query($code: String!) { region(code: $code) { address } }', { code: village.code })).region;
  assert.notEqual(unchanged.address, address, 'nothing was written');

  await page.fill('[data-testid=region-phone]', '(0541) 123-456');
  await page.click('[data-testid=region-submit]');
  await page.getByTestId('region-saved').waitFor({ timeout: 10_000 });
  assert.equal(await page.isVisible('[data-testid=region-phone-error]'), false);

  const { region } = await publicGraphql(
    'query($code: String!) { region(code: $code) { code address phone headName officerCount detailsUpdatedAt } }', { code: village.code });
  assert.deepEqual({ ...region, detailsUpdatedAt: undefined },
    { code: village.code, address, phone: '(0541) 123-456', headName: head, officerCount: 7, detailsUpdatedAt: undefined });
  assert.ok(region.detailsUpdatedAt);
  assert.notEqual(await page.textContent('[data-testid=region-updated]'), '—');

  await page.getByRole('link', { name: 'Kembali ke data wilayah' }).click();
  const row = page.getByTestId('regions-table-row').filter({ hasText: village.code }).filter({ hasText: address });
  await row.waitFor({ timeout: 10_000 });
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells[4], address);
  assert.equal(cells[6], head);
  assert.equal(cells[7], '7');
  mkdirSync(docs, { recursive: true });
  await page.goto(`${consoleUrl}regions/${village.code}`);
  await page.getByTestId('region-form').waitFor({ timeout: 30_000 });
  await page.screenshot({ path: new URL('regions-edit.png', docs).pathname, fullPage: true });
});

test('the form works with the keyboard alone', async () => {
  const kecamatan = kecamatans[0];
  await page.goto(`${consoleUrl}regions/${kecamatan.code}`);
  await page.getByTestId('region-form').waitFor({ timeout: 30_000 });
  await page.focus('[data-testid=region-officers]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await page.getByTestId('region-saved').waitFor({ timeout: 10_000 });
  const { region } = await publicGraphql('query($code: String!) { region(code: $code) { officerCount } }', { code: kecamatan.code });
  assert.equal(region.officerCount, 12);
});

test('at 360 px the list and the form fit the screen; English switch', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, cityAdmin, 'regions');
  for (const [path, ready] of [['regions', 'regions-table-row'], [`regions/${kecamatans[0].villages.nodes[0].code}`, 'region-form']]) {
    await small.goto(consoleUrl + path);
    await small.getByTestId(ready).first().waitFor({ timeout: 30_000 });
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path}: ${overflow} px too wide at 360 px`);
  }
  await small.selectOption('[data-testid=language]', 'en');
  await small.waitForSelector('main button[type=submit]:text("Save")');
  await phone.close();
  await page.goto(consoleUrl + 'regions');
  await page.getByTestId('regions-table-row').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: new URL('regions.png', docs).pathname });
});

// The tenant's copy of an official name changed behind the API's back, as an outdated import would leave it.
function sql(statement) {
  const parts = Object.fromEntries((process.env.ALGORITMA_DB ?? '').split(';').filter(Boolean).map((part) => {
    const [key, ...value] = part.split('=');
    return [key.trim().toLowerCase(), value.join('=')];
  }));
  assert.ok(parts.database, 'ALGORITMA_DB is not set: run tests/console/run.sh');
  execFileSync('psql', ['-v', 'ON_ERROR_STOP=1', '-qAt', '-h', parts.host, '-p', parts.port, '-U', parts.username, '-d', parts.database, '-c', statement],
    { env: { ...process.env, PGPASSWORD: parts.password ?? '' } });
}

test('re-import: the preview lists a renamed kelurahan; applying it (keyboard) restores the official name and empties the preview', async () => {
  const village = kecamatans[1].villages.nodes[0];
  await page.goto(consoleUrl + 'regions');
  await page.getByTestId('reimport-link').click();
  await page.waitForURL(/\/regions\/impor-ulang$/);
  await page.getByText('Data wilayah sudah sesuai kode resmi.').waitFor({ timeout: 30_000 });

  sql(`UPDATE region_units SET name = 'NAMA LAMA ${stamp}' WHERE tenant_id = 'samarinda' AND code = '${village.code}'`);
  await page.reload();
  const row = page.getByTestId('reimport-preview-row');
  await row.first().waitFor({ timeout: 30_000 });
  assert.equal(await row.count(), 1);
  assert.deepEqual(await row.locator('td').allTextContents(), [village.code, 'Diganti nama', 'Kelurahan', `NAMA LAMA ${stamp}`, village.name]);
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('regions-reimport.png', docs).pathname, fullPage: true });
  await assertAccessible(page, 're-import preview');

  await page.getByTestId('reimport-apply').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('reimport-applied').waitFor({ timeout: 10_000 });
  assert.equal(await page.textContent('[data-testid=reimport-applied]'), '1 perubahan diterapkan.');
  await page.getByText('Data wilayah sudah sesuai kode resmi.').waitFor({ timeout: 10_000 });
  const { region } = await publicGraphql('query($code: String!) { region(code: $code) { name retiredAt } }', { code: village.code });
  assert.deepEqual(region, { name: village.name, retiredAt: null });
  const { regionImportPreview } = await graphql(token, '{ regionImportPreview { changes { code } } }');
  assert.deepEqual(regionImportPreview.changes, []);
  await assertAccessible(page, 're-import done');

  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, cityAdmin, 'regions/impor-ulang');
  await small.getByText('Data wilayah sudah sesuai kode resmi.').waitFor({ timeout: 30_000 });
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `re-import: ${overflow} px too wide at 360 px`);
  await phone.close();
});

test('a programme manager has no admin screens', async () => {
  const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const managerPage = await other.newPage();
  await signIn(managerPage, manager, 'regions');
  await managerPage.getByTestId('no-screens').waitFor({ timeout: 30_000 });
  assert.equal(await managerPage.isVisible('[data-testid=nav-overview]'), true);
  assert.equal(await managerPage.isVisible('[data-testid=nav-regions]'), false);
  assert.equal(await managerPage.isVisible('[data-testid=nav-catalog]'), false);
  await other.close();
});
