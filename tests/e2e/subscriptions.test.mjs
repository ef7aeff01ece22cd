// Subscriptions with the npm graphql-ws client, across two API processes on one database (run.sh starts both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const first = process.env.ALGORITMA_E2E_URL;
const second = process.env.ALGORITMA_E2E_URL2 ?? first;
const ws = (base, tenant) => `${base.replace(/^http/, 'ws')}/t/${tenant}/graphql`;

// each process issues its own tokens in Development (its own keys and issuer)
async function token(tenant, base = first) {
  const res = await fetch(`${base}/connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: `${tenant}-integration`, client_secret: `dev-${tenant}-integration-secret`, scope: 'api' }),
  });
  return (await res.json()).access_token;
}

async function recordCounter(base, tenant, accessToken, unit, nik) {
  const res = await fetch(`${base}/t/${tenant}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      query: 'mutation ($input: RecordCounterServiceInput!) { recordCounterService(input: $input) { request { trackingCode } errors { code } } }',
      variables: { input: { service: 'domisili', unit, documents: ['ktp', 'kk', 'pengantar_rt'], citizenNik: nik } },
    }),
  });
  const body = await res.json();
  assert.deepEqual(body.data?.recordCounterService?.errors, [], JSON.stringify(body));
  return body.data.recordCounterService.request.trackingCode;
}

function client(url, connectionParams, extra = {}) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true, ...extra });
}

test('a change committed through another API process reaches the subscriber, and samarinda never sees makassar', async () => {
  const samarinda = await token('samarinda');
  const makassar = await token('makassar', second);
  const writer = await token('samarinda', second);
  const subscriber = client(ws(first, 'samarinda'), { authorization: `Bearer ${samarinda}` });
  const events = subscriber.iterate({ query: 'subscription { requestQueueChanged { trackingCode } }' });
  const received = events.next();
  await new Promise((resolve) => setTimeout(resolve, 500));

  await recordCounter(second, 'makassar', makassar, '73.71.01.1001', '7371011508900001');
  const code = await recordCounter(second, 'samarinda', writer, '64.72.01.1001', '6472011508900001');

  const { value } = await received;
  assert.equal(value.data.requestQueueChanged.trackingCode, code);
  await events.return();
  await subscriber.dispose();
});

function closeCode(url, connectionParams, send) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.on('open', () => send(socket, connectionParams));
    socket.on('close', (code) => resolve(code));
  });
}

test('close codes: 4403 bad token, 4400 bad message, 4401 early subscribe, 4409 duplicate id, 4429 second init; ping gets pong', async () => {
  const url = ws(first, 'samarinda');
  const init = (socket, payload) => socket.send(JSON.stringify({ type: 'connection_init', payload }));
  assert.equal(await closeCode(url, { authorization: 'Bearer nope' }, init), 4403);
  assert.equal(await closeCode(url, {}, (s) => s.send('{"type":"nonsense"}')), 4400);
  assert.equal(await closeCode(url, {}, (s) => s.send('{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}')), 4401);
  assert.equal(await closeCode(url, {}, (s) => { init(s); init(s); }), 4429);
  const samarinda = await token('samarinda');
  assert.equal(await closeCode(url, { authorization: `Bearer ${samarinda}` }, (s, p) => {
    init(s, p);
    s.on('message', (m) => {
      if (JSON.parse(m).type !== 'connection_ack') return;
      const subscribe = JSON.stringify({ id: 'same', type: 'subscribe', payload: { query: 'subscription { requestQueueChanged { trackingCode } }' } });
      s.send(subscribe);
      s.send(subscribe);
    });
  }), 4409);

  const pong = await new Promise((resolve) => {
    const c = client(url, {}, { on: { pong: (received) => resolve(received) } });
    c.on('connected', (socket) => socket.send(JSON.stringify({ type: 'ping' })));
    c.iterate({ query: '{ __typename }' }).next().then(() => {});
    setTimeout(() => { c.dispose(); }, 2000);
  });
  assert.equal(pong, true);
});
