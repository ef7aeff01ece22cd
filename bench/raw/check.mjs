// Checks that the raw endpoints serve the same data as the platform's GraphQL queries (Node 20, no dependencies).
//   API_URL=http://127.0.0.1:5080 RAW_URL=http://127.0.0.1:5090 TOKEN=<city admin bearer> FROM=2026-02-02 TO=2026-04-01 \
//     node bench/raw/check.mjs
// Optional: TENANT (samarinda), UNIT (kelurahan of the catalog, 64.72.01.1001), QUEUE_UNIT (64.72.01),
// STATUS (a RequestStatus, e.g. SUBMITTED; empty for every status), FIRST (20).
// FROM/TO default to the 12 weeks before today. Prints OK or the differences per query; exits 1 on any difference.
import { readFileSync } from 'node:fs';

const env = process.env;
const need = (name) => env[name] || (console.error(`set ${name}`), process.exit(2));
const API_URL = need('API_URL').replace(/\/$/, '');
const RAW_URL = need('RAW_URL').replace(/\/$/, '');
const TOKEN = need('TOKEN');
const TENANT = env.TENANT || 'samarinda';
const UNIT = env.UNIT || '64.72.01.1001';
const QUEUE_UNIT = env.QUEUE_UNIT || '64.72.01';
const STATUS = env.STATUS || '';
const FIRST = Number(env.FIRST || 20);
const day = (d) => d.toISOString().slice(0, 10);
const TO = env.TO || day(new Date());
const FROM = env.FROM || day(new Date(Date.parse(TO) - 84 * 86400e3));

const query = (file) => readFileSync(new URL(`queries/${file}`, import.meta.url), 'utf8');

async function graphql(file, variables) {
  const response = await fetch(`${API_URL}/t/${TENANT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: query(file), variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`GraphQL ${file}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return Object.values(body.data)[0];
}

async function raw(path, params) {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
  const response = await fetch(`${RAW_URL}/raw/${encodeURIComponent(TENANT)}/${path}?${search}`);
  if (!response.ok) throw new Error(`raw ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

// every difference between a (GraphQL) and b (raw), as "path: a vs b"
function diff(a, b, path = '$', out = []) {
  if (out.length >= 20) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}.length: ${a.length} vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) diff(a[i], b[i], `${path}[${i}]`, out);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!(key in a) || !(key in b)) out.push(`${path}.${key}: ${key in a ? 'only in GraphQL' : 'only in raw'}`);
      else diff(a[key], b[key], `${path}.${key}`, out);
    }
  } else if (a !== b) {
    out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  return out;
}

// requests submitted at the same instant have no defined order (the platform orders by the instant alone)
function tiesById(connection) {
  const nodes = [...connection.nodes].sort((x, y) =>
    Date.parse(y.submittedAt) - Date.parse(x.submittedAt) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { ...connection, nodes };
}

async function check(name, file, variables, path, params, normalise) {
  try {
    const [platform, limit] = await Promise.all([graphql(file, variables), raw(path, params)]);
    let differences = diff(platform, limit);
    let note = '';
    if (differences.length && normalise) {
      differences = diff(normalise(platform), normalise(limit));
      if (!differences.length) note = ' (requests at the same instant came in another order)';
    }
    const size = Array.isArray(platform) ? platform.length : platform.nodes.length;
    if (differences.length) {
      console.log(`DIFF ${name}:\n  ${differences.join('\n  ')}`);
      return false;
    }
    console.log(`OK   ${name}: ${size} items equal${note}`);
    return true;
  } catch (error) {
    console.log(`FAIL ${name}: ${error.message}`);
    return false;
  }
}

const results = [
  await check(`catalog unit=${UNIT} first=${FIRST}`, 'catalog.graphql', { unit: UNIT, first: FIRST },
    'services', { unit: UNIT, first: FIRST }),
  await check(`officer-queue unit=${QUEUE_UNIT} status=${STATUS || '*'} first=${FIRST}`, 'officer-queue.graphql',
    { filter: { unit: QUEUE_UNIT, ...(STATUS ? { status: STATUS } : {}) }, first: FIRST },
    'requests', { unit: QUEUE_UNIT, status: STATUS, first: FIRST }, tiesById),
  await check(`dashboard ${FROM}..${TO} WEEK`, 'dashboard.graphql', { from: FROM, to: TO },
    'adoption', { from: FROM, to: TO }),
];
process.exit(results.every(Boolean) ? 0 : 1);
