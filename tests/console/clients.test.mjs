// Klien (the city admin's OIDC clients) in a real browser against the seeded API (tests/console/run.sh): a bad client
// id refused beside its field, a confidential client registered with its secret shown once, the secret working at the
// token endpoint, a rotation showing a new secret that replaces the old one; axe, 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessTokenOf, api, assertAccessible, cityAdmin, consoleUrl, graphql, launch, signIn, tenant } from './lib.mjs';

const clientId = `${tenant}-uji-${Date.now() % 100_000}`;

let browser;
let page;

async function tokenStatus(secret) {
  const response = await fetch(`${api}/connect/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope: 'api' }),
  });
  return response.status;
}

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' })).newPage();
  await signIn(page, cityAdmin, 'clients');
});

after(async () => {
  await browser?.close();
});

test('a confidential client is registered (a bad id refused beside the field first), its secret shown once and working', async () => {
  await page.getByTestId('clients-table-row').first().waitFor({ timeout: 30_000 });
  await page.fill('[data-testid=client-id]', 'tanpa-awalan');
  await page.fill('[data-testid=client-name]', 'Layanan uji konsol');
  await page.getByTestId('client-role-OFFICER').check();
  await page.click('[data-testid=client-submit]');
  await page.getByTestId('client-clientId-error').waitFor({ timeout: 10_000 });
  assert.match(await page.textContent('[data-testid=client-clientId-error]'), /INVALID_CLIENT_ID/);
  assert.equal(await page.inputValue('[data-testid=client-name]'), 'Layanan uji konsol', 'nothing typed is lost');
  await assertAccessible(page, 'client form with an error');

  await page.fill('[data-testid=client-id]', clientId);
  await page.click('[data-testid=client-submit]');
  const secret = await page.getByTestId('client-secret').textContent({ timeout: 10_000 });
  assert.ok(secret.length >= 20, 'a secret');
  const row = page.getByTestId('clients-table-row').filter({ hasText: clientId });
  await row.waitFor({ timeout: 10_000 });
  assert.deepEqual((await row.locator('td').allTextContents()).slice(0, 3), [clientId, 'Layanan uji konsol', 'Rahasia']);
  assert.equal(await tokenStatus(secret), 200);

  await row.getByTestId('client-rotate').click();
  await page.waitForFunction((old) => {
    const shown = document.querySelector('[data-testid=client-secret]');
    return shown && shown.textContent !== old;
  }, secret, { timeout: 10_000 });
  const rotated = await page.textContent('[data-testid=client-secret]');
  assert.equal(await tokenStatus(rotated), 200);
  assert.notEqual(await tokenStatus(secret), 200, 'the old secret stops working');
  await page.reload();
  await page.getByTestId('clients-table-row').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.isVisible('[data-testid=client-secret]'), false, 'shown once');
  await assertAccessible(page, 'clients');
});

test('a redirect URI is added to a client (a bad one refused beside the field first) and shown as the API has it', async () => {
  const row = () => page.getByTestId('clients-table-row').filter({ hasText: clientId });
  await row().waitFor({ timeout: 30_000 });
  await row().getByTestId('client-edit-uris').click();
  await page.getByTestId('client-uris-editor').waitFor();
  await page.fill('[data-testid=client-uris-redirects]', 'bukan uri');
  await page.click('[data-testid=client-uris-save]');
  await page.getByTestId('uris-redirectUris-error').waitFor({ timeout: 10_000 });
  assert.match(await page.textContent('[data-testid=uris-redirectUris-error]'), /URI pengalihan tidak valid/);
  await assertAccessible(page, 'redirect URI editor with an error');

  await page.fill('[data-testid=client-uris-redirects]', 'https://uji-konsol.example.id/callback');
  await page.click('[data-testid=client-uris-save]');
  await page.getByTestId('client-uris-saved').waitFor({ timeout: 10_000 });
  await row().getByTestId('client-redirect-list').filter({ hasText: 'https://uji-konsol.example.id/callback' }).waitFor({ timeout: 10_000 });
  const token = await accessTokenOf(page);
  const { clients } = await graphql(token, '{ clients { clientId type redirectUris } }');
  assert.deepEqual(clients.find((client) => client.clientId === clientId), { clientId, type: 'CONFIDENTIAL', redirectUris: ['https://uji-konsol.example.id/callback'] });
  const { allowedOrigins } = await graphql(token, '{ allowedOrigins }');
  assert.ok(allowedOrigins.includes('https://uji-konsol.example.id'), 'its origin may call the city API');
  await page.screenshot({ path: new URL('../../docs/console/clients.png', import.meta.url).pathname });
});

test('at 360 px the clients screen fits', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, cityAdmin, 'clients');
  await small.getByTestId('clients-table-row').first().waitFor({ timeout: 30_000 });
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow} px too wide at 360 px`);
  await phone.close();
});
