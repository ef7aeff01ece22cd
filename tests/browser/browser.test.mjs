// A real browser (Debian's chromium, driven by playwright-core) against the API that run.sh started:
// a page on the portal client's registered origin signs in with code + PKCE and queries GraphQL; the same page on an
// origin nobody registered is blocked by CORS; GraphiQL loads from the platform and runs a query.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const api = process.env.ALGORITMA_BROWSER_API_URL;
const allowedOrigin = 'http://localhost:5173'; // samarinda-portal's redirect URI is http://localhost:5173/callback
const strangerOrigin = 'http://localhost:5175'; // no samarinda client redirects there, and no origins: lists it
const appDir = new URL('./app/', import.meta.url);

let browser;
const servers = [];

function serveApp(port) {
  const html = readFileSync(new URL('index.html', appDir), 'utf8').replace('%API%', api);
  const script = readFileSync(new URL('app.js', appDir));
  const server = createServer((request, response) => {
    const isScript = request.url === '/app.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(isScript ? script : html);
  });
  servers.push(server);
  return new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
}

async function result(page) {
  await page.waitForFunction(() => document.getElementById('result')?.textContent, null, { timeout: 30_000 });
  return JSON.parse(await page.textContent('#result'));
}

before(async () => {
  assert.ok(api, 'ALGORITMA_BROWSER_API_URL is not set: run tests/browser/run.sh');
  await serveApp(5173);
  await serveApp(5175);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

test('a page on the registered origin signs in with code + PKCE and queries GraphQL', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${allowedOrigin}/`);
  await page.waitForURL(/\/account\/login/, { timeout: 30_000 });
  await page.fill('#username', 'manajer.samarinda');
  await page.fill('#password', 'Algoritma-2026');
  await page.click('button[type=submit]');
  await page.waitForURL(`${allowedOrigin}/callback**`, { timeout: 30_000 });

  const answer = await result(page);

  assert.equal(answer.ok, true, JSON.stringify(answer));
  assert.deepEqual(answer.data, { me: { roles: ['PROGRAM_MANAGER'], tenant: 'samarinda' } });
  await context.close();
});

test('the same page on another origin is blocked by CORS', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const corsErrors = [];
  page.on('console', (message) => { if (/CORS policy/.test(message.text())) corsErrors.push(message.text()); });
  await page.goto(`${strangerOrigin}/`);

  const answer = await result(page);

  assert.deepEqual(answer, { ok: false, calls: ['discovery: TypeError', 'graphql: TypeError'] });
  assert.ok(corsErrors.some((e) => e.includes('openid-configuration')), corsErrors.join('\n'));
  assert.ok(corsErrors.some((e) => e.includes('/t/samarinda/graphql')), corsErrors.join('\n'));
  await context.close();
});

test('GraphiQL loads from the platform on a tenant route and runs { __typename }', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = [];
  const failures = [];
  page.on('request', (request) => { if (!request.url().startsWith(api)) foreign.push(request.url()); });
  page.on('pageerror', (error) => failures.push(String(error)));
  await page.goto(`${api}/t/samarinda/graphql`);
  await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });

  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.textContent.includes('"__typename": "Query"'), null, { timeout: 30_000 });

  assert.deepEqual(foreign, [], 'every asset comes from the platform (no CDN)');
  assert.deepEqual(failures, []);
  await context.close();
});
