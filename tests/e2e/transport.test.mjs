// Protocol details a front-end app relies on, seen from a real HTTP client.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const base = process.env.ALGORITMA_E2E_URL;

test('the platform query answers from PostgreSQL', async () => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ platform { version databaseTime schemaVersion } }' }),
  });
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.errors, undefined);
  assert.match(body.data.platform.schemaVersion, /^\d{14}_/);
  assert.ok(Math.abs(Date.parse(body.data.platform.databaseTime) - Date.now()) < 5 * 60_000);
});

test('a mutation over GET is refused with 405 and Allow: POST', async () => {
  const url = new URL(`${base}/graphql`);
  url.searchParams.set('query', 'mutation { __typename }');
  const res = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
  assert.equal(res.status, 405);
  assert.equal(res.headers.get('allow'), 'POST');
  const body = await res.json();
  assert.equal(body.errors[0].extensions.code, 'METHOD_NOT_ALLOWED');
});

test('health endpoints answer', async () => {
  assert.equal((await fetch(`${base}/health/live`)).status, 200);
  assert.equal((await fetch(`${base}/health/ready`)).status, 200);
});
