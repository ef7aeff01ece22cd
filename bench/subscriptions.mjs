// Subscription delivery latency (issue 21): SUBSCRIBERS sockets on API process A, each with one
// requestQueueChanged subscription (a city admin: every request is in scope, so every change is delivered to every
// subscriber, each re-reading it under its own authorization); COMMITS counter services recorded one after another
// through API process B. Latency: from the moment B's mutation answered (its events committed) to each subscriber's
// `next`. Prints one JSON line. Env: BENCH_URL_A, BENCH_URL_B, SUBSCRIBERS (1000), COMMITS (30).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [a, b] = [process.env.BENCH_URL_A, process.env.BENCH_URL_B];
const subscribers = Number(process.env.SUBSCRIBERS ?? 1000);
const commits = Number(process.env.COMMITS ?? 30);

async function token(base) {
  const res = await fetch(`${base}/connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'samarinda-integration', client_secret: 'dev-samarinda-integration-secret', scope: 'api' }),
  });
  return (await res.json()).access_token;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const subscriberToken = await token(a);
const writerToken = await token(b);
const waiting = new Map(); // tracking code -> { committedAt, left, resolve }
const samples = [];
const early = new Map(); // tracking code -> arrival times seen before the mutation answered
const clients = [];
let ready = 0;

for (let i = 0; i < subscribers; i++) {
  const client = createClient({
    url: `${a.replace(/^http/, 'ws')}/t/samarinda/graphql`, webSocketImpl: WebSocket, retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${subscriberToken}` },
    on: { connected: () => { ready++; } },
  });
  clients.push(client);
  client.subscribe({ query: 'subscription { requestQueueChanged { trackingCode } }' }, {
    next: ({ data }) => {
      const at = performance.now();
      const code = data.requestQueueChanged.trackingCode;
      const entry = waiting.get(code);
      if (!entry) { early.set(code, [...(early.get(code) ?? []), at]); return; }
      samples.push(at - entry.committedAt);
      if (--entry.left === 0) entry.resolve();
    },
    error: (e) => { console.error('subscription error', JSON.stringify(e)); },
    complete: () => {},
  });
}
while (ready < subscribers) await new Promise((r) => setTimeout(r, 50));
await new Promise((r) => setTimeout(r, 2000)); // every subscribe processed

const mutation = 'mutation ($input: RecordCounterServiceInput!) { recordCounterService(input: $input) { request { trackingCode } errors { code } } }';
const rounds = [];
for (let i = 0; i < commits; i++) {
  const started = performance.now();
  const res = await fetch(`${b}/t/samarinda/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${writerToken}` },
    body: JSON.stringify({ query: mutation, variables: { input: { service: 'domisili', unit: '64.72.01.1001', documents: ['ktp', 'kk', 'pengantar_rt'], citizenNik: '6472011508900001' } } }),
  });
  const body = await res.json();
  const committedAt = performance.now();
  const code = body.data.recordCounterService.request.trackingCode;
  let left = subscribers;
  for (const at of early.get(code) ?? []) { samples.push(at - committedAt); left--; }
  await new Promise((resolve) => {
    if (left === 0) { resolve(); return; }
    waiting.set(code, { committedAt, left, resolve });
    setTimeout(resolve, 30_000);
  });
  rounds.push({ commitMs: committedAt - started, allDeliveredMs: performance.now() - committedAt });
}

samples.sort((x, y) => x - y);
const allDelivered = rounds.map((r) => r.allDeliveredMs).sort((x, y) => x - y);
console.log(JSON.stringify({
  subscribers, commits, deliveries: samples.length, expected: subscribers * commits,
  p50: +percentile(samples, 50).toFixed(1), p99: +percentile(samples, 99).toFixed(1), max: +samples[samples.length - 1].toFixed(1),
  lastSubscriberP50: +percentile(allDelivered, 50).toFixed(1),
}));
await Promise.all(clients.map((c) => c.dispose()));
process.exit(0);
