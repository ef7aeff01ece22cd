// Antrian in a real browser against the seeded API (tests/console/run.sh): a citizen's ONLINE submission through the
// API reaches the officer's open queue page within 2 s without a reload (requestQueueChanged over graphql-ws); the
// officer verifies and completes it on the request's page; two officers on one request: the second one's action gets
// the CONFLICT message and, after reload, the right state; axe, 360 px, English, screenshots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { accessTokenOf, api, assertAccessible, consoleUrl, graphql, launch, officer, signIn } from './lib.mjs';

const docs = new URL('../../docs/console/', import.meta.url);
const village = '64.72.01.1001';
const kecamatanOfficer = { userName: 'petugas.palaran', password: 'Algoritma-2026' };
const run = Date.now();
const citizen = { userName: `konsol.antrian.${run}@samarinda.test`, password: 'Algoritma-2026' };

let browser;
let page;
let officerToken;
let citizenToken;

async function submitOnline(key) {
  const data = await graphql(citizenToken, `mutation ($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) { request { id trackingCode version status } errors { code message } } }`,
  { input: { service: 'domisili', unit: village, channel: 'ONLINE', documents: ['ktp', 'kk', 'pengantar_rt'], idempotencyKey: `konsol-${run}-${key}` } });
  assert.deepEqual(data.submitServiceRequest.errors, []);
  return data.submitServiceRequest.request;
}

/** The queue as shown: its rows, or its designed empty state. */
async function queueShown() {
  await page.locator('[data-testid=queue-table-row], .state-empty').first().waitFor({ timeout: 30_000 });
}

async function requestOf(id) {
  const data = await graphql(officerToken, 'query ($id: ID!) { node(id: $id) { ... on ServiceRequest { status version history { event } } } }', { id });
  return data.node;
}

before(async () => {
  assert.ok(api, 'ALGORITMA_CONSOLE_API_URL is not set: run tests/console/run.sh');
  browser = await launch();
  // a citizen of Rawa Makmur's kecamatan registers through the API and signs in through the platform's login page
  // NIK: kecamatan 64.72.01, birth date DDMMYY, a serial; both from the run so reruns register someone new
  const nik = `647201${String(10 + (run % 18)).padStart(2, '0')}0890${String(1 + (run % 9999)).padStart(4, '0')}`;
  const registered = await fetch(`${api}/t/samarinda/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { userName errors { code message } } }',
      variables: { input: { nik, name: 'Warga Uji Antrian', email: citizen.userName, password: citizen.password } },
    }),
  }).then((response) => response.json());
  assert.deepEqual(registered.data.registerCitizen.errors, [], JSON.stringify(registered));
  const citizenContext = await browser.newContext();
  const citizenPage = await citizenContext.newPage();
  await signIn(citizenPage, citizen, 'queue');
  citizenToken = await accessTokenOf(citizenPage);
  await citizenContext.close();

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
  page = await context.newPage();
  await signIn(page, officer, 'queue');
  officerToken = await accessTokenOf(page);
});

after(async () => {
  await browser?.close();
});

test("the queue lists the officer's requests newest first, as the API answers", async () => {
  await submitOnline('listed');
  await page.goto(consoleUrl + 'queue');
  await page.getByTestId('queue-table-row').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.textContent('main h1'), 'Antrian');
  const data = await graphql(officerToken, '{ requests(first: 100) { totalCount nodes { trackingCode unitCode } } }');
  const codes = await page.getByTestId('queue-link').allTextContents();
  assert.deepEqual(codes, data.requests.nodes.map((request) => request.trackingCode));
  assert.ok(data.requests.nodes.every((request) => request.unitCode === village), 'the officer sees their own unit only');
  assert.match(await page.textContent('[data-testid=queue-count]'), new RegExp(`dari ${data.requests.totalCount} permohonan`));
});

test('a citizen submits ONLINE through the API and the open queue shows it within 2 s without a reload', async () => {
  await page.goto(consoleUrl + 'queue');
  await queueShown();
  await page.evaluate(() => { window.__sameDocument = true; });
  // the socket is open once the queue is shown; give graphql-ws its subscribe round trip
  await page.waitForTimeout(500);
  const request = await submitOnline('live');
  const started = Date.now();
  await page.getByTestId('queue-link').filter({ hasText: request.trackingCode }).waitFor({ timeout: 2_000 });
  const elapsed = Date.now() - started;
  assert.ok(elapsed <= 2_000, `${elapsed} ms`);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
  assert.equal((await page.getByTestId('queue-link').first().textContent()), request.trackingCode, 'newest first');
  const cells = await page.getByTestId('queue-table-row').first().locator('td').allTextContents();
  assert.equal(cells[3], 'Daring');
  assert.equal(cells[4], 'Diajukan');
  assert.match(cells[7], /^sisa \d.* kerja$/);
  const { node } = await graphql(officerToken, 'query ($id: ID!) { node(id: $id) { ... on ServiceRequest { workingTimeLeft } } }', { id: request.id });
  const hours = Math.floor(node.workingTimeLeft / 60);
  assert.ok(cells[7].includes(hours > 0 ? `${hours} jam` : 'menit'), `${cells[7]} shows the API's ${node.workingTimeLeft} working minutes`);
});

test('due today lists what the API lists, a fresh request among them when its deadline is today, with its working time left', async () => {
  const request = await submitOnline('due-today');
  const { node } = await graphql(officerToken, 'query ($id: ID!) { node(id: $id) { ... on ServiceRequest { deadline workingTimeLeft } } }', { id: request.id });
  const day = (instant) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date(instant));
  const dueToday = day(node.deadline) === day(Date.now());
  await page.goto(consoleUrl + 'queue?sla=today');
  await page.getByTestId('screen-queue').waitFor();
  const data = await graphql(officerToken, '{ requests(first: 100, filter: { dueToday: true, slaBreached: false }) { nodes { trackingCode } } }');
  if (data.requests.nodes.length === 0) {
    await page.locator('.state-empty').waitFor({ timeout: 30_000 });
  } else {
    await page.getByTestId('queue-table-row').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await page.getByTestId('queue-link').allTextContents(), data.requests.nodes.map((r) => r.trackingCode));
  }
  assert.equal(data.requests.nodes.some((r) => r.trackingCode === request.trackingCode), dueToday, `deadline ${node.deadline}`);
  if (dueToday) {
    const cells = await page.getByTestId('queue-table-row').filter({ hasText: request.trackingCode }).locator('td').allTextContents();
    assert.match(cells[7], /^sisa \d.* kerja$/);
  }
});

test('filters by status and SLA narrow the queue as the API does', async () => {
  await page.goto(consoleUrl + 'queue?status=COMPLETED&sla=breached');
  await page.getByTestId('screen-queue').waitFor();
  const data = await graphql(officerToken, '{ requests(first: 100, filter: { status: COMPLETED, slaBreached: true }) { nodes { trackingCode } } }');
  if (data.requests.nodes.length === 0) {
    await page.locator('.state-empty').waitFor({ timeout: 30_000 });
  } else {
    await page.getByTestId('queue-table-row').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await page.getByTestId('queue-link').allTextContents(), data.requests.nodes.map((request) => request.trackingCode));
  }
  // by keyboard: the status select back to all
  await page.getByTestId('queue-status').focus();
  await page.keyboard.press('Home');
  await page.waitForURL((url) => !url.search.includes('status='));
});

test('the officer verifies and completes a request on its page; the history and the API agree', async () => {
  const request = await submitOnline('process');
  await page.goto(consoleUrl + 'queue');
  await page.getByTestId('queue-link').filter({ hasText: request.trackingCode }).click();
  await page.getByTestId('screen-request').waitFor();
  assert.equal(await page.textContent('[data-testid=request-tracking]'), request.trackingCode);
  assert.equal(await page.textContent('[data-testid=request-status]'), 'Diajukan');
  const documents = page.getByTestId('request-document');
  assert.ok(await documents.count() >= 3);
  assert.equal(await page.locator('[data-testid=request-document][data-provided=true]').count(), 3);
  await assertAccessible(page, 'a request page');
  await page.getByTestId('action-verify').click();
  await page.getByTestId('request-done').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=request-status]')?.textContent === 'Diverifikasi');
  await page.getByTestId('action-complete').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=request-status]')?.textContent === 'Selesai');
  const after = await requestOf(request.id);
  assert.equal(after.status, 'COMPLETED');
  assert.deepEqual(after.history.map((step) => step.event), ['SUBMITTED', 'VERIFIED', 'COMPLETED']);
  assert.equal(await page.getByTestId('request-history-row').count(), 3);
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('queue-request.png', docs).pathname, fullPage: true });
});

test("two officers on one request: the second one's action gets the conflict message and, after reload, the right state", async () => {
  const request = await submitOnline('conflict');
  const otherContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const second = await otherContext.newPage();
  await signIn(second, kecamatanOfficer, `queue/${encodeURIComponent(request.id)}`);
  await second.getByTestId('action-reject').waitFor({ timeout: 30_000 });
  await page.goto(consoleUrl + `queue/${encodeURIComponent(request.id)}`);
  await page.getByTestId('action-verify').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=request-status]')?.textContent === 'Diverifikasi');

  // the second officer still sees it submitted and rejects it: refused, explained, the reason kept
  await second.getByTestId('action-reject').click();
  await second.getByTestId('reason-text').fill('Surat pengantar RT tidak terbaca');
  await second.getByTestId('reason-submit').click();
  await second.getByTestId('request-conflict').waitFor();
  assert.match(await second.textContent('[data-testid=request-conflict]'), /sudah diubah orang lain/);
  assert.equal(await second.inputValue('[data-testid=reason-text]'), 'Surat pengantar RT tidak terbaca');
  assert.equal((await requestOf(request.id)).status, 'VERIFIED', 'nothing written');

  await second.getByTestId('request-reload').click();
  await second.waitForFunction(() => document.querySelector('[data-testid=request-status]')?.textContent === 'Diverifikasi');
  assert.equal(await second.isVisible('[data-testid=request-conflict]'), false);
  assert.equal(await second.isVisible('[data-testid=action-complete]'), true);
  await otherContext.close();
});

test('axe on the queue; the English switch; 360 px without sideways scrolling; screenshot', async () => {
  await page.goto(consoleUrl + 'queue');
  await page.getByTestId('queue-table-row').first().waitFor({ timeout: 30_000 });
  await assertAccessible(page, 'the queue');
  mkdirSync(docs, { recursive: true });
  await page.screenshot({ path: new URL('queue.png', docs).pathname });
  await page.getByTestId('language').selectOption('en');
  await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Queue');
  assert.equal(await page.getByTestId('queue-table-row').first().locator('td').nth(3).textContent() !== '', true);
  await page.getByTestId('language').selectOption('id');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(300);
  const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(scrolls, false);
  await page.setViewportSize({ width: 1440, height: 900 });
});
