// Helpers of the console's browser tests: sign-in through the platform's login page, the page's own token, GraphQL
// asked directly, and the figures formatted as the console formats them (id-ID).
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const api = process.env.ALGORITMA_CONSOLE_API_URL;
export const tenant = 'samarinda';
// The host serves the console at /t/{tenant}/console/; ALGORITMA_CONSOLE_URL points elsewhere (e.g. vite preview).
export const consoleUrl = process.env.ALGORITMA_CONSOLE_URL ?? `${api}/t/${tenant}/console/`;
export const manager = { userName: 'manajer.samarinda', password: 'Algoritma-2026', displayName: 'Manajer Program Algoritma' };
export const officer = { userName: 'petugas.rawamakmur', password: 'Algoritma-2026' };
// The platform admin's console: /console/ on the API's own address (no tenant claims 127.0.0.1).
export const platformConsoleUrl = `${api}/console/`;
export const platformAdmin = { userName: 'platform.admin', password: 'Algoritma-2026', displayName: 'Platform Administrator' };
export const cityAdmin = { userName: 'admin.samarinda', password: 'Algoritma-2026', displayName: 'Admin Diskominfo Samarinda' };

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
}

/** Opens the console (the tenant's, or the one at `base`), is sent to the platform's login page, signs in, and waits for the shell. */
export async function signIn(page, user, path = 'overview', base = consoleUrl) {
  await page.goto(base + path);
  await page.waitForURL(/\/account\/login/, { timeout: 30_000 });
  await page.fill('#username', user.userName);
  await page.fill('#password', user.password);
  await page.click('button[type=submit]');
  await page.waitForURL((url) => url.href.startsWith(base) && !url.pathname.endsWith('/callback'), { timeout: 30_000 });
  await page.waitForSelector('[data-testid=user-name]', { timeout: 30_000 });
}

/** The access token oidc-client-ts keeps in the page's session storage. */
export async function accessTokenOf(page) {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    return key ? JSON.parse(sessionStorage.getItem(key)).access_token : null;
  });
}

export async function graphql(token, query, variables) {
  const response = await fetch(`${api}/t/${tenant}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export function percent(ratio) {
  if (ratio === null) return '—';
  return `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ratio * 100)}\u00a0%`;
}

export function count(value) {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(value);
}

/** Monday of the tenant's current ISO week, and N weeks before it. */
export function lastCompleteWeeks(weeks, timeZone = 'Asia/Makassar') {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  const from = new Date(monday.getTime() - weeks * 7 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: monday.toISOString().slice(0, 10) };
}

/** GraphQL as anyone on the internet asks it: no token. */
export async function publicGraphql(query, variables) {
  const response = await fetch(`${api}/t/${tenant}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The console's accessibility bar: axe-core (WCAG 2.1 A and AA) finds no serious or critical violation on the page. */
export async function assertAccessible(page, where) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
  assert.deepEqual(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`), [], where);
}
