// Persisted documents and HTTP caching as a browser's GraphQL client uses them (docs/persisted-documents.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const base = process.env.ALGORITMA_E2E_URL;
const endpoint = `${base}/t/samarinda/graphql`;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const accept = { accept: 'application/graphql-response+json' };

// the URL Apollo Client's persisted-query link builds for a GET (useGETForHashedQueries)
function apolloGet(hash, query) {
  const url = new URL(endpoint);
  if (query) url.searchParams.set('query', query);
  url.searchParams.set('variables', '{}');
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  return url;
}

test('an automatic persisted query misses, is sent with its text, then runs by hash over GET', async () => {
  const query = `{ kecamatans(first: 2) { nodes { code } } }\n# ${randomUUID()}`;
  const hash = sha256(query);

  const miss = await (await fetch(apolloGet(hash), { headers: accept })).json();
  const retry = await fetch(apolloGet(hash, query), { headers: accept });
  const hit = await fetch(apolloGet(hash), { headers: accept });

  assert.equal(miss.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
  assert.equal(retry.status, 200);
  assert.equal(hit.status, 200);
  assert.deepEqual(await hit.json(), await retry.json());
});

test('a trusted document runs by documentId', async () => {
  const manifest = JSON.parse(readFileSync(new URL('../../schema/operations/trusted-documents.json', import.meta.url), 'utf8'));
  const [id] = Object.entries(manifest).find(([, text]) => text.startsWith('query PublicServices'));
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { ...accept, 'content-type': 'application/json' },
    body: JSON.stringify({ documentId: `sha256:${id}`, variables: { first: 1 } }),
  });
  const body = await res.json();
  assert.equal(res.status, 200);
  assert.equal(body.errors, undefined);
  assert.ok(Array.isArray(body.data.services.nodes));
});

test('an anonymous GET is publicly cacheable and revalidates with 304', async () => {
  const url = new URL(endpoint);
  url.searchParams.set('query', '{ kecamatans(first: 1) { nodes { code } } }');
  const first = await fetch(url, { headers: accept });
  const etag = first.headers.get('etag');
  const second = await fetch(url, { headers: { ...accept, 'if-none-match': etag } });

  assert.match(first.headers.get('cache-control'), /^public, max-age=\d+$/);
  assert.match(etag, /^"[\w-]+"$/);
  assert.equal(second.status, 304);
  assert.equal(await second.text(), '');
});
