// Class 4, the fuzzer: at least 20,000 requests from a fixed seed (mutated documents, variables, headers,
// bodies, content types, methods, tokens and tenant addressing), a few at a time, bounded in time. Request
// #i is a pure function of (seed, i): SECURITY_FUZZ_SEED and the index in a failure replay it.
import { test, after } from 'node:test';
import { ROUTES, address, pool, send } from './lib/http.mjs';
import { ROLES, loadFixtures } from './lib/fixtures.mjs';
import { foreignValues } from './lib/leaks.mjs';
import { mutateBytes, mutateDocument, mutateVariables, randomText } from './lib/mutate.mjs';
import { Random } from './lib/prng.mjs';
import { Recorder } from './lib/record.mjs';
import { documentFor, rootFields, variablesFor } from './lib/schema.mjs';

const fx = await loadFixtures();
const rec = new Recorder('fuzz');
const SEED = process.env.SECURITY_FUZZ_SEED ?? 'algoritma-issue-18';
const COUNT = Number(process.env.SECURITY_FUZZ_REQUESTS ?? 20_000);
const SECONDS = Number(process.env.SECURITY_FUZZ_SECONDS ?? 150);
const CONCURRENCY = Number(process.env.SECURITY_FUZZ_CONCURRENCY ?? 4);
after(() => rec.save());

const HAND_WRITTEN = [
  ['{ __typename }', {}],
  ['query Q($id: ID!) { node(id: $id) { __typename id ... on ServiceRequest { trackingCode unit { code } } } }', { id: '' }],
  ['{ __schema { queryType { name } types { name fields { name } } } }', {}],
  ['{ a: me { subject } b: me { tenant } ...F } fragment F on Query { platform { version } }', {}],
  ['query ($c: String!) { requestStatus(trackingCode: $c) { status history { event } } }', { c: '' }],
  ['mutation { __typename }', {}],
  ['subscription { __typename }', {}],
];

/** Seeds: every root field with real values of one tenant, and a few hand-written shapes. */
const corpus = [
  ...rootFields.flatMap((root) => fx.tenants.map((t) => {
    const overrides = root.field.name === 'campaign' ? { id: t.data.campaign.id } : root.field.name === 'node' ? { id: t.data.requests[0].id } : {};
    return [documentFor(root, { depth: 2 }), root.operation === 'query' ? variablesFor(root.field, t, overrides) : variablesFor(root.field, null)];
  })),
  ...HAND_WRITTEN,
];

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/graphql-response+json', 'application/graphql',
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', '', 'application/*', '*/*;;;'];
const ACCEPTS = ['application/graphql-response+json', 'application/json', '*/*', 'text/html', 'application/xml', '', 'application/graphql-response+json;q=0'];
const METHODS = ['GET', 'GET', 'GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** A token and the tenant it belongs to (undefined: anonymous, or not a token the server could accept). */
function pickToken(rng, tenant) {
  const r = rng.int(10);
  if (r < 6) {
    const member = rng.pick([...ROLES, 'platformAdmin']);
    if (member === 'platformAdmin') return { token: fx.platformAdmin, who: 'platform/platformAdmin', tenant: null };
    return { token: tenant.tokens[member], who: `${tenant.id}/${member}`, tenant: member === 'anonymous' ? undefined : tenant.id };
  }
  if (r < 8) {
    const other = rng.pick(fx.tenants);
    const member = rng.pick(ROLES.slice(1));
    return { token: other.tokens[member], who: `${other.id}/${member}`, tenant: other.id };
  }
  const base = tenant.tokens.admin;
  const garbage = [base.slice(0, -3 - rng.int(40)), `${base.slice(0, 40)}${randomText(rng, 5)}${base.slice(45)}`, 'x', randomText(rng, 200),
    'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwidGVuYW50IjoibWFrYXNzYXIiLCJyb2xlIjoiY2l0eV9hZG1pbiJ9.', ''];
  return { token: rng.pick(garbage), who: 'garbage token', tenant: undefined };
}

/** Route and headers; returns the tenant the platform should resolve (route > host > X-Tenant) or null. */
function pickAddress(rng, tenant) {
  const route = rng.pick([...ROUTES, 'platform', 'both']);
  const other = rng.pick(fx.tenants).id;
  if (route === 'platform') return { ...address(null, null), resolved: null };
  if (route === 'both') {
    return { path: `/t/${tenant.id}/graphql`, headers: { 'x-tenant': other, ...(rng.chance(0.5) ? { host: `${other}.localhost` } : {}) }, resolved: tenant.id };
  }
  const a = address(route, tenant.id);
  if (rng.chance(0.1)) a.headers['x-tenant'] = rng.pick([other, randomText(rng, 10), 'A'.repeat(3000), '../samarinda', 'SAMARINDA', `${other} `]);
  const header = a.headers['x-tenant'];
  const resolved = route !== 'header' ? tenant.id : fx.tenants.some((t) => t.id === header) ? header : undefined;
  return { ...a, resolved };
}

/** Percent-encodes the UTF-8 bytes of `text` (lone surrogates become U+FFFD, as any client would send them). */
function percent(text) {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
}

/** Request #index of the run. */
export function generate(index) {
  const rng = new Random(`${SEED}:${index}`);
  const tenant = rng.pick(fx.tenants);
  let [doc, vars] = rng.pick(corpus);
  // Most edits break the syntax; leave some documents whole so variables, headers and bodies reach execution.
  if (rng.chance(0.6)) for (let i = 0, n = 1 + rng.int(2); i < n; i++) doc = mutateDocument(rng, doc);
  if (rng.chance(0.5)) vars = mutateVariables(rng, vars);
  const auth = pickToken(rng, tenant);
  const where = pickAddress(rng, tenant);
  const method = rng.chance(0.8) ? 'POST' : rng.pick(METHODS);
  const headers = { ...where.headers, accept: rng.chance(0.8) ? 'application/graphql-response+json' : rng.pick(ACCEPTS) };
  const exactBearer = rng.chance(0.95);
  if (auth.token) headers.authorization = exactBearer ? `Bearer ${auth.token}` : `${rng.pick(['Basic', 'bearer', 'Bearer  ', 'Token'])} ${auth.token}`;
  let path = where.path;
  let body;
  if (method === 'GET') {
    const qs = `query=${percent(doc)}${rng.chance(0.7) ? `&variables=${percent(JSON.stringify(vars))}` : ''}`;
    path = `${path}?${rng.chance(0.9) ? qs : `${qs}&${percent(randomText(rng))}=%ZZ`}`;
  } else {
    headers['content-type'] = rng.chance(0.85) ? 'application/json' : rng.pick(CONTENT_TYPES);
    const json = JSON.stringify(rng.chance(0.05) ? [{ query: doc, variables: vars }, { query: doc }] : { query: doc, variables: vars });
    const r = rng.next();
    body = r < 0.88 ? json : r < 0.97 ? mutateBytes(rng, json) : Buffer.from(Array.from({ length: rng.int(300) }, () => rng.int(256)));
  }
  return { index, method, path, headers, body, who: auth.who, tokenTenant: exactBearer ? auth.tenant : undefined, resolved: where.resolved };
}

function judge(req, res) {
  const request = { ...req, who: `${req.who} (fuzz #${req.index}, seed ${SEED})` };
  rec.observe(request, res);
  const data = res.json?.data;
  if (data && req.resolved) {
    const foreign = foreignValues(data, req.resolved, fx);
    if (foreign.length) rec.leak(`an answer within ${req.resolved} carries ${foreign[0].why} (${foreign[0].owner}: ${foreign[0].value})`, request, res);
  }
  if (res.status === 200 && req.resolved && req.tokenTenant && req.tokenTenant !== req.resolved) {
    rec.leak(`a ${req.tokenTenant} token was served within ${req.resolved}`, request, res);
  }
}

test(`fuzzer: ${COUNT} requests from seed "${SEED}", ${CONCURRENCY} at a time, at most ${SECONDS} s`, async () => {
  const mark = rec.mark();
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  let sent = 0;
  const statuses = {};
  await pool(Array.from({ length: COUNT }, (_, i) => i), CONCURRENCY, async (i) => {
    if (Date.now() > deadline) return;
    const req = generate(i);
    const res = await send(req);
    sent++;
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    judge(req, res);
  });
  const seconds = (Date.now() - started) / 1000;
  rec.note(`${sent} of ${COUNT} requests in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)}/s); statuses ${JSON.stringify(statuses)}`);
  if (sent < COUNT) rec.note(`stopped at the ${SECONDS} s deadline after ${sent} requests`);
  console.log(`# fuzz: ${rec.notes.join('; ')}`);
  rec.assertCleanSince(mark, 'fuzzer');
});

