// Class 1, cross-tenant: ids, codes and tokens of tenant A asked through tenant B (route, X-Tenant, Host),
// by every role of B, on every root query field and every node type; writes aimed at A's objects from B.
import { test, after } from 'node:test';
import { ROUTES, address, codes, graphql, pool } from './lib/http.mjs';
import { ROLES, clientToken, loadFixtures } from './lib/fixtures.mjs';
import { foreignValues } from './lib/leaks.mjs';
import { Recorder } from './lib/record.mjs';
import { documentFor, nodeTypes, queryFields, variablesFor } from './lib/schema.mjs';

const fx = await loadFixtures();
const rec = new Recorder('cross-tenant');
const CONCURRENCY = 4;
after(() => rec.save());

// Every member on the route and the X-Tenant header; the Host header (resolved by the same code) with two.
const membersOn = (route) => (route === 'host' ? ['anonymous', 'admin'] : ROLES);
const pairs = fx.tenants.flatMap((a) => fx.tenants.filter((b) => b.id !== a.id).map((b) => ({ a, b })));

/** Sends one GraphQL request, records it, and flags any value of another tenant in its data. */
async function attempt({ route, tenant, member, query, variables, extraHeaders, title }) {
  const token = member === 'platformAdmin' ? fx.platformAdmin : tenant.tokens[member];
  const res = await graphql({ route, tenant: tenant.id, token, query, variables, extraHeaders });
  const { path, headers } = address(route, tenant.id);
  const request = { path, headers: { ...headers, ...extraHeaders, ...(token ? { authorization: 'x' } : {}) }, who: `${tenant.id}/${member}`,
    body: JSON.stringify({ query, variables }) };
  rec.observe(request, res);
  const foreign = res.json?.data ? foreignValues(res.json.data, tenant.id, fx) : [];
  if (foreign.length) rec.leak(`${title}: ${foreign[0].why} (${foreign[0].owner}: ${foreign[0].value})`, request, res);
  return { res, request };
}

/** Global ids of A, and the same keys forged into B's id space (Type:B:key). */
function idsOf(a, b) {
  const own = [...a.markers].filter((m) => /^[A-Za-z0-9_-]{12,}$/.test(m) && Buffer.from(m, 'base64url').toString().includes(':'));
  const forged = own.map((id) => Buffer.from(id, 'base64url').toString()).filter((t) => t.includes(`:${a.id}:`)) // Tenant:A forged is B's own id
    .map((t) => Buffer.from(t.replace(`:${a.id}`, `:${b.id}`), 'utf8').toString('base64url'));
  return { own, forged };
}

test('every root query field, asked with tenant A\'s ids and codes through tenant B, answers nothing of A', async () => {
  const mark = rec.mark();
  const jobs = [];
  for (const { a, b } of pairs) {
    for (const route of ROUTES) {
      for (const member of membersOn(route)) {
        for (const field of queryFields) {
          const overrides = field.name === 'campaign' ? { id: a.data.campaign.id } : field.name === 'node' ? { id: a.data.requests[0].id } : {};
          jobs.push({ route, tenant: b, member, query: documentFor({ operation: 'query', field }), variables: variablesFor(field, a, overrides),
            title: `${field.name} with ${a.id}'s arguments through ${b.id} (${route})` });
        }
      }
    }
  }
  await pool(jobs, CONCURRENCY, attempt);
  rec.note(`query fields: ${jobs.length} requests over ${queryFields.length} fields`);
  rec.assertCleanSince(mark, 'cross-tenant reads by field');
});

test(`node(id:) of every node type (${nodeTypes.join(', ')}) of A, as is and forged into B, is null through B`, async () => {
  const mark = rec.mark();
  const jobs = [];
  const query = 'query ($id: ID!) { node(id: $id) { __typename id } }';
  for (const { a, b } of pairs) {
    const { own, forged } = idsOf(a, b);
    for (const route of ROUTES) {
      for (const member of membersOn(route)) {
        for (const id of [...own, ...forged]) jobs.push({ route, tenant: b, member, query, variables: { id }, title: `node(${id})` });
      }
    }
  }
  const results = await pool(jobs, CONCURRENCY, attempt);
  results.forEach(({ res, request }, i) => {
    if (res.json?.data?.node) rec.leak(`node(${jobs[i].variables.id}) answered ${res.json.data.node.__typename} through ${jobs[i].tenant.id}`, request, res);
  });
  rec.note(`node ids: ${jobs.length} requests`);
  rec.assertCleanSince(mark, 'cross-tenant node ids');
});

test('each tenant sees its own objects (the control that makes the two tests above mean something)', async () => {
  const mark = rec.mark();
  for (const t of fx.tenants) {
    const checks = [
      ['requests', 'manager', '{ requests(first: 100) { nodes { id } } }', (d) => d.requests.nodes.some((n) => n.id === t.data.requests[0].id)],
      ['node', 'admin', `{ node(id: "${t.data.requests[1].id}") { id } }`, (d) => d.node?.id === t.data.requests[1].id],
      ['campaign', 'manager', `{ campaign(id: "${t.data.campaign.id}") { id } }`, (d) => d.campaign?.id === t.data.campaign.id],
      ['requestStatus', 'anonymous', `{ requestStatus(trackingCode: "${t.data.requests[0].trackingCode}") { trackingCode } }`, (d) => d.requestStatus?.trackingCode === t.data.requests[0].trackingCode],
    ];
    for (const [name, member, query, ok] of checks) {
      for (const route of ROUTES) {
        const { res, request } = await attempt({ route, tenant: t, member, query, title: `control ${name}` });
        if (!res.json?.data || !ok(res.json.data)) rec.fail('CONTROL', `${t.id} cannot read its own ${name} through ${route}`, request, res);
      }
    }
  }
  rec.assertCleanSince(mark, 'own-tenant control');
});

test('a token of tenant A on tenant B (route, X-Tenant, Host, and route B with X-Tenant A) is refused with 403', async () => {
  const mark = rec.mark();
  const jobs = [];
  for (const { a, b } of pairs) {
    for (const member of ROLES.filter((m) => m !== 'anonymous')) {
      for (const route of ROUTES) jobs.push({ a, b, member, route, extra: {} });
      jobs.push({ a, b, member, route: 'path', extra: { 'x-tenant': a.id } });
      jobs.push({ a, b, member, route: 'path', extra: { host: `${a.id}.localhost` } });
    }
  }
  await pool(jobs, CONCURRENCY, async ({ a, b, member, route, extra }) => {
    const query = `{ me { tenant } tenant { slug } requestStatus(trackingCode: "${b.data.requests[0].trackingCode}") { trackingCode } }`;
    const res = await graphql({ route, tenant: b.id, token: a.tokens[member], query, extraHeaders: extra });
    const { path, headers } = address(route, b.id);
    const request = { path, headers: { ...headers, ...extra, authorization: 'x' }, who: `${a.id}/${member}`, body: query };
    rec.observe(request, res);
    if (res.status !== 403) rec.fail('STATUS', `a ${a.id} token on ${b.id} (${route}${Object.keys(extra).length ? ' + ' + Object.keys(extra)[0] : ''}) answered ${res.status}, not 403`, request, res);
    if (res.json?.data) rec.leak(`a ${a.id} token got data from ${b.id}`, request, res);
  });
  rec.assertCleanSince(mark, 'foreign tokens');
});

const COMMANDS = [
  ['verifyServiceRequest', 'admin', 'requestId', (a) => ({ expectedVersion: a.data.requests[0].version })],
  ['verifyServiceRequest', 'officer', 'requestId', (a) => ({ expectedVersion: a.data.requests[0].version })],
  ['returnServiceRequest', 'admin', 'requestId', (a) => ({ expectedVersion: a.data.requests[0].version, reason: 'cross-tenant' })],
  ['rejectServiceRequest', 'officer', 'requestId', (a) => ({ expectedVersion: a.data.requests[0].version, reason: 'cross-tenant' })],
  ['cancelServiceRequest', 'citizen', 'requestId', (a) => ({ expectedVersion: a.data.requests[0].version })],
  ['resubmitServiceRequest', 'citizen', 'requestId', (a) => ({ expectedVersion: a.data.requests[0].version, documents: ['ktp'] })],
  ['rateService', 'citizen', 'requestId', (a) => ({ expectedVersion: a.data.requests[1].version, scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] }), 1],
  ['rateService', 'officer', 'requestId', (a) => ({ expectedVersion: a.data.requests[1].version, scores: [1, 1, 1, 1, 1, 1, 1, 1, 1] }), 1],
  ['recordCampaignActivity', 'manager', 'campaignId', (a) => ({ expectedVersion: a.data.campaign.version, kind: 'OTHER', date: new Date().toISOString().slice(0, 10), unit: a.unit.kecamatan.code, attendance: 1 })],
  ['reviseCampaignTarget', 'admin', 'campaignId', (a) => ({ expectedVersion: a.data.campaign.version, newTarget: 0.9, reason: 'cross-tenant' })],
  ['closeCampaign', 'manager', 'campaignId', (a) => ({ expectedVersion: a.data.campaign.version, summary: 'cross-tenant' })],
];

const INPUT_TYPES = {
  verifyServiceRequest: 'VerifyServiceRequestInput', returnServiceRequest: 'ReturnServiceRequestInput', rejectServiceRequest: 'RejectServiceRequestInput',
  cancelServiceRequest: 'CancelServiceRequestInput', resubmitServiceRequest: 'ResubmitServiceRequestInput', rateService: 'RateServiceInput',
  recordCampaignActivity: 'RecordCampaignActivityInput', reviseCampaignTarget: 'ReviseCampaignTargetInput', closeCampaign: 'CloseCampaignInput',
  updateRegionDetails: 'UpdateRegionDetailsInput', disableUser: 'UserNameInput', setUserRoles: 'SetUserRolesInput', rotateClientSecret: 'ClientIdInput',
};

function mutationOf(name) {
  return `mutation ($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { __typename errors { code } } }`;
}

/** A write that must not take effect: a top-level error or payload errors, and nothing but errors. */
function refused(res, name) {
  const payload = res.json?.data?.[name];
  return res.status !== 200 || !payload || payload.errors?.length > 0;
}

test('writes aimed at tenant A\'s requests, campaigns, regions, users and clients from tenant B are refused and change nothing', async () => {
  const mark = rec.mark();
  const before = await stateOfAll();
  for (const { a, b } of pairs) {
    const { forged } = idsOf(a, b);
    const forgedOf = (id) => forged.find((f) => Buffer.from(f, 'base64url').toString().endsWith(Buffer.from(id, 'base64url').toString().split(':').at(-1)));
    const jobs = [];
    for (const [name, member, idField, rest, which = 0] of COMMANDS) {
      const id = idField === 'requestId' ? a.data.requests[which].id : a.data.campaign.id;
      for (const candidate of [id, forgedOf(id)]) {
        for (const route of ['path', 'header']) jobs.push({ name, member, route, input: { [idField]: candidate, ...rest(a) } });
      }
    }
    jobs.push({ name: 'updateRegionDetails', member: 'admin', route: 'path', input: { code: a.unit.village.code, phone: `x-${b.id}` } });
    jobs.push({ name: 'updateRegionDetails', member: 'officer', route: 'header', input: { code: a.unit.village.code, headName: `x-${b.id}` } });
    jobs.push({ name: 'disableUser', member: 'admin', route: 'path', input: { userName: a.citizenName } });
    jobs.push({ name: 'setUserRoles', member: 'admin', route: 'header', input: { userName: a.citizenName, roles: ['CITY_ADMIN'] } });
    jobs.push({ name: 'rotateClientSecret', member: 'admin', route: 'path', input: { clientId: a.integration.clientId } });
    jobs.push({ name: 'rotateClientSecret', member: 'adminClient', route: 'header', input: { clientId: a.integration.clientId } });
    for (const job of jobs) {
      const { res, request } = await attempt({ route: job.route, tenant: b, member: job.member, query: mutationOf(job.name), variables: { input: job.input },
        title: `${job.name} on ${a.id}'s object from ${b.id}` });
      if (!refused(res, job.name)) rec.leak(`${job.name} on ${a.id}'s object succeeded from ${b.id}`, request, res);
    }
  }
  const afterwards = await stateOfAll();
  for (const t of fx.tenants) {
    if (JSON.stringify(before[t.id]) !== JSON.stringify(afterwards[t.id])) {
      rec.leak(`${t.id}'s objects changed during the cross-tenant writes`, { path: '(state)', body: JSON.stringify(before[t.id]) }, { status: 200, text: JSON.stringify(afterwards[t.id]) });
    }
  }
  rec.assertCleanSince(mark, 'cross-tenant writes');
});

/** What the cross-tenant writes could have changed, read by each tenant's own admin. */
async function stateOfAll() {
  const out = {};
  for (const t of fx.tenants) {
    const query = `{ r0: node(id: "${t.data.requests[0].id}") { ... on ServiceRequest { version status } }
      r1: node(id: "${t.data.requests[1].id}") { ... on ServiceRequest { version status } }
      region(code: "${t.unit.village.code}") { phone headName }
      users(first: 100) { nodes { userName disabled roles } } }`;
    const res = await graphql({ tenant: t.id, token: t.tokens.admin, query });
    const campaign = await graphql({ tenant: t.id, token: t.tokens.manager, query: `{ campaign(id: "${t.data.campaign.id}") { version status target } }` });
    let clientWorks = true;
    try { await clientToken(t.integration.clientId, t.integration.secret); } catch { clientWorks = false; }
    out[t.id] = { data: res.json?.data ?? res.text, campaign: campaign.json?.data ?? campaign.text, clientWorks };
  }
  return out;
}

