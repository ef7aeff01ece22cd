// Class 3, payloads: hostile strings in every string argument the schema has (String and ID, nested input
// fields and lists included), as variables and as literals, plus hostile bodies. Nothing may answer 5xx or
// INTERNAL; NUL must be refused with BAD_USER_INPUT; meanwhile ordinary lookups on every tenant keep working.
import { test, after } from 'node:test';
import { address, codes, graphql, pool, send } from './lib/http.mjs';
import { loadFixtures } from './lib/fixtures.mjs';
import { allowedMember } from './lib/expectations.mjs';
import { Recorder } from './lib/record.mjs';
import { describePath, documentFor, rootFields, selection, setAt, stringPaths, variablesFor } from './lib/schema.mjs';

const fx = await loadFixtures();
const rec = new Recorder('payloads');
const CONCURRENCY = 4;
after(() => rec.save());

const PLATFORM_SCOPED = new Set(['tenants', 'onboardTenant']);
const nest = (open, close, n) => open.repeat(n) + close.repeat(n);

/** [name, value, refusal]: refusal names the codes the fixed platform must answer with (null: any non-5xx). */
export const PAYLOADS = [
  ['NUL', 'AB\u0000CD', ['BAD_USER_INPUT']],
  ['NUL only', '\u0000', ['BAD_USER_INPUT']],
  ['lone high surrogate', 'x\ud800y', ['BAD_USER_INPUT', 'BAD_REQUEST']],
  ['lone low surrogate', '\udc00', ['BAD_USER_INPUT', 'BAD_REQUEST']],
  ['60 KB', 'A'.repeat(60 * 1024), null],
  ['60 KB multibyte', 'é'.repeat(30 * 1024), null],
  ['SQL quote', "' OR '1'='1' --", null],
  ['SQL stacked', "x'); DROP TABLE users; --", null],
  ['SQL comment and cast', "1::text; SELECT pg_sleep(5) --", null],
  ['JSON object', '{"$where":"1==1","tenant_id":{"$ne":null}}', null],
  ['JSON broken', '{"a":[1,2', null],
  ['HTML script', '<script>alert(1)</script>', null],
  ['HTML attribute', '"><img src=x onerror=alert(1)>', null],
  ['RTL override', '\u202Eexe.txt\u202C', null],
  ['Arabic and Javanese', 'مرحبا ꦲꦏ꧀ꦱꦫ', null],
  ['emoji ZWJ and flag', '👩🏽‍💻🇮🇩', null],
  ['combining marks', 'Z̸̢̛a̴l̷g̵o̶', null],
  ['CR brace', '\r}', null],
  ['CRLF header injection', 'a\r\nSet-Cookie: x=1\r\n\r\n', null],
  ['line separators', '\u2028\u2029\u0085', null],
  ['control characters', '\u0001\u0007\u001b[31m\u007f', null],
  ['backslashes and quotes', '\\"\\\\\'`', null],
  ['path traversal', '../../../../etc/passwd', null],
  ['format string', '%s%n%x{0}${jndi:ldap://x/a}', null],
  ['nested brackets', nest('[', ']', 2000), null],
  ['nested braces', nest('{', '}', 2000), null],
  ['empty', '', null],
  ['spaces', '   ', null],
  ['huge number text', '9'.repeat(400), null],
  ['global id of another type', Buffer.from('Tenant:../x').toString('base64url'), null],
];

/** Writes are allowed here only where they land in the test tenants' own data and are harmless. */
function base(root, tenant) {
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const docs = ['ktp', 'kk', 'pengantar_rt'];
  const stale = 999_999;
  const valid = {
    updateRegionDetails: { input: { code: tenant.unit.village.code } },
    submitServiceRequest: { input: { service: 'domisili', unit: tenant.unit.village.code, channel: 'ONLINE', documents: docs } },
    recordCounterService: { input: { service: 'domisili', unit: tenant.unit.village.code, documents: docs } },
    launchCampaign: { input: { name: 'Suite payload', goalMetric: 'DIGITAL_TAKE_UP', target: 0.5, units: [tenant.unit.kecamatan.code], from: today, to: later } },
    recordCampaignActivity: { input: { campaignId: tenant.data.campaign.id, expectedVersion: stale, kind: 'OTHER', date: today, unit: tenant.unit.kecamatan.code, attendance: 1 } },
    returnServiceRequest: { input: { requestId: tenant.data.requests[0].id, expectedVersion: stale, reason: 'x' } },
    rejectServiceRequest: { input: { requestId: tenant.data.requests[0].id, expectedVersion: stale, reason: 'x' } },
    reviseCampaignTarget: { input: { campaignId: tenant.data.campaign.id, expectedVersion: stale, newTarget: 0.5, reason: 'x' } },
    closeCampaign: { input: { campaignId: tenant.data.campaign.id, expectedVersion: stale } },
  }[root.field.name];
  if (valid) return valid;
  if (root.operation === 'query') {
    const overrides = root.field.name === 'campaign' ? { id: tenant.data.campaign.id } : {};
    return variablesFor(root.field, tenant, overrides);
  }
  return variablesFor(root.field, null);
}

function memberFor(root) {
  return root.field.name === 'submitServiceRequest' ? 'citizen' : allowedMember(root.operation, root.field.name);
}

/** The root field's document with one top-level argument written as a literal instead of a variable. */
function inlineDocument({ operation, field }, argName, literal) {
  const others = field.args.filter((a) => a.name !== argName);
  const defs = others.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = field.args.map((a) => (a.name === argName ? `${a.name}: ${literal}` : `${a.name}: $${a.name}`)).join(', ');
  return `${operation}${defs ? ` (${defs})` : ''} { ${field.name}(${args}) ${selection(field.type, 1)} }`;
}

function judge({ request, res, refusal, title }) {
  rec.observe(request, res);
  if (!refusal) return;
  const found = codes(res);
  if (!found.some((c) => refusal.includes(c))) rec.fail('NOT_REFUSED', `${title}: expected ${refusal.join(' or ')}, got ${res.status} ${[...new Set(found)].join(',') || 'no error'}`, request, res);
}

let sent = 0;
/** Ordinary lookups on every tenant, run every few payloads: a poisoned pooled connection shows here. */
async function canary() {
  for (const t of fx.tenants) {
    const code = t.data.requests[0].trackingCode;
    const query = `{ requestStatus(trackingCode: "${code}") { trackingCode } }`;
    const res = await graphql({ tenant: t.id, query });
    const request = { path: address('path', t.id).path, body: query, who: `${t.id}/anonymous` };
    rec.observe(request, res);
    if (res.json?.data?.requestStatus?.trackingCode !== code) {
      rec.fail('CANARY', `an ordinary requestStatus on ${t.id} failed while payloads were sent`, request, res);
    }
  }
}

test(`payloads in every string argument of the schema (${PAYLOADS.length} payloads, variables and literals)`, async () => {
  const mark = rec.mark();
  const jobs = [];
  let places = 0;
  rootFields.forEach((root, i) => {
    const tenant = PLATFORM_SCOPED.has(root.field.name) ? null : fx.tenants[i % fx.tenants.length];
    const owner = tenant ?? fx.tenants[0];
    const member = memberFor(root);
    const token = member === 'platformAdmin' ? fx.platformAdmin : owner.tokens[member];
    const vars = base(root, owner);
    for (const place of stringPaths(root.field)) {
      places++;
      for (const [name, value, refusal] of PAYLOADS) {
        const title = `${root.field.name}(${describePath(place)}) <- ${name}`;
        jobs.push({ tenant, token, member, title, refusal, query: documentFor(root, { depth: 1 }), variables: setAt(vars, place, value) });
        if (place.path.length === 1) {
          const literalVars = { ...vars };
          delete literalVars[place.path[0]];
          const literal = JSON.stringify(place.lists.size ? [value] : value);
          jobs.push({ tenant, token, member, title: `${title} (literal)`, refusal: refusal && [...refusal, 'GRAPHQL_PARSE_FAILED'],
            query: inlineDocument(root, place.path[0], place.lists.size ? `[${JSON.stringify(value)}]` : literal), variables: literalVars });
        }
      }
    }
  });
  await pool(jobs, CONCURRENCY, async (job) => {
    if (++sent % 150 === 0) await canary();
    const res = await graphql({ tenant: job.tenant?.id, token: job.token, query: job.query, variables: job.variables });
    const request = { path: address('path', job.tenant?.id).path, body: JSON.stringify({ query: job.query, variables: job.variables }), who: `${job.tenant?.id ?? 'platform'}/${job.member}` };
    judge({ request, res, refusal: job.refusal, title: job.title });
  });
  await canary();
  rec.note(`${places} string places, ${jobs.length} payload requests`);
  rec.assertCleanSince(mark, 'payloads in string arguments');
});

const json = 'application/json';
/** Hostile bodies and documents: [title, content type, body (string or bytes), refusal codes or null]. */
const BODIES = [
  ['raw lone surrogate (CESU-8) in a JSON string', json, Buffer.concat([Buffer.from('{"query":"{ requestStatus(trackingCode: \\"A'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\\") { status } }"}')]), null],
  ['invalid UTF-8 in a JSON string', json, Buffer.concat([Buffer.from('{"query":"{ __typename }","variables":{"x":"'), Buffer.from([0xff, 0xfe, 0x80, 0xc3]), Buffer.from('"}}')]), null],
  ['invalid UTF-8 in the document', json, Buffer.concat([Buffer.from('{"query":"{ requestStatus(trackingCode: \\"'), Buffer.from([0xc3, 0x28]), Buffer.from('\\") { status } }"}')]), null],
  ['escaped lone surrogate in the document', json, '{"query":"{ requestStatus(trackingCode: \\"\\ud800\\") { status } }"}', null],
  ['NUL escaped in the document literal', json, '{"query":"{ requestStatus(trackingCode: \\"AB\\\\u0000CD\\") { status } }"}', ['BAD_USER_INPUT']],
  ['raw NUL byte in the document', json, '{"query":"{ requestStatus(trackingCode: \\"AB\\u0000CD\\") { status } }"}', null],
  ['"\\r}" as the document', json, JSON.stringify({ query: '\r}' }), ['GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']],
  ['"\\r}" inside a string literal', json, JSON.stringify({ query: '{ requestStatus(trackingCode: "\r}") { status } }' }), null],
  ['unterminated string', json, JSON.stringify({ query: '{ requestStatus(trackingCode: "abc) { status } }' }), ['GRAPHQL_PARSE_FAILED']],
  ['selection sets 1,000 deep', json, JSON.stringify({ query: `{ node(id: "x") ${'{ __typename ... on Kecamatan '.repeat(1000)}${'}'.repeat(1001)} }` }), null],
  ['selection sets 10,000 deep', json, JSON.stringify({ query: `${'{ a '.repeat(10_000)}${'}'.repeat(10_000)}` }), null],
  ['list literal 10,000 deep', json, JSON.stringify({ query: `{ region(code: ${nest('[', ']', 10_000)}) { code } }` }), null],
  ['object literal 5,000 deep', json, JSON.stringify({ query: `{ requests(filter: ${'{status: '.repeat(5000)}SUBMITTED${'}'.repeat(5000)}) { totalCount } }` }), null],
  ['variables JSON 10,000 deep', json, `{"query":"query ($c: String!) { region(code: $c) { code } }","variables":{"c":${nest('[', ']', 10_000)}}}`, null],
  ['variables JSON 100,000 deep', json, `{"query":"{ __typename }","variables":{"c":${nest('{"a":', '}', 100_000).replace(/\{"a":\}/, '{"a":1}')}}}`, null],
  ['60 KB string literal', json, JSON.stringify({ query: `{ requestStatus(trackingCode: "${'A'.repeat(60 * 1024)}") { status } }` }), null],
  ['2 MB document', json, JSON.stringify({ query: `{ ${'__typename '.repeat(200_000)} }` }), null],
  ['empty body', json, '', null],
  ['JSON null', json, 'null', null],
  ['JSON array (batch)', json, '[{"query":"{ __typename }"},{"query":"{ platform { version } }"}]', null],
  ['query is a number', json, '{"query":42}', null],
  ['variables is a string', json, '{"query":"{ __typename }","variables":"{}"}', null],
  ['operationName names nothing', json, '{"query":"query A { __typename }","operationName":"B"}', null],
  ['duplicate keys', json, '{"query":"{ __typename }","query":"{ users { totalCount } }"}', null],
  ['form body', 'application/x-www-form-urlencoded', 'query=%7B__typename%7D', null],
  ['text/plain body (CSRF shape)', 'text/plain', '{"query":"mutation { __typename }"}', null],
  ['multipart body', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--\r\n', null],
  ['charset latin1', 'application/json; charset=iso-8859-1', Buffer.from('{"query":"{ requestStatus(trackingCode: \\"\xe9\\") { status } }"}', 'latin1'), null],
  ['charset nonsense', 'application/json; charset=x-nonsense', '{"query":"{ __typename }"}', null],
];

test(`hostile bodies and documents (${BODIES.length}) on each tenant route and the platform endpoint`, async () => {
  const mark = rec.mark();
  const targets = [...fx.tenants.map((t) => address('path', t.id).path), '/graphql'];
  const jobs = targets.flatMap((path) => BODIES.map((b) => ({ path, b })));
  await pool(jobs, 2, async ({ path, b: [title, type, body, refusal] }) => {
    const request = { path, headers: { 'content-type': type, accept: 'application/graphql-response+json' }, body, who: 'anonymous' };
    const res = await send(request);
    judge({ request, res, refusal, title });
  });
  await canary();
  rec.note(`${jobs.length} hostile bodies`);
  rec.assertCleanSince(mark, 'hostile bodies');
});


/** 2^levels fields in about a kilobyte: each fragment spreads the one before it twice. */
function fragmentBomb(levels) {
  const fragments = [`fragment F0 on Query { __typename }`];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `{ ...F${levels} } ${fragments.join(' ')}`;
}

test('a fragment bomb (2^24 fields in about 1 KB) is refused by cost within 2 s', async () => {
  const mark = rec.mark();
  const query = fragmentBomb(24);
  const request = { path: '/t/samarinda/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), who: 'anonymous' };
  const res = await send(request);
  rec.observe(request, res);
  const found = codes(res);
  if (!found.some((c) => ['MAX_COMPLEXITY_EXCEEDED', 'MAX_DEPTH_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED'].includes(c))) {
    rec.fail('NOT_REFUSED', `fragment bomb of ${query.length} bytes: expected a cost refusal, got ${res.status} ${found.join(',') || 'no error'}`, request, res);
  }
  if (res.ms > 2000) rec.fail('SLOW', `fragment bomb of ${query.length} bytes answered after ${Math.round(res.ms)} ms (cost must be judged before expanding)`, request, res);
  rec.note(`fragment bomb (${query.length} bytes): ${res.status} ${found.join(',')} in ${Math.round(res.ms)} ms`);
  rec.assertCleanSince(mark, 'cost before work');
});
