// Class 2, the authorization matrix: every cast member × every root field (query and mutation), within each
// tenant on two routes and at the platform endpoint, against the table in lib/expectations.mjs. A denied field
// is tried again in bypass shapes (alias in a named fragment, inline fragment on Query, GET).
import { test, after } from 'node:test';
import { address, codes, pool, send } from './lib/http.mjs';
import { ROLES, loadFixtures } from './lib/fixtures.mjs';
import { expectation } from './lib/expectations.mjs';
import { Recorder } from './lib/record.mjs';
import { rootFields, selection, variablesFor } from './lib/schema.mjs';

const fx = await loadFixtures();
const rec = new Recorder('authz');
const CONCURRENCY = 4;
const MEMBERS = [...ROLES, 'platformAdmin'];
after(() => rec.save());

function tokenOf(tenant, member) {
  return member === 'platformAdmin' ? fx.platformAdmin : tenant.tokens[member];
}

/** The field's call with its arguments as variables: [variable definitions, call]. */
function call({ field }, alias) {
  const defs = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  // node's possible types carry their own type-level rules (User: city admins); the matrix is about the field.
  const picked = field.name === 'node' ? '{ __typename id }' : selection(field.type, 2);
  return [defs ? `(${defs})` : '', `${alias ? `${alias}: ` : ''}${field.name}${args ? `(${args})` : ''} ${picked}`];
}

/** The same field in the shapes an attacker would try; every shape must meet the same expectation. */
function shapes(root, bypass) {
  const { operation, field } = root;
  const [defs, plain] = call(root);
  const [, aliased] = call(root, 'x');
  const type = operation === 'query' ? 'Query' : 'Mutation';
  const list = [{ shape: 'plain', query: `${operation} ${defs} { ${plain} }` }];
  if (bypass) {
    list.push({ shape: 'alias in named fragment', query: `${operation} Op${defs} { ...F } fragment F on ${type} { ${aliased} }`, alias: 'x' });
    list.push({ shape: 'inline fragment with __typename', query: `${operation} ${defs} { __typename ... on ${type} { ${plain} } }` });
    if (operation === 'query') list.push({ shape: 'GET', query: `${operation} ${defs} { ${plain} }`, get: true });
  }
  return list.map((s) => ({ ...s, name: field.name }));
}

function variables(root, tenant) {
  // Reads take the tenant's own ids; writes take well-typed values that name nothing (nothing is written).
  const overrides = root.field.name === 'campaign' ? { id: tenant.data.campaign.id } : root.field.name === 'node' ? { id: tenant.data.requests[0].id } : {};
  return root.operation === 'query' ? variablesFor(root.field, tenant, overrides) : variablesFor(root.field, null);
}

async function sendShape({ tenantId, token, who, shape, vars }) {
  const { path, headers } = address(shape.route ?? 'path', tenantId);
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  if (shape.get) {
    const qs = new URLSearchParams({ query: shape.query, variables: JSON.stringify(vars) });
    const request = { method: 'GET', path: `${path}?${qs}`, headers: { ...headers, ...auth, accept: 'application/graphql-response+json' }, who };
    return { request: { ...request, body: shape.query }, res: await send(request) };
  }
  const body = JSON.stringify({ query: shape.query, variables: vars });
  const request = { path, headers: { ...headers, ...auth, 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body, who };
  return { request, res: await send(request) };
}

const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

function judge({ expected, shape, request, res, scope }) {
  rec.observe(request, res);
  const found = [...new Set(codes(res))];
  const value = res.json?.data?.[shape.alias ?? shape.name];
  const where = `${shape.name} (${shape.shape}) at ${scope} as ${request.who}`;
  if (res.status === 429) return rec.fail('RATE', `${where}: 429 during the matrix (limits too tight for RateLimits__PermitMultiplier)`, request, res);
  if (expected === 'allowed') {
    if (found.some((c) => AUTH_CODES.includes(c))) rec.fail('DENIED', `${where}: expected allowed, got ${found.join(',')}`, request, res);
    return;
  }
  if (value !== undefined && value !== null) rec.leak(`${where}: expected ${expected}, the field answered data (authorization bypass)`, request, res);
  const want = expected === 'unauthenticated' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
  if (!found.includes(want)) rec.fail('ALLOWED', `${where}: expected ${want}, got ${res.status} ${found.join(',') || 'no error'}`, request, res);
}

for (const tenantIndex of [0, 1, 2]) {
  test(`matrix within ${fx.tenants[tenantIndex].id}: ${MEMBERS.length} members × ${rootFields.length} root fields, route and X-Tenant, bypass shapes`, async () => {
    const mark = rec.mark();
    const tenant = fx.tenants[tenantIndex];
    const jobs = [];
    for (const root of rootFields) {
      const vars = variables(root, tenant);
      for (const member of MEMBERS) {
        const expected = expectation(root.operation, root.field.name, member, { tenantScope: true });
        for (const route of ['path', 'header']) {
          for (const shape of shapes(root, expected !== 'allowed' && route === 'path')) {
            jobs.push({ tenantId: tenant.id, token: tokenOf(tenant, member), who: `${tenant.id}/${member}`, shape: { ...shape, route }, vars, expected, scope: `${tenant.id} (${route})` });
          }
        }
      }
    }
    await pool(jobs, CONCURRENCY, async (job) => judge({ ...job, ...(await sendShape(job)) }));
    rec.note(`${tenant.id}: ${jobs.length} requests`);
    rec.assertCleanSince(mark, `authorization matrix within ${tenant.id}`);
  });
}

test('matrix at the platform endpoint /graphql (no tenant): platform admin, anonymous and tenant tokens', async () => {
  const mark = rec.mark();
  const tenant = fx.tenants[0];
  const jobs = [];
  for (const root of rootFields) {
    const vars = variables(root, tenant);
    for (const member of MEMBERS) {
      const expected = expectation(root.operation, root.field.name, member, { tenantScope: false });
      for (const shape of shapes(root, expected !== 'allowed')) {
        jobs.push({ tenantId: null, token: tokenOf(tenant, member), who: `${member === 'platformAdmin' ? 'platform' : tenant.id}/${member}`, shape, vars, expected, scope: '/graphql' });
      }
    }
  }
  await pool(jobs, CONCURRENCY, async (job) => judge({ ...job, ...(await sendShape(job)) }));
  rec.note(`platform endpoint: ${jobs.length} requests`);
  rec.assertCleanSince(mark, 'authorization matrix at the platform endpoint');
});

