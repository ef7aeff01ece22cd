// Layanan loket in a real browser against the seeded API (tests/console/run.sh): a walk-in recorded with the NIK in a
// masked field, a bad NIK's error beside the field with everything typed kept, the citizen's survey answers recorded,
// both as the API then answers; axe, 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, consoleUrl, graphql, launch, officer, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
let browser;
let page;
let token;

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
  page = await context.newPage();
  await signIn(page, officer, 'counter');
  token = await accessTokenOf(page);
});

after(async () => {
  await browser?.close();
});

test("a walk-in is recorded with the NIK masked; a bad NIK's error stands beside it, nothing typed lost", async () => {
  await page.goto(consoleUrl + 'counter');
  await page.getByTestId('counter-service').waitFor({ timeout: 30_000 });
  assert.equal(await page.textContent('main h1'), 'Layanan loket');
  await page.getByTestId('counter-service').selectOption('domisili');
  for (const code of ['ktp', 'kk', 'pengantar_rt']) await page.getByTestId(`counter-document-${code}`).check();
  assert.equal(await page.getAttribute('[data-testid=counter-nik]', 'type'), 'password', 'the NIK is masked');
  await page.getByTestId('counter-nik').fill('6472019999999999');
  await page.getByTestId('counter-submit').click();
  await page.getByTestId('counter-citizenNik-error').waitFor({ timeout: 30_000 });
  assert.match(await page.textContent('[data-testid=counter-citizenNik-error]'), /NIK_INVALID_DATE/);
  assert.equal(await page.getAttribute('[data-testid=counter-nik]', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('[data-testid=counter-nik]'), '6472019999999999', 'the NIK typed is kept');
  assert.equal(await page.inputValue('[data-testid=counter-service]'), 'domisili');
  assert.equal(await page.getByTestId('counter-document-kk').isChecked(), true);
  await assertAccessible(page, 'the counter form with an error');

  await page.getByTestId('counter-nik').fill('6472011508901234');
  await page.getByTestId('counter-submit').click();
  await page.getByTestId('counter-recorded').waitFor({ timeout: 30_000 });
  const code = (await page.textContent('[data-testid=counter-recorded]')).match(/kode lacak (\S+)\./)[1];
  const data = await graphql(token, '{ requests(first: 5, filter: { channel: COUNTER }) { nodes { id trackingCode status channel serviceCode documents } } }');
  const request = data.requests.nodes.find((node) => node.trackingCode === code);
  assert.ok(request, `${code} in the officer's requests`);
  assert.equal(request.status, 'COMPLETED');
  assert.equal(request.serviceCode, 'domisili');
  assert.deepEqual([...request.documents].sort(), ['kk', 'ktp', 'pengantar_rt']);

  await page.getByTestId('survey-U1').selectOption('3');
  await page.getByTestId('survey-U9').selectOption('2');
  await assertAccessible(page, 'the survey form');
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('counter.png', docs).pathname, fullPage: true });
  await page.getByTestId('survey-submit').click();
  await page.getByTestId('counter-rated').waitFor({ timeout: 30_000 });
  const rated = await graphql(token, 'query ($id: ID!) { node(id: $id) { ... on ServiceRequest { ikmScores history { event recordedByStaff } } } }', { id: request.id });
  assert.deepEqual(rated.node.ikmScores, [3, 4, 4, 4, 4, 4, 4, 4, 2]);
  assert.equal(rated.node.history.at(-1).event, 'RATED');
  assert.equal(rated.node.history.at(-1).recordedByStaff, true);

  await page.getByTestId('counter-next').click();
  await page.getByTestId('counter-service').waitFor();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false);
  await page.setViewportSize({ width: 1440, height: 900 });
});
