// Pengguna (the city admin's) in a real browser against the seeded API (tests/console/run.sh): creating a staff
// account (a payload error beside its field, nothing typed lost), the new officer signs in, roles and unit scope
// changed, disabled and enabled again as the API answers, the audit log filtered by who, what and when; axe, 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessTokenOf, api, assertAccessible, cityAdmin, consoleUrl, graphql, launch, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const userName = `petugas.uji${Date.now() % 100_000}`;
const password = 'Konsol-Uji-2026';

let browser;
let page;
let token;
let units;

async function userOf(wanted) {
  let after = null;
  for (;;) {
    const { users } = await graphql(token, 'query($after: String) { users(first: 100, after: $after) { nodes { userName roles unit disabled } pageInfo { hasNextPage endCursor } } }', { after });
    const found = users.nodes.find((user) => user.userName === wanted);
    if (found || !users.pageInfo.hasNextPage) return found;
    after = users.pageInfo.endCursor;
  }
}

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, cityAdmin, 'users');
  token = await accessTokenOf(page);
  units = (await graphql(token, '{ kecamatans(first: 2) { nodes { code villages(first: 1) { nodes { code } } } } }')).kecamatans.nodes;
});

after(async () => {
  await browser?.close();
});

test('a city admin creates an officer: a missing unit is refused beside the field, then the account is made and signs in', async () => {
  await page.getByTestId('user-create-link').click();
  await page.getByTestId('user-form').waitFor({ timeout: 30_000 });
  await page.fill('[data-testid=user-userName]', userName);
  await page.fill('[data-testid=user-displayName]', 'Petugas Uji Konsol');
  await page.fill('[data-testid=user-password]', password);
  await page.click('[data-testid=user-submit]');
  const unitError = page.getByTestId('user-unit-error');
  await unitError.waitFor({ timeout: 10_000 });
  assert.match(await unitError.textContent(), /UNIT_REQUIRED/);
  assert.equal(await page.getAttribute('[data-testid=user-unit]', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('[data-testid=user-userName]'), userName, 'nothing typed is lost');
  await assertAccessible(page, 'user form with an error');
  assert.equal(await userOf(userName), undefined, 'nothing was written');

  const village = units[0].villages.nodes[0].code;
  await page.selectOption('[data-testid=user-unit]', village);
  await page.click('[data-testid=user-submit]');
  await page.getByTestId('user-created').waitFor({ timeout: 10_000 });
  assert.deepEqual(await userOf(userName), { userName, roles: ['OFFICER'], unit: village, disabled: false });

  const other = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const officerPage = await other.newPage();
  await signIn(officerPage, { userName, password });
  assert.equal(await officerPage.textContent('[data-testid=user-name]'), 'Petugas Uji Konsol');
  await other.close();
});

test('roles and unit scope change, the account is disabled and enabled again, as the API answers', async () => {
  await page.goto(consoleUrl + 'users');
  await page.getByTestId('users-shown').waitFor({ timeout: 30_000 });
  const row = page.getByTestId('users-table-row').filter({ hasText: userName });
  for (let more = 0; !(await row.count()) && more < 200; more += 1) {
    await page.getByTestId('users-more').click();
    await page.waitForTimeout(200);
  }
  await row.getByTestId('user-edit').click();
  await page.getByTestId('user-editor').waitFor();
  await page.getByTestId('edit-role-PROGRAM_MANAGER').check();
  await page.selectOption('[data-testid=edit-unit]', units[1].code);
  await page.click('[data-testid=edit-submit]');
  await page.getByTestId('user-notice').waitFor({ timeout: 10_000 });
  const changed = await userOf(userName);
  assert.deepEqual([...changed.roles].sort(), ['OFFICER', 'PROGRAM_MANAGER']);
  assert.equal(changed.unit, units[1].code);

  await page.click('[data-testid=edit-toggle]');
  await page.waitForSelector('[data-testid=user-notice]:has-text("dinonaktifkan")', { timeout: 10_000 });
  assert.equal((await userOf(userName)).disabled, true);
  await page.click('[data-testid=edit-toggle]');
  await page.waitForSelector('[data-testid=user-notice]:has-text("diaktifkan kembali")', { timeout: 10_000 });
  assert.equal((await userOf(userName)).disabled, false);
  await assertAccessible(page, 'users with the editor');
});

test('the role filter and the name search list what the API lists', async () => {
  await page.goto(consoleUrl + 'users?role=OFFICER');
  await page.getByTestId('users-table-row').first().waitFor({ timeout: 30_000 });
  const { users } = await graphql(token, '{ users(first: 100, role: OFFICER) { totalCount nodes { userName } } }');
  assert.deepEqual(await page.getByTestId('users-table-row').locator('td:first-child').allTextContents(), users.nodes.map((user) => user.userName));
  assert.match(await page.textContent('[data-testid=users-shown]'), new RegExp(`dari ${users.totalCount} akun`));
  for (const roles of await page.getByTestId('users-table-row').locator('td:nth-child(3)').allTextContents()) assert.match(roles, /Petugas/);

  await page.fill('[data-testid=users-search]', userName.toUpperCase());
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=users-table-row]').length === 1, null, { timeout: 10_000 });
  assert.equal(await page.getByTestId('users-table-row').locator('td').first().textContent(), userName);
  await page.selectOption('[data-testid=users-role]', 'CITY_ADMIN');
  await page.getByText('Belum ada pengguna.').waitFor({ timeout: 10_000 });
  await assertAccessible(page, 'users filtered');
});

test('the audit log names the changes, filtered by who, what and when', async () => {
  await page.goto(consoleUrl + 'users/audit');
  await page.getByTestId('audit-table-row').first().waitFor({ timeout: 30_000 });
  // the action applies at once and the actor after its pause, each resetting the table: wait for the answer to both
  const bothFiltersAnswered = page.waitForResponse((response) => {
    const body = response.request().postData() ?? '';
    return body.includes('"actor":"Admin Diskominfo"') && body.includes('"action":"user.disabled"');
  }, { timeout: 10_000 });
  await page.fill('[data-testid=audit-actor]', 'Admin Diskominfo');
  await page.selectOption('[data-testid=audit-action]', 'user.disabled');
  await bothFiltersAnswered;
  const rows = page.getByTestId('audit-table-row');
  const { auditLog } = await graphql(token, '{ auditLog(actor: "Admin Diskominfo", action: "user.disabled", order: NEWEST_FIRST, first: 100) { nodes { target } } }');
  const expected = auditLog.nodes.map((entry) => entry.target);
  await page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll('[data-testid=audit-table-row] td:nth-child(4)')]
    .map((cell) => cell.textContent)) === JSON.stringify(want), expected, { timeout: 10_000 }).catch(() => {});
  assert.deepEqual(await rows.locator('td:nth-child(4)').allTextContents(), expected, 'newest first, as the API filters');
  for (const cells of await Promise.all((await rows.all()).map((row) => row.locator('td').allTextContents()))) {
    assert.equal(cells[2], 'user.disabled');
    assert.match(cells[1], /Admin Diskominfo/);
  }
  assert.equal(auditLog.nodes[0].target, userName, 'the latest change on top');
  await page.fill('[data-testid=audit-to]', '2020-01-01');
  await page.getByText('Tidak ada perubahan yang cocok.').waitFor();
  await assertAccessible(page, 'audit log');
  await page.fill('[data-testid=audit-to]', '');
  await page.screenshot({ path: new URL('users-audit.png', docs).pathname });
});

test('at 360 px the users, the form and the audit log fit the screen', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  await signIn(small, cityAdmin, 'users');
  for (const [path, ready] of [['users', 'users-shown'], ['users/new', 'user-form'], ['users/audit', 'audit-table-row']]) {
    await small.goto(consoleUrl + path);
    await small.getByTestId(ready).first().waitFor({ timeout: 30_000 });
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path}: ${overflow} px too wide at 360 px`);
  }
  await phone.close();
});
