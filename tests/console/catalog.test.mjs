// Layanan (the city admin's catalog) in a real browser against the seeded API (tests/console/run.sh): the services as
// the API lists them, a new standard edited (requirements checklist, procedure steps, completion time, fee, product,
// complaints, legal basis) and published, payload errors beside their fields with nothing typed lost, the version
// history, the public catalog query showing the new version, axe-core, 360 px, the English switch.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, cityAdmin, consoleUrl, graphql, launch, publicGraphql, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const stamp = Date.now() % 100_000;
const SERVICE = 'domisili';
const STANDARD = `standard { version requirements { code name required } procedure completionUnit completionAmount fee product complaintChannel legalBasis }`;

let browser;
let page;
let token;

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, cityAdmin, 'catalog');
  token = await accessTokenOf(page);
});

after(async () => {
  await browser?.close();
});

test('the list shows every service with its version and standard as the API answers', async () => {
  const { services } = await graphql(token, '{ services(first: 100) { nodes { code name currentVersion standard { fee } } } }');
  await page.getByTestId('catalog-table-row').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.textContent('main h1'), 'Layanan');
  assert.equal(await page.getByTestId('catalog-table-row').count(), services.nodes.length);
  const domisili = services.nodes.find((service) => service.code === SERVICE);
  const cells = await page.getByTestId('catalog-table-row').filter({ hasText: domisili.name }).locator('td').allTextContents();
  assert.equal(cells[0], SERVICE);
  assert.equal(cells[4], String(domisili.currentVersion));
  const download = page.waitForEvent('download');
  await page.getByTestId('catalog-table-csv').click();
  assert.equal((await download).suggestedFilename(), 'layanan.csv');
  await assertAccessible(page, 'catalog list');
});

test('a city admin publishes a new standard; an error stands beside its field; the public catalog query shows it', async () => {
  const before = (await publicGraphql(`query($code: String!) { service(code: $code) { currentVersion ${STANDARD} } }`, { code: SERVICE })).service;
  await page.goto(consoleUrl + 'catalog');
  await page.getByTestId('catalog-table-row').filter({ hasText: SERVICE }).getByTestId('service-link').click();
  await page.waitForURL(new RegExp(`/catalog/${SERVICE}$`));
  await page.getByTestId('standard-form').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('requirement-row').count(), before.standard.requirements.length, 'the form starts from the standard in force');
  assert.equal(await page.getByTestId('procedure-row').count(), before.standard.procedure.length);

  const product = `Surat Keterangan Domisili (uji ${stamp})`;
  const step = `Petugas memeriksa berkas (uji ${stamp})`;
  await page.click('[data-testid=requirement-add]');
  const added = page.getByTestId('requirement-row').last();
  await added.getByTestId('requirement-code').fill(`sk-rt-${stamp}`);
  await added.getByTestId('requirement-name').fill('Surat pengantar RT');
  await added.getByTestId('requirement-required').press('Space');
  await page.click('[data-testid=procedure-add]');
  await page.getByTestId('procedure-step').last().fill(step);
  await page.selectOption('[data-testid=standard-unit]', 'WORKING_DAYS');
  await page.fill('[data-testid=standard-amount]', '400');
  await page.fill('[data-testid=standard-fee-input]', '0');
  await page.fill('[data-testid=standard-product-input]', product);
  await page.click('[data-testid=standard-submit]');

  const amountError = page.getByTestId('standard-completionAmount-error');
  await amountError.waitFor({ timeout: 10_000 });
  assert.match(await amountError.textContent(), /INVALID_STANDARD/);
  assert.equal(await page.getAttribute('[data-testid=standard-amount]', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('[data-testid=standard-product-input]'), product, 'nothing typed is lost');
  assert.equal(await page.getByTestId('procedure-step').last().inputValue(), step);
  assert.equal(await page.getByTestId('requirement-row').count(), before.standard.requirements.length + 1);
  await assertAccessible(page, 'standard form with an error');
  assert.equal((await publicGraphql('query($code: String!) { service(code: $code) { currentVersion } }', { code: SERVICE })).service.currentVersion,
    before.currentVersion, 'nothing was published');

  await page.fill('[data-testid=standard-amount]', '3');
  await page.click('[data-testid=standard-submit]');
  await page.getByTestId('standard-published').waitFor({ timeout: 10_000 });
  const version = before.currentVersion + 1;
  assert.equal(await page.textContent('[data-testid=standard-published]'), `Versi ${version} diterbitkan.`);

  const after = (await publicGraphql(`query($code: String!) { service(code: $code) { currentVersion ${STANDARD} } }`, { code: SERVICE })).service;
  assert.equal(after.currentVersion, version);
  assert.equal(after.standard.version, version);
  assert.equal(after.standard.product, product);
  assert.equal(after.standard.completionAmount, 3);
  assert.equal(after.standard.completionUnit, 'WORKING_DAYS');
  assert.equal(after.standard.fee, 0);
  assert.deepEqual(after.standard.requirements, [...before.standard.requirements, { code: `sk-rt-${stamp}`, name: 'Surat pengantar RT', required: false }]);
  assert.deepEqual(after.standard.procedure, [...before.standard.procedure, step]);
  const { services } = await publicGraphql('{ services(first: 100) { nodes { code currentVersion standard { product } } } }');
  assert.equal(services.nodes.find((service) => service.code === SERVICE).standard.product, product, 'the public catalog lists the new version');

  await page.waitForSelector(`[data-testid=standard-product]:text("${product}")`, { timeout: 10_000 });
  const history = page.getByTestId('service-history-row').filter({ hasText: 'Admin Diskominfo Samarinda' }).first();
  // the history is a query of its own: its new row may arrive after the standard's
  await history.waitFor({ timeout: 10_000 });
  const cells = await history.locator('td').allTextContents();
  assert.equal(cells[0], String(version));
  assert.equal(cells[2], 'Admin Diskominfo Samarinda');
  assert.match(cells[3], /^persyaratan, prosedur, waktu penyelesaian, produk · Berlaku$/, 'what changed against the version before');
  assert.equal(await page.getByTestId('standard-form').locator('.hint').first().textContent(),
    `Isian berawal dari standar yang berlaku. Menerbitkan membuat versi ${version + 1}.`);
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('catalog-service.png', docs).pathname, fullPage: true });
  await assertAccessible(page, 'service page');
});

test('a city admin clones a template, offers it at one kelurahan via ONLINE; the public catalog lists it there; history shows its versions', async () => {
  const code = `sktm-uji-${stamp}`;
  const [unit, other] = ['64.72.01.1001', '64.72.01.1002'];
  await page.goto(consoleUrl + 'catalog');
  await page.getByTestId('clone-form').waitFor({ timeout: 30_000 });
  await page.selectOption('[data-testid=clone-template]', 'sktm');
  await page.fill('[data-testid=clone-code]', 'BUKAN KODE');
  await page.click('[data-testid=clone-submit]');
  await page.getByTestId('clone-code-error').waitFor({ timeout: 10_000 });
  assert.match(await page.textContent('[data-testid=clone-code-error]'), /INVALID_CODE/);
  assert.equal(await page.getAttribute('[data-testid=clone-code]', 'aria-invalid'), 'true');
  await assertAccessible(page, 'clone form with an error');
  await page.fill('[data-testid=clone-code]', code);
  await page.click('[data-testid=clone-submit]');
  await page.waitForURL(new RegExp(`/catalog/${code}$`));
  await page.getByTestId('offer-form').waitFor({ timeout: 30_000 });

  const history = await page.getByTestId('service-history-row').locator('td').allTextContents();
  assert.equal(history[0], '1');
  assert.equal(history[2], 'Admin Diskominfo Samarinda');
  assert.equal(history[3], 'Ditambahkan dari templat · Berlaku');

  await page.locator('[data-testid=offer-form] summary').first().click();
  await page.getByTestId(`offer-unit-${unit}`).focus();
  await page.keyboard.press('Space');
  for (const channel of ['COUNTER', 'KIOSK', 'ASSISTED']) await page.getByTestId(`offer-channel-${channel}`).uncheck();
  assert.equal(await page.getByTestId('offer-channel-ONLINE').isChecked(), true);
  await page.click('[data-testid=offer-submit]');
  await page.getByTestId('offer-saved').waitFor({ timeout: 10_000 });

  const listed = async (at, channel) => (await publicGraphql('query($unit: String!, $channel: Channel) { services(unit: $unit, channel: $channel, first: 100) { nodes { code } } }',
    { unit: at, channel })).services.nodes.some((service) => service.code === code);
  assert.equal(await listed(unit, 'ONLINE'), true, 'offered at the kelurahan through ONLINE');
  assert.equal(await listed(unit, 'COUNTER'), false, 'not at the counter');
  assert.equal(await listed(other, 'ONLINE'), false, 'not at another kelurahan');
  const { service } = await graphql(token, 'query($code: String!) { service(code: $code) { versions { version publishedBy } } }', { code });
  assert.deepEqual(service.versions, [{ version: 1, publishedBy: 'Admin Diskominfo Samarinda' }]);
  await page.screenshot({ path: new URL('catalog-offer.png', docs).pathname, fullPage: true });
  await assertAccessible(page, 'service page with the offer form');
});

test('procedure steps move by keyboard', async () => {
  await page.goto(`${consoleUrl}catalog/${SERVICE}`);
  await page.getByTestId('standard-form').waitFor({ timeout: 30_000 });
  const steps = await page.getByTestId('procedure-step').evaluateAll((inputs) => inputs.map((input) => input.value));
  assert.ok(steps.length >= 2);
  await page.getByRole('button', { name: 'Turunkan langkah 1' }).focus();
  await page.keyboard.press('Enter');
  const moved = await page.getByTestId('procedure-step').evaluateAll((inputs) => inputs.map((input) => input.value));
  assert.deepEqual(moved.slice(0, 2), [steps[1], steps[0]]);
});

test('at 360 px the list and a service fit the screen; English switch', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, cityAdmin, 'catalog');
  for (const [path, ready] of [['catalog', 'catalog-table-row'], [`catalog/${SERVICE}`, 'standard-form']]) {
    await small.goto(consoleUrl + path);
    await small.getByTestId(ready).first().waitFor({ timeout: 30_000 });
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path}: ${overflow} px too wide at 360 px`);
  }
  await small.selectOption('[data-testid=language]', 'en');
  await small.waitForSelector('main button[type=submit]:text("Publish a new version")');
  await phone.close();
  await page.goto(consoleUrl + 'catalog');
  await page.getByTestId('catalog-table-row').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: new URL('catalog.png', docs).pathname });
});
