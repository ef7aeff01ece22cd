// The load driver of bench/load.sh: one scenario against each of its sides (the platform's GraphQL endpoint, the raw
// ASP.NET Core + Npgsql twin in bench/raw, and for the regions tree and the officer queue PostGraphile 5 in
// bench/postgraphile on the same database) for a fixed time, with autocannon. Prints one JSON line per target: requests/s,
// p50/p99 latency (ms), errors (HTTP failures, timeouts, and answers with GraphQL `errors` or a payload error), the
// server's peak resident memory, and for writes the ids it was given (so the caller can count the streams).
//   node load.mjs setup                       signs in an officer and citizens; prints the session JSON
//   node load.mjs SCENARIO [SIDE...]          every side, interleaved (or the ones named, to profile one); reads that JSON from LOAD_SESSION
// Environment: LOAD_API_URL, LOAD_RAW_URL, LOAD_PGL_URL (PostGraphile; its sides are left out without it), LOAD_SECONDS (15),
// LOAD_WARMUP (at most 60 s), LOAD_PROCESS_WARMUP (30 s in all), LOAD_CONNECTIONS (8), LOAD_SERVER_PID, LOAD_RAW_PID and LOAD_PGL_PID
// (for memory), LOAD_IDS (for writes: each side's ids into LOAD_IDS-platform, LOAD_IDS-raw).
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import * as oidc from 'openid-client';
import { signInWith } from '../tests/e2e/sign-in.mjs';

const TENANT = 'samarinda';
const KELURAHAN = '64.72.01.1001'; // Rawa Makmur, Palaran
const KECAMATAN = '64.72.01'; // Palaran: the officer's scope
const DASHBOARD = { from: '2025-11-24', to: '2026-11-28' }; // twelve months by WEEK
const CITIZENS = 20;
const api = process.env.LOAD_API_URL;
const raw = process.env.LOAD_RAW_URL;
const peer = process.env.LOAD_PGL_URL;
const query = (name) => readFileSync(new URL(`raw/queries/${name}.graphql`, import.meta.url), 'utf8');
const peerQuery = (name) => readFileSync(new URL(`postgraphile/queries/${name}.graphql`, import.meta.url), 'utf8');
/** The sides a scenario can name beside the platform: the raw twin and PostGraphile 5 (bench/postgraphile). */
const SIDES = ['platform', 'raw', 'postgraphile'];
// platform-only documents (no raw twin answers them)
const platformQuery = (name) => readFileSync(new URL(`queries/${name}.graphql`, import.meta.url), 'utf8');

async function graphql(token, document, variables) {
  const res = await fetch(`${api}/t/${TENANT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The officer of Palaran, a city admin (the dashboard's reader) and citizens who submit ONLINE, each with a token. */
async function setup() {
  const insecure = { execute: [oidc.allowInsecureRequests] };
  const signIn = async (clientId, redirect, userName, password) => {
    const config = await oidc.discovery(new URL(api), clientId, undefined, oidc.None(), insecure);
    const { tokens, failed } = await signInWith(oidc, api, config, redirect, userName, password);
    if (!tokens) throw new Error(`${userName} could not sign in (${failed})`);
    return tokens.access_token;
  };
  const admin = await oidc.clientCredentialsGrant(
    await oidc.discovery(new URL(api), `${TENANT}-integration`, `dev-${TENANT}-integration-secret`, undefined, insecure), { scope: 'api' });
  const officer = await signIn(`${TENANT}-officer-app`, 'http://127.0.0.1:8765/callback', 'petugas.palaran', 'Algoritma-2026');
  const citizens = [];
  for (let i = 0; i < CITIZENS; i++) {
    const email = `beban.warga${i}@contoh.id`;
    const password = 'Beban-Warga-2026';
    const nik = `647201010170${7000 + i}`; // registered in Palaran, born 1 Jan 1970
    const { registerCitizen } = await graphql(null, `mutation($input: RegisterCitizenInput!) { registerCitizen(input: $input) { userName errors { code } } }`,
      { input: { nik, name: `Warga Beban ${i}`, email, password } });
    const again = ['DUPLICATE_USER', 'NIK_ALREADY_REGISTERED']; // registered by an earlier run on this database
    if (registerCitizen.errors.some((e) => !again.includes(e.code))) throw new Error(JSON.stringify(registerCitizen.errors));
    citizens.push(await signIn(`${TENANT}-portal`, 'http://localhost:5173/callback', email, password));
  }
  const { services } = await graphql(null, `{ services(unit: "${KELURAHAN}", channel: ONLINE, first: 1) { nodes { code standard { requirements { code required } } } } }`);
  const service = services.nodes[0];
  const submit = { service: service.code, unit: KELURAHAN, channel: 'ONLINE', documents: service.standard.requirements.filter((r) => r.required).map((r) => r.code) };
  // the seed's simulated campaign, whose progress the whole dashboard shows (null on a data set without one)
  const { campaigns } = await graphql(admin.access_token, '{ campaigns(first: 1) { nodes { id } } }');
  const campaign = campaigns.nodes[0]?.id ?? null;
  return { admin: admin.access_token, officer, citizens, submit, campaign };
}

/** Each scenario: the platform's request and its peers' (raw twin, PostGraphile), and whether an answer is a success. */
function scenarios(session) {
  const post = (token, document, variables) => ({
    url: `${api}/t/${TENANT}/graphql`, method: 'POST', token,
    body: JSON.stringify({ query: document, variables }),
  });
  const answered = (json) => json.data && !json.errors;
  const postgraphile = (name, variables) => ({ url: `${peer}/graphql`, method: 'POST', body: JSON.stringify({ query: peerQuery(name), variables }) });
  let citizen = 0;
  // the whole dashboard in one request (bench/queries/dashboard.graphql): the platform only, no raw twin
  const wholeDashboard = {
    platform: post(session.admin, platformQuery('dashboard'), { ...DASHBOARD, campaign: session.campaign }),
    raw: null,
    ok: (json) => answered(json) && json.data.campaign?.progress != null,
  };
  // citizens take turns, so the writes spread over many citizens and every one is a new stream
  const submission = { ...post(null, query('submit'), { input: session.submit }), token: () => session.citizens[citizen++ % session.citizens.length] };
  const submitted = (json) => answered(json) && json.data.submitServiceRequest.errors.length === 0;
  return {
    catalog: {
      platform: post(null, query('catalog'), { unit: KELURAHAN, first: 20 }),
      raw: { url: `${raw}/raw/${TENANT}/services?unit=${KELURAHAN}&first=20`, method: 'GET' },
      ok: answered,
    },
    officer: {
      platform: post(session.officer, query('officer-queue'), { filter: { unit: KECAMATAN, status: 'SUBMITTED' }, first: 20 }),
      raw: { url: `${raw}/raw/${TENANT}/requests?unit=${KECAMATAN}&status=SUBMITTED&first=20`, method: 'GET' },
      postgraphile: postgraphile('officer-queue', { unit: KECAMATAN, status: 0, first: 20 }),
      ok: answered,
    },
    regions: {
      platform: post(null, query('regions'), {}),
      postgraphile: postgraphile('regions', {}),
      ok: answered,
    },
    dashboard: {
      platform: post(session.admin, query('dashboard'), DASHBOARD),
      raw: { url: `${raw}/raw/${TENANT}/adoption?from=${DASHBOARD.from}&to=${DASHBOARD.to}`, method: 'GET' },
      ok: answered,
    },
    'dashboard-full': wholeDashboard,
    // the whole dashboard while citizens submit at LOAD_LIVE_WRITES/s (default 5): each projected submission moves the
    // tenant's data version, so the kept answers are read again about once a second, as in a city in service
    'dashboard-live': { ...wholeDashboard, alongside: { ...submission, rate: Number(process.env.LOAD_LIVE_WRITES ?? 5), ok: submitted } },
    submit: {
      platform: submission,
      raw: { url: `${raw}/raw/${TENANT}/events`, method: 'POST', body: JSON.stringify(session.submit) },
      ok: submitted,
      // the global node id is base64 of "ServiceRequest:{tenant}:{stream id}": the stream id is what gets counted
      id: (json) => Buffer.from(json.data.submitServiceRequest.request.id, 'base64').toString().split(':').at(-1),
      rawId: (json) => json.id,
    },
  };
}

function residentMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024);
}

// per side, the ids every write was given and the requests sent, warm-up included: the caller compares them with the
// streams it counts (requests still in flight when the time is up are sent but never answered)
const writes = Object.fromEntries(SIDES.map((side) => [side, { ids: [], sent: 0 }]));

// per side, the first few answers counted as errors (status and the start of the body, or the connection error), warm-up
// included: a count alone does not say whether the side failed, timed out or answered a GraphQL error
const FAILURES_KEPT = 5;
const failures = Object.fromEntries(SIDES.map((side) => [side, { count: 0, first: [] }]));
function keepFailure(target, failure) {
  const kept = failures[target];
  kept.count++;
  if (kept.first.length < FAILURES_KEPT) kept.first.push(failure);
}
const excerpt = (body) => (body === undefined ? null : String(body).slice(0, 400));

/** What the measured slices of one side add up to. */
function tally() {
  return { seconds: 0, requests: 0, errors: 0, latencies: [], peak: null };
}

const headers = (token) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });

/** What the writes beside a read scenario (its `alongside`) add up to. */
const alongside = { sent: 0, answered: 0, failed: 0 };

/** One connection sending the scenario's `alongside` request at its rate for `seconds`, beside the measured side. */
function writeAlongside(request, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({
      url: request.url, duration: seconds, connections: 1, overallRate: request.rate,
      requests: [{
        method: request.method,
        body: request.body,
        setupRequest: (req) => {
          alongside.sent++;
          return { ...req, headers: headers(request.token()) };
        },
        onResponse: (status, body) => {
          let ok = false;
          try { ok = status >= 200 && status <= 299 && request.ok(JSON.parse(body)); } catch { ok = false; }
          if (ok) alongside.answered++; else alongside.failed++;
        },
      }],
    }, (error, done) => (error ? reject(error) : resolve(done)));
  });
}

/** Serves one side for `seconds`; adds its requests, errors, latencies (ms) and peak memory to `into`. */
async function drive(scenario, target, seconds, into = tally()) {
  const writer = scenario.alongside && target === 'platform' ? writeAlongside(scenario.alongside, seconds) : null;
  const request = scenario[target];
  const isRaw = target === 'raw';
  // PostGraphile answers GraphQL as the platform does; the raw twin's JSON has no errors member
  const ok = isRaw ? () => true : scenario.ok;
  const idOf = isRaw ? scenario.rawId : scenario.id;
  const written = writes[target];
  let failed = 0;
  const pid = { platform: process.env.LOAD_SERVER_PID, raw: process.env.LOAD_RAW_PID, postgraphile: process.env.LOAD_PGL_PID }[target];
  const sample = () => { if (pid) into.peak = Math.max(into.peak ?? 0, residentMiB(pid)); };
  sample();
  const sampler = setInterval(sample, 200);
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({
      url: request.url,
      duration: seconds,
      connections: Number(process.env.LOAD_CONNECTIONS ?? 8),
      requests: [{
        method: request.method,
        body: request.body,
        setupRequest: (req) => {
          written.sent++;
          return { ...req, headers: headers(typeof request.token === 'function' ? request.token() : request.token) };
        },
        onResponse: (status, body) => {
          if (status < 200 || status > 299) { // autocannon counts these
            keepFailure(target, { status, body: excerpt(body) });
            return;
          }
          try {
            const json = JSON.parse(body);
            if (!ok(json)) {
              failed++;
              keepFailure(target, { status, body: excerpt(body) });
            } else if (idOf) written.ids.push(idOf(json));
          } catch (error) {
            failed++;
            keepFailure(target, { status, body: excerpt(body), error: String(error) });
          }
        },
      }],
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (client, status, bytes, responseTime) => into.latencies.push(responseTime));
    instance.on('reqError', (error) => keepFailure(target, { error: String(error?.message ?? error) }));
  });
  clearInterval(sampler);
  await writer;
  into.seconds += seconds;
  into.requests += result.requests.total;
  into.errors += result.errors + result.non2xx + failed; // autocannon counts a timeout among its errors too
  return { rps: result.requests.total / seconds };
}

function percentile(sorted, p) {
  return sorted.length === 0 ? null : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] * 10) / 10;
}

function summary(target, measured, warmupSeconds, isWrite) {
  const sorted = measured.latencies.sort((a, b) => a - b);
  const written = writes[target];
  return {
    target,
    warmupSeconds,
    requests: measured.requests,
    rps: Math.round(measured.requests / measured.seconds),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors: measured.errors,
    rssMiB: measured.peak,
    ...(failures[target].count > 0 ? { failuresSeen: failures[target].count, firstFailures: failures[target].first } : {}),
    ...(isWrite ? { sent: written.sent, written: written.ids.length, distinctIds: new Set(written.ids).size } : {}),
    ...(alongside.sent > 0 ? { writesAlongside: { ...alongside } } : {}),
  };
}

/**
 * Serves the scenario in 5 s slices until its rate stops rising (a slice no more than 5% above the best before it), at
 * least LOAD_WARMUP_MIN seconds (10; 45 for a write, which the process's warm-up leaves out) and at most LOAD_WARMUP;
 * returns the seconds spent. A fresh platform process keeps compiling for 30-50 s of a scenario's load on 2 cores
 * (submit: 259, 348, 404, 641, 713, 718 req/s in consecutive 10 s windows), the raw twin for about 10 s: a fixed
 * warm-up measured the platform mid-compile, and so did a stop after two slices (submit 840 req/s after 20 s of
 * warm-up, 1,114 after 45 s; the raw twin 2,231 and 2,450).
 */
async function warmUp(scenario, target, isWrite) {
  const slice = 5;
  const limit = Number(process.env.LOAD_WARMUP ?? 60);
  const least = Number(process.env.LOAD_WARMUP_MIN ?? (isWrite ? 45 : 2 * slice));
  let best = 0;
  for (let spent = slice; ; spent += slice) {
    const { rps } = await drive(scenario, target, slice);
    if ((spent >= least && rps <= best * 1.05) || spent >= limit) return spent;
    best = Math.max(best, rps);
  }
}

/**
 * Every side, each warmed up, then measured in ROUNDS alternating slices (platform, raw, platform, raw, ...) that add up
 * to LOAD_SECONDS per side: a checkpoint, a neighbour's burst or a drifting clock falls on both sides, not on one.
 */
async function measure(scenario, isWrite, targets) {
  const warmed = {};
  const measured = {};
  for (const target of targets) {
    warmed[target] = await warmUp(scenario, target, isWrite);
    measured[target] = tally();
  }
  const rounds = 3;
  const slice = Number(process.env.LOAD_SECONDS ?? 15) / rounds;
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) await drive(scenario, target, slice, measured[target]);
  }
  return targets.map((target) => summary(target, measured[target], warmed[target], isWrite));
}

/** The sides a scenario is served by; PostGraphile only when bench/load.sh started it (LOAD_PGL_URL). */
function sidesOf(scenario) {
  return SIDES.filter((side) => scenario[side] && (side !== 'postgraphile' || peer));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'setup') {
  console.log(JSON.stringify(await setup()));
} else if (command === 'warm') {
  // a process's first minute is mostly the JIT compiling (dotnet.jit.compilation.time 0.67 s/s on 2 cores): both
  // sides serve the read scenarios the process will measure for LOAD_PROCESS_WARMUP seconds in all (at least 5 s each)
  // before any is measured: with 5 s each, the first scenario of a one-scenario run was measured mid-compile (the whole
  // dashboard at 1M: p99 90.8-111.5 ms first, 36.1-45.1 ms second in the same process)
  const session = JSON.parse(readFileSync(process.env.LOAD_SESSION, 'utf8'));
  const seconds = Math.max(5, Number(process.env.LOAD_PROCESS_WARMUP ?? 30) / Math.max(rest.length, 1));
  for (const name of rest) {
    const scenario = scenarios(session)[name];
    for (const side of sidesOf(scenario)) await drive(scenario, side, seconds);
  }
} else {
  const session = JSON.parse(readFileSync(process.env.LOAD_SESSION, 'utf8'));
  const scenario = scenarios(session)[command];
  const targets = rest.length > 0 ? rest : scenario ? sidesOf(scenario) : [];
  if (!scenario || targets.some((t) => !sidesOf(scenario).includes(t))) {
    throw new Error('usage: node load.mjs setup | node load.mjs warm SCENARIO... | node load.mjs catalog|officer|regions|dashboard|dashboard-full|dashboard-live|submit [platform|raw|postgraphile]');
  }
  const isWrite = Boolean(scenario.id);
  const results = await measure(scenario, isWrite, targets);
  if (isWrite && process.env.LOAD_IDS) {
    for (const target of targets) writeFileSync(`${process.env.LOAD_IDS}-${target}`, `{${writes[target].ids.join(',')}}`);
  }
  for (const result of results) console.log(JSON.stringify({ scenario: command, ...result }));
}
