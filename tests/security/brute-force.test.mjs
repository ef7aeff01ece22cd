// Class 5, brute force against the rate limits (run against an API with the limits as configured): sign-in
// guesses for a real and an unknown account, client-secret guesses at /connect/token, registrations and
// tracking-code guesses. Each must meet 429 with Retry-After (and extensions.code RATE_LIMITED where the
// answer is GraphQL or JSON errors) within a bounded number of attempts; nothing may answer 5xx.
import assert from 'node:assert/strict';
import { test, after } from 'node:test';
import * as oidc from 'openid-client';
import { Browser } from '../e2e/sign-in.mjs';
import { base, graphql, send } from './lib/http.mjs';
import { Random } from './lib/prng.mjs';
import { Recorder } from './lib/record.mjs';

const rec = new Recorder('brute-force');
const ATTEMPTS = Number(process.env.SECURITY_BRUTE_FORCE_ATTEMPTS ?? 300);
const LOOKUPS = Number(process.env.SECURITY_BRUTE_FORCE_LOOKUPS ?? 1500);
const CONCURRENCY = 4;
const rng = new Random(process.env.SECURITY_FUZZ_SEED ?? 'algoritma-issue-18');
after(() => rec.save());

/**
 * Sends `attempt(i)` until the first 429 or `max` attempts; returns that 429 (or null) and the count.
 * A 429 is then judged: a Retry-After of seconds or an HTTP date, and RATE_LIMITED if the body has errors.
 */
async function until429(title, max, attempt) {
  let limited = null;
  let count = 0;
  let last = null;
  const statuses = {};
  const worker = async () => {
    while (!limited && count < max) {
      const i = count++;
      const { request, res } = await attempt(i);
      rec.observe(request, res);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      last = { request, res };
      if (res.status === 429 && !limited) limited = { request, res, at: i + 1 };
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (!limited) {
    rec.fail('NO_LIMIT', `${title}: ${count} attempts and no 429 (statuses ${JSON.stringify(statuses)}; the last one below)`, last.request, last.res);
    return null;
  }
  const { request, res, at } = limited;
  const retryAfter = res.headers['retry-after'];
  if (!retryAfter || !(/^\d+$/.test(retryAfter) || !Number.isNaN(Date.parse(retryAfter)))) {
    rec.fail('RETRY_AFTER', `${title}: 429 without a valid Retry-After (${retryAfter ?? 'none'})`, request, res);
  }
  const errors = res.json?.errors;
  if (errors && !errors.some((e) => e?.extensions?.code === 'RATE_LIMITED')) {
    rec.fail('CODE', `${title}: 429 without extensions.code RATE_LIMITED`, request, res);
  }
  rec.note(`${title}: first 429 after ${at} attempts (Retry-After ${retryAfter ?? 'none'})`);
  return limited;
}

/** The login form of the samarinda suite client (created by the fixtures of the first run). */
async function loginForm() {
  const config = await oidc.discovery(base, 'samarinda-suite', undefined, oidc.None(), { execute: [oidc.allowInsecureRequests] });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: 'http://127.0.0.1:8765/callback', scope: 'openid api', code_challenge: 'x'.repeat(43), code_challenge_method: 'S256', state: 's',
  });
  const browser = new Browser(base.href);
  const toLogin = await browser.get(url);
  const page = await browser.get(toLogin.headers.get('location'));
  const html = await page.text();
  const field = html.match(/<input type="hidden" name="([^"]+)" value="([^"]+)">/);
  const returnUrl = html.match(/name="returnUrl" value="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return { field, returnUrl, cookie };
}

function signInGuess(form, userName) {
  return async (i) => {
    const body = new URLSearchParams({ [form.field[1]]: form.field[2], returnUrl: form.returnUrl, username: userName, password: `Wrong-guess-${i}A` }).toString();
    const request = { path: '/account/login', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: form.cookie }, body, who: 'anonymous' };
    return { request, res: await send(request) };
  };
}

test('sign-in guesses against one real account meet 429 with Retry-After', async () => {
  const mark = rec.mark();
  await until429('sign-in (/account/login), real account suite.target', ATTEMPTS, signInGuess(await loginForm(), 'suite.target'));
  rec.assertCleanSince(mark, 'sign-in brute force');
});

test('sign-in guesses against unknown accounts (one per attempt) meet 429 with Retry-After', async () => {
  const mark = rec.mark();
  const form = await loginForm();
  await until429('sign-in (/account/login), a new unknown account each time', ATTEMPTS, (i) => signInGuess(form, `nobody-${i}@example.test`)(i));
  rec.assertCleanSince(mark, 'sign-in spraying');
});

test('client secret guesses at /connect/token meet 429 with Retry-After', async () => {
  const mark = rec.mark();
  await until429('/connect/token client_credentials, wrong secrets', ATTEMPTS, async (i) => {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'samarinda-integration', client_secret: `guess-${i}`, scope: 'api' }).toString();
    const request = { path: '/connect/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, who: 'anonymous' };
    return { request, res: await send(request) };
  });
  rec.assertCleanSince(mark, 'token endpoint brute force');
});

test('registerCitizen by one address meets 429 with Retry-After and RATE_LIMITED', async () => {
  const mark = rec.mark();
  const query = 'mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { userName errors { code } } }';
  await until429('registerCitizen on ponorogo', ATTEMPTS, async (i) => {
    // Invalid on purpose (a 15-digit NIK): nothing is written, the limiter still counts the attempt.
    const variables = { input: { nik: '350201150890091', name: 'Brute', email: `brute-${i}@example.test`, password: 'Brute-force-2026' } };
    const res = await graphql({ tenant: 'ponorogo', query, variables });
    return { request: { path: '/t/ponorogo/graphql', body: JSON.stringify({ query, variables }), who: 'anonymous' }, res };
  });
  rec.assertCleanSince(mark, 'registration flood');
});

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const guess = () => Array.from({ length: 8 }, () => ALPHABET[rng.int(ALPHABET.length)]).join('');

test('tracking-code guesses with requestStatus meet 429 with Retry-After and RATE_LIMITED', async () => {
  const mark = rec.mark();
  const query = 'query ($c: String!) { requestStatus(trackingCode: $c) { status } }';
  await until429('requestStatus guesses on makassar', LOOKUPS, async () => {
    const variables = { c: guess() };
    const res = await graphql({ tenant: 'makassar', query, variables });
    return { request: { path: '/t/makassar/graphql', body: JSON.stringify({ query, variables }), who: 'anonymous' }, res };
  });
  rec.assertCleanSince(mark, 'tracking-code guessing');
});

// the edge refuses a root field selected more than five times in one document (MaxRootFieldRepeats), so five aliases
// is the most guesses one request can carry; the limiter counts each of them
test('tracking-code guesses, 5 aliases a request, meet 429 in fewer requests', async () => {
  const mark = rec.mark();
  await until429('requestStatus guesses, 5 aliases per request, on samarinda', Math.ceil(LOOKUPS / 5), async () => {
    const query = `{ ${Array.from({ length: 5 }, (_, i) => `g${i}: requestStatus(trackingCode: "${guess()}") { status }`).join(' ')} }`;
    const res = await graphql({ tenant: 'samarinda', query });
    return { request: { path: '/t/samarinda/graphql', body: query, who: 'anonymous' }, res };
  });
  rec.assertCleanSince(mark, 'aliased tracking-code guessing');
});

test('50 aliased guesses in one request are refused before any lookup runs', async () => {
  const query = `{ ${Array.from({ length: 50 }, (_, i) => `g${i}: requestStatus(trackingCode: "${guess()}") { status }`).join(' ')} }`;
  const res = await graphql({ tenant: 'ponorogo', query });
  assert.equal(res.status, 400, `50 aliases: ${res.status} ${res.text?.slice(0, 200)}`);
  assert.equal(res.json?.errors?.[0]?.extensions?.code, 'MAX_COMPLEXITY_EXCEEDED');
  assert.equal(res.json?.data, undefined);
});

